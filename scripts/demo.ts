import { loadLocalEnv } from './lib/local-env';
import { buildIfStale, migrateAndSeed, startServer } from './lib/prepare';

/** `npm run demo`: embedded database, demo data, production build, served on http://localhost:3000. */
async function main() {
  const port = Number(process.env.PORT || 3000);
  loadLocalEnv(port);
  migrateAndSeed();
  buildIfStale();
  console.log(`\n就业见习服务平台已启动：http://localhost:${port}\n`);
  startServer(port);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
