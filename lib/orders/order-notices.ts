import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { recipients, users, type OrderRow } from '@/db/schema';
import { formatInstantAlmaty } from '@/lib/calendar/local-date';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { queueNotifications, type NotificationKind, type NotificationRequest } from '@/lib/notifications/outbox';
import { districtOfficeOf } from '@/lib/offices/district-office';

/** "07.12.2026 23:59" (Almaty): how an SMS and a notice write a deadline. */
function readableInstant(instant: Date): string {
  const [date, time] = formatInstantAlmaty(instant).split('T') as [string, string];
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y} ${time.slice(0, 5)}`;
}

export type OrderAudience = 'recipient' | 'provider' | 'office';

/**
 * Tells the parties about an order event, in the same transaction as the event: the recipient by
 * SMS (while they are alive and have a phone) and in the cabinet, in their account's language;
 * the provider and the district office in their cabinets. The event key makes a repeat a no-op.
 */
export async function notifyOrderEvent(
  tx: Tx,
  order: OrderRow,
  kind: NotificationKind,
  audiences: readonly OrderAudience[],
  at: Date,
  values: Record<string, string | number> = {},
  options: { eventKey?: string; channels?: NotificationRequest['channels']; recipientPath?: string } = {},
) {
  const [person] = await tx
    .select({ phone: recipients.phone, lifeStatus: recipients.lifeStatus, kato: recipients.kato })
    .from(recipients)
    .where(eq(recipients.id, order.recipientId));
  const all = { number: order.number, ...(order.deadlineAt ? { deadline: readableInstant(order.deadlineAt) } : {}), ...values };
  const eventKey = options.eventKey ?? `${order.id}:${kind}`;
  const channels = options.channels ? { channels: options.channels } : {};
  const requests: NotificationRequest[] = [];
  if (audiences.includes('recipient') && person && person.lifeStatus !== 'deceased') {
    const path = options.recipientPath ? { path: options.recipientPath } : {};
    requests.push({ to: { recipientId: order.recipientId }, kind, eventKey, locale: await accountLocale(tx, eq(users.recipientId, order.recipientId)), phone: person.lifeStatus === 'active' ? person.phone : null, values: all, ...channels, ...path });
  }
  if (audiences.includes('provider')) {
    requests.push({ to: { providerId: order.providerId }, kind, eventKey, locale: await accountLocale(tx, and(eq(users.providerId, order.providerId), eq(users.role, 'provider_admin'))!), phone: null, values: all, ...channels });
  }
  if (audiences.includes('office')) {
    const officeId = await districtOfficeOf(tx, order.recipientId);
    if (officeId) requests.push({ to: { officeId }, kind, eventKey, locale: 'ru', phone: null, values: all, ...channels });
  }
  await queueNotifications(tx, requests, at);
}

/** The language of the first account matching, Russian when none says. */
async function accountLocale(tx: Tx, where: ReturnType<typeof eq>): Promise<Locale> {
  const [user] = await tx.select({ locale: users.locale }).from(users).where(where).orderBy(asc(users.createdAt)).limit(1);
  return user && isLocale(user.locale) ? user.locale : 'ru';
}
