import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { ledgerAccounts, type LedgerAccountRow } from '@/db/schema';

/** Names an account by what it is for; the row is made on first use. */
export type AccountRef =
  | { kind: 'state_funding' }
  | { kind: 'office_budget'; officeId: string; year: number }
  | { kind: 'provider_payable' | 'provider_paid'; providerId: string };

function ownerOf(ref: AccountRef) {
  return {
    kind: ref.kind,
    officeId: ref.kind === 'office_budget' ? ref.officeId : null,
    providerId: ref.kind === 'provider_payable' || ref.kind === 'provider_paid' ? ref.providerId : null,
    year: ref.kind === 'office_budget' ? ref.year : 0,
  };
}

function matching(ref: AccountRef) {
  const owner = ownerOf(ref);
  return and(
    eq(ledgerAccounts.kind, owner.kind),
    owner.officeId === null ? isNull(ledgerAccounts.officeId) : eq(ledgerAccounts.officeId, owner.officeId),
    owner.providerId === null ? isNull(ledgerAccounts.providerId) : eq(ledgerAccounts.providerId, owner.providerId),
    eq(ledgerAccounts.year, owner.year),
  );
}

/** The reference of a stored account (to post to it again, as a reversal does). */
export function accountRefOf(row: Pick<LedgerAccountRow, 'kind' | 'officeId' | 'providerId' | 'year'>): AccountRef {
  if (row.kind === 'state_funding') return { kind: 'state_funding' };
  if (row.kind === 'office_budget') return { kind: 'office_budget', officeId: row.officeId!, year: row.year };
  return { kind: row.kind, providerId: row.providerId! };
}

/** The account, made if it does not exist yet (two first uses at once: one insert wins, both read it). */
export async function ledgerAccount(tx: Tx, ref: AccountRef, options: { forUpdate?: boolean } = {}): Promise<LedgerAccountRow> {
  await tx.insert(ledgerAccounts).values(ownerOf(ref)).onConflictDoNothing();
  const query = tx.select().from(ledgerAccounts).where(matching(ref));
  const [account] = options.forUpdate ? await query.for('update') : await query;
  if (!account) throw new Error(`ledger account ${JSON.stringify(ref)} was not made`);
  return account;
}

/** What the REST API and screens call an account. */
export const accountName = (row: Pick<LedgerAccountRow, 'kind' | 'year'>) => (row.kind === 'office_budget' ? `office_budget:${row.year}` : row.kind);
