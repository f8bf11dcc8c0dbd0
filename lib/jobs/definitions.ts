import type { Db } from '@/db/client';
import { now } from '@/lib/clock';
import { smsGatewayFromEnv } from '@/lib/notifications/gateway-from-env';
import { queueDueReminders } from '@/lib/notifications/reminders';
import { sendDueSms } from '@/lib/notifications/send-sms';

/**
 * A kind of background work. Handlers are thin: they call one domain function, which is
 * idempotent (a job may run twice: after a crash, or on two instances), and the domain keeps
 * its own state in tables, so the queue only says "do it now".
 */
export interface JobDefinition {
  name: string;
  /** Cron in Asia/Almaty; absent for jobs that only run when sent. */
  cron?: string;
  run(db: Db): Promise<unknown>;
}

export const jobDefinitions: JobDefinition[] = [
  {
    // Every minute, and nudged whenever a message is written, so an SMS rarely waits.
    name: 'notifications-send',
    cron: '* * * * *',
    run: (db) => sendDueSms(db, smsGatewayFromEnv(db), { at: now, limit: 200 }),
  },
  {
    name: 'entitlements-reminders',
    cron: '15 * * * *',
    run: (db) => queueDueReminders(db, now()),
  },
];

export type JobName = 'notifications-send' | 'entitlements-reminders';
