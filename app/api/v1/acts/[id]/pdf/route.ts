import { eq } from 'drizzle-orm';
import { documents } from '@/db/schema';
import { actPdfView } from '@/lib/acts/act-pdf';
import { findActForActor } from '@/lib/acts/queries';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { listDocumentSignatures } from '@/lib/documents/queries';
import { AppError } from '@/lib/errors';
import { renderPdf } from '@/lib/pdf/render-pool';

export const GET = handle(endpoints.getActPdf, async ({ actor, params, query, db, locale }) => {
  const act = await findActForActor(db, actor!, params.id);
  if (!act) throw new AppError('not_found', { detailKey: 'errors.not_found.act' });
  const [document] = act.documentId ? await db.select().from(documents).where(eq(documents.id, act.documentId)) : [];
  if (!document) throw new AppError('not_found', { detailKey: 'errors.not_found.document' });
  const signatures = await listDocumentSignatures(db, document.id);
  const language = query.lang ?? (locale === 'kk' ? 'kk' : 'ru');
  // The digest does not cover signatures: the cache key names them too, so a new one renders anew.
  const pdf = await renderPdf('act', actPdfView(document, signatures, language), `${document.sha256}:${signatures.map((s) => s.id).join(',')}`);
  return new Response(Buffer.from(pdf), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="act-${act.number.replaceAll('/', '-')}.pdf"`, 'cache-control': 'private, no-store' },
  });
});
