import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { formatRowError, parseUpload } from '@/lib/batch';
import { reportSpecs } from '@/lib/reports/specs';
import { TODAY } from '@/lib/test/batch-files';
import { buildFixtures, type Fixture } from './lib/batch-fixtures';

const DIR = path.join(process.cwd(), 'e2e', 'fixtures', 'batch');

async function assertRefused(f: Pick<Fixture, 'file' | 'kind' | 'expect' | 'message'>, bytes: Uint8Array): Promise<void> {
  const r = await parseUpload(reportSpecs[f.kind], { fileName: f.file, bytes }, { today: TODAY });
  if (f.expect === 'refusal') {
    assert.equal(r.ok, false, `${f.file}: not refused`);
    if (!r.ok) assert.ok(r.refusal.message.includes(f.message), `${f.file}: “${r.refusal.message}” lacks “${f.message}”`);
    return;
  }
  assert.ok(r.ok, `${f.file}: refused as a whole: ${r.ok ? '' : r.refusal.message}`);
  const lines = r.errors.map(formatRowError);
  assert.ok(
    lines.some((l) => l.includes(f.message)),
    `${f.file}: no row error with “${f.message}” in ${JSON.stringify(lines)}`,
  );
}

describe('bad upload corpus', async () => {
  const fixtures = await buildFixtures();

  test('at least 25 files, each a distinct name, covering the three reports', () => {
    assert.ok(fixtures.length >= 25);
    assert.equal(new Set(fixtures.map((f) => f.file)).size, fixtures.length);
    assert.deepEqual([...new Set(fixtures.map((f) => f.kind))].sort(), ['attendance', 'match', 'on_duty']);
  });

  for (const f of fixtures) {
    test(`${f.file} (${f.kind}) → ${f.expect}: ${f.message}`, () => assertRefused(f, f.bytes));
  }

  test('the committed corpus matches the script and every committed file is refused the same way', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as { fixtures: Omit<Fixture, 'bytes'>[] };
    assert.deepEqual(
      manifest.fixtures,
      fixtures.map(({ file, kind, expect, message, about }) => ({ file, kind, expect, message, about })),
      'run: npx tsx scripts/make-batch-fixtures.ts',
    );
    for (const f of manifest.fixtures) await assertRefused(f, fs.readFileSync(path.join(DIR, f.file)));
  });
});
