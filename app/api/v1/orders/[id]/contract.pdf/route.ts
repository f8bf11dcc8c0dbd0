import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { listDocumentSignatures } from '@/lib/documents/queries';
import { AppError } from '@/lib/errors';
import { contractPdfView } from '@/lib/orders/contract-pdf';
import { latestOrderDocument } from '@/lib/orders/order-parties';
import { findOrderForActor } from '@/lib/orders/queries';
import { renderPdf } from '@/lib/pdf/render-pool';

export const GET = handle(endpoints.getOrderContractPdf, async ({ actor, params, query, db, locale }) => {
  const order = await findOrderForActor(db, actor!, params.id);
  if (!order) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  const contract = await latestOrderDocument(db, order.id, 'order_contract');
  if (!contract) throw new AppError('not_found', { detailKey: 'errors.not_found.contract' });
  const signatures = await listDocumentSignatures(db, contract.id);
  const language = query.lang ?? (locale === 'kk' ? 'kk' : 'ru');
  // The digest does not cover signatures: the cache key names them too, so a new one renders anew.
  const pdf = await renderPdf('order_contract', contractPdfView(contract, signatures, language), `${contract.sha256}:${signatures.map((s) => s.id).join(',')}`);
  return new Response(Buffer.from(pdf), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="contract-${order.number}.pdf"`, 'cache-control': 'private, no-store' },
  });
});
