import Papa from 'papaparse';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acts, paymentRegistries, paymentRegistryActs, providers } from '@/db/schema';
import { formatTenge, money, sumMoney } from '@/lib/money';

/**
 * The file for the treasury: one row per provider with its BIN (an entrepreneur's IIN), name,
 * IBAN, BIK, the amount (the exact sum of its acts) and the act numbers, as UTF-8 CSV with a
 * byte-order mark so spreadsheet programs read Cyrillic right.
 */
export async function registryCsv(db: Db, registryId: string): Promise<string> {
  const rows = await db
    .select({ providerId: providers.id, bin: sql<string>`coalesce(${providers.bin}, ${providers.iin})`, name: providers.name, iban: providers.iban, bik: providers.bik, number: acts.number, amount: paymentRegistryActs.amount })
    .from(paymentRegistryActs)
    .innerJoin(acts, eq(acts.id, paymentRegistryActs.actId))
    .innerJoin(providers, eq(providers.id, paymentRegistryActs.providerId))
    .where(eq(paymentRegistryActs.registryId, registryId))
    .orderBy(asc(providers.name), asc(acts.number));
  const byProvider = new Map<string, typeof rows>();
  for (const row of rows) byProvider.set(row.providerId, [...(byProvider.get(row.providerId) ?? []), row]);
  const data = [...byProvider.values()].map((group) => ({
    provider_bin: group[0]!.bin,
    provider_name: group[0]!.name,
    iban: group[0]!.iban,
    bik: group[0]!.bik,
    amount: formatTenge(sumMoney(group.map((r) => money(r.amount)))),
    acts: group.map((r) => r.number).join(';'),
  }));
  return `\uFEFF${Papa.unparse(data, { columns: ['provider_bin', 'provider_name', 'iban', 'bik', 'amount', 'acts'], newline: '\r\n' })}\r\n`;
}

export async function findRegistryForOffice(db: Db, officeId: string, registryId: string) {
  const [registry] = await db.select().from(paymentRegistries).where(eq(paymentRegistries.id, registryId));
  return registry && registry.officeId === officeId ? registry : null;
}
