import { and, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { orders, providerWorkers, representations } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { livesInOfficeDistricts } from '@/lib/offices/district-office';

/**
 * The orders an actor may see, as a WHERE condition that every order query carries, so an id in
 * a URL proves nothing. The recipient and their representatives (under a representation valid
 * today) see theirs, drafts included; the provider sees those sent to it once signed, its workers
 * those of the service they render; an office
 * sees those of recipients living in its districts; administrators see all. Nobody else: the
 * condition is false.
 */
export function ordersVisibleTo(actor: Actor): SQL {
  switch (actor.role) {
    case 'recipient':
      return actor.recipientId ? eq(orders.recipientId, actor.recipientId) : sql`false`;
    case 'representative':
      return inArray(orders.recipientId, representedRecipients(actor));
    case 'provider_admin':
      return actor.providerId ? and(eq(orders.providerId, actor.providerId), ne(orders.status, 'draft'))! : sql`false`;
    case 'provider_worker':
      // A worker sees the orders of the service they render, to keep their journals.
      return actor.providerId
        ? and(
            eq(orders.providerId, actor.providerId),
            ne(orders.status, 'draft'),
            sql`${orders.category} = (select ${providerWorkers.specialty} from ${providerWorkers}
                  where ${providerWorkers.userId} = ${actor.userId} and ${providerWorkers.providerId} = ${actor.providerId} and ${providerWorkers.removedAt} is null)`,
          )!
        : sql`false`;
    case 'office_officer':
      return actor.officeId
        ? and(
            ne(orders.status, 'draft'),
            livesInOfficeDistricts(actor.officeId, orders.recipientId),
          )!
        : sql`false`;
    case 'administrator':
      return sql`true`;
    default:
      return sql`false`;
  }
}

/** Recipients a representative acts for today, as a subquery. */
export function representedRecipients(actor: Actor) {
  const today = almatyDateOf(now());
  return sql`(select ${representations.recipientId} from ${representations}
    where ${representations.representativeUserId} = ${actor.userId}
      and ${lte(representations.validFrom, today)}
      and ${or(isNull(representations.validTo), gte(representations.validTo, today))})`;
}

/** Whether the actor is on the recipient's side of an order (may sign its application and receipt). */
export function actsForRecipient(actor: Actor): boolean {
  return actor.role === 'recipient' || actor.role === 'representative';
}
