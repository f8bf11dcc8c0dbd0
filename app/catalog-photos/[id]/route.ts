import { z } from 'zod';
import { getDb } from '@/db';
import { readCatalogItemPhoto } from '@/lib/catalog/photos';

const idSchema = z.uuid();

/** A catalog photo, served with the type its bytes were checked to be; immutable, so cacheable. */
export async function GET(_request: Request, route: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await route.params).id);
  const photo = id.success ? await readCatalogItemPhoto(getDb(), id.data) : null;
  if (!photo) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      'content-type': photo.contentType,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${photo.sha256}"`,
    },
  });
}
