import type { Db } from '@/db/client';
import type { Locale } from '@/lib/i18n/config';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { listNoticesIn, markNoticesReadIn, unreadNoticesIn } from './notice-box';

/** The provider the actor works for; an account linked to none has no notices to read. */
function providerBox(actor: Actor) {
  assertPermission(actor, 'provider.notices');
  if (!actor.providerId) throw new AppError('forbidden');
  return { providerId: actor.providerId };
}

/** The actor's provider's cabinet notices, newest first, with how many are unread in all. */
export async function listProviderNotices(db: Db, actor: Actor, locale: Locale) {
  return listNoticesIn(db, providerBox(actor), locale);
}

/** How many of the actor's provider's notices are unread (the provider's home counts them). */
export async function unreadProviderNotices(db: Db, actor: Actor): Promise<number> {
  return unreadNoticesIn(db, providerBox(actor));
}

/** Marks the actor's provider's notices as read (the ones named, or all); audited. */
export async function markProviderNoticesRead(db: Db, actor: Actor, noticeIds?: readonly string[]): Promise<string[]> {
  return markNoticesReadIn(db, actor, providerBox(actor), noticeIds);
}
