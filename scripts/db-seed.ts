import { loadLocalEnv } from './lib/local-env';
import { openDb } from '@/lib/db/client';
import { seed } from '@/lib/db/seed';

async function main() {
  loadLocalEnv(Number(process.env.PORT || 3000));
  const handle = openDb();
  try {
    const counts = await seed(handle.db);
    console.log(`演示数据已写入：${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join('，')}`);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
