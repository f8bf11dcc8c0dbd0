import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, providers, signatures, type ProviderStatus } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { PROVIDER_APPLICATION } from './registration';
import type { ProviderReview } from './schemas';

/** Which status each decision moves from and to; anything else is refused. */
const transitions: Record<ProviderReview['decision'], { from: ProviderStatus[]; to: ProviderStatus }> = {
  verify: { from: ['pending'], to: 'verified' },
  reject: { from: ['pending'], to: 'rejected' },
  suspend: { from: ['verified'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'verified' },
};

function toPem(der: Uint8Array): string {
  const body = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').trim();
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/** The signed version of the provider's registration application, with its signature. */
export async function signedApplicationOf(db: Db, providerId: string) {
  const [row] = await db
    .select({ documentId: documents.id, version: documents.version, certificate: signatures.certificate, signerIin: signatures.signerIin, signerBin: signatures.signerBin, signingTime: signatures.signingTime })
    .from(documents)
    .innerJoin(signatures, eq(signatures.documentId, documents.id))
    .where(and(eq(documents.subjectType, 'provider'), eq(documents.subjectId, providerId), eq(documents.kind, PROVIDER_APPLICATION), eq(documents.status, 'signed')))
    .orderBy(desc(documents.version))
    .limit(1);
  return row ?? null;
}

/**
 * An administrator's decision on a provider, as one conditional UPDATE (R7): two reviewers
 * deciding at once cannot both succeed. Rejection and suspension carry a reason the provider
 * sees. Verification needs the signed application, whose certificate is kept with the provider.
 */
export async function reviewProvider(db: Db, actor: Actor, input: ProviderReview) {
  assertPermission(actor, 'providers.review');
  const rule = transitions[input.decision];
  const application = input.decision === 'verify' ? await signedApplicationOf(db, input.providerId) : null;
  if (input.decision === 'verify' && !application) throw new AppError('rule_violation', { detailKey: 'errors.rule_violation.application_unsigned' });
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ status: providers.status }).from(providers).where(eq(providers.id, input.providerId));
    if (!before) throw new AppError('not_found', { detailKey: 'errors.not_found.provider' });
    const [updated] = await tx
      .update(providers)
      .set({
        status: rule.to,
        statusReason: rule.to === 'verified' ? null : (input.reason ?? null),
        statusChangedAt: now(),
        ...(application ? { signerCertificate: toPem(application.certificate) } : {}),
      })
      .where(and(eq(providers.id, input.providerId), inArray(providers.status, rule.from)))
      .returning({ id: providers.id, status: providers.status });
    if (!updated) {
      throw new AppError('conflict', { detailKey: 'errors.conflict.provider_status', values: { status: before.status } });
    }
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: `provider.${input.decision}`,
      entityType: 'provider',
      entityId: input.providerId,
      fromState: before.status,
      toState: rule.to,
      reason: input.reason ?? null,
      data: application ? { applicationId: application.documentId, signerIin: application.signerIin, signerBin: application.signerBin } : {},
    });
    return updated;
  });
}

/** The provider's own view of its standing, and the application its head must sign. */
export async function providerStanding(db: Db, providerId: string) {
  const [provider] = await db
    .select({ status: providers.status, statusReason: providers.statusReason, statusChangedAt: providers.statusChangedAt })
    .from(providers)
    .where(eq(providers.id, providerId));
  if (!provider) return null;
  const [application] = await db
    .select({ id: documents.id, status: documents.status, version: documents.version })
    .from(documents)
    .where(and(eq(documents.subjectType, 'provider'), eq(documents.subjectId, providerId), eq(documents.kind, PROVIDER_APPLICATION)))
    .orderBy(desc(documents.version))
    .limit(1);
  return { ...provider, application: application ?? null };
}
