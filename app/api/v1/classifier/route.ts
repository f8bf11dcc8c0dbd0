import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { listClassifier } from '@/lib/classifier/queries';
import { now } from '@/lib/clock';
import { localizedName } from '@/lib/i18n/localized-name';

export const GET = handle(endpoints.classifier, async ({ query, locale }) => {
  const entries = await listClassifier(getDb(), query.date ?? almatyDateOf(now()));
  return {
    items: entries.map((e) => ({ code: e.code, category: e.category, unit: e.unit, name: localizedName(e, locale), guaranteedSum: e.guaranteedSum })),
  };
});
