import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { NOTICES_SHOWN } from './cabinet-notices';

/** The officer's own office; an account without one has no notices (the condition matches nothing). */
function officeOf(actor: Actor): string | null {
  assertPermission(actor, 'cabinet.office');
  return actor.officeId;
}

const onOfficeCabinet = (officeId: string) => and(eq(notifications.officeId, officeId), eq(notifications.channel, 'cabinet'));

/** The office's cabinet notices (orders that expired or went overdue in its districts…), newest first, with how many are unread. */
export async function listOfficeNotices(db: Db, actor: Actor) {
  const officeId = officeOf(actor);
  if (!officeId) return { notices: [], unread: 0 };
  const [notices, [unread]] = await Promise.all([
    db
      .select({ id: notifications.id, kind: notifications.kind, body: notifications.body, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(onOfficeCabinet(officeId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTICES_SHOWN),
    db.select({ n: count() }).from(notifications).where(and(onOfficeCabinet(officeId), isNull(notifications.readAt))),
  ]);
  return { notices, unread: unread?.n ?? 0 };
}

/**
 * Marks the office's unread notices as read: the ones named, or all. The office is in the
 * WHERE clause, so ids of another office's notices match nothing. One UPDATE and its audit
 * entry in one transaction; answers the ids marked (none: nothing is logged).
 */
export async function markOfficeNoticesRead(db: Db, actor: Actor, noticeIds?: readonly string[]): Promise<string[]> {
  const officeId = officeOf(actor);
  if (!officeId || (noticeIds && noticeIds.length === 0)) return [];
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(and(onOfficeCabinet(officeId), isNull(notifications.readAt), noticeIds ? inArray(notifications.id, [...noticeIds]) : undefined))
      .returning({ id: notifications.id });
    if (marked.length === 0) return [];
    const ids = marked.map((m) => m.id).sort();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'notifications.mark_read',
      entityType: 'employment_office',
      entityId: officeId,
      data: { noticeIds: ids, all: noticeIds === undefined },
    });
    return ids;
  });
}
