import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import postgres from 'postgres';
import type { DatabaseConnection } from '@/db/client';
import { iprMeasures, iprs, recipients, regions } from '@/db/schema';
import { prepareDatabase, type DemoAccount } from '@/db/seed';
import { seedMarketplace, type MarketplaceSeedResult } from './seed-marketplace';

/** Who the page benchmark signs in as, and what their marketplace search is about. */
export interface MarketplaceFixture {
  recipient: { login: string; password: string; name: string; kato: string; parentKato: string | null; codes: string[] };
  accounts: DemoAccount[];
  seed: MarketplaceSeedResult;
  prepareMs: number;
}

/**
 * Does what the server's start-up does on an empty data folder (migrations, reference data,
 * demo people and keystores: db/startup.ts → prepareDatabase), then adds the benchmark
 * marketplace. The server later opens the same folder and finds everything in place.
 */
export async function prepareMarketplaceDatabase(connection: DatabaseConnection, dataDir: string, at: Date): Promise<MarketplaceFixture> {
  const started = performance.now();
  const accounts = await prepareDatabase(connection, { at, demo: true, dataDir });
  if (!accounts) throw new Error('demo accounts were not created');
  const prepareMs = performance.now() - started;
  const seed = await seedMarketplace(connection.db, { at });
  return { recipient: await recipientFixture(connection, accounts), accounts, seed, prepareMs };
}

/** The first demo recipient: their district, its parent, and the codes their IPR grants. */
export async function recipientFixture(connection: DatabaseConnection, accounts: DemoAccount[]): Promise<MarketplaceFixture['recipient']> {
  const account = accounts.find((a) => a.role === 'recipient');
  if (!account?.iin) throw new Error('no demo recipient');
  const db = connection.db;
  const [person] = await db
    .select({ id: recipients.id, kato: recipients.kato, parentKato: regions.parentKato })
    .from(recipients)
    .innerJoin(regions, eq(regions.kato, recipients.kato))
    .where(eq(recipients.iin, account.iin));
  if (!person?.kato) throw new Error('demo recipient has no district');
  const measures = await db
    .selectDistinct({ code: iprMeasures.classifierCode })
    .from(iprMeasures)
    .innerJoin(iprs, eq(iprs.id, iprMeasures.iprId))
    .where(and(eq(iprs.recipientId, person.id), eq(iprs.status, 'active')))
    .orderBy(asc(iprMeasures.classifierCode));
  return {
    login: account.login,
    password: account.password,
    name: account.name,
    kato: person.kato,
    parentKato: person.parentKato,
    codes: measures.map((m) => m.code),
  };
}

/** A fresh database on a PostgreSQL server on this machine, for one benchmark run; drop() removes it. */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const host = new URL(serverUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error('BENCH_DATABASE_URL must point to this machine');
  const name = `qamqor_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
