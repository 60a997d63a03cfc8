import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addYears, ageOn } from './dates';
import { eligibility } from './eligibility';
import { allowanceError } from './floor';
import { jobPosting, jsonLdText } from './jsonld';
import { formatYuan, yuanToFen } from './money';
import { positionSchema, profileSchema } from './schema';
import { jobsListPath, parseFilterKey, routeJobs, safeListUrl } from './urls';

const TODAY = '2026-11-28';
const floors = { '140105': { fen: 215000, tier: 1, confirmed: false }, '140106': { fen: 205000, tier: 2, confirmed: true } };
const valid = {
  title: '软件开发见习生',
  category: '研发类',
  headcount: '3',
  education: '本科及以上',
  major: '计算机科学与技术',
  months: '6',
  allowance: '3000',
  countyCode: '140105',
  address: '太原市小店区长治路 227 号',
  duties: '参与业务系统的开发、测试与文档编写。',
  requirements: '掌握一门编程语言，了解数据库基础。',
  contactName: '李娜',
  contactPhone: '0351-7731427',
  deadline: '2026-12-31',
  submissionKey: '7d0f8c1e-3b7a-4c55-9d7e-0c7b8f1a2b3c',
};
const errorsOf = (input: Record<string, string>, f = floors) => {
  const r = positionSchema(f, TODAY).safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('就业见习岗位申请 schema', () => {
  test('accepts a complete position and keeps money in fen', () => {
    const r = positionSchema(floors, TODAY).parse({ ...valid, allowance: '2150.5' });
    assert.equal(r.allowance, 215050);
    assert.equal(r.headcount, 3);
    assert.equal(r.contactPhone, '0351-7731427');
  });
  test('says what is wrong with each field', () => {
    const e = errorsOf({ ...valid, title: '', months: '2', headcount: '0', countyCode: '140100', deadline: TODAY, contactPhone: '12345', allowance: '2千' });
    assert.equal(e.title, '岗位名称至少2个字');
    assert.equal(e.months, '见习期限应为3–12个月');
    assert.equal(e.headcount, '见习人数应为1–999之间的整数');
    assert.equal(e.countyCode, '请选择工作地点（市及县区）');
    assert.equal(e.deadline, '招募截止日期应晚于今天');
    assert.match(e.contactPhone, /联系电话应为11位手机号码/);
    assert.equal(e.allowance, '见习生活补助应为金额（元/月），最多两位小数');
    assert.equal(errorsOf({ ...valid, months: '13' }).months, '见习期限应为3–12个月');
    assert.equal(errorsOf({ ...valid, category: '' }).category, '请选择岗位类别');
  });
  test('the allowance may not be below the county floor; an unconfirmed tier says so', () => {
    assert.equal(
      errorsOf({ ...valid, allowance: '2149.99' }).allowance,
      '见习生活补助不得低于 2150 元/月（该县区的最低工资档次尚未核实，暂按山西省一类标准执行）',
    );
    assert.equal(errorsOf({ ...valid, countyCode: '140106', allowance: '2000' }).allowance, '见习生活补助不得低于工作地点的最低工资标准 2050 元/月');
    assert.deepEqual(errorsOf({ ...valid, countyCode: '140106', allowance: '2050' }), {});
    assert.equal(allowanceError('149999', 999999, floors), '该县区暂无最低工资标准数据，请联系当地人社部门');
  });
  test('money helpers', () => {
    assert.equal(yuanToFen('2150'), 215000);
    assert.equal(yuanToFen('0.05'), 5);
    assert.equal(formatYuan(215050), '2150.50');
  });
});

describe('就业见习人员申请 schema', () => {
  const base = { education: '大学本科', major: '会计学', school: '山西财经大学', graduationDate: '2025-07-01', category: 'graduate', phone: '13912345678' };
  test('a graduate gives 专业, 毕业院校 and 毕业时间 with a 高校 学历', () => {
    assert.ok(profileSchema(TODAY).safeParse(base).success);
    const r = profileSchema(TODAY).safeParse({ ...base, education: '高中', school: '', graduationDate: '' });
    assert.ok(!r.success);
    const e = Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
    assert.deepEqual(e, { education: '高校毕业生的学历应为大专及以上', school: '请填写毕业院校', graduationDate: '请填写毕业时间' });
  });
  test('a young person needs no school; the phone is checked', () => {
    assert.ok(profileSchema(TODAY).safeParse({ ...base, category: 'youth', education: '高中', major: '', school: '', graduationDate: '' }).success);
    const r = profileSchema(TODAY).safeParse({ ...base, phone: '2345' });
    assert.equal(r.success ? '' : r.error.issues[0].message, '手机号码应为以1开头的11位数字');
  });
});

describe('eligibility (SPEC §6) at its boundaries', () => {
  const grad = { birthDate: '1996-01-10', education: '大学本科', graduationDate: '2024-06-30' };
  test('a graduate is eligible up to the same day two years after the diploma', () => {
    assert.deepEqual(eligibility(grad, '2026-06-30'), { ok: true, basis: 'graduate' });
    const late = eligibility(grad, '2026-07-01');
    assert.equal(late.ok, false);
    assert.match(late.ok ? '' : late.reason, /毕业时间为2024-06-30，离校已超过2年/);
    assert.equal(eligibility(grad, '2024-06-29').ok, false);
  });
  test('aged 16 to 24 on the day: from the 16th birthday to the eve of the 25th', () => {
    const p = { birthDate: '2002-03-15', education: '高中', graduationDate: null };
    assert.equal(eligibility(p, '2027-03-14').ok, true);
    const out = eligibility(p, '2027-03-15');
    assert.equal(out.ok, false);
    assert.match(out.ok ? '' : out.reason, /您今天25周岁/);
    assert.equal(eligibility({ ...p, birthDate: '2010-12-01' }, '2026-11-30').ok, false);
    assert.equal(eligibility({ ...p, birthDate: '2010-12-01' }, '2026-12-01').ok, true);
  });
  test('date helpers handle 29 February', () => {
    assert.equal(addYears('2024-02-29', 2), '2026-02-28');
    assert.equal(ageOn('2004-02-29', '2028-02-28'), 23);
    assert.equal(ageOn('2004-02-29', '2028-02-29'), 24);
  });
});

describe('public addresses', () => {
  test('each list has one address, rewritten to a cacheable route', () => {
    const canonical = `/jobs/1401/140105?edu=${encodeURIComponent('大专及以上')}&q=${encodeURIComponent('会计')}&page=2`;
    const asked = new URLSearchParams('q=会计&cat=&edu=大专及以上&page=2&junk=1');
    assert.deepEqual(routeJobs('/jobs/1401/140105', asked), { redirect: canonical });
    const route = routeJobs('/jobs/1401/140105', new URL(canonical, 'http://x').searchParams);
    assert.ok(route && 'rewrite' in route);
    const [, , , region, key] = route.rewrite.split('/');
    assert.equal(region, '140105');
    assert.equal(jobsListPath({ region, ...parseFilterKey(key) }), canonical);
    assert.deepEqual(routeJobs('/jobs', new URLSearchParams()), { rewrite: '/jobs/q/14/-' });
    assert.deepEqual(routeJobs('/jobs/1402/140105', new URLSearchParams()), { rewrite: '/jobs/q/0/-' });
    assert.equal(routeJobs('/jobs/p/GW140105000001', new URLSearchParams()), null);
  });
  test('返回 follows only our own list addresses', () => {
    assert.equal(safeListUrl('/jobs/1401?page=3'), '/jobs/1401?page=3');
    assert.equal(safeListUrl('https://evil.example/jobs'), null);
    assert.equal(safeListUrl('//evil.example'), null);
  });
});

describe('JobPosting JSON-LD', () => {
  test('parses, names the position and escapes <', () => {
    const text = jsonLdText(
      jobPosting(
        {
          code: 'GW140105000001',
          title: '前端开发</script><script>alert(1)</script>',
          duties: '开发',
          requirements: '认真',
          unitName: '山西晋阳示范科技有限公司',
          cityName: '太原市',
          countyName: '小店区',
          address: '长治路 227 号',
          publishedAt: '2026-11-01T02:00:00.000Z',
          deadline: '2026-12-31',
          allowanceFen: 300000,
          headcount: 2,
          education: '本科及以上',
          months: 6,
        },
        'https://jx.example.cn',
      ),
    );
    assert.ok(!text.includes('<'));
    const data = JSON.parse(text);
    assert.equal(data['@type'], 'JobPosting');
    assert.equal(data.title, '前端开发</script><script>alert(1)</script>');
    assert.equal(data.employmentType, 'INTERN');
    assert.equal(data.hiringOrganization.name, '山西晋阳示范科技有限公司');
    assert.equal(data.jobLocation.address.addressLocality, '小店区');
    assert.equal(data.baseSalary.value.value, 3000);
    assert.equal(data.validThrough, '2026-12-31T23:59:59+08:00');
    assert.equal(data.datePosted, '2026-11-01');
  });
  test('the description carries user text as text inside its HTML, line breaks kept', () => {
    const data = JSON.parse(
      jsonLdText(
        jobPosting(
          {
            code: 'GW140105000001',
            title: '前端',
            duties: '<img src=x onerror=alert(1)>开发 & 测试\n第二行',
            requirements: '"认真"',
            unitName: '某公司',
            cityName: '太原市',
            countyName: '小店区',
            address: '长治路',
            publishedAt: null,
            deadline: '2026-12-31',
            allowanceFen: 300000,
            headcount: 2,
            education: '不限',
            months: 6,
          },
          'https://jx.example.cn',
        ),
      ),
    );
    assert.ok(!data.description.includes('<img'), data.description);
    assert.match(data.description, /<p>岗位职责：&lt;img src=x onerror=alert\(1\)&gt;开发 &amp; 测试<br>第二行<\/p>/);
    assert.match(data.description, /任职要求：&quot;认真&quot;/);
  });
});
