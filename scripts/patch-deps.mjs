// Run by `npm ci` / `npm install` (postinstall). Applies our fixes to dependencies that have no
// fixed release yet; each is checked against the exact text of the pinned version, so an upgrade
// fails here loudly instead of silently losing the fix. Plain string replacements: no tool needed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * postgres (postgres.js) 3.4.9, upstream issue porsager/postgres#1208 (also #1066, #1154; PRs #1168,
 * #1176 unmerged; 3.4.9 is the newest release). When a backend dies inside `sql.begin()`, the
 * transaction's own ROLLBACK is executed on the connection after `closed()` has set `socket = null`:
 * the write is deferred with setImmediate and `nextWrite` throws an uncaught TypeError
 * ("Cannot read properties of null (reading 'write')"). `closed()` and `terminate()` also clear the
 * write timer without resetting it, so the pooled connection, once reopened, never flushes a small
 * write again and every query routed to it hangs until CONNECT_TIMEOUT. lib/db/driver-faults.test.ts
 * reproduces both.
 */
const postgresFix = {
  pkg: 'postgres',
  version: '3.4.9',
  files: ['src/connection.js', 'cjs/src/connection.js', 'cf/src/connection.js'],
  edits: [
    {
      // A query for a connection whose socket has closed (begin()'s rollback): fail it at once.
      // `true` keeps the caller from moving the closed connection into the pool's "full" queue.
      from: `    if (terminated)
      return queryError(q, Errors.connection('CONNECTION_DESTROYED', options))
`,
      to: `    if (terminated)
      return queryError(q, Errors.connection('CONNECTION_DESTROYED', options))

    if (!socket) // jx-patch #1208
      return (queryError(q, Errors.connection('CONNECTION_CLOSED', options)), true)
`,
    },
    {
      from: `  function nextWrite(fn) {
    const x = socket.write(chunk, fn)
`,
      to: `  function nextWrite(fn) {
    if (!socket) // jx-patch #1208
      return (chunk = nextWriteTimer = null, true)
    const x = socket.write(chunk, fn)
`,
    },
    {
      // terminate(), then closed(): a cleared timer must read as "none pending", and nothing
      // buffered for the dead socket may be sent on the next one.
      from: `    clearImmediate(nextWriteTimer)
    if (socket) {`,
      to: `    clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null // jx-patch #1208
    if (socket) {`,
    },
    {
      from: `    incomings = null
    clearImmediate(nextWriteTimer)
`,
      to: `    incomings = null
    clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null // jx-patch #1208
`,
    },
    {
      // Once the dead socket's queries are rejected, nothing of its last query may carry over: a
      // stale \`errorResponse\` (the FATAL 57P01) would otherwise reject the first query after reconnecting.
      from: `    !hadError && (query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket))
`,
      to: `    !hadError && (query || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options, socket))
    query = results = errorResponse = null // jx-patch #1208
    result = new Result()
`,
    },
  ],
};

function apply(fix) {
  const dir = path.join(root, 'node_modules', fix.pkg);
  if (!fs.existsSync(dir)) return;
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (version !== fix.version) {
    throw new Error(
      `${fix.pkg} is ${version}, the fix in scripts/patch-deps.mjs is for ${fix.version}: check whether the new release fixes the issue it names, then drop or redo the fix.`,
    );
  }
  for (const rel of fix.files) {
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) continue;
    let text = fs.readFileSync(file, 'utf8');
    let changed = false;
    for (const { from, to } of fix.edits) {
      if (text.includes(to)) continue;
      const at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${fix.pkg}/${rel}: the text to patch is not there exactly once`);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      changed = true;
    }
    if (changed) fs.writeFileSync(file, text);
  }
}

apply(postgresFix);
