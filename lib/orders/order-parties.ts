import { and, desc, eq } from 'drizzle-orm';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Db } from '@/db/client';
import { catalogItems, classifierEntries, documents, providers, recipients, users, type OrderRow } from '@/db/schema';
import type { OrderDocumentKind, OrderParties } from './order-documents';

/** The parties and the item as the order's documents name them, with a given signer. */
export async function loadOrderParties(db: Db, order: OrderRow, signer: OrderParties['signer']): Promise<OrderParties> {
  const [row] = await db
    .select(orderPartiesColumns)
    .from(providers)
    .innerJoin(recipients, eq(recipients.id, order.recipientId))
    .innerJoin(catalogItems, eq(catalogItems.id, order.catalogItemId))
    .innerJoin(classifierEntries, eq(classifierEntries.code, order.classifierCode))
    .where(eq(providers.id, order.providerId));
  if (!row) throw new Error(`order ${order.id} has lost its parties`);
  return orderPartiesOf(row, signer);
}

/**
 * The columns the parties are made of, for a query that joins the order's provider, recipient,
 * catalog item and classifier entry itself (a month-end batch reads them with the orders it locks).
 */
export const orderPartiesColumns = {
  providerName: providers.name,
  providerBin: providers.bin,
  providerIin: providers.iin,
  legalAddress: providers.legalAddress,
  iban: providers.iban,
  bik: providers.bik,
  bankName: providers.bankName,
  recipientAddress: recipients.address,
  unit: classifierEntries.unit,
  recipientName: recipients.fullName,
  recipientIin: recipients.iin,
  itemName: catalogItems.name,
  itemModel: catalogItems.model,
  classifierName: classifierEntries.nameRu,
};

export function orderPartiesOf(row: SelectResultFields<typeof orderPartiesColumns>, signer: OrderParties['signer']): OrderParties {
  return {
    provider: { name: row.providerName, bin: row.providerBin, iin: row.providerIin },
    recipient: { fullName: row.recipientName, iin: row.recipientIin },
    signer,
    itemName: row.itemName,
    itemModel: row.itemModel,
    classifierName: row.classifierName,
    unit: row.unit,
    providerDetails: { legalAddress: row.legalAddress, iban: row.iban, bik: row.bik, bankName: row.bankName },
    recipientAddress: row.recipientAddress,
  };
}

/** The newest version of one of an order's documents, or null. */
export async function latestOrderDocument(db: Db, orderId: string, kind: OrderDocumentKind) {
  const [document] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.subjectType, 'order'), eq(documents.subjectId, orderId), eq(documents.kind, kind)))
    .orderBy(desc(documents.version))
    .limit(1);
  return document ?? null;
}

/** The account that signs on the recipient's side: whoever placed the order (recipient or representative). */
export async function recipientSideSigner(db: Db, order: OrderRow) {
  const [user] = await db.select({ id: users.id, iin: users.iin, name: users.fullName, role: users.role }).from(users).where(eq(users.id, order.placedByUserId));
  if (!user?.iin) throw new Error(`order ${order.id}: the account that placed it has no IIN`);
  return { userId: user.id, iin: user.iin, name: user.name, role: user.role };
}
