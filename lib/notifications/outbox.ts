import { sql } from 'drizzle-orm';
import { rowsOf, type Db, type Tx } from '@/db/client';
import { unnestInsert } from '@/db/bulk-insert';
import { notifications } from '@/db/schema';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { hasText, translateKey } from '@/lib/i18n/translator';

/**
 * What a message is about; each has an SMS text and a cabinet text in every language, except
 * sign_in_code, which is sent by SMS only (a sign-in code has no place in the cabinet).
 */
export type NotificationKind =
  | 'ipr_arrived'
  | 'choose_provider_reminder'
  | 'sign_in_code'
  | 'order_arrived'
  | 'order_accepted'
  | 'order_refused'
  | 'order_expired'
  | 'order_overdue'
  | 'order_contract_signed'
  | 'order_shipped'
  | 'order_ready_for_pickup'
  | 'order_received'
  | 'order_returned'
  | 'journal_disputed'
  | 'journal_dispute_settled'
  | 'act_awaits_signature'
  | 'act_signed_by_recipient'
  | 'act_refused_by_recipient'
  | 'act_submitted'
  | 'act_approved'
  | 'act_returned'
  | 'act_paid';

/** Whom a message is for: a recipient (SMS and cabinet), or a provider's or office's cabinet. */
export type Addressee = { recipientId: string } | { providerId: string } | { officeId: string };

export interface NotificationRequest {
  to: Addressee;
  kind: NotificationKind;
  /** Names the event: the same key never makes a second message (per channel). */
  eventKey: string;
  locale: Locale;
  /** The recipient's phone on record; without one (and for providers and offices) only the cabinet notice is written. */
  phone: string | null;
  values: Record<string, string | number>;
  /** Which channels to write; both when absent. */
  channels?: readonly ('sms' | 'cabinet')[];
  /** The page the message's link opens (`{url}`), from the portal's root; the front page when absent. */
  path?: string;
}

function portalUrl(): string {
  return env.PORTAL_URL ?? `http://localhost:${env.PORT}`;
}

function addresseeColumns(to: Addressee) {
  if ('recipientId' in to) return { recipientId: to.recipientId };
  if ('providerId' in to) return { providerId: to.providerId };
  return { officeId: to.officeId };
}

/** Who reads a cabinet notice: the recipient's side, or a provider's or an office's staff. */
export type NoticeReader = 'recipient' | 'staff';

export const noticeReaderOf = (to: Addressee): NoticeReader => ('recipientId' in to ? 'recipient' : 'staff');

/**
 * A cabinet notice's text in a language: providers and offices read the text written for staff
 * where one exists, recipients theirs. Written once when the notice is queued, and again for each
 * reader in the reader's language when the notice is listed.
 */
export function cabinetNoticeText(kind: string, reader: NoticeReader, locale: Locale, values: Record<string, string | number>): string {
  const staff = `notifications.${kind}.staff`;
  return translateKey(locale, reader === 'staff' && hasText(locale, staff) ? staff : `notifications.${kind}.cabinet`, values);
}

/** Recipients' keys predate other addressees and stay as they were; the others are marked. */
function addresseeSuffix(to: Addressee): string {
  return 'recipientId' in to ? '' : 'providerId' in to ? ':provider' : ':office';
}

/** The rows a request makes: an SMS (when there is a phone) and a cabinet notice, as far as its channels allow. */
export function notificationRows(request: NotificationRequest, at: Date): (typeof notifications.$inferInsert)[] {
  const values = { ...request.values, url: `${portalUrl()}${request.path ?? ''}` };
  const channels = request.channels ?? ['sms', 'cabinet'];
  const rows: (typeof notifications.$inferInsert)[] = [];
  if (channels.includes('cabinet')) {
    rows.push({
      ...addresseeColumns(request.to),
      channel: 'cabinet',
      kind: request.kind,
      dedupeKey: `${request.kind}:${request.eventKey}${addresseeSuffix(request.to)}:cabinet`,
      locale: request.locale,
      body: cabinetNoticeText(request.kind, noticeReaderOf(request.to), request.locale, values),
      values,
      status: 'sent',
      sentAt: at,
      nextAttemptAt: at,
      createdAt: at,
    });
  }
  if ('recipientId' in request.to && request.phone && channels.includes('sms')) {
    rows.push({
      recipientId: request.to.recipientId,
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
  if (rows.length === 0) return 0;
  const instant = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key] ?? null);
  const result = await tx.execute(sql`${unnestInsert('notifications', [
    { name: 'recipient_id', type: 'uuid', values: column('recipientId') },
    { name: 'provider_id', type: 'uuid', values: column('providerId') },
    { name: 'office_id', type: 'uuid', values: column('officeId') },
    { name: 'channel', type: 'text', values: column('channel') },
    { name: 'kind', type: 'text', values: column('kind') },
    { name: 'dedupe_key', type: 'text', values: column('dedupeKey') },
    { name: 'locale', type: 'text', values: column('locale') },
    { name: 'phone', type: 'text', values: column('phone') },
    { name: 'body', type: 'text', values: column('body') },
    { name: 'values', type: 'jsonb', values: rows.map((r) => (r.values ? JSON.stringify(r.values) : null)) },
    { name: 'status', type: 'text', values: column('status') },
    { name: 'next_attempt_at', type: 'timestamptz', values: rows.map((r) => instant(r.nextAttemptAt)) },
    { name: 'sent_at', type: 'timestamptz', values: rows.map((r) => instant(r.sentAt)) },
    { name: 'created_at', type: 'timestamptz', values: rows.map((r) => instant(r.createdAt)) },
  ])} on conflict (dedupe_key) do nothing returning id`);
  return rowsOf(result).length;
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
