import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogItems, providers, recipients, signatures, type OrderRow } from '@/db/schema';

/** The names an order's pages show beside it. */
export async function orderNames(db: Db, order: OrderRow) {
  const [row] = await db
    .select({ itemName: catalogItems.name, providerName: providers.name, recipientName: recipients.fullName })
    .from(catalogItems)
    .innerJoin(providers, eq(providers.id, order.providerId))
    .innerJoin(recipients, eq(recipients.id, order.recipientId))
    .where(eq(catalogItems.id, order.catalogItemId));
  return row ?? { itemName: '', providerName: '', recipientName: '' };
}

/** Whether a user has signed a document already (the page then says what it waits for instead). */
export async function signedBy(db: Db, documentId: string, userId: string): Promise<boolean> {
  const [row] = await db.select({ id: signatures.id }).from(signatures).where(and(eq(signatures.documentId, documentId), eq(signatures.signerUserId, userId)));
  return row !== undefined;
}
