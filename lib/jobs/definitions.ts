import { checkLedgerInvariants, ledgerHolds } from '@/lib/ledger/invariants';
import type { DatabaseConnection, Db } from '@/db/client';
import { vacuumWhereDue } from '@/db/embedded-vacuum';
import { now } from '@/lib/clock';
import { smsGatewayFromEnv } from '@/lib/notifications/gateway-from-env';
import { queueDueReminders } from '@/lib/notifications/reminders';
import { pendingCsvImports, runCsvImport } from '@/lib/entitlements/csv-batches';
import { sendDueSms } from '@/lib/notifications/send-sms';
import { closeOrdersPastDeadline } from '@/lib/orders/expire-orders';
import { closeOrdersAfterRightsLapse } from '@/lib/orders/lapse-orders';
import { reconcileJournalTotals } from '@/lib/journals/reconcile-totals';
import { runMonthActsJob, type MonthActsJob } from '@/lib/acts/month-act-batches';
import { purgeExpiredRecords } from '@/lib/retention/purge-expired';

/**
 * A kind of background work. Handlers are thin: they call one domain function, which is
 * idempotent (a job may run twice: after a crash, or on two instances), and the domain keeps
 * its own state in tables, so the queue only says "do it now".
 */
export interface JobDefinition {
  name: string;
  /** Cron in Asia/Almaty; absent for jobs that only run when sent. */
  cron?: string;
  /** 'singleton': at most one runs at a time across all instances. */
  policy?: 'standard' | 'singleton';
  /**
   * `data` is what the job was sent with (sendJob), for jobs started by a person's request;
   * `connection` is for work on the database itself rather than through a transaction.
   */
  run(db: Db, data: unknown, connection: DatabaseConnection): Promise<unknown>;
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
  {
    // Confirmed CSV uploads; one runner at a time, resuming a batch a crash left mid-way.
    name: 'ipr-import-csv',
    cron: '* * * * *',
    policy: 'singleton',
    run: async (db) => {
      for (const id of await pendingCsvImports(db)) await runCsvImport(db, id, now);
    },
  },
  {
    // Orders whose decision deadline passed undecided (expired or flagged, the parties told), and
    // orders whose IPR ran out before receipt (returned) or whose service period is over (closed).
    name: 'orders-deadlines',
    cron: '* * * * *',
    policy: 'singleton',
    run: async (db) => ({ deadlines: await closeOrdersPastDeadline(db, now()), lapsed: await closeOrdersAfterRightsLapse(db, now()) }),
  },
  {
    // The journal's cap counters against the entries they count; a mismatch goes to the audit log.
    name: 'journal-totals-check',
    cron: '40 3 * * *',
    policy: 'singleton',
    run: (db) => reconcileJournalTotals(db),
  },
  {
    // R4: the ledger's invariants (everything sums to zero, each transaction balances, each
    // account's balance is the fold of its entries); a breach goes to the audit log.
    name: 'ledger-invariants',
    cron: '50 3 * * *',
    policy: 'singleton',
    run: async (db) => ledgerHolds(await checkLedgerInvariants(db)),
  },
  {
    // PGlite has no autovacuum: dead rows reclaimed, old ones frozen and statistics refreshed as
    // autovacuum would (db/embedded-vacuum.ts). Nothing to do on a PostgreSQL server.
    name: 'embedded-database-vacuum',
    cron: '* * * * *',
    policy: 'singleton',
    run: (_db, _data, connection) => vacuumWhereDue(connection),
  },
  {
    // Expired tokens, sign-in challenges and codes, week-old idempotency keys, day-old rate-limit
    // hits (lib/retention/purge-expired.ts): tables that grow with every call, kept bounded.
    name: 'expired-records-purge',
    cron: '20 4 * * *',
    policy: 'singleton',
    run: (db) => purgeExpiredRecords(db, now()),
  },
  {
    // A provider administrator's "form all acts of the month" (requestMonthActs): one job per request.
    name: 'acts-month-batch',
    run: (db, data) => runMonthActsJob(db, data as MonthActsJob, now),
  },
];

export type JobName = 'notifications-send' | 'entitlements-reminders' | 'ipr-import-csv' | 'orders-deadlines' | 'journal-totals-check' | 'ledger-invariants' | 'embedded-database-vacuum' | 'expired-records-purge' | 'acts-month-batch';
