import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { forgetPagesOfOtherDatabases } from './prepare';

const server = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-next-server-'));
const saved = process.env.DATABASE_URL;
after(() => {
  fs.rmSync(server, { recursive: true, force: true });
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
});

const page = path.join(server, 'route-cache', 'APP_PAGE', 'x', '$', 'jobs', 'q', '1401', '-.html');
const renderPage = () => {
  fs.mkdirSync(path.dirname(page), { recursive: true });
  fs.writeFileSync(page, '<li>压测见习单位6有限公司</li>');
};

test('pages rendered from one database are kept for a server on the same database and dropped for another', () => {
  process.env.DATABASE_URL = 'postgres://jx@127.0.0.1:5432/bench';
  renderPage();
  // No record of where they came from: they could be from any database.
  forgetPagesOfOtherDatabases(server);
  assert.equal(fs.existsSync(page), false);
  renderPage();
  forgetPagesOfOtherDatabases(server);
  assert.equal(fs.existsSync(page), true, 'same database: kept');
  process.env.DATABASE_URL = 'postgres://jx@127.0.0.1:5432/demo';
  forgetPagesOfOtherDatabases(server);
  assert.equal(fs.existsSync(page), false, 'another database: dropped');
  renderPage();
  forgetPagesOfOtherDatabases(server);
  assert.equal(fs.existsSync(page), true);
});

test('before any build there is nothing to do', () => {
  assert.doesNotThrow(() => forgetPagesOfOtherDatabases(path.join(server, 'absent')));
  assert.equal(fs.existsSync(path.join(server, 'absent')), false);
});
