import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { entitlementEvents, iprs, recipients } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { addDays, almatyDateOf } from '@/lib/calendar/local-date';
import type { FieldError } from '@/lib/errors';
import { fieldErrorsFromZod } from '@/lib/i18n/zod-errors';
import { onEntitlementsEnded } from './ended-effects';
import { lockEntitlements } from './lock';
import { entitlementEventSchema, type EntitlementEventInput } from './event-schemas';


export interface EventsReport {
  accepted: { index: number; outcome: 'recorded' | 'unchanged' }[];
  rejected: { index: number; errors: FieldError[] }[];
}

/**
 * Records status events: death or departure ends every IPR of the person, an early end ends one
 * IPR, each from the day after the event's date. Re-sending an event changes nothing. A bad event
 * never blocks the others.
 */
export async function recordEntitlementEvents(db: Db, actor: Actor, events: unknown[], at: Date): Promise<EventsReport> {
  const report: EventsReport = { accepted: [], rejected: [] };
  const today = almatyDateOf(at);
  await db.transaction(async (tx) => {
    await lockEntitlements(tx);
    for (const [index, raw] of events.entries()) {
      const parsed = entitlementEventSchema.safeParse(raw);
      if (!parsed.success) {
        report.rejected.push({ index, errors: fieldErrorsFromZod(parsed.error) });
        continue;
      }
      if (parsed.data.date > today) {
        report.rejected.push({ index, errors: [{ field: 'date', message: 'validation.event.future_date' }] });
        continue;
      }
      const outcome = await recordOne(tx, actor, parsed.data, at);
      if ('error' in outcome) report.rejected.push({ index, errors: [outcome.error] });
      else report.accepted.push({ index, outcome: outcome.outcome });
    }
  });
  return report;
}

async function recordOne(tx: Tx, actor: Actor, event: EntitlementEventInput, at: Date): Promise<{ outcome: 'recorded' | 'unchanged' } | { error: FieldError }> {
  const endedOn = addDays(event.date, 1);
  let recipientId: string;
  let iprNumber: string | null = null;
  if (event.type === 'ipr_ended') {
    const [ipr] = await tx.select({ recipientId: iprs.recipientId }).from(iprs).where(eq(iprs.iprNumber, event.iprNumber)).limit(1);
    if (!ipr) return { error: { field: 'iprNumber', message: 'validation.event.unknown_ipr' } };
    recipientId = ipr.recipientId;
    iprNumber = event.iprNumber;
  } else {
    const [person] = await tx.select({ id: recipients.id }).from(recipients).where(eq(recipients.iin, event.iin));
    if (!person) return { error: { field: 'iin', message: 'validation.event.unknown_recipient' } };
    recipientId = person.id;
  }
  const eventKey = `${event.type}:${event.type === 'ipr_ended' ? event.iprNumber : event.iin}:${event.date}`;
  const [stored] = await tx
    .insert(entitlementEvents)
    .values({ kind: event.type, eventKey, recipientId, iprNumber, eventDate: event.date, receivedAt: at, receivedByUserId: actor.userId })
    .onConflictDoNothing({ target: entitlementEvents.eventKey })
    .returning({ id: entitlementEvents.id });
  if (!stored) return { outcome: 'unchanged' };

  if (event.type !== 'ipr_ended') {
    await tx
      .update(recipients)
      .set({ lifeStatus: event.type === 'death' ? 'deceased' : 'departed', lifeStatusOn: event.date })
      .where(eq(recipients.id, recipientId));
  }
  // Every version still entitling on or after endedOn ends then; an earlier end stays.
  const scope = iprNumber ? eq(iprs.iprNumber, iprNumber) : eq(iprs.recipientId, recipientId);
  const ended = await tx
    .update(iprs)
    .set({
      endedOn: sql`least(coalesce(${iprs.endedOn}, ${endedOn}::date), ${endedOn}::date)`,
      status: sql`case when ${iprs.status} = 'active' then 'ended' else ${iprs.status} end`,
    })
    .where(and(scope, sql`(${iprs.endedOn} is null or ${iprs.endedOn} > ${endedOn}::date)`))
    .returning({ id: iprs.id, number: iprs.iprNumber });
  const effects = await onEntitlementsEnded(tx, { recipientId, iprNumber, endedOn, reason: event.type }, at);
  await writeAudit(tx, {
    actor: { userId: actor.userId, role: actor.role },
    action: `entitlements.${event.type}`,
    entityType: 'recipient',
    entityId: recipientId,
    toState: event.type === 'ipr_ended' ? null : event.type === 'death' ? 'deceased' : 'departed',
    data: { eventId: stored.id, date: event.date, endedOn, iprNumber, iprsEnded: [...new Set(ended.map((e) => e.number))], ...effects },
  });
  return { outcome: 'recorded' };
}

