import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { assertMayReadLedger, ledgerBalances, type LedgerOwner } from '@/lib/ledger/balances';

export const GET = handle(endpoints.getLedgerBalances, async ({ actor, query, db }) => {
  const owner: LedgerOwner = query.provider ? { providerId: query.provider } : { officeId: query.office! };
  assertMayReadLedger(actor, owner);
  return { accounts: await ledgerBalances(db, owner) };
});
