import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { recipients, regions, representations } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar';
import { now } from '@/lib/clock';

const recipientColumns = {
  id: recipients.id,
  iin: recipients.iin,
  fullName: recipients.fullName,
  phone: recipients.phone,
  address: recipients.address,
  kato: recipients.kato,
  disabilityGroup: recipients.disabilityGroup,
  lifeStatus: recipients.lifeStatus,
  regionNameKk: regions.nameKk,
  regionNameRu: regions.nameRu,
  regionNameEn: regions.nameEn,
};

/**
 * The recipients whose cabinet the actor may open: their own record, or those they represent
 * under a representation valid today. Ownership is in the WHERE clause, so others are not found.
 */
export async function listCabinetRecipients(db: Db, actor: Actor) {
  if (actor.role === 'recipient' && actor.recipientId) {
    return db
      .select(recipientColumns)
      .from(recipients)
      .leftJoin(regions, eq(regions.kato, recipients.kato))
      .where(eq(recipients.id, actor.recipientId));
  }
  if (actor.role === 'representative') {
    const today = almatyDateOf(now());
    return db
      .select({ ...recipientColumns, basis: representations.basis })
      .from(representations)
      .innerJoin(recipients, eq(recipients.id, representations.recipientId))
      .leftJoin(regions, eq(regions.kato, recipients.kato))
      .where(
        and(
          eq(representations.representativeUserId, actor.userId),
          lte(representations.validFrom, today),
          or(isNull(representations.validTo), gte(representations.validTo, today)),
        ),
      );
  }
  return [];
}

/**
 * The recipient a page acts for: the one asked for if the actor may act for them, else the
 * first they may. An id in the URL is only a choice among the actor's own, never proof of access.
 */
export async function resolveCabinetRecipient(db: Db, actor: Actor, requestedId?: string) {
  const people = await listCabinetRecipients(db, actor);
  const chosen = requestedId ? people.find((p) => p.id === requestedId) : people[0];
  return { people, chosen: chosen ?? null };
}
