import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogItemPhotos, catalogItemPrices, catalogItems, classifierEntries, type CatalogItem } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { sumsInForce } from '@/lib/classifier/queries';
import { coPaymentPerUnit, isInStock } from './co-payment';
import type { CatalogItemResponse } from './schemas';

export function catalogItemView(item: CatalogItem, guaranteedSum: string | null): CatalogItemResponse {
  return {
    id: item.id,
    providerId: item.providerId,
    code: item.classifierCode,
    name: item.name,
    model: item.model,
    description: item.description,
    price: item.price,
    guaranteedSum,
    coPayment: coPaymentPerUnit(item.price, guaranteedSum),
    stock: item.stock,
    inStock: isInStock(item.stock),
    delivery: item.delivery,
    pickup: item.pickup,
    leadTimeDays: item.leadTimeDays,
    status: item.status,
    version: item.version,
  };
}

/** A provider's items with the guaranteed sum in force beside each, for its own cabinet. */
export async function listProviderItems(db: Db, providerId: string, onDate: LocalDate, options: { includeWithdrawn?: boolean } = {}) {
  const inForce = sumsInForce(db, onDate);
  const rows = await db
    .select({
      item: catalogItems,
      guaranteedSum: inForce.amount,
      unit: classifierEntries.unit,
      kind: classifierEntries.kind,
      nameKk: classifierEntries.nameKk,
      nameRu: classifierEntries.nameRu,
      nameEn: classifierEntries.nameEn,
    })
    .from(catalogItems)
    .innerJoin(classifierEntries, eq(classifierEntries.code, catalogItems.classifierCode))
    .leftJoin(inForce, eq(inForce.code, catalogItems.classifierCode))
    .where(options.includeWithdrawn ? eq(catalogItems.providerId, providerId) : and(eq(catalogItems.providerId, providerId), eq(catalogItems.status, 'active')))
    .orderBy(asc(catalogItems.classifierCode), asc(catalogItems.name));
  return rows.map((r) => ({ ...catalogItemView(r.item, r.guaranteedSum), unit: r.unit, kind: r.kind, classifierName: { nameKk: r.nameKk, nameRu: r.nameRu, nameEn: r.nameEn } }));
}

export async function getCatalogItem(db: Db, id: string, onDate: LocalDate) {
  const inForce = sumsInForce(db, onDate);
  const [row] = await db
    .select({ item: catalogItems, guaranteedSum: inForce.amount })
    .from(catalogItems)
    .leftJoin(inForce, eq(inForce.code, catalogItems.classifierCode))
    .where(eq(catalogItems.id, id));
  return row ? { item: row.item, view: catalogItemView(row.item, row.guaranteedSum) } : null;
}

/** Every price the item has had, newest first. */
export async function priceHistory(db: Db, itemId: string) {
  return db
    .select({ price: catalogItemPrices.price, setAt: catalogItemPrices.setAt })
    .from(catalogItemPrices)
    .where(eq(catalogItemPrices.catalogItemId, itemId))
    .orderBy(desc(catalogItemPrices.setAt), desc(catalogItemPrices.id));
}

/** The photo ids of some items, in upload order, without their bytes. */
export async function photoIdsOf(db: Db, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, { id: string; altText: string }[]>();
  const rows = await db
    .select({ id: catalogItemPhotos.id, itemId: catalogItemPhotos.catalogItemId, altText: catalogItemPhotos.altText })
    .from(catalogItemPhotos)
    .where(inArray(catalogItemPhotos.catalogItemId, itemIds))
    .orderBy(asc(catalogItemPhotos.createdAt));
  const byItem = new Map<string, { id: string; altText: string }[]>();
  for (const r of rows) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), { id: r.id, altText: r.altText }]);
  return byItem;
}
