import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientIp, parseTrustedProxies } from './request';

const h = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });

describe('client address (TRUSTED_PROXIES)', () => {
  test('no proxy: the address next start recorded for the socket; a forged chain shares one address', () => {
    const none = parseTrustedProxies(undefined);
    assert.equal(clientIp(h('203.0.113.7'), none), '203.0.113.7');
    // next start writes one entry; two or more came from the client, so they cannot pick the bucket.
    const a = clientIp(h('1.1.1.1, 203.0.113.7'), none);
    const b = clientIp(h('2.2.2.2, 203.0.113.8'), none);
    assert.equal(a, b);
    assert.equal(a, 'unverified');
    assert.equal(clientIp(h('not-an-ip'), none), 'unverified');
    assert.equal(clientIp(h(), none), 'unknown');
  });

  test('one trusted hop: the entry the proxy appended, whatever the client put before it', () => {
    const one = parseTrustedProxies('1');
    for (let i = 0; i < 30; i++) assert.equal(clientIp(h(`10.9.${i}.1, 198.51.100.4`), one), '198.51.100.4');
    assert.equal(clientIp(h('198.51.100.4, 10.0.0.2'), parseTrustedProxies('2')), '198.51.100.4');
    // Fewer entries than hops: the request did not come through the proxies.
    assert.equal(clientIp(h('198.51.100.4'), parseTrustedProxies('2')), 'unverified');
  });

  test('CIDR list: the right-most entry outside the trusted ranges', () => {
    const cidrs = parseTrustedProxies('10.0.0.0/8, 192.168.1.0/24, fd00::/8');
    assert.equal(clientIp(h('1.2.3.4, 198.51.100.4, 10.0.0.2, 192.168.1.9'), cidrs), '198.51.100.4');
    assert.equal(clientIp(h('2001:db8::1, fd00::5'), cidrs), '2001:db8::1');
    assert.equal(clientIp(h('10.0.0.2'), cidrs), '10.0.0.2');
  });

  test('a malformed setting is refused at start, not silently trusted', () => {
    assert.throws(() => parseTrustedProxies('10.0.0.0/33'), /TRUSTED_PROXIES/);
    assert.throws(() => parseTrustedProxies('proxy.local'), /TRUSTED_PROXIES/);
  });
});
