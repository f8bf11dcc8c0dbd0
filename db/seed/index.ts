import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import type { DatabaseConnection } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { users } from '@/db/schema';
import { seedDemoData, type DemoAccount } from './demo';
import { ensureDemoCa, issueDemoKeystores } from './demo-pki';
import { seedReferenceData } from './reference';

export type { DemoAccount } from './demo';

/**
 * Brings a database to the current schema and fills what is missing: reference data always,
 * demo people only into an empty database and only when asked. Returns the demo accounts
 * (new or from an earlier start) so they can be printed.
 */
export async function prepareDatabase(
  connection: DatabaseConnection,
  options: { at: Date; demo: boolean; dataDir: string; pki?: boolean },
): Promise<DemoAccount[] | null> {
  await migrateDatabase(connection);
  await seedReferenceData(connection.db, options.at);
  if (!options.demo) return null;
  const accountsFile = path.resolve(options.dataDir, 'demo-accounts.json');
  const [existing] = await connection.db.select({ n: count() }).from(users);
  const withPki = options.pki ?? true;
  // The demo CA's CRL is refreshed at every start, so revocation checks keep passing.
  const ca = withPki ? await ensureDemoCa(options.dataDir, options.at) : null;
  if ((existing?.n ?? 0) > 0) {
    return fs.existsSync(accountsFile) ? (JSON.parse(fs.readFileSync(accountsFile, 'utf8')) as DemoAccount[]) : null;
  }
  const seeded = await seedDemoData(connection.db, options.at);
  const accounts = ca ? await issueDemoKeystores(ca, seeded, options.dataDir, options.at) : seeded;
  fs.mkdirSync(path.dirname(accountsFile), { recursive: true });
  fs.writeFileSync(accountsFile, JSON.stringify(accounts, null, 2) + '\n', { mode: 0o600 });
  return accounts;
}

export function formatDemoAccounts(accounts: DemoAccount[], port: number): string {
  const width = Math.max(...accounts.map((a) => a.login.length));
  const lines = accounts.map((a) => `  ${a.role.padEnd(19)} ${a.login.padEnd(width)}  ${a.password}  ${a.name}`);
  return [
    `Qamqor demo data — sign in at http://localhost:${port}/sign-in with:`,
    `  ${'role'.padEnd(19)} ${'login'.padEnd(width)}  password`,
    ...lines,
    '(also in the data folder as demo-accounts.json)',
  ].join('\n');
}
