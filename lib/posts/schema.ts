import { z } from 'zod';
import { mobileError, normalizeDigits, phoneError } from '@/lib/validation';
import { addDays, isIsoDate } from './dates';
import { allowanceError, type FloorTable } from './floor';
import { YUAN_RE, yuanToFen } from './money';
import { COLLEGE_EDUCATION, EDUCATION_REQUIREMENTS, PERSON_CATEGORIES, PERSON_EDUCATION, POSITION_CATEGORIES } from './options';
import { todayInShanghai } from '@/lib/time';
import { checked, count, optionalText, plain, text as textField } from '@/lib/validation/zod';

// Position texts say how many characters are missing (岗位名称至少2个字), even when left empty.
const text = (label: string, max: number, min = 1) => textField(label, max, { min, tooShort: 'count' });

/**
 * 就业见习岗位申请, checked in the browser and again on the server. With `floors` (the county
 * minimum wages of today) the 见习生活补助 is checked against the 工作地点's floor; the server
 * applies the same check with the floors read at submission.
 */
export function positionSchema(floors?: FloorTable, today: string = todayInShanghai()) {
  return z
    .object({
      title: text('岗位名称', 40, 2),
      category: z.enum(POSITION_CATEGORIES, { message: '请选择岗位类别' }),
      headcount: count('见习人数', 1, 999),
      education: z.enum(EDUCATION_REQUIREMENTS, { message: '请选择学历要求' }),
      major: text('专业要求', 100),
      months: count('见习期限', 3, 12, { msg: '见习期限应为3–12个月' }),
      allowance: plain('见习生活补助').min(1, '请填写见习生活补助').regex(YUAN_RE, '见习生活补助应为金额（元/月），最多两位小数').transform(yuanToFen),
      countyCode: z.string().regex(/^14\d{2}(?!00)\d{2}$/, '请选择工作地点（市及县区）'),
      address: text('详细地址', 200, 5),
      duties: text('岗位职责', 2000, 10),
      requirements: text('任职要求', 2000, 10),
      contactName: text('联系人', 30, 2),
      contactPhone: plain('联系电话').min(1, '请填写联系电话').superRefine(checked(phoneError)).transform(normalizeDigits),
      deadline: z
        .string()
        .min(1, '请选择招募截止日期')
        .refine(isIsoDate, '招募截止日期不是有效日期')
        .refine((d) => d > today, '招募截止日期应晚于今天')
        .refine((d) => d <= addDays(today, 366), '招募截止日期不能超过一年'),
      submissionKey: z.string().uuid('页面已过期，请刷新后重新提交'),
    })
    .superRefine((v, ctx) => {
      // Zod still runs this when a field failed without aborting; check only well-formed values.
      if (!floors || typeof v.allowance !== 'number' || !/^14\d{4}$/.test(v.countyCode)) return;
      const m = allowanceError(v.countyCode, v.allowance, floors);
      if (m) ctx.addIssue({ code: 'custom', path: ['allowance'], message: m });
    });
}

export type PositionInput = z.input<ReturnType<typeof positionSchema>>;
export type PositionData = z.output<ReturnType<typeof positionSchema>>;

// Someone graduating before 1960 is past retirement age; earlier dates are typing slips.
const EARLIEST_GRADUATION = '1960-01-01';

/** 就业见习人员申请: the person's profile. A graduate must give 专业, 毕业院校 and 毕业时间. */
export function profileSchema(today: string = todayInShanghai()) {
  return z
    .object({
      education: z.enum(PERSON_EDUCATION, { message: '请选择学历' }),
      major: optionalText('专业', 50),
      school: optionalText('毕业院校', 50),
      graduationDate: z
        .string()
        .refine((d) => d === '' || isIsoDate(d), '毕业时间不是有效日期')
        .refine((d) => d === '' || d >= EARLIEST_GRADUATION, '毕业时间不能早于1960年')
        .refine((d) => d === '' || d <= addDays(today, 366), '毕业时间不能晚于一年以后'),
      category: z.enum(PERSON_CATEGORIES.map((c) => c.value) as ['graduate', 'youth'], { message: '请选择人员类别' }),
      phone: plain('手机号码').min(1, '请填写手机号码').superRefine(checked(mobileError)).transform(normalizeDigits),
    })
    .superRefine((v, ctx) => {
      if (v.category !== 'graduate') return;
      if (!COLLEGE_EDUCATION.includes(v.education)) ctx.addIssue({ code: 'custom', path: ['education'], message: '高校毕业生的学历应为大专及以上' });
      if (!v.major) ctx.addIssue({ code: 'custom', path: ['major'], message: '请填写专业' });
      if (!v.school) ctx.addIssue({ code: 'custom', path: ['school'], message: '请填写毕业院校' });
      if (!v.graduationDate) ctx.addIssue({ code: 'custom', path: ['graduationDate'], message: '请填写毕业时间' });
    });
}

export type ProfileData = z.output<ReturnType<typeof profileSchema>>;
