import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import type { Locale } from '@/lib/i18n/config';
import { cabinetNoticeText, noticeReaderOf, type Addressee } from './outbox';

/** How many notices a cabinet shows; older ones stay in the outbox. */
export const NOTICES_SHOWN = 50;

/**
 * One addressee's cabinet notices: a recipient's, a provider's or an office's. The caller has
 * already decided that the actor may read this box; the box is in every WHERE clause, so ids of
 * anyone else's notices match nothing.
 */
export type NoticeBox = Addressee;

function inBox(box: NoticeBox) {
  const owner =
    'recipientId' in box ? eq(notifications.recipientId, box.recipientId) : 'providerId' in box ? eq(notifications.providerId, box.providerId) : eq(notifications.officeId, box.officeId);
  return and(owner, eq(notifications.channel, 'cabinet'));
}

/** How the audit log names the box. */
function auditSubject(box: NoticeBox): { entityType: string; entityId: string } {
  if ('recipientId' in box) return { entityType: 'recipient', entityId: box.recipientId };
  if ('providerId' in box) return { entityType: 'provider', entityId: box.providerId };
  return { entityType: 'employment_office', entityId: box.officeId };
}

/**
 * The box's notices, newest first, with how many are unread in all. Each is put in the reader's
 * language (`locale` says which language its text is in): a notice queued before its values were
 * kept (migration 0023) reads as it was written.
 */
export async function listNoticesIn(db: Db, box: NoticeBox, readerLocale: Locale) {
  const [rows, unread] = await Promise.all([
    db
      .select({ id: notifications.id, kind: notifications.kind, body: notifications.body, values: notifications.values, locale: notifications.locale, createdAt: notifications.createdAt, readAt: notifications.readAt })
      .from(notifications)
      .where(inBox(box))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTICES_SHOWN),
    unreadNoticesIn(db, box),
  ]);
  const notices = rows.map(({ values, ...notice }) =>
    values ? { ...notice, body: cabinetNoticeText(notice.kind, noticeReaderOf(box), readerLocale, values), locale: readerLocale } : notice,
  );
  return { notices, unread };
}

/** How many of the box's notices are unread. */
export async function unreadNoticesIn(db: Db, box: NoticeBox): Promise<number> {
  const [unread] = await db.select({ n: count() }).from(notifications).where(and(inBox(box), isNull(notifications.readAt)));
  return unread?.n ?? 0;
}

/**
 * Marks the box's unread notices as read: the ones named, or all of them. One UPDATE and its
 * audit entry in one transaction (naming the recipient acted for, when a representative acts).
 * Answers the ids marked; none when all were read already, and then nothing is logged.
 */
export async function markNoticesReadIn(db: Db, actor: Actor, box: NoticeBox, noticeIds?: readonly string[], onBehalfOfRecipientId: string | null = null): Promise<string[]> {
  if (noticeIds && noticeIds.length === 0) return [];
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: now() })
      .where(and(inBox(box), isNull(notifications.readAt), noticeIds ? inArray(notifications.id, [...noticeIds]) : undefined))
      .returning({ id: notifications.id });
    if (marked.length === 0) return [];
    const ids = marked.map((m) => m.id).sort();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      onBehalfOfRecipientId,
      action: 'notifications.mark_read',
      ...auditSubject(box),
      data: { noticeIds: ids, all: noticeIds === undefined },
    });
    return ids;
  });
}
