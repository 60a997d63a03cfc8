import { hash, verify } from '@node-rs/argon2';

export { MIN_PASSWORD_LENGTH } from './password-rules';

/** argon2id with the library's defaults (19 MiB, t=2, p=1: OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verifies against a fixed hash so that an unknown account costs as much time as a known one. */
let dummy: Promise<string> | null = null;
export async function burnPasswordTime(password: string): Promise<void> {
  dummy ??= hash('dummy-password-for-timing');
  await verifyPassword(await dummy, password);
}
