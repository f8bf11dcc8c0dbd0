import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { providerRegions, providers, regions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';

/** The provider the actor works for, with the regions it serves; null for anyone else. */
export async function getActorProvider(db: Db, actor: Actor) {
  if (!actor.providerId) return null;
  const [provider] = await db
    .select({
      id: providers.id,
      kind: providers.kind,
      bin: providers.bin,
      iin: providers.iin,
      name: providers.name,
      legalAddress: providers.legalAddress,
      status: providers.status,
      iban: providers.iban,
      bankName: providers.bankName,
    })
    .from(providers)
    .where(eq(providers.id, actor.providerId));
  if (!provider) return null;
  const served = await db
    .select({ kato: regions.kato, nameKk: regions.nameKk, nameRu: regions.nameRu, nameEn: regions.nameEn })
    .from(providerRegions)
    .innerJoin(regions, eq(regions.kato, providerRegions.kato))
    .where(eq(providerRegions.providerId, provider.id))
    .orderBy(asc(regions.kato));
  return { ...provider, regions: served };
}
