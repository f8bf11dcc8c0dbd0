import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';

/** The actor of the account with this login, as a request signed in as them would have. */
export async function actorOf(db: Db, login: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.login, login.toLowerCase()));
  if (!user) throw new Error(`no account ${login}`);
  const actor = await loadActor(db, user.id, user.sessionVersion);
  if (!actor) throw new Error(`account ${login} is not active`);
  return actor;
}
