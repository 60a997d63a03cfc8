import { COLLEGE_EDUCATION } from './options';
import { addYears, ageOn } from './dates';

export type EligibilityInput = { birthDate: string; education: string | null; graduationDate: string | null };
export type Eligibility = { ok: true; basis: 'graduate' | 'youth' } | { ok: false; reason: string };

/**
 * SPEC §6: a 高校 graduate within two years of the diploma date (counted to the same day two years
 * later), or a young person aged 16 to 24 on the day (up to the eve of the 25th birthday).
 */
export function eligibility(p: EligibilityInput, on: string): Eligibility {
  const age = ageOn(p.birthDate, on);
  const isCollege = !!p.education && COLLEGE_EDUCATION.includes(p.education);
  const grad = p.graduationDate;
  if (isCollege && grad && grad <= on && on <= addYears(grad, 2)) return { ok: true, basis: 'graduate' };
  if (age >= 16 && age <= 24) return { ok: true, basis: 'youth' };
  const gradPart = !isCollege
    ? '学历不是大专及以上，不属于高校毕业生'
    : !grad
      ? '未填写毕业时间'
      : grad > on
        ? `毕业时间${grad}尚未到`
        : `毕业时间为${grad}，离校已超过2年`;
  return { ok: false, reason: `您不符合就业见习人员条件：按身份证号计算您今天${age}周岁，不在16–24周岁之间；${gradPart}。` };
}
