import { bigint, char, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit log (R18). `seq` is assigned under an advisory lock so the
 * chain never forks; triggers in the migration refuse UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    /** Set when a representative acts for a recipient. */
    onBehalfOfRecipientId: uuid('on_behalf_of_recipient_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    prevHash: char('prev_hash', { length: 64 }).notNull(),
    hash: char('hash', { length: 64 }).notNull().unique(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

export type AuditRow = typeof auditLog.$inferSelect;
