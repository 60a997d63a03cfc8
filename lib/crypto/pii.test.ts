import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { decryptPii, encryptPii, newPiiKey, piiHash } from './pii';

before(() => {
  process.env.PII_KEY ??= newPiiKey();
});

test('round-trips and never stores the clear value', () => {
  const id = '11010519491231002X';
  const a = encryptPii(id);
  const b = encryptPii(id);
  assert.notEqual(a, b, 'a fresh IV each time');
  assert.ok(!a.includes(id) && !Buffer.from(a.slice(3), 'base64').toString('latin1').includes(id));
  assert.equal(decryptPii(a), id);
});

test('the keyed hash is stable for lookups and changes with the key', () => {
  const h = piiHash('11010519491231002X');
  assert.equal(piiHash('11010519491231002X'), h);
  const saved = process.env.PII_KEY;
  process.env.PII_KEY = newPiiKey();
  assert.notEqual(piiHash('11010519491231002X'), h);
  process.env.PII_KEY = saved;
});

test('refuses tampered ciphertext', () => {
  const c = encryptPii('6222020600001234567');
  const buf = Buffer.from(c.slice(3), 'base64');
  buf[buf.length - 1] ^= 1;
  // The GCM tag check refuses it (not some other failure on the way).
  assert.throws(() => decryptPii(`v1:${buf.toString('base64')}`), /unable to authenticate data/);
});
