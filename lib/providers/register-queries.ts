import { and, asc, count, desc, eq, ilike, like, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '@/db/client';
import { catalogItems, providerRegions, providers, regions, type ProviderStatus } from '@/db/schema';
import type { providerSearchSchema } from './schemas';

/** Rows per page of the administrators' provider register. */
export const REGISTER_PAGE_SIZE = 25;

export type ProviderSearch = z.infer<typeof providerSearchSchema>;

/** A LIKE pattern that matches the text literally: its %, _ and \ are not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * What the search box matches: a fragment of the name (any case), or the start of a BIN or
 * IIN (a whole 12-digit number therefore finds exactly that provider).
 */
function searchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const byName = ilike(providers.name, `%${escapeLike(text)}%`);
  if (!/^\d{1,12}$/.test(text)) return byName;
  return or(byName, like(providers.bin, `${text}%`), like(providers.iin, `${text}%`));
}

/**
 * The provider register for administrators: every provider whatever its status, newest first,
 * a page at a time with the total. A page past the end is brought back to the last one.
 */
export async function searchProviderRegister(db: Db, search: ProviderSearch) {
  const where = and(searchCondition(search.q), search.status ? eq(providers.status, search.status) : undefined);
  const [counted] = await db.select({ total: count() }).from(providers).where(where);
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const items = await db
    .select({
      id: providers.id,
      kind: providers.kind,
      bin: providers.bin,
      iin: providers.iin,
      name: providers.name,
      status: providers.status,
      createdAt: providers.createdAt,
    })
    .from(providers)
    .where(where)
    .orderBy(desc(providers.createdAt), desc(providers.id))
    .limit(REGISTER_PAGE_SIZE)
    .offset((page - 1) * REGISTER_PAGE_SIZE);
  return { items, total, page, pageCount, pageSize: REGISTER_PAGE_SIZE };
}

export interface RegisteredProvider {
  id: string;
  kind: 'organisation' | 'entrepreneur';
  bin: string | null;
  iin: string | null;
  name: string;
  legalAddress: string;
  phone: string;
  email: string;
  iban: string;
  bik: string;
  bankName: string;
  status: ProviderStatus;
  statusReason: string | null;
  statusChangedAt: Date | null;
  createdAt: Date;
  regions: { kato: string; level: 'oblast' | 'city' | 'district'; nameKk: string; nameRu: string; nameEn: string }[];
  activeItems: number;
}

/** One provider as the register shows it to an administrator, or null for an unknown id. */
export async function getRegisteredProvider(db: Db, id: string): Promise<RegisteredProvider | null> {
  const [provider] = await db
    .select({
      id: providers.id,
      kind: providers.kind,
      bin: providers.bin,
      iin: providers.iin,
      name: providers.name,
      legalAddress: providers.legalAddress,
      phone: providers.phone,
      email: providers.email,
      iban: providers.iban,
      bik: providers.bik,
      bankName: providers.bankName,
      status: providers.status,
      statusReason: providers.statusReason,
      statusChangedAt: providers.statusChangedAt,
      createdAt: providers.createdAt,
    })
    .from(providers)
    .where(eq(providers.id, id));
  if (!provider) return null;
  const served = await db
    .select({ kato: regions.kato, level: regions.level, nameKk: regions.nameKk, nameRu: regions.nameRu, nameEn: regions.nameEn })
    .from(providerRegions)
    .innerJoin(regions, eq(regions.kato, providerRegions.kato))
    .where(eq(providerRegions.providerId, id))
    .orderBy(asc(regions.kato));
  const [items] = await db
    .select({ active: count() })
    .from(catalogItems)
    .where(and(eq(catalogItems.providerId, id), eq(catalogItems.status, 'active')));
  return { ...provider, regions: served, activeItems: items?.active ?? 0 };
}
