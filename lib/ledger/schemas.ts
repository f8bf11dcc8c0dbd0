import { z } from 'zod';

/** GET /api/v1/ledger/balances: exactly one owner. */
export const ledgerBalancesQuerySchema = z
  .object({
    provider: z.uuid({ message: 'validation.uuid' }).optional(),
    office: z.uuid({ message: 'validation.uuid' }).optional(),
  })
  .refine((q) => (q.provider === undefined) !== (q.office === undefined), { message: 'validation.ledger.one_owner', path: ['provider'] });

export const ledgerBalancesResponseSchema = z.object({
  accounts: z.array(z.object({ account: z.string(), balance: z.string() })),
});
