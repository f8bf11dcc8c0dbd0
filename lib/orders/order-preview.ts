import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogItems, classifierEntries, providers } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import type { LocalDate } from '@/lib/calendar/local-date';
import { isAppError, type FieldError } from '@/lib/errors';
import { resolveCabinetRecipient } from '@/lib/recipients/queries';
import { checkOrderAllowed, type AllowedOrder } from './eligibility';
import { orderMoney, type OrderMoney } from './rules';

export interface OrderPreview {
  recipient: { id: string; fullName: string; address: string | null };
  item: { id: string; name: string; model: string | null; description: string | null; providerId: string; providerName: string; code: string; nameKk: string; nameRu: string; nameEn: string; delivery: boolean; pickup: boolean; leadTimeDays: number; stock: number | null };
  /** Set when an order is possible: what is left, the sum in force, the service period. */
  allowed: AllowedOrder | null;
  /** Why not, when it is not (the first rule that refuses). */
  refusal: FieldError | null;
  /** For one unit. */
  money: OrderMoney;
}

/**
 * What the order page shows before anything is written: the item, the guaranteed sum in force,
 * the co-payment, what the IPR still allows, or the rule that stands in the way. The same rules
 * as placing the order (checkOrderAllowed), asked for one unit.
 */
export async function previewOrder(db: Db, actor: Actor, input: { recipientId?: string; catalogItemId: string }, today: LocalDate): Promise<OrderPreview | null> {
  assertPermission(actor, 'orders.place');
  const { chosen } = await resolveCabinetRecipient(db, actor, input.recipientId);
  if (!chosen) return null;
  const [row] = await db
    .select({ item: catalogItems, providerName: providers.name, kind: classifierEntries.kind, nameKk: classifierEntries.nameKk, nameRu: classifierEntries.nameRu, nameEn: classifierEntries.nameEn })
    .from(catalogItems)
    .innerJoin(providers, eq(providers.id, catalogItems.providerId))
    .innerJoin(classifierEntries, eq(classifierEntries.code, catalogItems.classifierCode))
    .where(eq(catalogItems.id, input.catalogItemId));
  if (!row) return null;
  let allowed: AllowedOrder | null = null;
  let refusal: FieldError | null = null;
  try {
    // Asked with a way of receiving the item offers, so the answer is about the IPR, region and provider.
    const handOver = row.kind !== 'goods' ? null : row.item.delivery ? 'delivery' : 'pickup';
    allowed = await checkOrderAllowed(db, { recipientId: chosen.id, catalogItemId: row.item.id, quantity: 1, delivery: handOver, address: chosen.address ?? '—' }, today);
  } catch (error) {
    if (!isAppError(error)) throw error;
    refusal = error.fieldErrors[0] ?? { field: '', message: error.detailKey };
  }
  return {
    recipient: { id: chosen.id, fullName: chosen.fullName, address: chosen.address },
    item: {
      id: row.item.id,
      name: row.item.name,
      model: row.item.model,
      description: row.item.description,
      providerId: row.item.providerId,
      providerName: row.providerName,
      code: row.item.classifierCode,
      nameKk: row.nameKk,
      nameRu: row.nameRu,
      nameEn: row.nameEn,
      delivery: row.item.delivery,
      pickup: row.item.pickup,
      leadTimeDays: row.item.leadTimeDays,
      stock: row.item.stock,
    },
    allowed,
    refusal,
    money: orderMoney(row.item.price, allowed?.guaranteedSum ?? null, 1),
  };
}
