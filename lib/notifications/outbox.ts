import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { notifications } from '@/db/schema';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { translateKey } from '@/lib/i18n/translator';

/** What a message is about; each has an SMS text and a cabinet text in every language. */
export type NotificationKind = 'ipr_arrived' | 'choose_provider_reminder';

export interface NotificationRequest {
  recipientId: string;
  kind: NotificationKind;
  /** Names the event: the same key never makes a second message (per channel). */
  eventKey: string;
  locale: Locale;
  /** The phone on record; without one only the cabinet notice is written. */
  phone: string | null;
  values: Record<string, string | number>;
}

function portalUrl(): string {
  return env.PORTAL_URL ?? `http://localhost:${env.PORT}`;
}

/** The rows a request makes: an SMS (when there is a phone) and a cabinet notice. */
export function notificationRows(request: NotificationRequest, at: Date): (typeof notifications.$inferInsert)[] {
  const values = { ...request.values, url: portalUrl() };
  const rows: (typeof notifications.$inferInsert)[] = [
    {
      recipientId: request.recipientId,
      channel: 'cabinet',
      kind: request.kind,
      dedupeKey: `${request.kind}:${request.eventKey}:cabinet`,
      locale: request.locale,
      body: translateKey(request.locale, `notifications.${request.kind}.cabinet`, values),
      status: 'sent',
      sentAt: at,
      nextAttemptAt: at,
      createdAt: at,
    },
  ];
  if (request.phone) {
    rows.push({
      recipientId: request.recipientId,
      channel: 'sms',
      kind: request.kind,
      dedupeKey: `${request.kind}:${request.eventKey}:sms`,
      locale: request.locale,
      phone: request.phone,
      body: translateKey(request.locale, `notifications.${request.kind}.sms`, values),
      status: 'pending',
      nextAttemptAt: at,
      createdAt: at,
    });
  }
  return rows;
}

/**
 * Writes messages into the outbox inside the caller's transaction, so they exist exactly when
 * the change that causes them commits. A key already used is skipped, not duplicated.
 * Answers how many new rows were written.
 */
export async function queueNotifications(tx: Tx | Db, requests: NotificationRequest[], at: Date): Promise<number> {
  const rows = requests.flatMap((r) => notificationRows(r, at));
  let written = 0;
  // 17 columns a row: chunks keep a statement well under PostgreSQL's 65,535 parameters.
  for (let i = 0; i < rows.length; i += 2000) {
    const inserted = await tx
      .insert(notifications)
      .values(rows.slice(i, i + 2000))
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .returning({ id: notifications.id });
    written += inserted.length;
  }
  return written;
}

/** Stops messages not yet sent to a recipient (death): they are kept, marked cancelled. */
export async function cancelPendingNotifications(tx: Tx, recipientId: string): Promise<number> {
  const cancelled = await tx
    .update(notifications)
    .set({ status: 'cancelled', lockedUntil: null })
    .where(sql`${notifications.recipientId} = ${recipientId} AND ${notifications.status} = 'pending'`)
    .returning({ id: notifications.id });
  return cancelled.length;
}
