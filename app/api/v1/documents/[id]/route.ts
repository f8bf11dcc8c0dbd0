import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { documentView } from '@/lib/documents/document-view';
import { findDocumentForActor, listDocumentSignatures } from '@/lib/documents/queries';
import { AppError } from '@/lib/errors';

export const GET = handle(endpoints.getDocument, async ({ actor, params }) => {
  const db = getDb();
  const document = await findDocumentForActor(db, actor, params.id);
  if (!document) throw new AppError('not_found', { detailKey: 'errors.not_found.document' });
  return documentView(document, await listDocumentSignatures(db, document.id));
});
