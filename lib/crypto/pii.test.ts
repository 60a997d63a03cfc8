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

test('every value gets its own IV, also across the IV pool (1,024 at a time) running out', () => {
  const stored = Array.from({ length: 3000 }, (_, i) => encryptPii(`14010519900101${String(i).padStart(4, '0')}`));
  const ivs = new Set(stored.map((s) => Buffer.from(s.split(':')[1], 'base64').subarray(0, 12).toString('hex')));
  assert.equal(ivs.size, 3000);
  stored.forEach((s, i) => assert.equal(decryptPii(s), `14010519900101${String(i).padStart(4, '0')}`));
  // The same clear value twice is two different ciphertexts.
  assert.notEqual(encryptPii('140105199001010011'), encryptPii('140105199001010011'));
});
