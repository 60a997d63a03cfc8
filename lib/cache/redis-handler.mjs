import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@redis/client';
import { isStorable } from './page-cache-handler.mjs';
import { redisSettings } from './settings.mjs';
import { withPagePolicy } from '../security/csp-policy.mjs';

/**
 * Next.js's `cacheHandler` (ISR pages and the `unstable_cache` data cache) on Redis, so that every
 * process serves the same entries and a `revalidateTag` on one is seen by all. Configured in
 * next.config.ts only when REDIS_URL is set. Plain JavaScript: Next.js loads it uncompiled.
 *
 * Redis being down never fails a request: reads miss (the page is rendered from the database),
 * writes are dropped, errors are logged once a minute, and invalidations made meanwhile are sent
 * when the connection is back (the client reconnects by itself).
 *
 * Keys: `<prefix>:<BUILD_ID>:e:<cache key>` (pages hold a build's asset names, so builds do not
 * share entries) and `<prefix>:tag:<tag>` = when the tag was invalidated (ms; shared by builds, so
 * a rolling deploy still sees invalidations). An entry is stale when one of its tags was
 * invalidated after the entry was written.
 */
const LOG_EVERY_MS = 60_000;
const OP_TIMEOUT_MS = 1_000;
const ENTRY_TTL_S = 86_400;
const TAG_TTL_S = 2 * ENTRY_TTL_S;

/** One connection per process, however many handler instances Next.js makes. */
let shared = null;

function connect(settings) {
  if (shared) return shared;
  let lastLog = 0;
  const log = (what, e) => {
    const now = Date.now();
    if (now - lastLog < LOG_EVERY_MS) return;
    lastLog = now;
    console.error(`[cache] Redis ${what}（页面改为直接读数据库，本消息每分钟至多一次）：${e instanceof Error ? e.message : e}`);
  };
  const client = createClient({
    url: settings.url,
    // Fail at once while disconnected instead of queueing: a page must not wait for Redis.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(250 * (retries + 1), 5_000) },
  });
  /** tag → expiry time, for invalidations that could not be written while Redis was unreachable. */
  const pending = new Map();
  const flush = async () => {
    if (!pending.size || !client.isReady) return;
    const batch = [...pending];
    try {
      await writeTags(client, settings.prefix, batch);
      for (const [tag, at] of batch) if (pending.get(tag) === at) pending.delete(tag);
    } catch (e) {
      log('写入失效标记失败', e);
    }
  };
  client.on('error', (e) => log('不可用', e));
  client.on('ready', () => void flush());
  client.connect().catch((e) => log('连接失败', e));
  shared = { client, log, pending, flush };
  return shared;
}

function writeTags(client, prefix, batch) {
  const multi = client.multi();
  for (const [tag, at] of batch) multi.set(`${prefix}:tag:${tag}`, String(at), { EX: TAG_TTL_S });
  return withTimeout(multi.exec());
}

function withTimeout(promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${OP_TIMEOUT_MS} ms 内无应答`)), OP_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Entries hold Buffers (RSC payloads, route bodies) and Maps (segment data): JSON with markers.
function replacer(key, value) {
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { __b64: raw.toString('base64') };
  if (raw instanceof Map) return { __map: [...raw] };
  return value;
}
function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if (typeof value.__b64 === 'string') return Buffer.from(value.__b64, 'base64');
    if (Array.isArray(value.__map)) return new Map(value.__map);
  }
  return value;
}

function tagsOf(data, ctx) {
  if (data?.kind === 'FETCH') return ctx?.tags ?? data.tags ?? [];
  const header = data?.headers?.['x-next-cache-tags'];
  return typeof header === 'string' && header ? header.split(',') : [];
}

function buildIdOf(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

export default class RedisCacheHandler {
  constructor(ctx) {
    const settings = redisSettings();
    if (!settings) throw new Error('RedisCacheHandler needs REDIS_URL');
    this.prefix = settings.prefix;
    this.entryPrefix = `${settings.prefix}:${buildIdOf(ctx?.serverDistDir ?? '.next/server')}:e:`;
    this.redis = connect(settings);
  }

  async get(key, ctx) {
    const { client, log, pending } = this.redis;
    if (!client.isReady) return null;
    try {
      const raw = await withTimeout(client.get(this.entryPrefix + key));
      if (!raw) return null;
      const entry = JSON.parse(raw, reviver);
      const tags = [...new Set([...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])];
      if (tags.length) {
        const now = Date.now();
        const times = await withTimeout(client.mGet(tags.map((t) => `${this.prefix}:tag:${t}`)));
        const invalidated = (at) => at > entry.lastModified && at <= now;
        if (times.some((t) => t !== null && invalidated(Number(t))) || tags.some((t) => pending.has(t) && invalidated(pending.get(t)))) return null;
      }
      return { lastModified: entry.lastModified, value: withPagePolicy(entry.value), cacheControl: entry.cacheControl };
    } catch (e) {
      log('读取失败', e);
      return null;
    }
  }

  async set(key, data, ctx) {
    // The page's hash policy is stored with it and sent with every copy (lib/security/csp-policy.mjs).
    withPagePolicy(data);
    // Free-text searches and 404s are not stored (see page-cache-handler.mjs).
    if (!isStorable(key, data)) return;
    const { client, log } = this.redis;
    if (!client.isReady) return;
    try {
      if (!data) {
        await withTimeout(client.del(this.entryPrefix + key));
        return;
      }
      const entry = { lastModified: Date.now(), value: data, cacheControl: ctx?.cacheControl, tags: tagsOf(data, ctx) };
      await withTimeout(client.set(this.entryPrefix + key, JSON.stringify(entry, replacer), { EX: ENTRY_TTL_S }));
    } catch (e) {
      log('写入失败', e);
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (!list.length) return;
    // expire 0 (what lib/posts/cache.ts asks) or none: stale from now; a longer expire: from then.
    const at = Date.now() + (durations?.expire ?? 0) * 1000;
    const { pending, flush } = this.redis;
    for (const tag of list) pending.set(tag, Math.max(at, pending.get(tag) ?? 0));
    await flush();
  }

  resetRequestCache() {}
}
