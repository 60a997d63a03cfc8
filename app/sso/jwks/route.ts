import { getDb, json, withSso } from '@/lib/sso/http';
import { publicJwks } from '@/lib/sso/keys';

export const dynamic = 'force-dynamic';

export const GET = withSso(async () => json(await publicJwks(getDb())));
