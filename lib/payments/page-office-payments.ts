import 'server-only';
import { asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acts, paymentRegistries, paymentRegistryActs, providers, recipients } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { getBudgetSummary } from '@/lib/ledger/budget-summary';
import type { BudgetSummary } from '@/lib/ledger/schemas';
import { formatTenge, money } from '@/lib/money';
import { unpaidApprovedActs } from './form-registry';

/**
 * Page data for the office's payments screen: the year's budget from the ledger, the approved
 * acts no registry holds yet, and the office's registries with their acts. Everything is scoped
 * to the actor's own office.
 */

function officeOf(actor: Actor): string {
  if (!actor.officeId) throw new AppError('forbidden');
  return actor.officeId;
}

/**
 * The office's budget for a year (allocated, spent by approvals, paid, left), as
 * lib/ledger/budget-summary.ts sums it up; null when nothing was ever allocated or spent that year.
 */
export async function officeBudgetOfYear(db: Db, actor: Actor, year: number): Promise<BudgetSummary | null> {
  const { exists, ...summary } = await getBudgetSummary(db, actor, officeOf(actor), year);
  return exists ? summary : null;
}

const SHOWN_UNPAID = 200;

/** The office's approved acts that no registry holds yet, oldest approval first, with how many and how much in all. */
export async function officeUnpaidActs(db: Db, actor: Actor) {
  assertPermission(actor, 'payments.manage');
  const officeId = officeOf(actor);
  const [items, [totals]] = await Promise.all([
    db
      .select({ id: acts.id, number: acts.number, period: acts.period, service: acts.service, reimbursed: acts.reimbursed, approvedAt: acts.statusChangedAt, providerName: providers.name, recipientName: recipients.fullName })
      .from(acts)
      .innerJoin(providers, eq(providers.id, acts.providerId))
      .innerJoin(recipients, eq(recipients.id, acts.recipientId))
      .where(unpaidApprovedActs(officeId))
      .orderBy(asc(acts.statusChangedAt), asc(acts.id))
      .limit(SHOWN_UNPAID),
    db.select({ count: count(), total: sql<string | null>`sum(${acts.reimbursed})::text` }).from(acts).where(unpaidApprovedActs(officeId)),
  ]);
  return { items, count: totals?.count ?? 0, total: formatTenge(money(totals?.total ?? '0')), shownAll: (totals?.count ?? 0) <= items.length };
}

/** The office's registries, newest first, each with its acts (number, provider, amount and where the act stands now). */
export async function officeRegistries(db: Db, actor: Actor, limit = 50) {
  assertPermission(actor, 'payments.manage');
  const officeId = officeOf(actor);
  const registries = await db
    .select({ id: paymentRegistries.id, number: paymentRegistries.number, status: paymentRegistries.status, total: paymentRegistries.total, actCount: paymentRegistries.actCount, formedAt: paymentRegistries.formedAt, paidAt: paymentRegistries.paidAt })
    .from(paymentRegistries)
    .where(eq(paymentRegistries.officeId, officeId))
    .orderBy(desc(paymentRegistries.formedAt), desc(paymentRegistries.number))
    .limit(limit);
  const held = registries.length
    ? await db
        .select({ registryId: paymentRegistryActs.registryId, actId: acts.id, number: acts.number, status: acts.status, amount: paymentRegistryActs.amount, providerName: providers.name })
        .from(paymentRegistryActs)
        .innerJoin(acts, eq(acts.id, paymentRegistryActs.actId))
        .innerJoin(providers, eq(providers.id, paymentRegistryActs.providerId))
        .where(inArray(paymentRegistryActs.registryId, registries.map((r) => r.id)))
        .orderBy(asc(providers.name), asc(acts.number))
    : [];
  return registries.map((r) => ({ ...r, acts: held.filter((a) => a.registryId === r.id) }));
}
