import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { providerWorkers, users } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import type { WorkerInvite } from './schemas';

function providerOf(actor: Actor): string {
  assertPermission(actor, 'provider.manage');
  if (!actor.providerId) throw new AppError('forbidden');
  return actor.providerId;
}

/**
 * Adds a worker with their own account: login is their IIN, and they sign in with their
 * digital signature (the certificate's IIN finds the account), so no password is made or sent.
 */
export async function inviteWorker(db: Db, actor: Actor, input: WorkerInvite) {
  const providerId = providerOf(actor);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.login, input.iin));
    if (taken) throw new AppError('conflict', { detailKey: 'errors.conflict.worker_has_account', values: { iin: input.iin } });
    if (input.email) {
      const [emailTaken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
      if (emailTaken) throw new AppError('validation_failed', { fieldErrors: [{ field: 'email', message: 'validation.email_taken' }] });
    }
    const at = now();
    const [user] = await tx
      .insert(users)
      .values({
        role: 'provider_worker',
        login: input.iin,
        iin: input.iin,
        email: input.email ?? null,
        fullName: input.fullName,
        providerId,
        locale: actor.locale,
        createdAt: at,
      })
      .returning({ id: users.id });
    await tx.insert(providerWorkers).values({ userId: user!.id, providerId, specialty: input.specialty, invitedBy: actor.userId, invitedAt: at });
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'provider.invite_worker',
      entityType: 'user',
      entityId: user!.id,
      toState: 'active',
      data: { providerId, iin: input.iin, specialty: input.specialty },
    });
    return { userId: user!.id };
  });
}

/** Removal disables the account and ends its sessions; the row stays for the journals it wrote. */
export async function removeWorker(db: Db, actor: Actor, workerUserId: string) {
  const providerId = providerOf(actor);
  await db.transaction(async (tx) => {
    const [worker] = await tx
      .select({ userId: providerWorkers.userId })
      .from(providerWorkers)
      .where(and(eq(providerWorkers.userId, workerUserId), eq(providerWorkers.providerId, providerId), isNull(providerWorkers.removedAt)))
      .for('update');
    if (!worker) throw new AppError('not_found', { detailKey: 'errors.not_found.worker' });
    const at = now();
    await tx.update(providerWorkers).set({ removedAt: at }).where(eq(providerWorkers.userId, workerUserId));
    await tx
      .update(users)
      .set({ status: 'disabled', sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, workerUserId));
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'provider.remove_worker',
      entityType: 'user',
      entityId: workerUserId,
      fromState: 'active',
      toState: 'disabled',
      data: { providerId },
    });
  });
}

export async function listWorkers(db: Db, providerId: string) {
  return db
    .select({
      userId: providerWorkers.userId,
      fullName: users.fullName,
      iin: users.iin,
      email: users.email,
      specialty: providerWorkers.specialty,
      invitedAt: providerWorkers.invitedAt,
      removedAt: providerWorkers.removedAt,
    })
    .from(providerWorkers)
    .innerJoin(users, eq(users.id, providerWorkers.userId))
    .where(eq(providerWorkers.providerId, providerId))
    .orderBy(sql`${providerWorkers.removedAt} IS NOT NULL`, users.fullName);
}
