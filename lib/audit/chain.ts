import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const GENESIS_HASH = '0'.repeat(64);

/** What an audit entry says, in its stored form: everything but its place in the chain. */
export interface AuditContent {
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

/** The fields a version 1 entry's hash covers. */
export interface AuditPayload extends AuditContent {
  seq: number;
}

function canonical(value: object): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('audit entry is not serialisable');
  return text;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Version 1 (entries written before the chain moved to COMMIT): SHA-256(previous hash ‖ RFC 8785 canonical JSON of the entry with its seq). */
export function chainHashV1(prevHash: string, payload: AuditPayload): string {
  return createHash('sha256').update(prevHash).update(canonical(payload)).digest('hex');
}

/** SHA-256 of the RFC 8785 canonical JSON of an entry's content: computed by the writer, stored with the entry. */
export function contentDigest(content: AuditContent): string {
  return sha256(canonical(content));
}

/**
 * Version 2: SHA-256 of "<previous hash>:<seq>:<content digest>". The database computes it when
 * the entry is chained at COMMIT (migration 0015); the verifier recomputes it here.
 */
export function chainHashV2(prevHash: string, seq: number, digest: string): string {
  return sha256(`${prevHash}:${seq}:${digest}`);
}
