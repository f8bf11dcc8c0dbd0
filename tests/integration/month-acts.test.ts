import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { openDatabase, type Db } from '@/db/client';
import { actLines, acts, auditLog, auditQueue, documents, orders as ordersTable, recipients, users } from '@/db/schema';
import { formAct } from '@/lib/acts/form-act';
import { formMonthActs } from '@/lib/acts/form-month-acts';
import { getMonthActsProgress, runMonthActsJob, startMonthActs, type MonthActsJob } from '@/lib/acts/month-act-batches';
import { POST as startBatchRoute } from '@/app/api/v1/acts/batches/route';
import { GET as batchStatusRoute } from '@/app/api/v1/acts/batches/[id]/route';
import { jobDefinitions } from '@/lib/jobs/definitions';
import { startJobQueue, stopJobQueue } from '@/lib/jobs/queue';
import type { Actor } from '@/lib/auth/actor';
import { verifyAuditChain, writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { disputeJournalEntry } from '@/lib/journals/disputes';
import { recordJournalEntry } from '@/lib/journals/record-entry';
import { journalEntryInputSchema } from '@/lib/journals/schemas';
import { seededTestDatabase } from '../support/database';
import { insertNovemberAssistantSums, journalFixtures } from '../support/journal-orders';
import { demoActors } from '../support/actors';
import { failure } from '../support/refusal';
import { callRouteJson, type RouteHandler } from '../support/api-call';

/**
 * The month-end batch (issue 8): a provider's service acts of a month formed in chunks by the
 * rules of formAct, refused orders skipped with their rule, idempotent, and safe beside formAct.
 */
let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const inNovember = new Date('2026-11-28T10:00:00Z');
const onFirstDecember = new Date('2026-12-01T06:00:00Z');
let entrepreneur: Actor;
let medtech: Actor;
let assistantWorker: Actor;
let signWorker: Actor;
let client: Actor;

beforeAll(async () => {
  database = await seededTestDatabase(inNovember, { pki: true });
  ({ entrepreneur, medtech, assistantWorker, signWorker, client } = await demoActors(db(), database.accounts));
  await insertNovemberAssistantSums(db(), inNovember);
}, 180_000);
afterAll(async () => {
  await stopJobQueue();
  await database?.close();
});

const { runningOrder, recipientActor } = journalFixtures(db, () => client, inNovember, '940404');
const entry = (orderId: string, date: string, extra: Record<string, unknown>) => journalEntryInputSchema.parse({ orderId, date, ...extra });

/** An assistant order with two workers' entries across the sum's change, or a sign-language order online. */
async function renderedOrder(code: 'SRV-ASSISTANT' | 'SRV-SIGN-LANGUAGE' = 'SRV-ASSISTANT') {
  const { order, person } = await runningOrder(code, entrepreneur.providerId!);
  const worker = code === 'SRV-ASSISTANT' ? assistantWorker : signWorker;
  const extra = code === 'SRV-ASSISTANT' ? { places: 'ЦОН' } : { mode: 'online' };
  const first = await recordJournalEntry(db(), worker, entry(order.id, '2026-11-05', { start: '10:00', end: '12:15', ...extra }), inNovember);
  await recordJournalEntry(db(), entrepreneur, entry(order.id, '2026-11-05', { start: '08:00', end: '09:00', ...extra }), inNovember);
  await recordJournalEntry(db(), worker, entry(order.id, '2026-11-18', { minutes: 95, ...extra }), inNovember);
  return { order, person, first };
}

/**
 * What an act says, without what makes it this act rather than another of the same content (ids,
 * the document's subject), read through `handle` (a transaction that formed it sees its audit
 * entries still queued: they are chained at COMMIT).
 */
async function formedContent(handle: Db, actId: string) {
  const [act] = await handle.select().from(acts).where(eq(acts.id, actId));
  const lines = await handle.select().from(actLines).where(eq(actLines.actId, actId)).orderBy(actLines.lineNo);
  const [document] = await handle.select().from(documents).where(eq(documents.id, act!.documentId!));
  const canonical = JSON.parse(new TextDecoder().decode(document!.canonical)) as { subject: { id: string } };
  expect(canonical.subject.id).toBe(actId);
  const { id: _id, documentId: _doc, ...actFields } = act!;
  const entities = [actId, document!.id];
  const logged = await handle.select({ action: auditLog.action, data: auditLog.data }).from(auditLog).where(inArray(auditLog.entityId, entities)).orderBy(auditLog.seq);
  const queued = await handle.select({ action: auditQueue.action, data: auditQueue.data }).from(auditQueue).where(inArray(auditQueue.entityId, entities)).orderBy(auditQueue.id);
  return {
    act: actFields,
    lines: lines.map(({ actId: _a, ...line }) => line),
    document: { ...canonical, subject: { ...canonical.subject, id: 'the act' }, status: document!.status, version: document!.version, signers: document!.requiredSigners },
    audit: [...logged, ...queued].map(({ action, data }) => ({ action, data: { ...data, documentId: undefined, subjectId: undefined, sha256: undefined } })),
  };
}

describe('the month-end batch', () => {
  it('forms the same acts as formAct: lines, totals, document content and signers, audit', async () => {
    const orders = [await renderedOrder(), await renderedOrder('SRV-SIGN-LANGUAGE'), await renderedOrder()];
    await db().update(recipients).set({ lifeStatus: 'deceased', lifeStatusOn: '2026-11-25' }).where(eq(recipients.id, orders[2]!.person.id));
    // formAct's acts, taken and rolled back (the nested transaction is a savepoint), then the batch's.
    const byFormAct = new Map<string, Awaited<ReturnType<typeof formedContent>>>();
    await db()
      .transaction(async (tx) => {
        for (const { order } of orders) byFormAct.set(order.id, await formedContent(tx, (await formAct(tx, entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember)).act.id));
        tx.rollback();
      })
      .catch(() => undefined);
    expect(byFormAct.size).toBe(3);
    expect(await db().$count(acts, inArray(acts.orderId, orders.map((o) => o.order.id)))).toBe(0);

    const report = await formMonthActs(db(), entrepreneur, { period: '2026-11' }, onFirstDecember, { chunkSize: 2 });
    for (const { order } of orders) {
      const [act] = await db().select({ id: acts.id }).from(acts).where(eq(acts.orderId, order.id));
      const batch = await formedContent(db(), act!.id);
      expect(batch).toEqual(byFormAct.get(order.id));
      expect(report.skipped.map((s) => s.orderId)).not.toContain(order.id);
    }
    const deceased = byFormAct.get(orders[2]!.order.id)!;
    expect(deceased.document.signers.map((s) => s.userId)).toEqual([entrepreneur.userId, assistantWorker.userId]);
    expect(byFormAct.get(orders[0]!.order.id)!.lines).toHaveLength(2);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it('skips an order with an open dispute and one with an empty month, naming the rule, and forms the others', async () => {
    const disputed = await renderedOrder();
    const formed = await renderedOrder();
    const empty = await runningOrder('SRV-SIGN-LANGUAGE', entrepreneur.providerId!, formed.person);
    await disputeJournalEntry(db(), await recipientActor(disputed.person), disputed.first.id, 'Помощник ушёл раньше', inNovember);
    const report = await formMonthActs(db(), entrepreneur, { period: '2026-11' }, onFirstDecember);
    expect(report.skipped.find((s) => s.orderId === disputed.order.id)).toMatchObject({ rule: 'disputed_entries', values: { dates: '2026-11-05' }, orderNumber: disputed.order.number });
    expect(report.skipped.find((s) => s.orderId === empty.order.id)).toMatchObject({ rule: 'nothing_rendered', values: { period: '2026-11' } });
    expect(await db().$count(acts, inArray(acts.orderId, [disputed.order.id, empty.order.id]))).toBe(0);
    expect(await db().$count(acts, eq(acts.orderId, formed.order.id))).toBe(1);
    // A month not over yet refuses every order the same way formAct does.
    const early = await formMonthActs(db(), entrepreneur, { period: '2026-12' }, onFirstDecember);
    expect(early.formed).toBe(0);
    expect(new Set(early.skipped.map((s) => s.rule))).toEqual(new Set(['period_not_over']));
  });

  it('forms nothing new the second time: every act of the month already lives', async () => {
    const { order } = await renderedOrder();
    await formMonthActs(db(), entrepreneur, { period: '2026-11' }, onFirstDecember);
    const [act] = await db().select().from(acts).where(eq(acts.orderId, order.id));
    const before = await db().$count(acts);
    const again = await formMonthActs(db(), entrepreneur, { period: '2026-11' }, onFirstDecember);
    expect(again.formed).toBe(0);
    expect(again.skipped.find((s) => s.orderId === order.id)).toMatchObject({ rule: 'already_formed', values: { number: act!.number } });
    expect(await db().$count(acts)).toBe(before);
    // A returned act makes way for its next version, as with formAct.
    await db().update(acts).set({ status: 'returned' }).where(eq(acts.id, act!.id));
    const third = await formMonthActs(db(), entrepreneur, { period: '2026-11' }, onFirstDecember);
    expect(third.formed).toBe(1);
    const [v2] = await db().select().from(acts).where(and(eq(acts.orderId, order.id), eq(acts.version, 2)));
    expect(v2).toMatchObject({ previousActId: act!.id, number: `${order.number}/2026-11/v2` });
  });

  /**
   * The race needs two connections. On PostgreSQL (TEST_DATABASE_URL; .ci/run runs the whole
   * integration suite again there, "database suites on PostgreSQL") the batch runs on a second
   * connection while formAct runs on the first, and the order's lock decides. PGlite has one
   * connection, so there the two run one after the other: the test then only shows that whichever
   * comes second finds the first's act and names it.
   */
  it('yields one act when formAct and the batch form the same order at once', async () => {
    const { order } = await renderedOrder();
    const extra = await secondConnection();
    // On the server the two always get a connection each, so the race there is real.
    expect(extra !== null).toBe(database.kind === 'postgres');
    const results = await Promise.allSettled([
      formMonthActs(extra?.db ?? db(), entrepreneur, { period: '2026-11' }, onFirstDecember),
      formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember),
    ]);
    await extra?.close();
    expect(await db().$count(acts, eq(acts.orderId, order.id))).toBe(1);
    const [batch, single] = results;
    expect(batch.status).toBe('fulfilled');
    const report = (batch as PromiseFulfilledResult<Awaited<ReturnType<typeof formMonthActs>>>).value;
    // The one act was formed once (one audit entry), and the side that came second names it.
    const [act] = await db().select({ id: acts.id, number: acts.number }).from(acts).where(eq(acts.orderId, order.id));
    expect(await db().$count(auditLog, and(eq(auditLog.action, 'act.form'), eq(auditLog.entityId, act!.id)))).toBe(1);
    if (single.status === 'fulfilled') {
      expect(single.value.act.id).toBe(act!.id);
      expect(report.skipped.find((s) => s.orderId === order.id)).toMatchObject({ rule: 'already_formed', values: { number: act!.number } });
    } else {
      expect(await failure(Promise.reject(single.reason))).toMatchObject({ code: 'conflict', detail: 'errors.act.already_formed', values: { number: act!.number } });
      expect(report.skipped.map((s) => s.orderId)).not.toContain(order.id);
    }
  });

  it("is the provider administrator's alone, and touches only that provider's orders", async () => {
    const { order } = await renderedOrder();
    expect((await failure(formMonthActs(db(), assistantWorker, { period: '2026-11' }, onFirstDecember))).code).toBe('forbidden');
    const other = await formMonthActs(db(), medtech, { period: '2026-11' }, onFirstDecember);
    expect(other.skipped.map((s) => s.orderId)).not.toContain(order.id);
    expect(await db().$count(acts, eq(acts.orderId, order.id))).toBe(0);
  });
});

describe('"form all acts of the month" as a job', () => {
  it('records the request, each chunk and the end in the audit log; the progress counts formed and skipped orders with their rule', async () => {
    const disputed = await renderedOrder();
    const formed = await renderedOrder();
    await disputeJournalEntry(db(), await recipientActor(disputed.person), disputed.first.id, 'Не было', inNovember);
    const before = await db().$count(acts);
    const sent: MonthActsJob[] = [];
    const job = await startMonthActs(db(), entrepreneur, { period: '2026-11' }, async (j) => void sent.push(j), now());
    expect(sent).toEqual([job]);
    expect(await getMonthActsProgress(db(), entrepreneur, now())).toMatchObject({ batchId: job.batchId, state: 'queued', period: '2026-11', formed: 0 });
    await runMonthActsJob(db(), job, () => onFirstDecember);
    const progress = (await getMonthActsProgress(db(), entrepreneur, now()))!;
    expect(progress).toMatchObject({ batchId: job.batchId, state: 'done' });
    expect(progress.judged).toBe(progress.orders);
    expect(progress.formed).toBe((await db().$count(acts)) - before);
    expect(progress.formed).toBeGreaterThan(0);
    expect(progress.skipped.find((s) => s.orderId === disputed.order.id)).toMatchObject({ rule: 'disputed_entries', orderNumber: disputed.order.number });
    expect(progress.skipped.map((s) => s.orderId)).not.toContain(formed.order.id);
    expect(await db().$count(acts, eq(acts.orderId, formed.order.id))).toBe(1);
    // Another provider sees none of it; a job that could not be sent is recorded as failed.
    expect((await getMonthActsProgress(db(), medtech, now()))?.batchId).not.toBe(job.batchId);
    await expect(startMonthActs(db(), entrepreneur, { period: '2026-11' }, async () => Promise.reject(new Error('queue off')), now())).rejects.toThrow('queue off');
    expect(await getMonthActsProgress(db(), entrepreneur, now())).toMatchObject({ state: 'failed' });
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it('refuses a second batch of the provider while one is queued or running, also two asked at once, until it has written nothing for 15 minutes', async () => {
    const later = (minutes: number) => new Date(now().getTime() + minutes * 60_000);
    const sent: MonthActsJob[] = [];
    const send = async (j: MonthActsJob) => void sent.push(j);
    // Two requests at once (on PostgreSQL from two connections): one is queued, the other refused naming its month.
    const extra = await secondConnection();
    const both = await Promise.allSettled([
      startMonthActs(db(), entrepreneur, { period: '2026-11' }, send, now()),
      startMonthActs(extra?.db ?? db(), entrepreneur, { period: '2026-10' }, send, now()),
    ]);
    await extra?.close();
    const queued = both.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(queued).toHaveLength(1);
    const job = queued[0]!;
    const refusedAtOnce = both.find((r) => r.status === 'rejected')!;
    expect(await failure(Promise.reject(refusedAtOnce.reason))).toMatchObject({ code: 'conflict', detail: 'errors.conflict.month_acts_running', values: { month: job.period } });
    expect(sent).toEqual([job]);
    const entriesOf = (batchId: string) => db().$count(auditLog, and(eq(auditLog.entityType, 'act_batch'), sql`${auditLog.data}->>'batchId' = ${batchId}`));
    const entries = await db().$count(auditLog, eq(auditLog.entityType, 'act_batch'));

    // Still queued 14 minutes on: refused, by the API too (409 problem+json); nothing recorded, nothing sent.
    expect(await getMonthActsProgress(db(), entrepreneur, later(14))).toMatchObject({ batchId: job.batchId, state: 'queued', stale: false });
    expect((await failure(startMonthActs(db(), entrepreneur, { period: '2026-11' }, send, later(14)))).code).toBe('conflict');
    const api = await call(startBatchRoute, '/api/v1/acts/batches', entrepreneur, { method: 'POST', body: JSON.stringify({ period: '2026-11' }) });
    expect(api).toMatchObject({ status: 409, type: expect.stringContaining('application/problem+json'), body: { code: 'conflict' } });
    expect(await db().$count(auditLog, eq(auditLog.entityType, 'act_batch'))).toBe(entries);
    expect(sent).toEqual([job]);

    // The job starts and then dies without a word (the instance crashed): running, refused, until 15 minutes of silence.
    await db().transaction((tx) =>
      writeAudit(tx, { actor: { userId: entrepreneur.userId, role: entrepreneur.role }, action: 'act_batch.started', entityType: 'act_batch', entityId: job.providerId, data: { batchId: job.batchId, period: job.period, run: randomUUID(), orders: 3 } }),
    );
    expect(await getMonthActsProgress(db(), entrepreneur, later(14))).toMatchObject({ state: 'running', stale: false, orders: 3 });
    expect((await failure(startMonthActs(db(), entrepreneur, { period: '2026-11' }, send, later(14)))).code).toBe('conflict');
    expect(await getMonthActsProgress(db(), entrepreneur, later(16))).toMatchObject({ batchId: job.batchId, state: 'failed', stale: true });
    const again = await startMonthActs(db(), entrepreneur, { period: '2026-11' }, send, later(16));
    expect(sent).toEqual([job, again]);

    // Should the queue retry the dead batch's job now, it leaves the new batch alone and writes nothing; the new one runs to its end.
    const deadEntries = await entriesOf(job.batchId);
    await runMonthActsJob(db(), job, () => onFirstDecember);
    expect(await entriesOf(job.batchId)).toBe(deadEntries);
    await runMonthActsJob(db(), again, () => onFirstDecember);
    expect(await getMonthActsProgress(db(), entrepreneur, now())).toMatchObject({ batchId: again.batchId, state: 'done', stale: false });
  });

  it('counts one run when the queue starts a copy of the job while it runs: the copy that lost the batch adds nothing and does not end it', async () => {
    const mine = [await renderedOrder(), await renderedOrder('SRV-SIGN-LANGUAGE')].map((o) => o.order.id);
    const job = await startMonthActs(db(), entrepreneur, { period: '2026-11' }, async () => undefined, now());
    // Two copies of the same job at once, on PostgreSQL each on its own connection.
    const extra = await secondConnection();
    await Promise.all([runMonthActsJob(db(), job, () => onFirstDecember), runMonthActsJob(extra?.db ?? db(), job, () => onFirstDecember)]);
    await extra?.close();
    const progress = (await getMonthActsProgress(db(), entrepreneur, now()))!;
    expect(progress).toMatchObject({ batchId: job.batchId, state: 'done', stale: false });
    expect(progress.judged).toBe(progress.orders);
    expect(progress.formed + progress.skipped.length).toBe(progress.orders);
    expect(new Set(progress.skipped.map((s) => s.orderId)).size).toBe(progress.skipped.length);
    expect(await db().$count(acts, and(inArray(acts.orderId, mine), eq(acts.period, '2026-11')))).toBe(2);
  });

  it("answers 503 problem+json in the caller's language when the job queue is off, and records the batch as failed", async () => {
    await stopJobQueue();
    const refused = await call(startBatchRoute, '/api/v1/acts/batches', entrepreneur, { method: 'POST', body: JSON.stringify({ period: '2026-11' }) });
    expect(refused).toMatchObject({ status: 503, type: expect.stringContaining('application/problem+json'), body: { code: 'unavailable', status: 503, title: 'Временно недоступно' } });
    expect(refused.body.detail).toBe('Фоновые задачи сейчас не работают, поэтому ничего не запущено. Попробуйте через минуту.');
    expect(await getMonthActsProgress(db(), entrepreneur, now())).toMatchObject({ state: 'failed', stale: false });
  });

  it('starts by POST /api/v1/acts/batches (202 and the status URL), runs on the job queue, and answers problems as problem+json', async () => {
    // October is over by any clock the suite runs on: the demo's Касымов has assistant and sign-language hours in it.
    const { order } = await renderedOrder();
    await db().update(ordersTable).set({ periodFrom: '2026-10-01', decidedAt: new Date('2026-09-30T05:00:00Z') }).where(eq(ordersTable.id, order.id));
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-10-14', { minutes: 120 }), inNovember);
    await startJobQueue(database.connection, jobDefinitions.filter((d) => d.name === 'acts-month-batch'));
    const started = await call(startBatchRoute, '/api/v1/acts/batches', entrepreneur, { method: 'POST', body: JSON.stringify({ period: '2026-10' }) });
    expect(started.status).toBe(202);
    const statusUrl = started.body.statusUrl as string;
    expect(started.location).toBe(`http://qamqor.test${statusUrl}`);
    const status = async () => call(batchStatusRoute, statusUrl, entrepreneur, {}, { id: started.body.batchId as string });
    await until(async () => (await status()).body.state === 'done');
    const done = await status();
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ period: '2026-10', state: 'done' });
    expect(done.body.formed).toBeGreaterThanOrEqual(3);
    expect(await db().$count(acts, and(eq(acts.orderId, order.id), eq(acts.period, '2026-10')))).toBe(1);

    const bad = await call(startBatchRoute, '/api/v1/acts/batches', entrepreneur, { method: 'POST', body: JSON.stringify({ period: '2026-13' }) });
    expect(bad).toMatchObject({ status: 422, type: expect.stringContaining('application/problem+json') });
    const worker = await call(startBatchRoute, '/api/v1/acts/batches', assistantWorker, { method: 'POST', body: JSON.stringify({ period: '2026-10' }) });
    expect(worker).toMatchObject({ status: 403, type: expect.stringContaining('application/problem+json') });
    const foreign = await call(batchStatusRoute, statusUrl, medtech, {}, { id: started.body.batchId as string });
    expect(foreign).toMatchObject({ status: 404, type: expect.stringContaining('application/problem+json') });
  }, 90_000);
});

/**
 * On PostgreSQL, a second connection to the test database, already connected so that a race
 * started on it begins at once (a fresh one would lose a few milliseconds connecting and let the
 * other side finish first); null on PGlite, which has one connection.
 */
async function secondConnection() {
  if (!database.url) return null;
  const extra = openDatabase({ url: database.url });
  await extra.db.select({ id: users.id }).from(users).limit(1);
  return extra;
}

/** Calls a route handler as the actor would, with a fresh bearer token, in Russian. */
function call(handler: RouteHandler, url: string, actor: Actor, init: RequestInit = {}, params: Record<string, string> = {}) {
  return callRouteJson(db(), handler, url, actor, { ...init, params });
}

/** Waits for the job queue to have done something (it polls every two seconds). */
async function until(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}
