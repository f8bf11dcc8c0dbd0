import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { findDocumentForActor } from '@/lib/documents/queries';
import { AppError } from '@/lib/errors';

export const GET = handle(endpoints.getDocumentContent, async ({ actor, params }) => {
  const document = await findDocumentForActor(getDb(), actor, params.id);
  if (!document) throw new AppError('not_found', { detailKey: 'errors.not_found.document' });
  return new Response(Buffer.from(document.canonical), {
    headers: {
      'content-type': 'application/octet-stream',
      etag: `"${document.sha256}"`,
      'repr-digest': `sha-256=:${Buffer.from(document.sha256, 'hex').toString('base64')}:`,
      'cache-control': 'no-store',
    },
  });
});
