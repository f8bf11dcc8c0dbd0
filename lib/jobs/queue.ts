import PgBoss from 'pg-boss';
import type { DatabaseConnection } from '@/db/client';
import { ALMATY } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { jobDefinitions, type JobDefinition, type JobName } from './definitions';

/**
 * The job queue: pg-boss in the app's own database (schema `pgboss`), over the app's connection
 * so it runs the same on a PostgreSQL server (several instances share the work through
 * SKIP LOCKED; cron fires once across them) and on embedded PGlite (one process).
 */
const globalForQueue = globalThis as unknown as { __qamqorQueue?: PgBoss };

export async function startJobQueue(connection: DatabaseConnection, definitions: JobDefinition[] = jobDefinitions): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => connection.executeSql(text, values) },
    schema: 'pgboss',
    // Completed jobs are kept a day for inspection; the domain tables are the record.
    deleteAfterDays: 7,
  });
  boss.on('error', (error) => console.error('job queue:', error));
  await boss.start();
  for (const definition of definitions) {
    // A job still running after expireInSeconds is expired and retried while the first copy may
    // still run: every job tolerates a second copy (the month-end batch counts only its latest run
    // and marks itself stale after as long without progress: lib/acts/month-act-batches.ts).
    await boss.createQueue(definition.name, { name: definition.name, policy: definition.policy ?? 'standard', retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 });
    await boss.work(definition.name, { pollingIntervalSeconds: 2 }, async ([job]) => {
      await definition.run(connection.db, job?.data, connection);
    });
    if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: ALMATY });
  }
  globalForQueue.__qamqorQueue = boss;
  return boss;
}

export async function stopJobQueue(): Promise<void> {
  await globalForQueue.__qamqorQueue?.stop({ graceful: true, wait: true });
  globalForQueue.__qamqorQueue = undefined;
}

/**
 * Sends a job with its data (work a person asked for, which no schedule would pick up). Refused
 * (503, unavailable) when the queue is not running, so the request is not silently lost.
 */
export async function sendJob(name: JobName, data: object): Promise<string> {
  const boss = globalForQueue.__qamqorQueue;
  const id = boss ? await boss.send(name, data) : null;
  if (!id) throw new AppError('unavailable', { detailKey: 'errors.jobs.not_queued' });
  return id;
}

/**
 * Asks for a job to run soon (after a commit that made work for it). Best effort: if the queue
 * is off or the nudge is lost, the job's schedule picks the work up within its interval.
 */
export async function nudgeJob(name: JobName): Promise<void> {
  try {
    // Debounced, not throttled: a nudge inside the 2-second window runs in the next one instead of
    // being dropped (a dropped nudge left a sign-in code waiting for the minute's cron).
    await globalForQueue.__qamqorQueue?.send(name, {}, { singletonKey: name, singletonSeconds: 2, singletonNextSlot: true });
  } catch (error) {
    console.error(`job queue: could not nudge ${name}:`, error);
  }
}
