/**
 * Calendar dates and months as the province reckons them: Asia/Shanghai (UTC+8, no daylight saving).
 * Times are stored in UTC; these are the only places that turn a moment into a Shanghai day or month.
 */
const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const MINUTE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Today (or the day of `now`) in Asia/Shanghai, as YYYY-MM-DD (the `date` columns). */
export function todayInShanghai(now: Date = new Date()): string {
  return DAY.format(now);
}

/** YYYY-MM of a moment in Asia/Shanghai (申办月份, report months). */
export function monthInShanghai(now: Date = new Date()): string {
  return DAY.format(now).slice(0, 7);
}

/** 2026-11-28 14:03 in Asia/Shanghai; empty for no moment. */
export function formatTime(d: Date | null | undefined): string {
  return d ? MINUTE.format(d) : '';
}
