import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { ledgerAccounts, ledgerEntries, ledgerTransactions } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { accountName } from './accounts';

export type LedgerOwner = { providerId: string } | { officeId: string };

const ownedBy = (owner: LedgerOwner) => ('providerId' in owner ? eq(ledgerAccounts.providerId, owner.providerId) : eq(ledgerAccounts.officeId, owner.officeId));

/** An office's budget accounts (one per year) or a provider's payable and paid, with their balances. */
export async function ledgerBalances(db: Db, owner: LedgerOwner): Promise<{ account: string; balance: string }[]> {
  const rows = await db.select().from(ledgerAccounts).where(ownedBy(owner)).orderBy(asc(ledgerAccounts.kind), asc(ledgerAccounts.year));
  return rows.map((row) => ({ account: accountName(row), balance: row.balance }));
}

/** What moved in each of the owner's accounts per service month: the balances per period. */
export async function ledgerMovementsByPeriod(db: Db, owner: LedgerOwner): Promise<{ account: string; period: string; amount: string }[]> {
  const rows = await db
    .select({ kind: ledgerAccounts.kind, year: ledgerAccounts.year, period: ledgerTransactions.period, amount: sql<string>`sum(${ledgerEntries.amount})::text` })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .where(and(ownedBy(owner)))
    .groupBy(ledgerAccounts.kind, ledgerAccounts.year, ledgerTransactions.period)
    .orderBy(asc(ledgerTransactions.period), asc(ledgerAccounts.kind));
  return rows.map((row) => ({ account: accountName(row), period: row.period, amount: row.amount }));
}

/**
 * Whose balances an actor may read: a provider's own administrator, the office's own officers,
 * administrators any. Anyone else learns nothing ("not found").
 */
export function assertMayReadLedger(actor: Actor, owner: LedgerOwner): void {
  assertPermission(actor, 'ledger.read');
  if (actor.role === 'administrator') return;
  const own = 'providerId' in owner ? actor.role === 'provider_admin' && actor.providerId === owner.providerId : actor.role === 'office_officer' && actor.officeId === owner.officeId;
  if (!own) throw new AppError('not_found');
}
