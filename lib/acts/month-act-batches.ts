import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { writeAudit, type AuditEntry } from '@/lib/audit';
import { assertPermission, loadActor, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import type { MonthActsInput } from './month-acts-schemas';
import { formMonthActs, monthActsProvider, type SkippedOrder } from './form-month-acts';

/**
 * "Form all acts of a month" as background work. The request, the progress of each chunk and the
 * end are audit entries of the provider's batches (entity `act_batch`, the provider's id), each
 * written in the transaction whose work it reports: the page reads what has been formed, never
 * more, and the record of who ran which month and what was skipped why stays with the audit log.
 * The job only carries the batch's id, month and who asked.
 */
export const ACT_BATCH_ENTITY = 'act_batch';

export interface MonthActsJob {
  batchId: string;
  providerId: string;
  period: string;
  userId: string;
}

/**
 * The provider administrator asks for the month: the request is recorded, then the job is sent
 * (`send`: the queue's sendJob). A job that could not be sent is recorded as failed, and refused.
 */
export async function startMonthActs(db: Db, actor: Actor, input: MonthActsInput, send: (job: MonthActsJob) => Promise<unknown>): Promise<MonthActsJob> {
  const providerId = monthActsProvider(actor);
  const job: MonthActsJob = { batchId: randomUUID(), providerId, period: input.period, userId: actor.userId };
  await db.transaction((tx) => writeAudit(tx, batchAudit(actor, job, 'act_batch.requested', {})));
  try {
    await send(job);
  } catch (error) {
    await db.transaction((tx) => writeAudit(tx, batchAudit(actor, job, 'act_batch.failed', { reason: 'not_queued' })));
    throw error;
  }
  return job;
}

function batchAudit(actor: Pick<Actor, 'userId' | 'role'>, job: MonthActsJob, action: string, data: Record<string, unknown>): AuditEntry {
  return { actor: { userId: actor.userId, role: actor.role }, action, entityType: ACT_BATCH_ENTITY, entityId: job.providerId, data: { batchId: job.batchId, period: job.period, ...data } };
}

/**
 * The job: forms the month as the administrator who asked (they sign every act first), if they
 * still administer that provider. A rerun (retry after a crash) starts again and forms only what
 * is missing; the page counts from the latest start.
 */
export async function runMonthActsJob(db: Db, job: MonthActsJob, at: () => Date): Promise<void> {
  const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, job.userId));
  const actor = user ? await loadActor(db, job.userId, user.sessionVersion) : null;
  if (!actor || actor.providerId !== job.providerId) {
    await db.transaction((tx) => writeAudit(tx, batchAudit({ userId: job.userId, role: actor?.role ?? 'provider_admin' }, job, 'act_batch.failed', { reason: 'forbidden' })));
    return;
  }
  try {
    await formMonthActs(db, actor, { period: job.period }, at(), {
      onStart: (orders) => db.transaction((tx) => writeAudit(tx, batchAudit(actor, job, 'act_batch.started', { orders }))),
      progress: (chunk) => batchAudit(actor, job, 'act_batch.chunk', { judged: chunk.judged, formed: chunk.formed.length, skipped: chunk.skipped }),
      onEnd: (report) => db.transaction((tx) => writeAudit(tx, batchAudit(actor, job, 'act_batch.finished', { orders: report.orders, formed: report.formed, skipped: report.skipped.length }))),
    });
  } catch (error) {
    await db.transaction((tx) => writeAudit(tx, batchAudit(actor, job, 'act_batch.failed', { reason: 'error' }))).catch(() => undefined);
    throw error;
  }
}

export interface MonthActsProgress {
  batchId: string;
  period: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  requestedAt: Date;
  /** Orders to judge (known once started), judged so far, acts formed so far. */
  orders: number | null;
  judged: number;
  formed: number;
  skipped: SkippedOrder[];
}

/** The provider's latest month-end batch (or the one named), as far as it has gone; null if none. */
export async function getMonthActsProgress(db: Db, actor: Actor, batchId?: string): Promise<MonthActsProgress | null> {
  assertPermission(actor, 'acts.form');
  if (actor.role !== 'provider_admin' || !actor.providerId) throw new AppError('forbidden');
  const providerId = actor.providerId;
  const mine = and(eq(auditLog.entityType, ACT_BATCH_ENTITY), eq(auditLog.entityId, providerId));
  let id = batchId;
  if (!id) {
    const [latest] = await db
      .select({ batchId: sql<string>`${auditLog.data}->>'batchId'` })
      .from(auditLog)
      .where(and(mine, eq(auditLog.action, 'act_batch.requested')))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    if (!latest) return null;
    id = latest.batchId;
  }
  const entries = await db
    .select({ action: auditLog.action, at: auditLog.at, data: auditLog.data })
    .from(auditLog)
    .where(and(mine, sql`${auditLog.data}->>'batchId' = ${id}`))
    .orderBy(asc(auditLog.seq));
  const requested = entries.find((e) => e.action === 'act_batch.requested');
  if (!requested) return null;
  return progressOf(id, requested.at, entries.map((e) => ({ action: e.action, data: e.data as unknown as BatchData })));
}

interface BatchData {
  period: string;
  orders?: number;
  judged?: number;
  formed?: number;
  skipped?: SkippedOrder[] | number;
}

/** Folds a batch's entries: counts from its latest start (a retried job starts again). */
export function progressOf(batchId: string, requestedAt: Date, entries: readonly { action: string; data: BatchData }[]): MonthActsProgress {
  const progress: MonthActsProgress = { batchId, period: entries[0]?.data.period ?? '', state: 'queued', requestedAt, orders: null, judged: 0, formed: 0, skipped: [] };
  for (const { action, data } of entries) {
    if (action === 'act_batch.started') Object.assign(progress, { state: 'running', orders: data.orders ?? 0, judged: 0, formed: 0, skipped: [] });
    else if (action === 'act_batch.chunk') {
      progress.judged += data.judged ?? 0;
      progress.formed += typeof data.formed === 'number' ? data.formed : 0;
      if (Array.isArray(data.skipped)) progress.skipped.push(...data.skipped);
    } else if (action === 'act_batch.finished') progress.state = 'done';
    else if (action === 'act_batch.failed') progress.state = 'failed';
  }
  return progress;
}
