import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { actLines, acts, catalogItems, classifierEntries, guaranteedSums, journalEntries, orders, providers, recipients, users } from '@/db/schema';
import { writeAudits, type AuditEntry } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { addDays, addMonths, type LocalDate } from '@/lib/calendar/local-date';
import { createFirstDocumentVersions } from '@/lib/documents/create-document';
import { AppError } from '@/lib/errors';
import { journalServiceOf } from '@/lib/journals/entry-checks';
import { ordersVisibleTo } from '@/lib/orders/access';
import { orderPartiesColumns, orderPartiesOf } from '@/lib/orders/order-parties';
import { ACT_DOCUMENT_KIND, actContent } from './act-content';
import { actFormedAudit } from './act-audit';
import type { GuaranteedSumInForce } from './lines';
import { actSignerIds, actSignerList, disputedEntriesRefusal, draftServiceAct, isRefusal, nextActVersion, serviceActPeriod, type ActJournalEntry, type ActRuleRefusal, type ServiceActDraft } from './service-act';

/** Orders per transaction: their rows stay locked (journal writers wait) for about a second. */
export const MONTH_ACTS_CHUNK = 200;

/** Why the batch formed no act for an order: a rule of formAct (errors.act.<rule>), or an act of the month already lives. */
export interface SkippedOrder {
  orderId: string;
  orderNumber: string;
  rule: ActRuleRefusal['rule'] | 'not_a_service' | 'already_formed';
  values: Record<string, string | number>;
}

export interface MonthActsChunk {
  /** Orders judged in this chunk (formed or skipped). */
  judged: number;
  formed: { orderId: string; actId: string; number: string }[];
  skipped: SkippedOrder[];
}

/** Who may run the month-end batch: a provider administrator with a signing IIN (the head signs every act first). */
export function monthActsProvider(actor: Actor): string {
  assertPermission(actor, 'acts.form');
  if (actor.role !== 'provider_admin' || !actor.providerId || !actor.iin) throw new AppError('forbidden');
  return actor.providerId;
}

function monthBounds(month: string): { first: LocalDate; last: LocalDate } {
  const first: LocalDate = `${month}-01`;
  return { first, last: addDays(addMonths(first, 1), -1) };
}

/**
 * The provider's service orders that may bill the month: assistant or sign-language, running or
 * closed, their service period touching the month. Everything else formAct refuses for a reason
 * no batch could change (not a service, never ran, outside the order); these are judged one by
 * one with formAct's rules, by id (the order the chunks lock them in).
 */
export async function listMonthActOrders(db: Db, actor: Actor, month: string): Promise<string[]> {
  const providerId = monthActsProvider(actor);
  const { first, last } = monthBounds(month);
  const rows = await db
    .select({ id: orders.id })
    .from(orders)
    .where(
      and(
        eq(orders.providerId, providerId),
        ordersVisibleTo(actor),
        inArray(orders.category, ['assistant', 'sign_language']),
        inArray(orders.status, ['in_fulfilment', 'closed']),
        or(isNull(orders.periodFrom), lte(orders.periodFrom, last)),
        or(isNull(orders.periodTo), gte(orders.periodTo, first)),
      ),
    )
    .orderBy(asc(orders.id));
  return rows.map((r) => r.id);
}

/**
 * Forms the acts of services rendered of one chunk of a provider's orders for a month, in one
 * transaction, as formAct would form each (lib/acts/service-act.ts holds the rules both use):
 * the chunk's orders are locked FOR UPDATE in one statement (in id order, so two batches never
 * deadlock; a formAct of one of them waits, or is waited for, and then finds the act), their
 * acts of the month, entries with their workers and disputes, guaranteed sums and signers' IINs
 * read in one statement each, and the acts, lines, documents and audit entries written in one
 * multi-row INSERT each. An order a rule refuses is skipped with that rule, not fatal.
 * `progress`, when given, is written as one more audit entry of the same transaction.
 */
export async function formMonthActsChunk(
  db: Db,
  actor: Actor,
  month: string,
  orderIds: readonly string[],
  at: Date,
  progress?: (chunk: MonthActsChunk) => AuditEntry,
): Promise<MonthActsChunk> {
  const providerId = monthActsProvider(actor);
  const head = { userId: actor.userId, iin: actor.iin!, ...(actor.bin ? { bin: actor.bin } : {}) };
  const { first, last } = monthBounds(month);
  return db.transaction(async (tx) => {
    const locked = await tx
      .select({ order: orders, lifeStatus: recipients.lifeStatus, parties: orderPartiesColumns })
      .from(orders)
      .innerJoin(recipients, eq(recipients.id, orders.recipientId))
      .innerJoin(providers, eq(providers.id, orders.providerId))
      .innerJoin(catalogItems, eq(catalogItems.id, orders.catalogItemId))
      .innerJoin(classifierEntries, eq(classifierEntries.code, orders.classifierCode))
      .where(and(inArray(orders.id, [...orderIds]), eq(orders.providerId, providerId), ordersVisibleTo(actor)))
      .orderBy(asc(orders.id))
      .for('update', { of: orders });
    const ids = locked.map((l) => l.order.id);
    const chunk: MonthActsChunk = { judged: locked.length, formed: [], skipped: [] };
    if (ids.length === 0) return chunk;

    const [earlier, entries, sums] = await Promise.all([
      tx.select({ id: acts.id, orderId: acts.orderId, version: acts.version, status: acts.status, number: acts.number }).from(acts).where(and(inArray(acts.orderId, ids), eq(acts.period, month))).orderBy(desc(acts.version)),
      chunkEntries(tx, ids, first, last),
      tx
        .select({ classifierCode: guaranteedSums.classifierCode, validFrom: guaranteedSums.validFrom, amount: guaranteedSums.amount })
        .from(guaranteedSums)
        .where(inArray(guaranteedSums.classifierCode, [...new Set(locked.map((l) => l.order.classifierCode))])),
    ]);
    const earlierOf = groupBy(earlier, (a) => a.orderId);
    const entriesOf = groupBy(entries, (e) => e.orderId);
    const sumsOf = groupBy(sums, (s) => s.classifierCode) as Map<string, GuaranteedSumInForce[]>;

    // Judged in formAct's order: a service, running, the month over and in the order, no live act, no open dispute, some hours.
    const drafts: { draft: ServiceActDraft; row: (typeof locked)[number] }[] = [];
    for (const row of locked) {
      const { order } = row;
      const skip = (rule: SkippedOrder['rule'], values: Record<string, string | number>) => chunk.skipped.push({ orderId: order.id, orderNumber: order.number, rule, values });
      const service = journalServiceOf(order);
      if (!service) {
        skip('not_a_service', {});
        continue;
      }
      const period = serviceActPeriod(order, month, at);
      if (isRefusal(period)) {
        skip(period.rule, period.values);
        continue;
      }
      const version = nextActVersion(earlierOf.get(order.id) ?? []);
      if ('live' in version) {
        skip('already_formed', { number: version.live.number });
        continue;
      }
      const inPeriod = (entriesOf.get(order.id) ?? []).filter((e) => e.entry.serviceDate >= period.from && e.entry.serviceDate <= period.to);
      const disputed = disputedEntriesRefusal(inPeriod.filter((e) => e.disputeStatus === 'open').map((e) => e.entry.serviceDate));
      if (disputed) {
        skip(disputed.rule, disputed.values);
        continue;
      }
      const draft = draftServiceAct({ order, service, month, period, ...version, recipientDeceased: row.lifeStatus === 'deceased', entries: inPeriod, sums: sumsOf.get(order.classifierCode) ?? [] });
      if (isRefusal(draft)) {
        skip(draft.rule, draft.values);
        continue;
      }
      drafts.push({ draft, row });
    }

    if (drafts.length > 0) {
      const wanted = [...new Set(drafts.flatMap(({ draft, row }) => actSignerIds(head.userId, row.order.placedByUserId, draft.workerIds, draft.values.recipientDeceased)))];
      const iins = new Map((wanted.length ? await tx.select({ id: users.id, iin: users.iin }).from(users).where(inArray(users.id, wanted)) : []).map((u) => [u.id, u.iin]));
      const signer = { name: actor.name, iin: head.iin, ...(actor.bin ? { bin: actor.bin } : {}) };
      const actIds = drafts.map(() => randomUUID());
      const documents = await createFirstDocumentVersions(
        tx,
        { userId: actor.userId, role: actor.role },
        drafts.map(({ draft, row }, i) => ({
          kind: ACT_DOCUMENT_KIND,
          subjectType: 'act',
          subjectId: actIds[i]!,
          content: actContent(draft.values, row.order.number, orderPartiesOf(row.parties, signer), draft.lines, draft.totals, draft.sheet),
          requiredSigners: actSignerList(head, row.order.placedByUserId, draft.workerIds, draft.values.recipientDeceased, (id) => iins.get(id)),
        })),
      );
      await tx.insert(acts).values(
        drafts.map(({ draft }, i) => ({ id: actIds[i]!, ...draft.values, documentId: documents.created[i]!.id, status: 'draft' as const, formedBy: actor.userId, createdAt: at, statusChangedAt: at })),
      );
      await tx.insert(actLines).values(drafts.flatMap(({ draft }, i) => draft.lines.map((line, n) => ({ actId: actIds[i]!, lineNo: n + 1, ...line }))));
      const audit: AuditEntry[] = [];
      drafts.forEach(({ draft }, i) => {
        const v = draft.values;
        audit.push(documents.audit[i]!, actFormedAudit(actor, actIds[i]!, v, documents.created[i]!.id));
        chunk.formed.push({ orderId: v.orderId, actId: actIds[i]!, number: v.number });
      });
      await writeAudits(tx, progress ? [...audit, progress(chunk)] : audit);
    } else if (progress) {
      await writeAudits(tx, [progress(chunk)]);
    }
    return chunk;
  });
}

/** The month's entries of the chunk's orders, each order's in the sheet's order (day, start, writing), with the worker's name and the dispute. */
function chunkEntries(tx: Tx, orderIds: string[], first: LocalDate, last: LocalDate) {
  return tx
    .select({
      orderId: journalEntries.orderId,
      disputeStatus: journalEntries.disputeStatus,
      entry: {
        serviceDate: journalEntries.serviceDate,
        startMinute: journalEntries.startMinute,
        endMinute: journalEntries.endMinute,
        minutes: journalEntries.minutes,
        places: journalEntries.places,
        mode: journalEntries.mode,
        workerUserId: journalEntries.workerUserId,
      },
      worker: users.fullName,
    })
    .from(journalEntries)
    .innerJoin(users, eq(users.id, journalEntries.workerUserId))
    .where(and(inArray(journalEntries.orderId, orderIds), isNull(journalEntries.deletedAt), gte(journalEntries.serviceDate, first), lte(journalEntries.serviceDate, last)))
    .orderBy(asc(journalEntries.orderId), asc(journalEntries.serviceDate), asc(sql`coalesce(${journalEntries.startMinute}, 0)`), asc(journalEntries.createdAt)) as Promise<(ActJournalEntry & { orderId: string; disputeStatus: string | null })[]>;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export interface MonthActsReport {
  period: string;
  orders: number;
  formed: number;
  skipped: SkippedOrder[];
  /** True when `proceed` said no before a chunk: the rest was left to whoever answers yes. */
  stopped: boolean;
}

/**
 * The month-end batch: forms every act of services rendered of the actor's provider for a month,
 * MONTH_ACTS_CHUNK orders per transaction (formMonthActsChunk). Orders a rule refuses are skipped
 * and reported with the rule; a second run forms nothing new (each order's live act skips it).
 * Idempotent and resumable: a crash loses at most the chunk in flight, which a rerun forms.
 */
export async function formMonthActs(
  db: Db,
  actor: Actor,
  input: { period: string },
  at: Date,
  options: {
    chunkSize?: number;
    onStart?: (orders: number) => Promise<unknown>;
    onChunk?: (chunk: MonthActsChunk, done: number, total: number) => void;
    /** Asked before each chunk: false stops the batch there (without onEnd). */
    proceed?: () => Promise<boolean>;
    /** An audit entry reporting the chunk, written in the chunk's transaction. */
    progress?: (chunk: MonthActsChunk) => AuditEntry;
    onEnd?: (report: MonthActsReport) => Promise<unknown>;
  } = {},
): Promise<MonthActsReport> {
  const ids = await listMonthActOrders(db, actor, input.period);
  await options.onStart?.(ids.length);
  const size = options.chunkSize ?? MONTH_ACTS_CHUNK;
  const report: MonthActsReport = { period: input.period, orders: ids.length, formed: 0, skipped: [], stopped: false };
  for (let i = 0; i < ids.length; i += size) {
    if (options.proceed && !(await options.proceed())) return { ...report, stopped: true };
    const chunk = await formMonthActsChunk(db, actor, input.period, ids.slice(i, i + size), at, options.progress);
    report.formed += chunk.formed.length;
    report.skipped.push(...chunk.skipped);
    options.onChunk?.(chunk, Math.min(i + size, ids.length), ids.length);
  }
  await options.onEnd?.(report);
  return report;
}
