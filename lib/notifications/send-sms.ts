import { and, eq, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { SmsRejectedError, type SmsGateway } from './sms-gateway';

/** After this many failed attempts a message is marked failed and shown as such. */
export const MAX_SMS_ATTEMPTS = 8;
/** How long a sender holds a claimed message before another may take it over. */
const LEASE_MS = 2 * 60_000;

/** Back-off after the n-th failed attempt: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

interface Claimed {
  id: string;
  phone: string;
  body: string;
  attempts: number;
}

/**
 * Claims the next due SMS: pending and due, or else one left "sending" by a sender whose lease
 * ran out. Each is one conditional UPDATE with SKIP LOCKED, so two instances never take the same
 * message; they are two statements so each walks the (status, next_attempt_at) index instead of
 * scanning every notice (an OR of the two made each claim read the whole table).
 */
async function claimNext(db: Db, at: Date): Promise<Claimed | null> {
  // Raw SQL takes instants as text: postgres.js under drizzle does not serialise a Date here.
  const instant = at.toISOString();
  const leaseEnds = new Date(at.getTime() + LEASE_MS).toISOString();
  const claim = async (due: SQL) =>
    rowsOf<Claimed>(
      await db.execute(sql`
        update ${notifications} set status = 'sending', attempts = attempts + 1, locked_until = ${leaseEnds}::timestamptz
        where id = (select id from ${notifications} where channel = 'sms' and ${due} order by next_attempt_at limit 1 for update skip locked)
        returning id, phone, body, attempts`),
    )[0] ?? null;
  // A sign-in code first: someone is waiting at the screen for it, whatever backlog there is.
  return (
    (await claim(sql`status = 'pending' and kind = 'sign_in_code' and next_attempt_at <= ${instant}::timestamptz`)) ??
    (await claim(sql`status = 'pending' and next_attempt_at <= ${instant}::timestamptz`)) ??
    (await claim(sql`status = 'sending' and locked_until < ${instant}::timestamptz`))
  );
}

/** Lets the server answer requests between messages: PGlite runs its queries on this thread. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface SendReport {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends what is due, up to `limit` messages. Each message is claimed before the gateway is
 * called and the gateway gets the message id as its idempotency key, so a message is delivered
 * at most once even when a sender dies after sending and another retries it.
 */
export async function sendDueSms(db: Db, gateway: SmsGateway, options: { at: () => Date; limit?: number }): Promise<SendReport> {
  const report: SendReport = { sent: 0, retried: 0, failed: 0 };
  for (let i = 0; i < (options.limit ?? 100); i++) {
    if (i > 0) await yieldToRequests();
    const message = await claimNext(db, options.at());
    if (!message) break;
    const stillOurs = and(eq(notifications.id, message.id), eq(notifications.status, 'sending'));
    try {
      const { gatewayMessageId } = await gateway.send({ id: message.id, phone: message.phone, body: message.body });
      await db.update(notifications).set({ status: 'sent', sentAt: options.at(), lockedUntil: null, gatewayMessageId, lastError: null }).where(stillOurs);
      report.sent++;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const giveUp = error instanceof SmsRejectedError || message.attempts >= MAX_SMS_ATTEMPTS;
      await db
        .update(notifications)
        .set(
          giveUp
            ? { status: 'failed', lockedUntil: null, lastError: reason }
            : { status: 'pending', lockedUntil: null, lastError: reason, nextAttemptAt: new Date(options.at().getTime() + retryDelayMs(message.attempts)) },
        )
        .where(stillOurs);
      if (giveUp) report.failed++;
      else report.retried++;
    }
  }
  return report;
}
