import { BlockList, isIP } from 'node:net';
import { env } from '@/lib/env';

/**
 * Who may set X-Forwarded-For. `next start` keeps a header the client sent and only fills it in
 * from the socket when there is none (Next.js base-server: `x-forwarded-for ??= socket address`);
 * route handlers never see the socket. So the header is read only as far as the proxies in front
 * of the app vouch for it:
 * - unset or 0: no proxy. One entry is the socket address next start wrote; more than one, or
 *   something not an address, came from the client and all such requests share one address.
 * - a hop count n: each of the n proxies appends the address it saw; the n-th entry from the
 *   right is the client.
 * - CIDRs (comma-separated): proxies are the entries inside them; the right-most entry outside
 *   them is the client. The app's port must then be reachable only through those proxies.
 */
export type TrustedProxies = { hops: number } | { ranges: BlockList };

/** The shared address of requests whose address the proxies cannot vouch for. */
export const UNVERIFIED = 'unverified';

export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const value = (setting ?? '').trim();
  if (/^\d+$/.test(value) || value === '') return { hops: Number(value || 0) };
  const ranges = new BlockList();
  for (const cidr of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr, bits = ''] = cidr.split('/');
    const family = isIP(addr);
    const prefix = bits === '' ? (family === 6 ? 128 : 32) : Number(bits);
    if (!family || !/^\d*$/.test(bits) || prefix > (family === 6 ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${cidr}" is neither a hop count nor a CIDR range`);
    }
    ranges.addSubnet(addr, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { ranges };
}

let fromEnv: TrustedProxies | null = null;
const trustedFromEnv = () => (fromEnv ??= parseTrustedProxies(env().TRUSTED_PROXIES));

const inRanges = (ranges: BlockList, ip: string) => ranges.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');

/** The client address for rate limits and the audit log (see TrustedProxies). */
export function clientIp(headers: Headers, trusted: TrustedProxies = trustedFromEnv()): string {
  const xff = headers.get('x-forwarded-for');
  if (!xff) return 'unknown';
  const parts = xff
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !isIP(p))) return UNVERIFIED;
  if ('ranges' in trusted) return [...parts].reverse().find((p) => !inRanges(trusted.ranges, p)) ?? parts[0];
  const { hops } = trusted;
  if (hops === 0) return parts.length === 1 ? parts[0] : UNVERIFIED;
  return parts.length >= hops ? parts[parts.length - hops] : UNVERIFIED;
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
