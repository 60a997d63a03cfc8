import { z } from 'zod';

/** Ids in URLs and forms are checked before they reach a uuid column (PostgreSQL would throw on a malformed one). */
export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}

/** A uuid form field (an id from a hidden input); anything else is refused before it reaches the database. */
export const uuidField = z.string().refine(isUuid, '记录不存在。');
