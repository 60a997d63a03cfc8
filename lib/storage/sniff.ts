import { env } from '@/lib/env';

/** The type of an upload judged by its first bytes (magic numbers), never by its name. */
export type AllowedMime = 'application/pdf' | 'image/jpeg' | 'image/png';

export function sniffAttachment(bytes: Uint8Array): AllowedMime | null {
  const b = bytes;
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d) return 'application/pdf'; // %PDF-
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return 'image/png';
  return null;
}

/** The size cap of one attachment (MAX_ATTACHMENT_BYTES). */
export const maxAttachmentBytes = () => env().MAX_ATTACHMENT_BYTES;

export function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}
