import { sql } from 'drizzle-orm';
import { bigint, char, check, index, integer, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { employmentOffices, providers } from './organisations';
import { users } from './users';

/**
 * The double-entry ledger of reimbursements (DESIGN §3, R1–R4). Money flows
 * state funding → office budget (a year's allocation) → provider payable (an approved act) →
 * provider paid (a payment registry marked paid). An entry's amount is signed: the entries of a
 * transaction sum to zero. Each account keeps its balance, raised by a trigger with every entry,
 * so an office budget can never go below zero, even with two officers approving at once.
 */
export const ledgerAccountKinds = ['state_funding', 'office_budget', 'provider_payable', 'provider_paid'] as const;
export type LedgerAccountKind = (typeof ledgerAccountKinds)[number];

export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ledgerAccountKinds }).notNull(),
    officeId: uuid('office_id').references(() => employmentOffices.id),
    providerId: uuid('provider_id').references(() => providers.id),
    /** The budget year of an office budget; 0 for accounts that span years (a unique key needs a value). */
    year: integer('year').notNull().default(0),
    balance: numeric('balance', { precision: 16, scale: 2 }).notNull().default('0'),
  },
  (t) => [
    unique('ledger_accounts_owner').on(t.kind, t.officeId, t.providerId, t.year).nullsNotDistinct(),
    check(
      'ledger_accounts_owner_by_kind',
      sql`(${t.kind} = 'state_funding' and ${t.officeId} is null and ${t.providerId} is null and ${t.year} = 0)
       or (${t.kind} = 'office_budget' and ${t.officeId} is not null and ${t.providerId} is null and ${t.year} > 0)
       or (${t.kind} in ('provider_payable', 'provider_paid') and ${t.providerId} is not null and ${t.officeId} is null and ${t.year} = 0)`,
    ),
    // The rule that an office cannot approve beyond its allocation, held by the database.
    check('ledger_accounts_budget_not_overspent', sql`${t.kind} <> 'office_budget' or ${t.balance} >= 0`),
  ],
);

export const ledgerTransactionKinds = ['allocation', 'approval', 'payment', 'reversal'] as const;
export type LedgerTransactionKind = (typeof ledgerTransactionKinds)[number];

export const ledgerTransactions = pgTable(
  'ledger_transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ledgerTransactionKinds }).notNull(),
    /** What the transaction posts: an act, a payment registry, a budget allocation, a reversed transaction. */
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    /** The service month it belongs to (YYYY-MM), for balances per period. */
    period: char('period', { length: 7 }).notNull(),
    reversesTransactionId: uuid('reverses_transaction_id'),
    memo: text('memo'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // R3: a source is posted once per kind, whatever the code does (two approvers, a retried request).
    unique('ledger_transactions_once_per_source').on(t.kind, t.sourceType, t.sourceId),
    check('ledger_transactions_period', sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('ledger_transactions_reversal', sql`(${t.kind} = 'reversal') = (${t.reversesTransactionId} is not null)`),
  ],
);

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    transactionId: uuid('transaction_id')
      .notNull()
      .references(() => ledgerTransactions.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => ledgerAccounts.id),
    amount: numeric('amount', { precision: 16, scale: 2 }).notNull(),
  },
  (t) => [
    index('ledger_entries_transaction_idx').on(t.transactionId),
    index('ledger_entries_account_idx').on(t.accountId),
    check('ledger_entries_nonzero', sql`${t.amount} <> 0`),
  ],
);

export type LedgerAccountRow = typeof ledgerAccounts.$inferSelect;
export type LedgerTransactionRow = typeof ledgerTransactions.$inferSelect;
