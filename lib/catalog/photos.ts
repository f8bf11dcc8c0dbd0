import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogItemPhotos, catalogItems } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const MAX_PHOTOS_PER_ITEM = 5;

type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

/** The type the bytes really are; a file's name or declared type is not trusted. */
export function sniffImageType(bytes: Uint8Array): PhotoType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  return null;
}

export async function addCatalogItemPhoto(db: Db, actor: Actor, itemId: string, bytes: Uint8Array, altText: string) {
  assertPermission(actor, 'catalog.manage');
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_PHOTO_BYTES) {
    throw new AppError('validation_failed', { fieldErrors: [{ field: 'photo', message: 'validation.photo_size', values: { max: MAX_PHOTO_BYTES / 1024 / 1024 } }] });
  }
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new AppError('validation_failed', { fieldErrors: [{ field: 'photo', message: 'validation.photo_type' }] });
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select({ id: catalogItems.id, status: catalogItems.status })
      .from(catalogItems)
      .where(and(eq(catalogItems.id, itemId), eq(catalogItems.providerId, actor.providerId ?? '00000000-0000-0000-0000-000000000000')))
      .for('update');
    if (!item || item.status !== 'active') throw new AppError('not_found', { detailKey: 'errors.not_found.catalog_item' });
    const [{ value: existing } = { value: 0 }] = await tx.select({ value: count() }).from(catalogItemPhotos).where(eq(catalogItemPhotos.catalogItemId, itemId));
    if (existing >= MAX_PHOTOS_PER_ITEM) {
      throw new AppError('validation_failed', { fieldErrors: [{ field: 'photo', message: 'validation.photo_count', values: { max: MAX_PHOTOS_PER_ITEM } }] });
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [photo] = await tx
      .insert(catalogItemPhotos)
      .values({ catalogItemId: itemId, contentType, bytes, sha256, altText, createdAt: now() })
      .returning({ id: catalogItemPhotos.id });
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'catalog.add_photo',
      entityType: 'catalog_item',
      entityId: itemId,
      data: { photoId: photo!.id, sha256, contentType, bytes: bytes.byteLength },
    });
    return photo!;
  });
}

export async function removeCatalogItemPhoto(db: Db, actor: Actor, photoId: string) {
  assertPermission(actor, 'catalog.manage');
  await db.transaction(async (tx) => {
    const [photo] = await tx
      .select({ id: catalogItemPhotos.id, itemId: catalogItemPhotos.catalogItemId, sha256: catalogItemPhotos.sha256 })
      .from(catalogItemPhotos)
      .innerJoin(catalogItems, eq(catalogItems.id, catalogItemPhotos.catalogItemId))
      .where(and(eq(catalogItemPhotos.id, photoId), eq(catalogItems.providerId, actor.providerId ?? '00000000-0000-0000-0000-000000000000')));
    if (!photo) throw new AppError('not_found', { detailKey: 'errors.not_found.catalog_item' });
    await tx.delete(catalogItemPhotos).where(eq(catalogItemPhotos.id, photoId));
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'catalog.remove_photo',
      entityType: 'catalog_item',
      entityId: photo.itemId,
      data: { photoId, sha256: photo.sha256 },
    });
  });
}

/** Photos are public like the catalog, but only for items still offered. */
export async function readCatalogItemPhoto(db: Db, photoId: string) {
  const [photo] = await db
    .select({ bytes: catalogItemPhotos.bytes, contentType: catalogItemPhotos.contentType, sha256: catalogItemPhotos.sha256 })
    .from(catalogItemPhotos)
    .where(eq(catalogItemPhotos.id, photoId));
  return photo ?? null;
}
