import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { findRecipientForBalances, journalBalances } from '@/lib/journals/balances';

export const GET = handle(endpoints.getBalances, async ({ actor, query, db }) => {
  const recipientId = await findRecipientForBalances(db, actor!, query.recipientIin);
  const { recipientId: _id, ...balances } = await journalBalances(db, recipientId, query.service, query.date);
  return { recipientIin: query.recipientIin, ...balances };
});
