import type { Db } from '@/db/client';
import type { Locale } from '@/lib/i18n/config';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { resolveCabinetRecipient } from '@/lib/recipients/queries';
import { listNoticesIn, markNoticesReadIn } from './notice-box';

export { NOTICES_SHOWN } from './notice-box';

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

/** A recipient's cabinet notices, newest first, with how many are unread in all. */
export async function listCabinetNotices(db: Db, actor: Actor, recipientId: string, locale: Locale) {
  const recipient = await recipientActedFor(db, actor, recipientId);
  return listNoticesIn(db, { recipientId: recipient.id }, locale);
}

/**
 * Marks a recipient's unread cabinet notices as read: the ones named, or all of them. Only a
 * recipient the actor may act for; a representative's audit entry names the recipient acted for.
 */
export async function markNoticesRead(db: Db, actor: Actor, recipientId: string, noticeIds?: readonly string[]): Promise<string[]> {
  const recipient = await recipientActedFor(db, actor, recipientId);
  return markNoticesReadIn(db, actor, { recipientId: recipient.id }, noticeIds, actor.role === 'representative' ? recipient.id : null);
}
