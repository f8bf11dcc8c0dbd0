import { z } from 'zod';
import { getDb } from '@/db';
import { getSessionActor } from '@/lib/auth/access';
import { can } from '@/lib/auth/permissions';
import { getCsvImport } from '@/lib/entitlements/csv-batches';
import { errorReportCsv } from '@/lib/entitlements/csv-records';
import { pageLocale } from '@/lib/i18n/page-locale';
import { translateKey } from '@/lib/i18n/translator';

/** The upload's error report as CSV (Excel-friendly), for the officer of the same office only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getSessionActor();
  if (!actor || !can(actor.role, 'entitlements.upload')) return new Response('Not found', { status: 404 });
  const id = z.uuid().safeParse((await params).id);
  const batch = id.success ? await getCsvImport(getDb(), actor, id.data) : null;
  if (!batch) return new Response('Not found', { status: 404 });
  const locale = await pageLocale();
  const rows = batch.rowErrors.map((r) => ({ ...r, errors: r.errors.map((e) => ({ field: e.field, message: translateKey(locale, e.message, e.values) })) }));
  const headings: [string, string, string, string] = ['line', 'ipr_number', 'field', 'reason'].map((k) => translateKey(locale, `iprImport.report.${k}`)) as [string, string, string, string];
  return new Response(errorReportCsv(rows, headings), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="errors-${batch.id}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
