/** Money is kept in integer fen; people type 元 with at most two decimals. */
export const YUAN_RE = /^\d{1,6}(\.\d{1,2})?$/;

export function yuanToFen(input: string): number {
  const [whole, frac = ''] = input.trim().split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** 2150 or 2150.5 → "2150" / "2150.50" (no grouping: figures are read as amounts in a form). */
export function formatYuan(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}
