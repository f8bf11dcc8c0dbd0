import { and, eq, or } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { providers, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { now } from '@/lib/clock';
import { createDocumentVersion } from '@/lib/documents/create-document';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import type { ProviderDetails, ProviderRegistration } from './schemas';
import { assertPermission, type Actor } from '@/lib/auth/actor';

export const PROVIDER_APPLICATION = 'provider_application';

/**
 * Registers a provider as *pending* with its administrator's account, and prepares the
 * application for the head to sign. The signature, not an uploaded certificate, is what proves
 * the head holds the key: a certificate is public, a signature over this application is not.
 * The administrator verifies the provider only once the application is signed.
 */
export async function registerProvider(db: Db, input: ProviderRegistration, locale: Locale) {
  const bin = input.kind === 'organisation' ? input.bin : null;
  const iin = input.kind === 'entrepreneur' ? input.headIin : null;
  const login = (bin ?? input.headIin).toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: providers.id })
      .from(providers)
      .where(bin ? eq(providers.bin, bin) : eq(providers.iin, iin!));
    if (existing) throw new AppError('conflict', { detailKey: 'errors.conflict.provider_registered' });
    const [taken] = await tx.select({ id: users.id }).from(users).where(or(eq(users.login, login), eq(users.email, input.email)));
    if (taken) throw new AppError('conflict', { detailKey: 'errors.conflict.login_taken' });
    const at = now();
    const [provider] = await tx
      .insert(providers)
      .values({
        kind: input.kind,
        bin,
        iin,
        name: input.name,
        legalAddress: input.legalAddress,
        phone: input.phone,
        email: input.email,
        iban: input.iban,
        bik: input.bik,
        bankName: input.bankName,
        status: 'pending',
        createdAt: at,
      })
      .returning();
    const [admin] = await tx
      .insert(users)
      .values({
        role: 'provider_admin',
        login,
        email: input.email,
        iin: input.headIin,
        fullName: input.headName,
        passwordHash,
        locale,
        providerId: provider!.id,
        createdAt: at,
      })
      .returning({ id: users.id, role: users.role });
    const actor = { userId: admin!.id, role: admin!.role };
    await writeAudit(tx, {
      actor,
      action: 'provider.register',
      entityType: 'provider',
      entityId: provider!.id,
      toState: 'pending',
      data: { kind: input.kind, bin, iin, name: input.name },
    });
    const application = await prepareApplication(tx, actor, { ...provider!, head: { userId: admin!.id, iin: input.headIin, fullName: input.headName }, at });
    return { providerId: provider!.id, adminUserId: admin!.id, login, applicationId: application.id };
  });
}

/** The application the head signs: every detail the administrator will verify, as registered. */
function prepareApplication(
  tx: Tx,
  actor: { userId: string; role: string },
  provider: { id: string; kind: string; bin: string | null; iin: string | null; head: { userId: string; iin: string; fullName: string }; at: Date } & ProviderDetails,
) {
  return createDocumentVersion(tx, actor, {
    kind: PROVIDER_APPLICATION,
    subjectType: 'provider',
    subjectId: provider.id,
    content: {
      title: 'Заявление о регистрации поставщика на портале Qamqor',
      provider: {
        kind: provider.kind,
        bin: provider.bin,
        iin: provider.iin,
        name: provider.name,
        legalAddress: provider.legalAddress,
        phone: provider.phone,
        email: provider.email,
        bank: { iban: provider.iban, bik: provider.bik, name: provider.bankName },
      },
      head: { iin: provider.head.iin, fullName: provider.head.fullName },
      submittedAt: provider.at.toISOString(),
    },
    requiredSigners: [{ userId: provider.head.userId, iin: provider.head.iin, ...(provider.bin ? { bin: provider.bin } : {}) }],
  });
}

/**
 * A rejected provider corrects its details and applies again: back to *pending*, with a new
 * version of the application for the head to sign (the rejected one stays in the history).
 */
export async function reapplyAfterRejection(db: Db, actor: Actor, details: ProviderDetails) {
  assertPermission(actor, 'provider.manage');
  if (!actor.providerId || !actor.iin) throw new AppError('forbidden');
  const providerId = actor.providerId;
  return db.transaction(async (tx) => {
    const at = now();
    const [updated] = await tx
      .update(providers)
      .set({ ...details, status: 'pending', statusReason: null, statusChangedAt: at })
      .where(and(eq(providers.id, providerId), eq(providers.status, 'rejected')))
      .returning();
    if (!updated) throw new AppError('conflict', { detailKey: 'errors.conflict.not_rejected' });
    const who = { userId: actor.userId, role: actor.role };
    await writeAudit(tx, { actor: who, action: 'provider.reapply', entityType: 'provider', entityId: providerId, fromState: 'rejected', toState: 'pending', data: { ...details } });
    const application = await prepareApplication(tx, who, { ...updated, head: { userId: actor.userId, iin: actor.iin!, fullName: actor.name }, at });
    return { applicationId: application.id };
  });
}
