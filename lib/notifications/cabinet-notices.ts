import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { resolveCabinetRecipient } from '@/lib/recipients/queries';

/** How many notices the cabinet shows; older ones stay in the outbox. */
export const NOTICES_SHOWN = 50;

/**
 * The recipient the actor asks about, if the actor may act for them (their own record, or one
 * they represent today); anyone else is "not found", so an id reveals nothing.
 */
async function recipientActedFor(db: Db, actor: Actor, recipientId: string) {
  assertPermission(actor, 'notifications.read');
  const { chosen } = await resolveCabinetRecipient(db, actor, recipientId);
  if (!chosen) throw new AppError('not_found');
  return chosen;
}

const onCabinet = (recipientId: string) => and(eq(notifications.recipientId, recipientId), eq(notifications.channel, 'cabinet'));

/** A recipient's cabinet notices, newest first, with how many are unread in all. */
export async function listCabinetNotices(db: Db, actor: Actor, recipientId: string) {
  const recipient = await recipientActedFor(db, actor, recipientId);
  const [notices, [unread]] = await Promise.all([
    db
      .select({ id: notifications.id, kind: notifications.kind, body: notifications.body, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(onCabinet(recipient.id))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTICES_SHOWN),
    db.select({ n: count() }).from(notifications).where(and(onCabinet(recipient.id), isNull(notifications.readAt))),
  ]);
  return { notices, unread: unread?.n ?? 0 };
}

/**
 * Marks a recipient's unread cabinet notices as read: the ones named, or all of them. Only a
 * recipient the actor may act for; ids of anyone else's notices simply match nothing. One
 * UPDATE and its audit entry in one transaction; a representative's entry names the recipient
 * acted for. Answers the ids marked (none when all were read already, and then nothing is logged).
 */
export async function markNoticesRead(db: Db, actor: Actor, recipientId: string, noticeIds?: readonly string[]): Promise<string[]> {
  const recipient = await recipientActedFor(db, actor, recipientId);
  if (noticeIds && noticeIds.length === 0) return [];
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(and(onCabinet(recipient.id), isNull(notifications.readAt), noticeIds ? inArray(notifications.id, [...noticeIds]) : undefined))
      .returning({ id: notifications.id });
    if (marked.length === 0) return [];
    const ids = marked.map((m) => m.id).sort();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      onBehalfOfRecipientId: actor.role === 'representative' ? recipient.id : null,
      action: 'notifications.mark_read',
      entityType: 'recipient',
      entityId: recipient.id,
      data: { noticeIds: ids, all: noticeIds === undefined },
    });
    return ids;
  });
}
