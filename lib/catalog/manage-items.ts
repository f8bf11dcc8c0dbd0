import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { catalogItemPrices, catalogItems, classifierEntries, type CatalogItem } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { AppError, type FieldError } from '@/lib/errors';
import type { CatalogItemInput, CatalogItemPatch } from './schemas';

function providerOf(actor: Actor): string {
  assertPermission(actor, 'catalog.manage');
  if (!actor.providerId) throw new AppError('forbidden');
  return actor.providerId;
}

/** What makes an offer sensible for its kind: goods have stock and a way to reach the recipient. */
function offerProblems(kind: 'goods' | 'service', item: Pick<CatalogItem, 'stock' | 'delivery' | 'pickup'>): FieldError[] {
  const problems: FieldError[] = [];
  if (kind === 'goods') {
    if (item.stock === null || item.stock === undefined) problems.push({ field: 'stock', message: 'validation.stock_required' });
    if (!item.delivery && !item.pickup) problems.push({ field: 'delivery', message: 'validation.delivery_or_pickup' });
  } else if (item.stock !== null && item.stock !== undefined) {
    problems.push({ field: 'stock', message: 'validation.stock_for_goods_only' });
  }
  return problems;
}

async function classifierKind(tx: Tx, code: string): Promise<'goods' | 'service'> {
  const [entry] = await tx.select({ kind: classifierEntries.kind }).from(classifierEntries).where(eq(classifierEntries.code, code));
  if (!entry) {
    throw new AppError('validation_failed', { fieldErrors: [{ field: 'classifierCode', message: 'validation.unknown_classifier_code', values: { code } }] });
  }
  return entry.kind;
}

/** Another provider's item is "not found": its existence is not the caller's business. */
async function lockOwnItem(tx: Tx, providerId: string, id: string): Promise<CatalogItem> {
  const [item] = await tx
    .select()
    .from(catalogItems)
    .where(and(eq(catalogItems.id, id), eq(catalogItems.providerId, providerId)))
    .for('update');
  if (!item || item.status === 'withdrawn') throw new AppError('not_found', { detailKey: 'errors.not_found.catalog_item' });
  return item;
}

const audited = (item: CatalogItem) => ({
  code: item.classifierCode,
  name: item.name,
  model: item.model,
  price: item.price,
  stock: item.stock,
  delivery: item.delivery,
  pickup: item.pickup,
  leadTimeDays: item.leadTimeDays,
});

export async function createCatalogItem(db: Db, actor: Actor, input: CatalogItemInput): Promise<CatalogItem> {
  const providerId = providerOf(actor);
  return db.transaction(async (tx) => {
    const kind = await classifierKind(tx, input.classifierCode);
    const values = {
      providerId,
      classifierCode: input.classifierCode,
      name: input.name,
      model: input.model ?? null,
      description: input.description ?? null,
      price: input.price,
      stock: input.stock ?? null,
      delivery: input.delivery,
      pickup: input.pickup,
      leadTimeDays: input.leadTimeDays,
    };
    const problems = offerProblems(kind, values);
    if (problems.length > 0) throw new AppError('validation_failed', { fieldErrors: problems });
    const at = now();
    const [item] = await tx
      .insert(catalogItems)
      .values({ ...values, createdAt: at, updatedAt: at })
      .returning();
    await tx.insert(catalogItemPrices).values({ catalogItemId: item!.id, price: item!.price, setAt: at, setBy: actor.userId });
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'catalog.create_item',
      entityType: 'catalog_item',
      entityId: item!.id,
      toState: 'active',
      data: audited(item!),
    });
    return item!;
  });
}

/**
 * Changes an item. A new price is recorded in the price history; orders already placed keep
 * the price they copied when placed, so nothing here reaches them.
 */
export async function updateCatalogItem(db: Db, actor: Actor, id: string, patch: CatalogItemPatch): Promise<CatalogItem> {
  const providerId = providerOf(actor);
  return db.transaction(async (tx) => {
    const before = await lockOwnItem(tx, providerId, id);
    if (patch.version !== undefined && patch.version !== before.version) {
      throw new AppError('conflict', { detailKey: 'errors.conflict.item_changed', values: { version: before.version } });
    }
    const kind = await classifierKind(tx, before.classifierCode);
    const next = {
      name: patch.name ?? before.name,
      model: patch.model === undefined ? before.model : patch.model,
      description: patch.description === undefined ? before.description : patch.description,
      price: patch.price ?? before.price,
      stock: patch.stock === undefined ? before.stock : patch.stock,
      delivery: patch.delivery ?? before.delivery,
      pickup: patch.pickup ?? before.pickup,
      leadTimeDays: patch.leadTimeDays ?? before.leadTimeDays,
    };
    const problems = offerProblems(kind, next);
    if (problems.length > 0) throw new AppError('validation_failed', { fieldErrors: problems });
    const at = now();
    const [item] = await tx
      .update(catalogItems)
      .set({ ...next, version: before.version + 1, updatedAt: at })
      .where(and(eq(catalogItems.id, id), eq(catalogItems.version, before.version)))
      .returning();
    if (!item) throw new AppError('conflict', { detailKey: 'errors.conflict.item_changed', values: { version: before.version } });
    const priceChanged = item.price !== before.price;
    if (priceChanged) await tx.insert(catalogItemPrices).values({ catalogItemId: id, price: item.price, setAt: at, setBy: actor.userId });
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: priceChanged ? 'catalog.change_price' : 'catalog.update_item',
      entityType: 'catalog_item',
      entityId: id,
      data: { before: audited(before), after: audited(item) },
    });
    return item;
  });
}

/** Withdrawn, not deleted: orders and acts keep pointing at it. */
export async function withdrawCatalogItem(db: Db, actor: Actor, id: string): Promise<void> {
  const providerId = providerOf(actor);
  await db.transaction(async (tx) => {
    const before = await lockOwnItem(tx, providerId, id);
    await tx
      .update(catalogItems)
      .set({ status: 'withdrawn', version: before.version + 1, updatedAt: now() })
      .where(and(eq(catalogItems.id, id), eq(catalogItems.status, 'active')));
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'catalog.withdraw_item',
      entityType: 'catalog_item',
      entityId: id,
      fromState: 'active',
      toState: 'withdrawn',
    });
  });
}
