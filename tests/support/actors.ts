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

/** The demo people the journal and act tests act as, by the names the demo seed gives them. */
export async function demoActors(db: Db, accounts: { role: string; name: string; login: string }[]) {
  const login = (role: string, prefix: string) => accounts.find((a) => a.role === role && a.name.startsWith(prefix))!.login;
  return {
    /** ИП Сейткали: the assistant and sign language in Astana. */
    entrepreneur: await actorOf(db, login('provider_admin', 'Сейткали')),
    medtech: await actorOf(db, login('provider_admin', 'Искаков')),
    assistantWorker: await actorOf(db, login('provider_worker', 'Бекова')),
    signWorker: await actorOf(db, login('provider_worker', 'Мухамедиева')),
    astanaOfficer: await actorOf(db, login('office_officer', 'Сапарова')),
    karagandaOfficer: await actorOf(db, login('office_officer', 'Петров')),
    client: await actorOf(db, accounts.find((a) => a.role === 'integration_client')!.login),
  };
}
