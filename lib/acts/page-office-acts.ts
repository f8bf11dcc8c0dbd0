import 'server-only';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acts, classifierEntries, documents, orders, paymentRegistries, paymentRegistryActs, providers, recipients, users } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import type { LocalDate } from '@/lib/calendar/local-date';
import { listDocumentSignatures } from '@/lib/documents/queries';
import { entitlementsOn } from '@/lib/entitlements/queries';
import { ordersVisibleTo } from '@/lib/orders/access';
import type { SheetRow } from './act-content';
import type { GoodsFacts } from './page-act';
import { actResponseOf, findActForActor } from './queries';
import { ACT_APPROVAL_DOCUMENT_KIND } from './review-act';

/**
 * Page data for the employment office's act screens (the review queue and one act). Reads only,
 * each carrying the actor's visibility (ordersVisibleTo): an office sees the acts of recipients
 * living in its districts and nothing else.
 */

/** The providers that have acts the actor may see, for the queue's provider filter. */
export async function officeActProviders(db: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  assertPermission(actor, 'acts.read');
  return db
    .selectDistinct({ id: providers.id, name: providers.name })
    .from(acts)
    .innerJoin(orders, eq(orders.id, acts.orderId))
    .innerJoin(providers, eq(providers.id, acts.providerId))
    .where(ordersVisibleTo(actor))
    .orderBy(asc(providers.name), asc(providers.id));
}

/** How many acts await the office's review (for the office's home page). */
export async function officeQueueSize(db: Db, actor: Actor): Promise<number> {
  assertPermission(actor, 'acts.read');
  const [row] = await db
    .select({ value: count() })
    .from(acts)
    .innerJoin(orders, eq(orders.id, acts.orderId))
    .where(and(eq(acts.status, 'submitted'), ordersVisibleTo(actor)));
  return row?.value ?? 0;
}

/** What a stored signature's verification says, as far as a reviewer needs it. */
interface StoredVerification {
  valid?: boolean;
  checks?: { check: string; result: 'passed' | 'failed' | 'not_checked' }[];
  signer?: { subject?: string; issuer?: string; serialNumber?: string } | null;
}

export type ActSignerRole = 'provider' | 'worker' | 'recipient' | 'representative';

export interface ActSignatureView {
  id: string;
  role: ActSignerRole;
  name: string;
  iin: string;
  bin: string | null;
  certificateSubject: string | null;
  certificateIssuer: string | null;
  certificateSerial: string | null;
  signingTime: Date;
  valid: boolean;
  /** The checks that did not pass, by their code (verify.checkNames.<code>). */
  failedChecks: string[];
}

/** The signed act's content as far as the review shows it (lib/acts/act-content.ts). */
interface SignedActContent {
  order: { number: string; serviceName?: { kk?: string; ru?: string; en?: string } };
  provider: { name: string; bin?: string | null; iin?: string | null; iban?: string; bik?: string; bankName?: string };
  recipient: { fullName: string; iin: string; deceased: boolean };
  sheet: { kind: 'accompaniment' | 'sign_language'; rows: SheetRow[] } | null;
  goods?: GoodsFacts;
}

/**
 * Everything the office's act page shows: the act with its lines and ledger postings, its order,
 * provider and recipient, the sheet as it was signed, each signature with its verification, the
 * recipient's IPR measures in force on the act's last day, the officer's approval document (signed,
 * or prepared and awaiting the signature), the registry that holds it, and whether this actor may
 * approve or return it now. Null when the actor may not see the act.
 */
export async function officeActPage(db: Db, actor: Actor, actId: string) {
  const act = await findActForActor(db, actor, actId);
  if (!act) return null;
  const [response, [context], signatureRows, registry] = await Promise.all([
    actResponseOf(db, act),
    db
      .select({
        orderNumber: orders.number,
        classifierCode: orders.classifierCode,
        serviceName: { nameKk: classifierEntries.nameKk, nameRu: classifierEntries.nameRu, nameEn: classifierEntries.nameEn },
        provider: { id: providers.id, name: providers.name, bin: providers.bin, iin: providers.iin, iban: providers.iban, bik: providers.bik, bankName: providers.bankName },
        recipient: { id: recipients.id, fullName: recipients.fullName, iin: recipients.iin, lifeStatus: recipients.lifeStatus, lifeStatusOn: recipients.lifeStatusOn },
      })
      .from(orders)
      .innerJoin(classifierEntries, eq(classifierEntries.code, orders.classifierCode))
      .innerJoin(providers, eq(providers.id, act.providerId))
      .innerJoin(recipients, eq(recipients.id, act.recipientId))
      .where(eq(orders.id, act.orderId)),
    act.documentId ? listDocumentSignatures(db, act.documentId) : Promise.resolve([]),
    db
      .select({ id: paymentRegistries.id, number: paymentRegistries.number, status: paymentRegistries.status, formedAt: paymentRegistries.formedAt, paidAt: paymentRegistries.paidAt })
      .from(paymentRegistryActs)
      .innerJoin(paymentRegistries, eq(paymentRegistries.id, paymentRegistryActs.registryId))
      .where(eq(paymentRegistryActs.actId, act.id))
      .then((rows) => rows[0] ?? null),
  ]);
  if (!context) return null;

  const [document] = act.documentId ? await db.select().from(documents).where(eq(documents.id, act.documentId)) : [];
  const content = document ? (JSON.parse(new TextDecoder().decode(document.canonical)) as { content: SignedActContent }).content : null;
  const required = document?.requiredSigners ?? [];
  const recipientSide = act.recipientDeceased || required.length < 2 ? null : required.at(-1)!;
  const signerIds = [...new Set(signatureRows.map((r) => r.signerUserId))];
  const names = new Map((signerIds.length ? await db.select({ id: users.id, name: users.fullName }).from(users).where(inArray(users.id, signerIds)) : []).map((u) => [u.id, u.name]));
  const signatures: ActSignatureView[] = signatureRows.map((row) => {
    const v = row.verification as StoredVerification;
    const byRecipientSide = recipientSide !== null && row.signerUserId === recipientSide.userId;
    const role: ActSignerRole = row.signerUserId === required[0]?.userId ? 'provider' : byRecipientSide ? (row.signerIin === context.recipient.iin ? 'recipient' : 'representative') : 'worker';
    return {
      id: row.id,
      role,
      name: names.get(row.signerUserId) ?? '',
      iin: row.signerIin,
      bin: row.signerBin,
      certificateSubject: v.signer?.subject ?? null,
      certificateIssuer: v.signer?.issuer ?? null,
      certificateSerial: v.signer?.serialNumber ?? null,
      signingTime: row.signingTime,
      valid: v.valid === true,
      failedChecks: (v.checks ?? []).filter((c) => c.result === 'failed').map((c) => c.check),
    };
  });
  const signedBy = new Set(signerIds);
  const missingSigners = required.filter((s) => !signedBy.has(s.userId)).length;

  // The measures in force on the act's last day; the order's own measure first.
  const onDate: LocalDate = act.periodTo;
  const measures = (await entitlementsOn(db, act.recipientId, onDate))
    .map((m) => ({ ...m, ordered: m.code === context.classifierCode }))
    .sort((a, b) => Number(b.ordered) - Number(a.ordered));

  // The officer's approval: the signed one, or the newest still awaiting a signature.
  const [approval] = await db
    .select({ id: documents.id, status: documents.status, createdAt: documents.createdAt, requiredSigners: documents.requiredSigners })
    .from(documents)
    .where(and(eq(documents.subjectType, 'act'), eq(documents.subjectId, act.id), eq(documents.kind, ACT_APPROVAL_DOCUMENT_KIND)))
    .orderBy(desc(documents.version))
    .limit(1);
  const signedApprovalId = act.approvalDocumentId;
  const pendingApproval = approval && approval.status === 'awaiting_signatures' && act.status === 'submitted' ? { id: approval.id, mine: approval.requiredSigners.some((s) => s.userId === actor.userId) } : null;

  const mayReview = act.status === 'submitted' && can(actor.role, 'acts.review') && actor.role === 'office_officer';
  return {
    act: response,
    statusChangedAt: act.statusChangedAt,
    orderNumber: context.orderNumber,
    classifierCode: context.classifierCode,
    serviceName: context.serviceName,
    provider: context.provider,
    recipient: context.recipient,
    document: document ? { id: document.id, status: document.status, sha256: document.sha256, version: document.version, createdAt: document.createdAt } : null,
    sheet: content?.sheet ?? null,
    goods: content?.goods ?? null,
    signatures,
    missingSigners,
    measuresOn: onDate,
    measures,
    approval: { signedId: signedApprovalId, pending: pendingApproval },
    registry,
    mayReview,
  };
}

export type OfficeActPage = NonNullable<Awaited<ReturnType<typeof officeActPage>>>;

