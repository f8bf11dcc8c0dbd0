import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogItems, classifierEntries, orders, providerRegions, providers, recipients, regions, type ClassifierCategory } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { getClassifierEntry } from '@/lib/classifier/queries';
import { entitlementsOn } from '@/lib/entitlements/queries';
import { AppError, type FieldError } from '@/lib/errors';
import { ACTIVE_STATUSES, USING_STATUSES, fulfilmentKindOf, quantityLeft, type FulfilmentKind } from './rules';

export interface OrderRequest {
  recipientId: string;
  catalogItemId: string;
  quantity: number;
  delivery: 'delivery' | 'pickup' | null;
  address: string | null;
  /** When re-checking an order being submitted: it does not count against itself. */
  excludeOrderId?: string;
}

export interface AllowedOrder {
  item: { id: string; providerId: string; code: string; name: string; model: string | null; price: string; stock: number | null; leadTimeDays: number };
  category: ClassifierCategory;
  kind: FulfilmentKind;
  unit: 'piece' | 'hour' | 'day';
  iprId: string;
  iprNumber: string;
  guaranteedSum: string | null;
  delivery: 'delivery' | 'pickup' | null;
  address: string | null;
  quantity: number;
  periodFrom: LocalDate | null;
  periodTo: LocalDate | null;
  left: number;
}

function refuse(field: string, message: string, values?: Record<string, string | number>): never {
  throw new AppError('rule_violation', { detailKey: 'errors.order.not_allowed', fieldErrors: [{ field, message, ...(values ? { values } : {}) } satisfies FieldError] });
}

/**
 * Every rule an order must meet, checked when it is placed and again, inside the submitting
 * transaction, when its application is signed: a verified provider serving the recipient's
 * district (or its region) with an active item; an IPR measure for the item's classifier entry
 * in force today with quantity left; for services, no other provider engaged for it; for goods,
 * a way of handing over that the item offers and an address for delivery.
 */
export async function checkOrderAllowed(db: Db, request: OrderRequest, today: LocalDate): Promise<AllowedOrder> {
  const [person] = await db
    .select({ kato: recipients.kato, parentKato: regions.parentKato, address: recipients.address, lifeStatus: recipients.lifeStatus })
    .from(recipients)
    .leftJoin(regions, eq(regions.kato, recipients.kato))
    .where(eq(recipients.id, request.recipientId));
  if (!person) throw new AppError('not_found');
  if (person.lifeStatus !== 'active') refuse('recipientId', `validation.order.recipient_${person.lifeStatus}`);

  const [row] = await db
    .select({ item: catalogItems, providerStatus: providers.status, category: classifierEntries.category, unit: classifierEntries.unit })
    .from(catalogItems)
    .innerJoin(providers, eq(providers.id, catalogItems.providerId))
    .innerJoin(classifierEntries, eq(classifierEntries.code, catalogItems.classifierCode))
    .where(eq(catalogItems.id, request.catalogItemId));
  if (!row || row.item.status !== 'active') refuse('catalogItemId', 'validation.order.item_unavailable');
  // Pending, rejected and suspended providers receive no orders.
  if (row.providerStatus !== 'verified') refuse('catalogItemId', 'validation.order.provider_not_taking_orders');

  const katos = [person.kato, person.parentKato].filter((k): k is string => k !== null);
  const [serves] = katos.length
    ? await db
        .select({ kato: providerRegions.kato })
        .from(providerRegions)
        .where(and(eq(providerRegions.providerId, row.item.providerId), inArray(providerRegions.kato, katos)))
        .limit(1)
    : [];
  if (!serves) refuse('catalogItemId', 'validation.order.region_not_served');

  const kind = fulfilmentKindOf(row.category);
  let delivery: 'delivery' | 'pickup' | null = null;
  let address: string | null = null;
  if (kind === 'goods') {
    if (!request.delivery) refuse('delivery', 'validation.order.delivery_required');
    if (request.delivery === 'delivery' && !row.item.delivery) refuse('delivery', 'validation.order.no_delivery');
    if (request.delivery === 'pickup' && !row.item.pickup) refuse('delivery', 'validation.order.no_pickup');
    delivery = request.delivery;
    if (delivery === 'delivery') {
      address = request.address?.trim() || person.address;
      if (!address) refuse('address', 'validation.order.address_required');
    }
  } else if (request.delivery) {
    refuse('delivery', 'validation.order.delivery_for_goods_only');
  }
  // An assistant's or interpreter's hours are one engagement: the journal counts the hours.
  if (kind === 'hours' && request.quantity !== 1) refuse('quantity', 'validation.order.service_quantity_one');

  const measures = (await entitlementsOn(db, request.recipientId, today)).filter((m) => m.code === row.item.classifierCode);
  if (measures.length === 0) refuse('catalogItemId', 'validation.order.not_entitled');

  if (kind !== 'goods') {
    const [engaged] = await db
      .select({ number: orders.number })
      .from(orders)
      .where(
        and(
          eq(orders.recipientId, request.recipientId),
          eq(orders.classifierCode, row.item.classifierCode),
          inArray(orders.status, [...ACTIVE_STATUSES]),
          request.excludeOrderId ? ne(orders.id, request.excludeOrderId) : undefined,
        ),
      )
      .limit(1);
    if (engaged) refuse('catalogItemId', 'validation.order.service_already_engaged', { number: engaged.number });
  }

  // Usage is counted per IPR number: a newer version of the same IPR carries over what was ordered.
  let best: { measure: (typeof measures)[number]; left: number } | null = null;
  for (const measure of measures) {
    const [used] = await db
      .select({ quantity: sql<number>`coalesce(sum(${orders.quantity}), 0)::int` })
      .from(orders)
      .where(
        and(
          eq(orders.recipientId, request.recipientId),
          eq(orders.classifierCode, row.item.classifierCode),
          eq(orders.iprNumber, measure.iprNumber),
          inArray(orders.status, [...USING_STATUSES]),
          request.excludeOrderId ? ne(orders.id, request.excludeOrderId) : undefined,
        ),
      );
    const granted = measure.quantity ?? 1;
    const left = quantityLeft(granted, Number(used?.quantity ?? 0));
    if (!best || left > best.left) best = { measure, left };
  }
  if (!best || best.left < request.quantity) refuse('quantity', 'validation.order.quantity_exceeds_left', { left: best?.left ?? 0 });

  const entry = await getClassifierEntry(db, row.item.classifierCode, today);
  const measure = best.measure;
  // A service runs from today (or the measure's start) to the end of the measure or the IPR.
  const periodEnd = measure.endsOn && measure.endsOn < measure.validTo ? measure.endsOn : measure.validTo;
  return {
    item: { id: row.item.id, providerId: row.item.providerId, code: row.item.classifierCode, name: row.item.name, model: row.item.model, price: row.item.price, stock: row.item.stock, leadTimeDays: row.item.leadTimeDays },
    category: row.category,
    kind,
    unit: row.unit,
    iprId: measure.iprId,
    iprNumber: measure.iprNumber,
    guaranteedSum: entry?.guaranteedSum ?? null,
    delivery,
    address,
    quantity: request.quantity,
    periodFrom: kind === 'goods' ? null : today > measure.startsOn ? today : measure.startsOn,
    periodTo: kind === 'goods' ? null : periodEnd,
    left: best.left,
  };
}
