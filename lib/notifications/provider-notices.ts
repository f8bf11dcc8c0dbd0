import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { NOTICES_SHOWN } from './cabinet-notices';

/** The provider the actor heads; an account linked to none has no notices to read. */
function providerOf(actor: Actor): string {
  assertPermission(actor, 'provider.notices');
  if (!actor.providerId) throw new AppError('forbidden');
  return actor.providerId;
}

const onProviderCabinet = (providerId: string) => and(eq(notifications.providerId, providerId), eq(notifications.channel, 'cabinet'));

/** The actor's provider's cabinet notices, newest first, with how many are unread in all. */
export async function listProviderNotices(db: Db, actor: Actor) {
  const providerId = providerOf(actor);
  const [notices, [unread]] = await Promise.all([
    db
      .select({ id: notifications.id, kind: notifications.kind, body: notifications.body, locale: notifications.locale, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(onProviderCabinet(providerId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTICES_SHOWN),
    db.select({ n: count() }).from(notifications).where(and(onProviderCabinet(providerId), isNull(notifications.readAt))),
  ]);
  return { notices, unread: unread?.n ?? 0 };
}

/**
 * Marks the actor's provider's unread cabinet notices as read: the ones named, or all of them.
 * The provider is in the WHERE clause, so ids of another provider's notices match nothing. One
 * UPDATE and its audit entry in one transaction; answers the ids marked (none when all were read
 * already, and then nothing is logged).
 */
export async function markProviderNoticesRead(db: Db, actor: Actor, noticeIds?: readonly string[]): Promise<string[]> {
  const providerId = providerOf(actor);
  if (noticeIds && noticeIds.length === 0) return [];
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(and(onProviderCabinet(providerId), isNull(notifications.readAt), noticeIds ? inArray(notifications.id, [...noticeIds]) : undefined))
      .returning({ id: notifications.id });
    if (marked.length === 0) return [];
    const ids = marked.map((m) => m.id).sort();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'notifications.mark_read',
      entityType: 'provider',
      entityId: providerId,
      data: { noticeIds: ids, all: noticeIds === undefined },
    });
    return ids;
  });
}
