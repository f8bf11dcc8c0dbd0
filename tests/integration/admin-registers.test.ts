import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, providers, regions } from '@/db/schema';
import { withCheckDigit } from '@/db/seed/identifiers';
import type { Actor } from '@/lib/auth/actor';
import { verifyAuditChain } from '@/lib/audit';
import { now } from '@/lib/clock';
import { providerSearchSchema } from '@/lib/providers/schemas';
import { escapeLike, getRegisteredProvider, REGISTER_PAGE_SIZE, searchProviderRegister } from '@/lib/providers/register-queries';
import { addDistrict, renameRegion } from '@/lib/regions/manage-regions';
import { districtInputSchema, regionNamesInputSchema } from '@/lib/regions/schemas';
import { seededTestDatabase } from '../support/database';
import { actorOf } from '../support/actors';
import { failure } from '../support/refusal';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;

const actorByLogin = (login: string) => actorOf(db(), login);
const loginOf = (role: string) => database.accounts.find((a) => a.role === role)!.login;


let admin: Actor;
let providerAdmin: Actor;
let officer: Actor;
const search = (input: Record<string, unknown>) => searchProviderRegister(db(), providerSearchSchema.parse(input));

/** 30 providers registered a minute apart after the demo ones: every third pending, every fifth rejected. */
const extra = Array.from({ length: 30 }, (_, i) => {
  const n = String(i).padStart(2, '0');
  const status = i % 5 === 0 ? ('rejected' as const) : i % 3 === 0 ? ('pending' as const) : ('verified' as const);
  return {
    kind: 'organisation' as const,
    bin: withCheckDigit(`26014000${n}`),
    iin: null,
    name: `ТОО «Реестр-${n}»`,
    legalAddress: 'Астана, ул. Тестовая, 1',
    phone: '+77010000000',
    email: `r${n}@example.kz`,
    iban: 'KZ86125KZT5004100100',
    bik: 'KCJBKZKX',
    bankName: 'АО «Банк ЦентрКредит»',
    status,
    statusReason: status === 'rejected' ? 'Неполные сведения' : null,
    createdAt: new Date(now().getTime() + (i + 1) * 60_000),
  };
});

beforeAll(async () => {
  database = await seededTestDatabase(now());
  admin = await actorByLogin(loginOf('administrator'));
  providerAdmin = await actorByLogin(loginOf('provider_admin'));
  officer = await actorByLogin(loginOf('office_officer'));
  await db().insert(providers).values(extra);
  // Names with LIKE's wildcard characters, to see they are matched literally.
  await db()
    .insert(providers)
    .values([
      { ...extra[0]!, bin: withCheckDigit('2602400001'), name: 'ТОО «100% Забота»', email: 'p@example.kz', status: 'verified', statusReason: null },
      { ...extra[0]!, bin: withCheckDigit('2602400002'), name: 'ТОО «Шаг_вперёд»', email: 'u@example.kz', status: 'verified', statusReason: null },
    ]);
}, 180_000);
afterAll(async () => {
  await database?.close();
});

describe('provider register search', () => {
  it('finds by a fragment of the name in any case, newest first, 25 to a page with the total', async () => {
    const first = await search({ q: 'реестр' });
    expect(first.total).toBe(30);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(REGISTER_PAGE_SIZE);
    expect(first.items.slice(0, 3).map((p) => p.name)).toEqual(['ТОО «Реестр-29»', 'ТОО «Реестр-28»', 'ТОО «Реестр-27»']);
    const second = await search({ q: 'РЕЕСТР', page: '2' });
    expect(second.page).toBe(2);
    expect(second.items.map((p) => p.name)).toEqual(['ТОО «Реестр-04»', 'ТОО «Реестр-03»', 'ТОО «Реестр-02»', 'ТОО «Реестр-01»', 'ТОО «Реестр-00»']);
    // No provider appears on both pages.
    const ids = new Set([...first.items, ...second.items].map((p) => p.id));
    expect(ids.size).toBe(30);
    // A page past the end shows the last one rather than nothing.
    const beyond = await search({ q: 'реестр', page: '9' });
    expect([beyond.page, beyond.items.length]).toEqual([2, 5]);
  });

  it('finds by a whole BIN or IIN, and by the start of one, but not by digits inside it', async () => {
    const [medtech] = await db().select().from(providers).where(eq(providers.name, 'ТОО «Медтехника Сарыарка»'));
    const byBin = await search({ q: medtech!.bin! });
    expect(byBin.items.map((p) => p.id)).toEqual([medtech!.id]);
    const byPrefix = await search({ q: medtech!.bin!.slice(0, 7) });
    expect(byPrefix.items.map((p) => p.id)).toEqual([medtech!.id]);
    expect((await search({ q: medtech!.bin!.slice(2, 9) })).total).toBe(0);
    const entrepreneurIin = withCheckDigit('8805124000');
    const byIin = await search({ q: entrepreneurIin });
    expect(byIin.items.map((p) => [p.kind, p.iin])).toEqual([['entrepreneur', entrepreneurIin]]);
    // Every one of the 30 shares the prefix 260140.
    expect((await search({ q: '260140' })).total).toBe(30);
  });

  it('filters by status, alone and with a search', async () => {
    const pending = await search({ q: 'Реестр', status: 'pending' });
    expect(pending.total).toBe(extra.filter((p) => p.status === 'pending').length);
    expect(pending.items.every((p) => p.status === 'pending')).toBe(true);
    const rejected = await search({ status: 'rejected' });
    expect(rejected.items.map((p) => p.name).sort()).toEqual(extra.filter((p) => p.status === 'rejected').map((p) => p.name).sort());
    expect((await search({ status: 'suspended' })).total).toBe(0);
    const all = await search({});
    const stored = (await db().select({ value: count() }).from(providers))[0]!.value;
    expect(all.total).toBe(stored);
  });

  it('matches %, _ and \\ literally', async () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect((await search({ q: '%' })).items.map((p) => p.name)).toEqual(['ТОО «100% Забота»']);
    expect((await search({ q: '_' })).items.map((p) => p.name)).toEqual(['ТОО «Шаг_вперёд»']);
    expect((await search({ q: '\\' })).total).toBe(0);
  });

  it('refuses a malformed search', () => {
    expect(providerSearchSchema.safeParse({ status: 'deleted' }).success).toBe(false);
    expect(providerSearchSchema.safeParse({ page: '0' }).success).toBe(false);
    expect(providerSearchSchema.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
  });

  it("shows one provider's details with its regions and active items; an unknown id is null", async () => {
    const [medtech] = await db().select().from(providers).where(eq(providers.name, 'ТОО «Медтехника Сарыарка»'));
    const view = await getRegisteredProvider(db(), medtech!.id);
    expect(view?.regions.map((r) => r.kato)).toEqual(['110000000', '710000000']);
    expect(view?.activeItems).toBeGreaterThan(0);
    expect(await getRegisteredProvider(db(), '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});

describe('regions', () => {
  const district = { parentKato: '350000000', kato: '359990000', nameKk: 'Сынақ ауданы', nameRu: 'Тестовый район', nameEn: 'Test District' };
  const regionCount = async () => (await db().select({ value: count() }).from(regions))[0]!.value;
  const auditOf = (kato: string, action: string) =>
    db().select().from(auditLog).where(and(eq(auditLog.entityType, 'region'), eq(auditLog.entityId, kato), eq(auditLog.action, action)));

  it('adds a district under an oblast, with its audit entry', async () => {
    await addDistrict(db(), admin, districtInputSchema.parse(district));
    const [row] = await db().select().from(regions).where(eq(regions.kato, district.kato));
    expect(row).toMatchObject({ parentKato: '350000000', level: 'district', nameRu: 'Тестовый район' });
    const [entry] = await auditOf(district.kato, 'region.add_district');
    expect(entry?.actorUserId).toBe(admin.userId);
    expect(entry?.data).toMatchObject({ parentKato: '350000000', names: { kk: 'Сынақ ауданы', ru: 'Тестовый район', en: 'Test District' } });
  });

  it('adds a district under a city of republican significance', async () => {
    await addDistrict(db(), admin, { ...district, parentKato: '750000000', kato: '759990000' });
    expect((await db().select().from(regions).where(eq(regions.kato, '759990000')))[0]?.parentKato).toBe('750000000');
  });

  it('refuses a taken code, a wrong prefix, an unknown parent and a district as parent, writing nothing', async () => {
    const before = await regionCount();
    const [auditBefore] = await db().select({ value: count() }).from(auditLog);
    expect((await failure(addDistrict(db(), admin, district))).fields).toEqual(['kato:adminRegions.errors.kato_taken']);
    // A seeded district of Astana, and an oblast's own code, are taken too.
    expect((await failure(addDistrict(db(), admin, { ...district, parentKato: '710000000', kato: '711110000' }))).fields).toEqual(['kato:adminRegions.errors.kato_taken']);
    expect((await failure(addDistrict(db(), admin, { ...district, kato: '350000000' }))).fields).toEqual(['kato:adminRegions.errors.kato_taken']);
    expect((await failure(addDistrict(db(), admin, { ...district, kato: '711990000' }))).fields).toEqual(['kato:adminRegions.errors.kato_prefix']);
    expect((await failure(addDistrict(db(), admin, { ...district, parentKato: '990000000', kato: '999990000' }))).fields).toEqual([
      'parentKato:adminRegions.errors.parent_unknown',
    ]);
    expect((await failure(addDistrict(db(), admin, { ...district, parentKato: '711110000', kato: '711990000' }))).fields).toEqual([
      'parentKato:adminRegions.errors.parent_not_top_level',
    ]);
    expect(await regionCount()).toBe(before);
    const [auditAfter] = await db().select({ value: count() }).from(auditLog);
    expect(auditAfter?.value).toBe(auditBefore?.value);
    // The form of the code is the schema's: nine digits.
    expect(districtInputSchema.safeParse({ ...district, kato: '35999000' }).error?.issues.map((i) => i.message)).toEqual(['validation.kato']);
  });

  it('renames a region keeping its code, with the names before and after in the audit', async () => {
    await renameRegion(db(), admin, regionNamesInputSchema.parse({ kato: '620000000', nameKk: ' Ұлытау облысы (жаңа) ', nameRu: 'Улытауская область', nameEn: 'Ulytau Region' }));
    const [row] = await db().select().from(regions).where(eq(regions.kato, '620000000'));
    expect([row?.nameKk, row?.nameRu, row?.level]).toEqual(['Ұлытау облысы (жаңа)', 'Улытауская область', 'oblast']);
    const [entry] = await auditOf('620000000', 'region.rename');
    expect(entry?.data).toMatchObject({ before: { ru: 'область Ұлытау' }, after: { ru: 'Улытауская область', kk: 'Ұлытау облысы (жаңа)' } });
    const unknown = await failure(renameRegion(db(), admin, { kato: '999999999', nameKk: 'Жоқ', nameRu: 'Нет', nameEn: 'None' }));
    expect([unknown.code, unknown.detail]).toEqual(['not_found', 'adminRegions.errors.not_found']);
    expect(regionNamesInputSchema.safeParse({ kato: '620000000', nameKk: 'Ұ', nameRu: 'У', nameEn: 'U' }).success).toBe(false);
  });

  it('lets only administrators change regions', async () => {
    for (const actor of [providerAdmin, officer]) {
      expect((await failure(addDistrict(db(), actor, { ...district, kato: '359980000' }))).code).toBe('forbidden');
      expect((await failure(renameRegion(db(), actor, { kato: '620000000', nameKk: 'Ұлытау', nameRu: 'Улытау', nameEn: 'Ulytau' }))).code).toBe('forbidden');
    }
    expect(await db().select().from(regions).where(eq(regions.kato, '359980000'))).toEqual([]);
    expect((await db().select().from(regions).where(eq(regions.kato, '620000000')))[0]?.nameRu).toBe('Улытауская область');
  });

  it('keeps the audit chain whole', async () => {
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
