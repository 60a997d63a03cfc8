import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type postgres from 'postgres';
import type { Db, Tx } from './client';

/**
 * The postgres.js client under a drizzle database or transaction, or null on PGlite (whose driver has no
 * COPY … FROM STDIN). drizzle keeps it as the session's `client`; its type does not show it.
 */
export function postgresOf(db: Db | Tx): postgres.Sql | null {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  return typeof client === 'function' && typeof (client as { unsafe?: unknown }).unsafe === 'function' ? (client as postgres.Sql) : null;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format: \N for null; backslash, tab and line breaks escaped. */
export function copyField(v: string | number | null): string {
  if (v === null) return '\\N';
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : s;
}

/**
 * Rows streamed into a table with COPY … FROM STDIN, in 64 KB messages, waiting whenever the
 * connection's buffer is full: the caller can produce rows as fast as it reads them without
 * holding more than one message of them.
 */
export class CopyIn {
  private buffer = '';
  private rows = 0;
  private failure: Error | null = null;

  private constructor(
    private readonly sql: postgres.Sql,
    private readonly stream: Writable,
  ) {
    // PostgreSQL refusing a row, or the connection dropping, destroys the stream with the error:
    // kept here and thrown by the next write or by end(), never left unhandled.
    stream.on('error', (e) => (this.failure ??= e));
  }

  /** `table` and `columns` are identifiers written by the caller, never user input. */
  static async open(sql: postgres.Sql, table: string, columns: readonly string[]): Promise<CopyIn> {
    return new CopyIn(sql, await sql.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable());
  }

  /** Adds a row; returns a promise only when a full message went out and the connection must drain first. */
  write(fields: readonly (string | number | null)[]): Promise<void> | void {
    this.buffer += `${fields.map(copyField).join('\t')}\n`;
    this.rows++;
    if (this.buffer.length >= 65_536) return this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    this.check();
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const settle = () => {
        this.stream.off('drain', settle).off('close', settle);
        if (this.failure || this.stream.destroyed) reject(this.failure ?? new Error('COPY closed'));
        else resolve();
      };
      this.stream.on('drain', settle).on('close', settle);
    });
  }

  private check(): void {
    if (this.failure) throw this.failure;
    if (this.stream.destroyed) throw new Error('COPY closed');
  }

  /** Sends the rest and waits for PostgreSQL to confirm the COPY; returns the number of rows sent. */
  async end(): Promise<number> {
    this.check();
    const last = this.buffer;
    this.buffer = '';
    if (last) await new Promise<void>((resolve, reject) => this.stream.write(last, (e) => (e ? reject(e) : resolve())));
    this.stream.end();
    // postgres.js finishes the stream only when the COPY succeeds: an error PostgreSQL reports after
    // the last row (a malformed row, say) would leave it waiting for ever. A query queued behind the
    // COPY settles either way: it fails when the COPY did, as the transaction is then aborted.
    await Promise.all([finished(this.stream), this.afterCopy()]);
    if (this.failure) throw this.failure;
    return this.rows;
  }

  /** `select 1` once postgres.js has sent CopyDone (until then it refuses any query with COPY_IN_PROGRESS). */
  private async afterCopy(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      await new Promise((resolve) => setImmediate(resolve));
      try {
        await this.sql`select 1`;
        return;
      } catch (e) {
        if ((e as { code?: string }).code === 'COPY_IN_PROGRESS' && attempt < 1000) continue;
        throw new Error(`COPY failed: ${(e as Error).message}`, { cause: e });
      }
    }
  }

  /** Abandons the COPY (PostgreSQL gets CopyFail), so that the connection can roll back. */
  abort(error: Error): void {
    if (!this.stream.destroyed) this.stream.destroy(error);
  }
}
