import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { translatedRecordErrors } from '@/lib/api/record-errors';
import { now } from '@/lib/clock';
import { importIprRecords } from '@/lib/entitlements/import-iprs';
import { nudgeJob } from '@/lib/jobs/queue';

export const POST = handle(endpoints.importEntitlements, async ({ actor, body, db, locale }) => {
  const report = await importIprRecords(db, actor, body.records, { source: 'api', at: now() });
  if (report.accepted.some((a) => a.outcome !== 'unchanged')) await nudgeJob('notifications-send');
  return {
    accepted: report.accepted,
    rejected: report.rejected.map((r) => ({ ...r, errors: translatedRecordErrors(r.errors, locale) })),
  };
});
