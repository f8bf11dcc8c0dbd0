import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditQueue } from '@/db/schema';
import { now } from '@/lib/clock';
import { contentDigest, type AuditContent } from './chain';

export interface AuditEntry {
  actor: { userId: string; role: string } | null;
  onBehalfOfRecipientId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Writes an audit entry inside the caller's transaction, so it commits or rolls back with the
 * change it records. It is queued here without a lock; the database chains it (seq, previous
 * hash, hash) under the chain's lock as the transaction commits (R18, migration 0015), so
 * concurrent writers never fork the chain and never wait on each other before COMMIT.
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditQueue).values(queuedAudit(entry));
}

/**
 * Several entries in one statement (a month-end batch writes hundreds per transaction). They are
 * chained at COMMIT one by one, in the order given, exactly as if writeAudit had been called for each.
 */
export async function writeAudits(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.insert(auditQueue).values(entries.map(queuedAudit));
}

/** An entry's values as the parameters of the statement queueAuditSql builds. */
export interface QueuedAuditParams {
  auditAt: string;
  auditActorUserId: string | null;
  auditActorRole: string | null;
  auditOnBehalfOf: string | null;
  auditAction: string;
  auditEntityType: string;
  auditEntityId: string;
  auditFromState: string | null;
  auditToState: string | null;
  auditReason: string | null;
  auditData: string;
  auditContentDigest: string;
}

export function queuedAuditParams(entry: AuditEntry): QueuedAuditParams {
  const row = queuedAudit(entry);
  return {
    auditAt: row.at.toISOString(),
    auditActorUserId: row.actorUserId,
    auditActorRole: row.actorRole,
    auditOnBehalfOf: row.onBehalfOfRecipientId,
    auditAction: row.action,
    auditEntityType: row.entityType,
    auditEntityId: row.entityId,
    auditFromState: row.fromState,
    auditToState: row.toState,
    auditReason: row.reason,
    auditData: JSON.stringify(row.data),
    auditContentDigest: row.contentDigest,
  };
}

/**
 * The INSERT that queues an entry, for a write that records its audit in the same statement (a
 * part of a WITH), built once: its values are placeholders, given by queuedAuditParams. It queues
 * the entry only `when` that condition holds, if one is given.
 */
export function queueAuditSql(when?: SQL): SQL {
  const param = (name: keyof QueuedAuditParams) => sql.placeholder(name);
  return sql`insert into ${auditQueue} (at, actor_user_id, actor_role, on_behalf_of_recipient_id, action, entity_type, entity_id, from_state, to_state, reason, data, content_digest)
    select ${param('auditAt')}::timestamptz, ${param('auditActorUserId')}::uuid, ${param('auditActorRole')}::text, ${param('auditOnBehalfOf')}::uuid, ${param('auditAction')}::text,
      ${param('auditEntityType')}::text, ${param('auditEntityId')}::text, ${param('auditFromState')}::text, ${param('auditToState')}::text, ${param('auditReason')}::text,
      ${param('auditData')}::jsonb, ${param('auditContentDigest')}::text${when ? sql` where ${when}` : sql``}`;
}

/** The queued row of an entry: its content, stamped now, with the digest the chain will cover. */
function queuedAudit(entry: AuditEntry) {
  const at = now();
  const content: AuditContent = {
    at: at.toISOString(),
    actorUserId: entry.actor?.userId ?? null,
    actorRole: entry.actor?.role ?? null,
    onBehalfOfRecipientId: entry.onBehalfOfRecipientId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    reason: entry.reason ?? null,
    data: entry.data ?? {},
  };
  return { ...content, at, contentDigest: contentDigest(content) };
}
