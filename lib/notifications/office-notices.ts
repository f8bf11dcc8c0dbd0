import type { Db } from '@/db/client';
import type { Locale } from '@/lib/i18n/config';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { listNoticesIn, markNoticesReadIn } from './notice-box';

/** The officer's own office; an account without one has no notices. */
function officeOf(actor: Actor): string | null {
  assertPermission(actor, 'cabinet.office');
  return actor.officeId;
}

/** The office's cabinet notices (orders that expired or went overdue in its districts…), newest first, with how many are unread. */
export async function listOfficeNotices(db: Db, actor: Actor, locale: Locale) {
  const officeId = officeOf(actor);
  if (!officeId) return { notices: [], unread: 0 };
  return listNoticesIn(db, { officeId }, locale);
}

/** Marks the office's notices as read (the ones named, or all); audited. */
export async function markOfficeNoticesRead(db: Db, actor: Actor, noticeIds?: readonly string[]): Promise<string[]> {
  const officeId = officeOf(actor);
  if (!officeId) return [];
  return markNoticesReadIn(db, actor, { officeId }, noticeIds);
}
