import { and, asc, eq, exists, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogItems, classifierEntries, providerRegions, providers, regions } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { coPaymentPerUnit, isInStock } from '@/lib/catalog/co-payment';
import { sumsInForce } from '@/lib/classifier/queries';
import { AppError } from '@/lib/errors';
import { decodeCursor, encodeCursor } from './cursor';
import type { ProvidersQuery } from './schemas';

export const PAGE_SIZE = 20;
/** An IPR grants a few codes; up to this many, each is searched along its own index. */
const MAX_BRANCHES = 6;

export interface OfferQuery {
  /** Codes of the places the recipient can be served in: their district and its oblast or city. */
  servedIn: string[];
  /** Classifier codes the recipient may order (their IPR), already narrowed by a chosen code. */
  codes: string[];
  delivery?: boolean;
  pickup?: boolean;
  inStock?: boolean;
  minPrice?: string;
  maxPrice?: string;
  sort: 'price' | 'lead_time';
  cursor?: string;
  onDate: LocalDate;
}

/**
 * The recipient's marketplace: active offers of verified providers that serve the recipient's
 * place, for what their IPR entitles them to, with the filters chosen. Keyset pagination on
 * (price, id) or (lead time, price, id), which the partial index on (code, price, id) serves.
 */
export async function searchOffers(db: Db, query: OfferQuery) {
  if (query.codes.length === 0 || query.servedIn.length === 0) return { items: [], nextCursor: null };
  const inForce = sumsInForce(db, query.onDate);
  const conditions: (SQL | undefined)[] = [
    eq(catalogItems.status, 'active'),
    // Only verified providers are offered; pending, rejected and suspended ones receive no orders.
    eq(providers.status, 'verified'),
    exists(
      db
        .select({ one: sql`1` })
        .from(providerRegions)
        .where(and(eq(providerRegions.providerId, catalogItems.providerId), inArray(providerRegions.kato, query.servedIn))),
    ),
    query.delivery ? eq(catalogItems.delivery, true) : undefined,
    query.pickup ? eq(catalogItems.pickup, true) : undefined,
    query.inStock ? sql`(${catalogItems.stock} IS NULL OR ${catalogItems.stock} > 0)` : undefined,
    query.minPrice ? gte(catalogItems.price, query.minPrice) : undefined,
    query.maxPrice ? lte(catalogItems.price, query.maxPrice) : undefined,
  ];
  if (query.cursor) {
    if (query.sort === 'price') {
      const [price, id] = decodeCursor(query.cursor, ['string', 'string']);
      conditions.push(sql`(${catalogItems.price}, ${catalogItems.id}) > (${price}::numeric, ${id}::uuid)`);
    } else {
      const [lead, price, id] = decodeCursor(query.cursor, ['number', 'string', 'string']);
      conditions.push(sql`(${catalogItems.leadTimeDays}, ${catalogItems.price}, ${catalogItems.id}) > (${lead}::int, ${price}::numeric, ${id}::uuid)`);
    }
  }
  const order = query.sort === 'price' ? [asc(catalogItems.price), asc(catalogItems.id)] : [asc(catalogItems.leadTimeDays), asc(catalogItems.price), asc(catalogItems.id)];
  // One branch per classifier code, each walking its (code, price|lead time) index in order and
  // stopping at a page; the union is re-sorted. The plan then no longer depends on statistics
  // (with several codes in one IN list the planner read every item of them: 45 ms, not 2).
  // Past a handful of codes the branches cost more than they save (16 codes: 20 ms against 6).
  const branches = query.codes.length <= MAX_BRANCHES ? query.codes.map((code) => [code]) : [query.codes];
  const branch = (codes: string[]) =>
    sql`(select ${catalogItems.id} as id from ${catalogItems} inner join ${providers} on ${providers.id} = ${catalogItems.providerId} where ${and(inArray(catalogItems.classifierCode, codes), ...conditions)} order by ${sql.join(order, sql`, `)} limit ${PAGE_SIZE + 1})`;
  const picked = sql`${catalogItems.id} in (select id from (${sql.join(branches.map(branch), sql` union all `)}) as picked)`;
  const rows = await db
    .select({
      id: catalogItems.id,
      providerId: catalogItems.providerId,
      providerName: providers.name,
      code: catalogItems.classifierCode,
      unit: classifierEntries.unit,
      classifierNameKk: classifierEntries.nameKk,
      classifierNameRu: classifierEntries.nameRu,
      classifierNameEn: classifierEntries.nameEn,
      name: catalogItems.name,
      model: catalogItems.model,
      price: catalogItems.price,
      stock: catalogItems.stock,
      delivery: catalogItems.delivery,
      pickup: catalogItems.pickup,
      leadTimeDays: catalogItems.leadTimeDays,
      guaranteedSum: inForce.amount,
    })
    .from(catalogItems)
    .innerJoin(providers, eq(providers.id, catalogItems.providerId))
    .innerJoin(classifierEntries, eq(classifierEntries.code, catalogItems.classifierCode))
    .leftJoin(inForce, eq(inForce.code, catalogItems.classifierCode))
    .where(picked)
    .orderBy(...order)
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  const nextCursor =
    rows.length > PAGE_SIZE && last
      ? encodeCursor(query.sort === 'price' ? [last.price, last.id] : [last.leadTimeDays, last.price, last.id])
      : null;
  return {
    items: page.map((r) => ({ ...r, inStock: isInStock(r.stock), coPayment: coPaymentPerUnit(r.price, r.guaranteedSum) })),
    nextCursor,
  };
}

/** Everything a region code covers for a provider search: itself, its parent, its districts. */
async function katosServing(db: Db, kato: string): Promise<string[]> {
  const [region] = await db.select({ kato: regions.kato, parentKato: regions.parentKato }).from(regions).where(eq(regions.kato, kato));
  if (!region) throw new AppError('validation_failed', { fieldErrors: [{ field: 'region', message: 'validation.unknown_kato', values: { kato } }] });
  const children = await db.select({ kato: regions.kato }).from(regions).where(eq(regions.parentKato, kato));
  return [region.kato, ...(region.parentKato ? [region.parentKato] : []), ...children.map((c) => c.kato)];
}

/**
 * The API's provider list: verified providers serving any part of a region, each with its
 * offers (of one classifier entry, when asked), paged by provider id.
 */
export async function searchProviders(db: Db, query: ProvidersQuery & { onDate: LocalDate }) {
  if (query.code) {
    const [entry] = await db.select({ code: classifierEntries.code }).from(classifierEntries).where(eq(classifierEntries.code, query.code));
    if (!entry) throw new AppError('validation_failed', { fieldErrors: [{ field: 'code', message: 'validation.unknown_classifier_code', values: { code: query.code } }] });
  }
  const servedIn = query.region ? await katosServing(db, query.region) : null;
  const after = query.cursor ? (decodeCursor(query.cursor, ['string'])[0] as string) : null;
  const itemFilter = (providerId: typeof providers.id) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(catalogItems)
        .where(and(eq(catalogItems.providerId, providerId), eq(catalogItems.status, 'active'), query.code ? eq(catalogItems.classifierCode, query.code) : undefined)),
    );
  const page = await db
    .select({ id: providers.id, name: providers.name })
    .from(providers)
    .where(
      and(
        eq(providers.status, 'verified'),
        servedIn
          ? exists(db.select({ one: sql`1` }).from(providerRegions).where(and(eq(providerRegions.providerId, providers.id), inArray(providerRegions.kato, servedIn))))
          : undefined,
        query.code ? itemFilter(providers.id) : undefined,
        after ? sql`${providers.id} > ${after}::uuid` : undefined,
      ),
    )
    .orderBy(asc(providers.id))
    .limit(query.limit + 1);
  const shown = page.slice(0, query.limit);
  const ids = shown.map((p) => p.id);
  if (ids.length === 0) return { items: [], nextCursor: null };
  const inForce = sumsInForce(db, query.onDate);
  const [regionRows, offerRows] = await Promise.all([
    db.select({ providerId: providerRegions.providerId, kato: providerRegions.kato }).from(providerRegions).where(inArray(providerRegions.providerId, ids)).orderBy(asc(providerRegions.kato)),
    db
      .select({
        providerId: catalogItems.providerId,
        catalogItemId: catalogItems.id,
        code: catalogItems.classifierCode,
        name: catalogItems.name,
        price: catalogItems.price,
        guaranteedSum: inForce.amount,
        delivery: catalogItems.delivery,
        pickup: catalogItems.pickup,
        stock: catalogItems.stock,
      })
      .from(catalogItems)
      .leftJoin(inForce, eq(inForce.code, catalogItems.classifierCode))
      .where(and(inArray(catalogItems.providerId, ids), eq(catalogItems.status, 'active'), query.code ? eq(catalogItems.classifierCode, query.code) : undefined))
      .orderBy(asc(catalogItems.price), asc(catalogItems.id)),
  ]);
  return {
    items: shown.map((p) => ({
      id: p.id,
      name: p.name,
      regions: regionRows.filter((r) => r.providerId === p.id).map((r) => r.kato),
      offers: offerRows
        .filter((o) => o.providerId === p.id)
        .map(({ providerId: _p, stock, ...o }) => ({ ...o, inStock: isInStock(stock) })),
    })),
    nextCursor: page.length > query.limit ? encodeCursor([shown.at(-1)!.id]) : null,
  };
}
