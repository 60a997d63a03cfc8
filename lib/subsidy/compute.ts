/**
 * 就业见习补贴 reckoning, pure (no database): which months of an intern the system can prove
 * (系统核算月数) and what each person-month is worth. Money in integer 分; each person-month is
 * rounded once, half up.
 */

export type Standard = {
  effectiveFrom: string;
  rateBp: number;
  retentionThresholdBp: number | null;
  raisedRateBp: number | null;
  retentionBonusFen: number | null;
  insuranceCapFen: number;
};

export type InternshipFacts = {
  internshipId: string;
  personId: string;
  name: string;
  startDate: string;
  endDate: string;
  status: 'active' | 'ended_early' | 'retained' | 'completed';
  statusDate: string | null;
};

export type MonthReason = '月份未结束' | '不在见习期内' | '考勤未审核' | '已申领' | '超过12个月';

export type MonthLine = { month: string; ok: true; minWageFen: number; rateBp: number; amountFen: number } | { month: string; ok: false; reason: MonthReason };

export type PersonReckoning = {
  internshipId: string;
  personId: string;
  name: string;
  months: MonthLine[];
  systemMonths: number;
  /** 每月补贴标准 of the first provable month (the UI lists each month's own when they differ). */
  monthlyFen: number | null;
  /** The one-off per retained intern this claim may carry (0: none, or already in another claim). */
  retentionBonusFen: number;
};

export const MAX_WINDOW_MONTHS = 3;
export const MAX_MONTHS_PER_PERSON = 12;
/** A calendar month counts as an internship month when the internship covers its 15th day. */
export const COUNTING_DAY = 15;

export const ROUNDING_NOTE = `每人每月补贴 = 补贴比例 × 当月最低工资标准，按人按月四舍五入到分；见习期覆盖当月${COUNTING_DAY}日的月份计为一个见习月。`;

/** Half-up rounding of rate × wage to the 分 (integers throughout: no floating point). */
export function personMonthFen(rateBp: number, minWageFen: number): number {
  return Math.floor((rateBp * minWageFen + 5000) / 10000);
}

export function isMonth(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): number {
  const [a, b] = [from, to].map((s) => s.split('-').map(Number));
  return (b[0] - a[0]) * 12 + (b[1] - a[1]) + 1;
}

export function windowMonths(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(from, i));
}

/** The last day the intern was actually in the internship (提前终止 / 期满离开 end on their 状态变动日期). */
export function internshipLastDay(i: Pick<InternshipFacts, 'endDate' | 'status' | 'statusDate'>): string {
  if ((i.status === 'ended_early' || i.status === 'completed') && i.statusDate && i.statusDate < i.endDate) return i.statusDate;
  return i.endDate;
}

export function inInternship(i: Pick<InternshipFacts, 'startDate' | 'endDate' | 'status' | 'statusDate'>, month: string): boolean {
  const day = `${month}-${String(COUNTING_DAY).padStart(2, '0')}`;
  return i.startDate <= day && day <= internshipLastDay(i);
}

/** The standard in force in a month: the latest whose effectiveFrom is not after the month's first day. */
export function standardFor(standards: Standard[], month: string): Standard | null {
  let best: Standard | null = null;
  for (const s of standards) if (s.effectiveFrom <= `${month}-01` && (!best || s.effectiveFrom > best.effectiveFrom)) best = s;
  return best;
}

/** 留用率 in basis points: retained ÷ finished (retained + completed + ended early); null when none finished. */
export function retentionBp(statuses: InternshipFacts['status'][]): number | null {
  const retained = statuses.filter((s) => s === 'retained').length;
  const finished = statuses.filter((s) => s !== 'active').length;
  return finished === 0 ? null : Math.floor((retained * 10000) / finished);
}

/** The rate that applies under a standard given the unit's 留用率 (a raise only where the row has one). */
export function rateFor(s: Standard, unitRetentionBp: number | null): number {
  if (s.retentionThresholdBp !== null && s.raisedRateBp !== null && unitRetentionBp !== null && unitRetentionBp >= s.retentionThresholdBp)
    return s.raisedRateBp;
  return s.rateBp;
}

export type ReckonInput = {
  interns: InternshipFacts[];
  window: string[];
  /** The current month (Asia/Shanghai): it and later months have not ended. */
  currentMonth: string;
  /** `${personId}|${month}` of approved attendance. */
  attendance: Set<string>;
  /** person → months already in another waiting or approved claim. */
  claimedElsewhere: Map<string, Set<string>>;
  standards: Standard[];
  /** Minimum wage (分) of the unit's county tier in force in a month. */
  minWageFen: (month: string) => number | null;
  unitRetentionBp: number | null;
  /** internshipId of retained interns whose one-off bonus is in another waiting or approved claim. */
  bonusClaimed?: Set<string>;
};

/**
 * The one-off amount per retained intern (留用): paid once per internship under the standard in force
 * in the month the intern was retained (the 状态变动日期, else the internship's end); 0 where the
 * standard has none (Shanxi) or the intern was not retained.
 */
export function retentionBonusFor(standards: Standard[], i: Pick<InternshipFacts, 'status' | 'statusDate' | 'endDate'>): number {
  if (i.status !== 'retained') return 0;
  return standardFor(standards, (i.statusDate ?? i.endDate).slice(0, 7))?.retentionBonusFen ?? 0;
}

/** 系统核算: every month of the window for every intern, with the reason when it does not count. */
export function reckon(input: ReckonInput): PersonReckoning[] {
  return input.interns.map((i) => {
    const elsewhere = input.claimedElsewhere.get(i.personId) ?? new Set<string>();
    let used = elsewhere.size;
    const months: MonthLine[] = input.window.map((month) => {
      if (month >= input.currentMonth) return { month, ok: false, reason: '月份未结束' };
      if (!inInternship(i, month)) return { month, ok: false, reason: '不在见习期内' };
      if (!input.attendance.has(`${i.personId}|${month}`)) return { month, ok: false, reason: '考勤未审核' };
      if (elsewhere.has(month)) return { month, ok: false, reason: '已申领' };
      if (used >= MAX_MONTHS_PER_PERSON) return { month, ok: false, reason: '超过12个月' };
      const s = standardFor(input.standards, month);
      const wage = input.minWageFen(month);
      if (!s || wage === null) return { month, ok: false, reason: '不在见习期内' };
      used++;
      const rateBp = rateFor(s, input.unitRetentionBp);
      return { month, ok: true, minWageFen: wage, rateBp, amountFen: personMonthFen(rateBp, wage) };
    });
    const ok = months.filter((m) => m.ok);
    return {
      internshipId: i.internshipId,
      personId: i.personId,
      name: i.name,
      months,
      systemMonths: ok.length,
      monthlyFen: ok[0]?.ok ? ok[0].amountFen : null,
      retentionBonusFen: input.bonusClaimed?.has(i.internshipId) ? 0 : retentionBonusFor(input.standards, i),
    };
  });
}

/** The first `n` provable months of a reckoning (申请补贴月数 ≤ 系统核算月数). */
export function takeMonths(r: PersonReckoning, n: number): Extract<MonthLine, { ok: true }>[] {
  return r.months.filter((m): m is Extract<MonthLine, { ok: true }> => m.ok).slice(0, n);
}

/** 人身意外伤害保险补贴: the lower of the premium and the cap. */
export function insuranceFen(premiumFen: number, capFen: number): number {
  return Math.min(premiumFen, capFen);
}

/** A 保单 must cover the whole internship (bought before it starts, running to its end). */
export function policyCovers(policy: { start: string; end: string }, i: Pick<InternshipFacts, 'startDate' | 'endDate'>): boolean {
  return policy.start <= i.startDate && policy.end >= i.endDate;
}

/** 元 with two decimals, from 分 (display only). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100).toLocaleString('en-US')}.${String(a % 100).padStart(2, '0')}`;
}

/** 张*明: the first and last character kept (two-character names: 张*). */
export function maskName(name: string): string {
  const c = [...name];
  if (c.length <= 1) return name;
  if (c.length === 2) return `${c[0]}*`;
  return `${c[0]}${'*'.repeat(c.length - 2)}${c[c.length - 1]}`;
}
