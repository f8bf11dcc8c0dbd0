import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit entry that its hash covers, in their stored form. */
export interface AuditPayload {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorRole: string | null;
  onBehalfOfRecipientId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  data: Record<string, unknown>;
}

/** hash = SHA-256(previous hash ‖ RFC 8785 canonical JSON of the entry). */
export function chainHash(prevHash: string, payload: AuditPayload): string {
  const canonical = canonicalize(payload);
  if (canonical === undefined) throw new TypeError('audit payload is not serialisable');
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
