import { index, integer, jsonb, pgTable, char, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { bytea } from './bytea';


export interface RequiredSigner {
  userId: string;
  iin: string;
  /** An organisation's signer: its BIN, and the head/signatory role is required. */
  bin?: string;
}

/**
 * Every signable document, one row per version. The canonical bytes and their digest never
 * change (a trigger refuses it); an edit is a new version, which needs its own signatures.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    version: integer('version').notNull(),
    canonical: bytea('canonical').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    status: text('status', { enum: ['awaiting_signatures', 'signed', 'superseded'] }).notNull(),
    requiredSigners: jsonb('required_signers').$type<RequiredSigner[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('documents_subject_version').on(t.subjectType, t.subjectId, t.kind, t.version), index('documents_subject_idx').on(t.subjectType, t.subjectId)],
);

/** Accepted signatures with what their verification found; append-only. */
export const signatures = pgTable(
  'signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    signerUserId: uuid('signer_user_id')
      .notNull()
      .references(() => users.id),
    cms: bytea('cms').notNull(),
    certificate: bytea('certificate').notNull(),
    signerIin: char('signer_iin', { length: 12 }).notNull(),
    signerBin: char('signer_bin', { length: 12 }),
    signingTime: timestamp('signing_time', { withTimezone: true }).notNull(),
    documentSha256: char('document_sha256', { length: 64 }).notNull(),
    verification: jsonb('verification').$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('signatures_one_per_signer').on(t.documentId, t.signerUserId)],
);

export type DocumentRow = typeof documents.$inferSelect;
export type SignatureRow = typeof signatures.$inferSelect;
