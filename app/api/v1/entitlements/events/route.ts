import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { translatedRecordErrors } from '@/lib/api/record-errors';
import { now } from '@/lib/clock';
import { recordEntitlementEvents } from '@/lib/entitlements/record-events';

export const POST = handle(endpoints.recordEntitlementEvents, async ({ actor, body, db, locale }) => {
  const report = await recordEntitlementEvents(db, actor, body.events, now());
  return {
    accepted: report.accepted,
    rejected: report.rejected.map((r) => ({ ...r, errors: translatedRecordErrors(r.errors, locale) })),
  };
});
