import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ESLint } from 'eslint';

/**
 * The layering lint rules (eslint.config.mjs) must bite: each fixture below breaks one line of
 * ARCHITECTURE.md from where it pretends to live, and the lint must name the breach. The fixtures
 * are text given a path, so the real tree stays clean.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering is enforced by the lint', () => {
  test('a component importing a server action from app/ fails', async () => {
    const code = `import { decideAction } from '@/app/review/actions';\nexport const x = decideAction;\n`;
    const messages = await restricted('components/review/Fixture.tsx', code);
    assert.equal(messages.length, 1);
    assert.match(messages[0], /pass server actions to components as props/);
    assert.equal(
      (await restricted('components/review/Fixture.tsx', `import { a } from '../../app/review/actions';\nexport const x = a;\n`)).length,
      1,
      'relative paths too',
    );
  });

  test('a component importing lib/db or its schema (even a type) fails', async () => {
    for (const from of ['@/lib/db/client', '@/lib/db/schema/filings', '@/lib/db', '../../lib/db/schema']) {
      const messages = await restricted('components/filings/Fixture.tsx', `import type { X } from '${from}';\nexport type Y = X;\n`);
      assert.equal(messages.length, 1, from);
      assert.match(messages[0], /never import lib\/db/);
    }
  });

  test('lib/db importing a domain folder or app/ fails', async () => {
    const messages = await restricted(
      'lib/db/fixture.ts',
      `import { KINDS } from '@/lib/kinds';\nimport { logout } from '@/app/actions/auth';\nexport const x = [KINDS, logout];\n`,
    );
    assert.equal(messages.length, 2);
    assert.match(messages.join('\n'), /bottom layer/);
  });

  test('a domain importing upward fails; downward passes', async () => {
    assert.match(
      (await restricted('lib/filings/fixture.ts', `import { x } from '@/lib/units/qualification';\nexport const y = x;\n`))[0],
      /lib\/filings is below/,
    );
    assert.match((await restricted('lib/posts/fixture.ts', `import { KINDS } from '@/lib/kinds';\nexport const y = KINDS;\n`))[0], /sit on top/);
    assert.deepEqual(await restricted('lib/posts/fixture.ts', `import { getFiling } from '@/lib/filings/queries';\nexport const y = getFiling;\n`), []);
    assert.deepEqual(await restricted('components/filings/Fixture.tsx', `import { KIND_META } from '@/lib/kinds';\nexport const y = KIND_META;\n`), []);
  });
});
