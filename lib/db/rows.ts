/** The rows of a raw `db.execute()`: postgres.js returns an array, PGlite an object with `rows`. */
export function resultRows<T = Record<string, unknown>>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? [])) as T[];
}
