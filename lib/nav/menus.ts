/** Menu names are quoted from the province's manual: a clerk following it must find the same words. */
export type MenuItem = { href: string; label: string; description?: string };

export const TOP_MENU: MenuItem[] = [
  { href: '/', label: '首页' },
  { href: '/person', label: '个人办事' },
  { href: '/unit', label: '法人办事' },
  { href: '/public', label: '公共就业' },
  { href: '/center', label: '个人中心' },
];

/** 法人办事 → 就业创业: the six 事项 of the unit manual, in its order, then 就业见习补贴申领 (issue #10). */
export const UNIT_ITEMS: MenuItem[] = [
  { href: '/unit/qualification', label: '就业见习单位申请', description: '填写单位信息、上传附件，申请成为就业见习单位。' },
  { href: '/unit/post-apply', label: '就业见习岗位申请', description: '见习单位提交岗位需求，审核通过后对外发布。' },
  { href: '/unit/posts', label: '就业见习岗位查询', description: '查询本单位审核通过的见习岗位及其意向人员。' },
  { href: '/unit/match', label: '见习匹配结果批量上报', description: '批量导入与见习人员签订的见习协议。' },
  { href: '/unit/attendance', label: '见习考勤批量上报', description: '按月批量导入见习人员考勤。' },
  { href: '/unit/on-duty', label: '见习人员每月在岗情况上报', description: '按月批量导入见习人员在岗情况与生活补助发放。' },
  { href: '/unit/subsidy', label: '就业见习补贴申领', description: '按系统核算的见习月数申领就业见习补贴，县区审核、市级审核后公示拨付。' },
];

/** 个人办事 → 就业创业 (the province's personal-side manual names these two 事项). */
export const PERSON_ITEMS: MenuItem[] = [
  { href: '/person/apply', label: '就业见习人员申请', description: '填写个人信息，选择意向见习岗位。' },
  { href: '/jobs', label: '见习岗位查询', description: '按地区、学历、岗位类别查询正在招募的见习岗位。' },
];

/** 公共就业 → 创业指导. */
export const PUBLIC_ITEMS: MenuItem[] = [
  { href: '/jobs', label: '见习岗位查询', description: '无需登录，按市、县区查询正在招募的见习岗位。' },
  { href: '/public/subsidy', label: '就业见习补贴公示', description: '无需登录，查看公示期内的就业见习补贴公示。' },
];
