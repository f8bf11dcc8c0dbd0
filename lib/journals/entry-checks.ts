import type { Tx } from '@/db/client';
import { violatedConstraint } from '@/db/errors';
import type { OrderRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { almatyDateOf, type LocalDate } from '@/lib/calendar/local-date';
import { entitlementsOn } from '@/lib/entitlements/queries';
import { AppError } from '@/lib/errors';
import { frozenOn, type OrderForJournal } from './freeze';
import { refuse } from './refuse';
import { grantedMinutes, orderDayRefusal, type JournalService } from './rules';

/** The journal an order keeps, if it is a service order. */
export function journalServiceOf(order: Pick<OrderRow, 'category'>): JournalService | null {
  return order.category === 'assistant' || order.category === 'sign_language' ? order.category : null;
}

/**
 * Who may write in an order's journal: its provider's administrator, or its worker of that
 * service (the writer's specialty comes with the order, see lockOrderForJournal). Another
 * provider's staff learn nothing: the order is "not found".
 */
export function assertMayWrite(actor: Actor, opened: OrderForJournal, service: JournalService) {
  if (!actor.providerId || actor.providerId !== opened.order.providerId) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  if (actor.role === 'provider_admin') return;
  if (opened.writerSpecialty === null) throw new AppError('forbidden');
  if (opened.writerSpecialty !== service) refuse('not_your_service', 'orderId');
}

export interface EntryTime {
  date: LocalDate;
  minutes: number;
  start: number | null;
  end: number | null;
  mode: 'online' | 'offline' | null;
}

/**
 * Everything about a day an entry may have, except the caps: the order is running, the mode fits
 * the service, the day is not in the future, not before acceptance, within the order's period and
 * the IPR's rights that day (so not after a death, departure or early end, and from a re-issued
 * measure's start), and not frozen by an act. Answers the minutes the IPR grants (a day for the
 * assistant, a year for sign language), never above the portal's cap: as read with the order when
 * it was opened for this day, otherwise read now.
 */
export async function checkEntryDay(tx: Tx, { order, frozen, grantedOn }: OrderForJournal, service: JournalService, time: EntryTime, at: Date): Promise<number> {
  if (order.status !== 'in_fulfilment' && order.status !== 'closed') refuse('order_not_running', 'orderId');
  if (service === 'sign_language' && !time.mode) refuse('mode_required', 'mode');
  if (service === 'assistant' && time.mode) refuse('mode_for_sign_language', 'mode');
  const { date } = time;
  const acceptedOn = order.decidedAt ? almatyDateOf(order.decidedAt) : null;
  const refusal = orderDayRefusal({ acceptedOn, periodFrom: order.periodFrom, periodTo: order.periodTo }, date, almatyDateOf(at));
  if (refusal === 'future') refuse('future', 'date', { date });
  if (refusal === 'before_acceptance') refuse('before_acceptance', 'date', { date: acceptedOn! });
  if (refusal === 'outside_period') refuse('outside_period', 'date', { from: order.periodFrom ?? '', to: order.periodTo ?? '' });
  if (frozenOn(frozen, date)) refuse('frozen', 'date', { date });
  const measure = grantedOn?.date === date ? grantedOn.hours : (await entitlementsOn(tx, order.recipientId, date)).find((m) => m.code === order.classifierCode);
  if (!measure) refuse('not_entitled_on_date', 'date', { date });
  return grantedMinutes(service, measure);
}

/**
 * The assistant's times may not overlap another live entry for the recipient that day: the
 * database refuses such a write (the exclusion constraint of migration 0022, which holds however
 * many entries are written at once). Turns that refusal into the rule's, naming the day.
 */
export function refuseOverlap(error: unknown, date: LocalDate) {
  if (violatedConstraint(error) === 'journal_entries_no_overlap') refuse('overlap', 'start', { date });
}
