import { bigint, char, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The fields of an audit entry that a writer gives; the chain adds its position and hashes. */
const auditContent = {
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
};

/**
 * Append-only, hash-chained audit log (R18). `seq` is assigned under an advisory lock so the
 * chain never forks; triggers in the migration refuse UPDATE, DELETE and TRUNCATE. Rows are
 * written by the database at COMMIT from audit_queue (see migration 0015), so the chain's lock
 * is held only while the transaction commits. hash_version 1 rows (before that) hash the whole
 * canonical entry; version 2 rows hash the previous hash, seq and the entry's content digest.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    ...auditContent,
    prevHash: char('prev_hash', { length: 64 }).notNull(),
    hash: char('hash', { length: 64 }).notNull().unique(),
    hashVersion: smallint('hash_version').notNull().default(1),
    /** SHA-256 of the canonical content (version 2 rows). */
    contentDigest: char('content_digest', { length: 64 }),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

export type AuditRow = typeof auditLog.$inferSelect;

/**
 * Entries written in a transaction not yet committed. A deferred trigger moves each into
 * audit_log at COMMIT, under the chain's lock, and deletes it here: after any commit this table
 * is empty, and a rolled-back transaction's entries vanish with it.
 */
export const auditQueue = pgTable('audit_queue', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  ...auditContent,
  contentDigest: char('content_digest', { length: 64 }).notNull(),
});
