/**
 * The client address for rate limits and the audit log. Next.js appends the socket address to
 * x-forwarded-for; the right-most entry is the one our own server (or trusted proxy) saw.
 */
export function clientIp(headers: Headers): string {
  const xff = headers.get('x-forwarded-for');
  if (xff) {
    const parts = xff.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length) return parts[parts.length - 1];
  }
  return headers.get('x-real-ip') || 'unknown';
}

/** A same-origin POST check for plain HTML forms (a browser always sends Origin on cross-site POSTs). */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') || request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
