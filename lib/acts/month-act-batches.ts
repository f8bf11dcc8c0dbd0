import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { auditLog, providers, users } from '@/db/schema';
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
 *
 * One batch of a provider at a time: startMonthActs refuses while the latest is queued or running.
 * A batch that wrote nothing for MONTH_ACTS_STALE_MS (the job died before writing "failed": every
 * retry failed, or the instance crashed) counts as failed, so neither the page nor the refusal
 * waits for it forever.
 *
 * The job queue may start a second copy of a job while the first still runs (it expires a job
 * after 15 minutes and retries it). Each run of the job writes its own run id on its entries, and
 * the progress counts only the entries of the latest run to start: a copy that lost the batch
 * can neither add to the counts nor end the batch, whatever it commits. Each run also checks
 * before every chunk that it still owns the batch (its run started last, and the batch is still
 * the provider's latest), and stops if not, so a superseded copy stops doing the work twice.
 * Acts themselves are never formed twice either way: each chunk locks its orders and skips one
 * whose act of the month lives.
 */
export const ACT_BATCH_ENTITY = 'act_batch';

/** A queued or running batch with no entry for this long has stopped without finishing (the job queue's expiry). */
export const MONTH_ACTS_STALE_MS = 15 * 60_000;

export interface MonthActsJob {
  batchId: string;
  providerId: string;
  period: string;
  userId: string;
}

/**
 * The provider administrator asks for the month: the request is recorded, then the job is sent
 * (`send`: the queue's sendJob). Refused (409) while the provider's latest batch is queued or
 * running and not stale; the provider's row is locked while deciding, so two requests at once
 * cannot both pass. A job that could not be sent is recorded as failed, and refused.
 */
export async function startMonthActs(db: Db, actor: Actor, input: MonthActsInput, send: (job: MonthActsJob) => Promise<unknown>, at: Date): Promise<MonthActsJob> {
  const providerId = monthActsProvider(actor);
  const job: MonthActsJob = { batchId: randomUUID(), providerId, period: input.period, userId: actor.userId };
  await db.transaction(async (tx) => {
    await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, providerId)).for('no key update');
    const current = await batchProgress(tx, providerId, at);
    if (current && (current.state === 'queued' || current.state === 'running')) {
      throw new AppError('conflict', { detailKey: 'errors.conflict.month_acts_running', values: { month: current.period } });
    }
    await writeAudit(tx, batchAudit(actor, job, 'act_batch.requested', {}));
  });
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
 * still administer that provider and the batch is still the provider's latest. A rerun (retry
 * after a crash, or a copy the queue started after expiry) starts again as a new run and forms
 * only what is missing; the page counts the latest run, and an older run stops at its next chunk.
 */
export async function runMonthActsJob(db: Db, job: MonthActsJob, at: () => Date): Promise<void> {
  if ((await batchOwner(db, job.providerId)).batchId !== job.batchId) return;
  const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, job.userId));
  const actor = user ? await loadActor(db, job.userId, user.sessionVersion) : null;
  if (!actor || actor.providerId !== job.providerId) {
    await db.transaction((tx) => writeAudit(tx, batchAudit({ userId: job.userId, role: actor?.role ?? 'provider_admin' }, job, 'act_batch.failed', { reason: 'forbidden' })));
    return;
  }
  const run = randomUUID();
  try {
    await formMonthActs(db, actor, { period: job.period }, at(), {
      onStart: (orders) => db.transaction((tx) => writeAudit(tx, batchAudit(actor, job, 'act_batch.started', { run, orders }))),
      proceed: async () => {
        const owner = await batchOwner(db, job.providerId);
        return owner.batchId === job.batchId && owner.run === run;
      },
      progress: (chunk) => batchAudit(actor, job, 'act_batch.chunk', { run, judged: chunk.judged, formed: chunk.formed.length, skipped: chunk.skipped }),
      onEnd: (report) => db.transaction((tx) => writeAudit(tx, batchAudit(actor, job, 'act_batch.finished', { run, orders: report.orders, formed: report.formed, skipped: report.skipped.length }))),
    });
  } catch (error) {
    await db.transaction((tx) => writeAudit(tx, batchAudit(actor, job, 'act_batch.failed', { run, reason: 'error' }))).catch(() => undefined);
    throw error;
  }
}

/** The provider's latest batch and the run of it that started last (null before any started). */
async function batchOwner(db: Db, providerId: string): Promise<{ batchId: string | null; run: string | null }> {
  const batchId = await latestBatchId(db, providerId);
  if (!batchId) return { batchId: null, run: null };
  const [started] = await db
    .select({ run: sql<string | null>`${auditLog.data}->>'run'` })
    .from(auditLog)
    .where(and(batchEntries(providerId), eq(auditLog.action, 'act_batch.started'), sql`${auditLog.data}->>'batchId' = ${batchId}`))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return { batchId, run: started?.run ?? null };
}

const batchEntries = (providerId: string) => and(eq(auditLog.entityType, ACT_BATCH_ENTITY), eq(auditLog.entityId, providerId));

async function latestBatchId(db: Db | Tx, providerId: string): Promise<string | null> {
  const [latest] = await db
    .select({ batchId: sql<string>`${auditLog.data}->>'batchId'` })
    .from(auditLog)
    .where(and(batchEntries(providerId), eq(auditLog.action, 'act_batch.requested')))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return latest?.batchId ?? null;
}

export interface MonthActsProgress {
  batchId: string;
  period: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  /** Failed because it wrote nothing for MONTH_ACTS_STALE_MS while queued or running: it stopped without finishing. */
  stale: boolean;
  requestedAt: Date;
  /** Orders to judge (known once started), judged so far, acts formed so far. */
  orders: number | null;
  judged: number;
  formed: number;
  skipped: SkippedOrder[];
}

/** The provider's latest month-end batch (or the one named), as far as it has gone at `at`; null if none. */
export async function getMonthActsProgress(db: Db, actor: Actor, at: Date, batchId?: string): Promise<MonthActsProgress | null> {
  assertPermission(actor, 'acts.form');
  if (actor.role !== 'provider_admin' || !actor.providerId) throw new AppError('forbidden');
  return batchProgress(db, actor.providerId, at, batchId);
}

async function batchProgress(db: Db | Tx, providerId: string, at: Date, batchId?: string): Promise<MonthActsProgress | null> {
  const id = batchId ?? (await latestBatchId(db, providerId));
  if (!id) return null;
  const entries = await db
    .select({ action: auditLog.action, at: auditLog.at, data: auditLog.data })
    .from(auditLog)
    .where(and(batchEntries(providerId), sql`${auditLog.data}->>'batchId' = ${id}`))
    .orderBy(asc(auditLog.seq));
  const requested = entries.find((e) => e.action === 'act_batch.requested');
  if (!requested) return null;
  return progressOf(id, requested.at, entries.map((e) => ({ action: e.action, at: e.at, data: e.data as unknown as BatchData })), at);
}

interface BatchData {
  period: string;
  /** The run of the job that wrote the entry (started, chunk, finished, failed while running). */
  run?: string;
  orders?: number;
  judged?: number;
  formed?: number;
  skipped?: SkippedOrder[] | number;
}

/**
 * Folds a batch's entries as they stand at `at`: counts from its latest start (a retried job
 * starts again), leaving out what any other run wrote after it; queued or running with no entry
 * for MONTH_ACTS_STALE_MS is failed (stale).
 */
export function progressOf(batchId: string, requestedAt: Date, entries: readonly { action: string; at: Date; data: BatchData }[], at: Date): MonthActsProgress {
  const progress: MonthActsProgress = { batchId, period: entries[0]?.data.period ?? '', state: 'queued', stale: false, requestedAt, orders: null, judged: 0, formed: 0, skipped: [] };
  let run: string | undefined;
  let lastAt = requestedAt;
  for (const { action, at: written, data } of entries) {
    if (written > lastAt) lastAt = written;
    if (action === 'act_batch.started') {
      run = data.run;
      Object.assign(progress, { state: 'running', orders: data.orders ?? 0, judged: 0, formed: 0, skipped: [] });
      continue;
    }
    // Another run's entry, written after this one started (a copy that lost the batch).
    if (data.run !== undefined && data.run !== run) continue;
    if (action === 'act_batch.chunk') {
      progress.judged += data.judged ?? 0;
      progress.formed += typeof data.formed === 'number' ? data.formed : 0;
      if (Array.isArray(data.skipped)) progress.skipped.push(...data.skipped);
    } else if (action === 'act_batch.finished') progress.state = 'done';
    else if (action === 'act_batch.failed') progress.state = 'failed';
  }
  if ((progress.state === 'queued' || progress.state === 'running') && at.getTime() - lastAt.getTime() >= MONTH_ACTS_STALE_MS) Object.assign(progress, { state: 'failed', stale: true });
  return progress;
}
