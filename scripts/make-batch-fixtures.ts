import fs from 'node:fs';
import path from 'node:path';
import { buildFixtures } from './lib/batch-fixtures';

/** Writes the corpus of bad batch uploads and its manifest to e2e/fixtures/batch/ (committed). */
const FIXTURE_DIR = path.join(process.cwd(), 'e2e', 'fixtures', 'batch');

async function main() {
  const fixtures = await buildFixtures();
  fs.rmSync(FIXTURE_DIR, { recursive: true, force: true });
  fs.mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const f of fixtures) fs.writeFileSync(path.join(FIXTURE_DIR, f.file), f.bytes);
  const manifest = {
    about:
      '导入时必须被拒绝的文件：expect 为 refusal 表示整个文件被拒绝，row-error 表示至少一条行错误；message 为提示中应含有的文字。由 scripts/make-batch-fixtures.ts 生成。',
    fixtures: fixtures.map(({ file, kind, expect, message, about }) => ({ file, kind, expect, message, about })),
  };
  fs.writeFileSync(path.join(FIXTURE_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`已写入 ${fixtures.length} 个文件到 ${path.relative(process.cwd(), FIXTURE_DIR)}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
