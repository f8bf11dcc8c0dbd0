import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from './actor';

/** Remembers the signed-in person's language, so it follows them to another device. */
export async function setPreferredLocale(db: Db, actor: Actor, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, actor.userId));
}
