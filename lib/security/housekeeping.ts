import 'server-only';
import type { Db } from '@/lib/db/client';
import { forgetExpiredEndedSessions } from '@/lib/auth/provision';
import { cleanupMarkedUploads } from '@/lib/reports/import';
import { cleanupStaleUploads } from '@/lib/units/attachments';
import { safeErrorMessage } from './log';

const HOURLY = 60 * 60 * 1000;

/**
 * Removes what holds personal data past its day: marked copies of refused imports (clear 身份证号)
 * and uploads never submitted. Runs once at start and then every `everyMs`, so a copy does not
 * wait for the next refused import to be deleted. Returns a stop function.
 */
export function startHousekeeping(db: Db, { everyMs = HOURLY }: { everyMs?: number } = {}): () => void {
  const run = async () => {
    try {
      await cleanupMarkedUploads(db);
      await cleanupStaleUploads(db);
      await forgetExpiredEndedSessions(db);
    } catch (e) {
      console.error('[housekeeping]', safeErrorMessage(e));
    }
  };
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
