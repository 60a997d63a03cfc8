import assert from 'node:assert/strict';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import Papa from 'papaparse';
import { csvSheet, type RawRow } from './read-table';

function rowsOf(text: string): RawRow[] {
  return [...(csvSheet(text).rows as Iterable<RawRow>)];
}

test('a CSV read piece by piece gives the rows of a whole parse: quoted line breaks, commas and CRLF across the pieces', () => {
  const lines = ['姓名,身份证号,备注'];
  for (let i = 0; i < 9000; i++) {
    const note = i % 7 === 0 ? `"第一行\r\n第二行，含逗号,""引号""${i}"` : i % 11 === 0 ? '' : `备注${i}`;
    lines.push(`人员${i},14010520030315${String(i).padStart(4, '0')},${note}`);
    if (i % 997 === 0) lines.push('');
  }
  const text = `${lines.join('\r\n')}\r\n`;
  assert.ok(text.length > 4 * 64 * 1024, 'the text spans several pieces');
  const whole = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const rows = rowsOf(text);
  assert.equal(rows.length, whole.length);
  rows.forEach((row, i) => {
    assert.equal(row.number, i + 1);
    assert.deepEqual(
      row.cells,
      whole[i].map((s) => (s.trim() === '' ? null : s)),
    );
  });
  // Row 3 is the blank line after 人员0.
  assert.deepEqual(rows[9].cells, ['人员7', '140105200303150007', '第一行\r\n第二行，含逗号,"引号"7']);
});

test('the first row of a large CSV comes before the rest is parsed (its records are never all held at once)', () => {
  const built = `姓名,身份证号,考勤月份\n${Array.from({ length: 200_000 }, (_, i) => `人员${i},14010520030315${String(i % 10_000).padStart(4, '0')},2026-03`).join('\n')}\n`;
  // Decoded from bytes, as an upload is: one flat string (a joined one would be flattened on first read).
  const text = new TextDecoder().decode(new TextEncoder().encode(built));
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const reading = (csvSheet(text).rows as Iterable<RawRow>)[Symbol.iterator]();
  const first = reading.next();
  gc();
  // What the reader holds while the first row is being checked (the garbage is gone).
  const grown = process.memoryUsage().heapUsed - before;
  assert.deepEqual(first.value?.cells, ['姓名', '身份证号', '考勤月份']);
  // A whole parse holds 200,000 arrays of three strings here (over 30 MB); one piece is about 64 KB of text.
  assert.ok(grown < 10 * 1024 * 1024, `heap grew by ${(grown / 1048576).toFixed(1)} MB for the first row`);
  reading.return?.();
});
