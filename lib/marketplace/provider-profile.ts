import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { providerRegions, providers, regions } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { listProviderItems } from '@/lib/catalog/queries';
import { providerDecisionRates } from '@/lib/orders/decision-rates';

/**
 * A provider's public page: who it is, where it serves, what it offers and how it answers orders. Pending and rejected
 * providers have no public page; a suspended one shows that it takes no orders now.
 */
export async function providerProfile(db: Db, providerId: string, onDate: LocalDate) {
  const [provider] = await db
    .select({ id: providers.id, name: providers.name, kind: providers.kind, bin: providers.bin, legalAddress: providers.legalAddress, phone: providers.phone, email: providers.email, status: providers.status })
    .from(providers)
    .where(and(eq(providers.id, providerId), inArray(providers.status, ['verified', 'suspended'])));
  if (!provider) return null;
  const [served, items, decisions] = await Promise.all([
    db
      .select({ kato: regions.kato, level: regions.level, nameKk: regions.nameKk, nameRu: regions.nameRu, nameEn: regions.nameEn })
      .from(providerRegions)
      .innerJoin(regions, eq(regions.kato, providerRegions.kato))
      .where(eq(providerRegions.providerId, providerId))
      .orderBy(asc(regions.kato)),
    listProviderItems(db, providerId, onDate),
    // How it answers orders (median decision time, refusal rate), over every order that reached it.
    providerDecisionRates(db, providerId),
  ]);
  return { ...provider, regions: served, items, decisions };
}
