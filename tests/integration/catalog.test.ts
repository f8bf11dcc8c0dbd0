import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { catalogItemPrices, catalogItems, guaranteedSums, providerRegions, providers, recipients, users } from '@/db/schema';
import { ensureDemoCa, issueKeystorePair } from '@/db/seed/demo-pki';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { verifyAuditChain } from '@/lib/audit';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { createCatalogItem, updateCatalogItem, withdrawCatalogItem } from '@/lib/catalog/manage-items';
import { catalogItemInputSchema } from '@/lib/catalog/schemas';
import { getCatalogItem, priceHistory } from '@/lib/catalog/queries';
import { addCatalogItemPhoto, MAX_PHOTO_BYTES, readCatalogItemPhoto, removeCatalogItemPhoto } from '@/lib/catalog/photos';
import { addGuaranteedSum } from '@/lib/classifier/manage-classifier';
import { listClassifier } from '@/lib/classifier/queries';
import { guaranteedSumInputSchema } from '@/lib/classifier/schemas';
import { now } from '@/lib/clock';
import { submitSignature } from '@/lib/documents/submit-signature';
import { documents } from '@/db/schema';
import { entitledCodes } from '@/lib/entitlements/queries';
import { AppError } from '@/lib/errors';
import { searchOffers, searchProviders } from '@/lib/marketplace/search';
import { reapplyAfterRejection, registerProvider } from '@/lib/providers/registration';
import { reviewProvider } from '@/lib/providers/review';
import { providerRegistrationSchema, providerReviewSchema } from '@/lib/providers/schemas';
import { setServiceRegions } from '@/lib/providers/service-regions';
import { areaAround } from '@/lib/regions/region-tree';
import { inviteWorker, removeWorker } from '@/lib/providers/workers';
import { openKeystore } from '@/lib/signatures/keystore';
import { signDetachedCms } from '@/lib/signatures/sign-cms';
import { loadTrustStore } from '@/lib/signatures/trust-config';
import { seededTestDatabase } from '../support/database';
import { actorOf } from '../support/actors';
import { failure } from '../support/refusal';
import { resolveCabinetRecipient } from '@/lib/recipients/queries';
import { iprs } from '@/db/schema';
import { addDays } from '@/lib/calendar/local-date';
import { withCheckDigit } from '@/db/seed/identifiers';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const today = () => almatyDateOf(now());

const actorByLogin = (login: string) => actorOf(db(), login);
const loginOf = (role: string, pick: (a: (typeof database.accounts)[number]) => boolean = () => true) =>
  database.accounts.find((a) => a.role === role && pick(a))!.login;


let medtech: Actor; // Astana and Akmola
let inva: Actor; // Karaganda oblast
let admin: Actor;

beforeAll(async () => {
  database = await seededTestDatabase(now(), { pki: true });
  medtech = await actorByLogin(loginOf('provider_admin', (a) => a.name.startsWith('Искаков')));
  inva = await actorByLogin(loginOf('provider_admin', (a) => a.name.startsWith('Литвиненко')));
  admin = await actorByLogin(loginOf('administrator'));
}, 180_000);
afterAll(async () => {
  await database?.close();
});

const wheelchair = { classifierCode: 'WC-01', name: 'Коляска «Тест»', price: '125000.50', stock: 3, delivery: true, pickup: false, leadTimeDays: 4 };

describe('classifier and guaranteed sums', () => {
  it('shows the sum in force on each date, keeping the history', async () => {
    const before = (await listClassifier(db(), '2025-06-01')).find((e) => e.code === 'SRV-ASSISTANT');
    const after = (await listClassifier(db(), '2026-06-01')).find((e) => e.code === 'SRV-ASSISTANT');
    expect(before?.guaranteedSum).toBe('1380.00');
    expect(after?.guaranteedSum).toBe('1450.00');
    expect(after?.category).toBe('assistant');
    expect(after?.unit).toBe('hour');
  });

  it('adds a new sum from a future date and refuses one in the past', async () => {
    const past = await failure(addGuaranteedSum(db(), admin, { code: 'WC-01', amount: '130000.00', validFrom: '2026-01-01' }));
    expect(past.fields).toEqual(['validFrom:validation.sum_in_past']);
    await addGuaranteedSum(db(), admin, { code: 'WC-01', amount: '130000.00', validFrom: '2027-01-01' });
    const again = await failure(addGuaranteedSum(db(), admin, { code: 'WC-01', amount: '131000.00', validFrom: '2027-01-01' }));
    expect(again.code).toBe('conflict');
    expect((await listClassifier(db(), today())).find((e) => e.code === 'WC-01')?.guaranteedSum).toBe('120000.00');
    expect((await listClassifier(db(), '2027-01-01')).find((e) => e.code === 'WC-01')?.guaranteedSum).toBe('130000.00');
    const rows = await db().select().from(guaranteedSums).where(eq(guaranteedSums.classifierCode, 'WC-01'));
    expect(rows.map((r) => r.amount).sort()).toEqual(['120000.00', '130000.00']);
  });

  it('refuses a sum for a code outside the classifier, and absurd amounts', async () => {
    const unknown = await failure(addGuaranteedSum(db(), admin, { code: 'XX-99', amount: '100.00', validFrom: '2027-02-01' }));
    expect(unknown.fields).toEqual(['code:validation.unknown_classifier_code']);
    for (const amount of ['-5', '0', '0.00', '100000000.01', '1e6', '12.345', 'abc']) {
      expect(guaranteedSumInputSchema.safeParse({ code: 'WC-01', amount, validFrom: '2027-03-01' }).success, amount).toBe(false);
    }
    expect(guaranteedSumInputSchema.parse({ code: 'WC-01', amount: '1 250,5', validFrom: '2027-03-01' }).amount).toBe('1250.50');
  });

  it('lets only administrators change the classifier', async () => {
    expect((await failure(addGuaranteedSum(db(), medtech, { code: 'WC-01', amount: '1.00', validFrom: '2027-05-01' }))).code).toBe('forbidden');
  });
});

describe('catalog items', () => {
  it('creates an item with its price history and co-payment above the guaranteed sum', async () => {
    const item = await createCatalogItem(db(), medtech, catalogItemInputSchema.parse(wheelchair));
    const view = (await getCatalogItem(db(), item.id, today()))!.view;
    expect(view.guaranteedSum).toBe('120000.00');
    expect(view.coPayment).toBe('5000.50');
    const cheaper = await createCatalogItem(db(), medtech, catalogItemInputSchema.parse({ ...wheelchair, price: '99000' }));
    expect((await getCatalogItem(db(), cheaper.id, today()))!.view.coPayment).toBe('0.00');
    expect(await priceHistory(db(), item.id)).toHaveLength(1);
  });

  it('records every price change and refuses a stale version', async () => {
    const item = await createCatalogItem(db(), medtech, catalogItemInputSchema.parse(wheelchair));
    const changed = await updateCatalogItem(db(), medtech, item.id, { price: '119000.00', version: 1 });
    expect(changed.version).toBe(2);
    const stale = await failure(updateCatalogItem(db(), medtech, item.id, { price: '1.00', version: 1 }));
    expect(stale.code).toBe('conflict');
    const history = await priceHistory(db(), item.id);
    expect(history.map((h) => h.price)).toEqual(['119000.00', '125000.50']);
    // A change of stock alone is not a price change.
    await updateCatalogItem(db(), medtech, item.id, { stock: 10 });
    expect(await priceHistory(db(), item.id)).toHaveLength(2);
    // The history is append-only in the database itself.
    await expect(db().update(catalogItemPrices).set({ price: '1.00' }).where(eq(catalogItemPrices.catalogItemId, item.id))).rejects.toThrow();
  });

  it('refuses an item outside the classifier, without writing anything', async () => {
    const before = (await db().select({ value: count() }).from(catalogItems))[0]!.value;
    const refused = await failure(createCatalogItem(db(), medtech, { ...catalogItemInputSchema.parse(wheelchair), classifierCode: 'XX-1' }));
    expect(refused.fields).toEqual(['classifierCode:validation.unknown_classifier_code']);
    const after = (await db().select({ value: count() }).from(catalogItems))[0]!.value;
    expect(after).toBe(before);
  });

  it('needs stock and a way to reach the recipient for goods, and no stock for services', async () => {
    const noStock = await failure(createCatalogItem(db(), medtech, catalogItemInputSchema.parse({ ...wheelchair, stock: null })));
    expect(noStock.fields).toEqual(['stock:validation.stock_required']);
    const nowhere = await failure(createCatalogItem(db(), medtech, catalogItemInputSchema.parse({ ...wheelchair, delivery: false, pickup: false })));
    expect(nowhere.fields).toEqual(['delivery:validation.delivery_or_pickup']);
    const service = await failure(
      createCatalogItem(db(), medtech, catalogItemInputSchema.parse({ ...wheelchair, classifierCode: 'SRV-ASSISTANT', price: '1500', stock: 5 })),
    );
    expect(service.fields).toEqual(['stock:validation.stock_for_goods_only']);
  });

  it('refuses negative, zero, absurd and float-looking prices at the schema', () => {
    for (const price of ['-1', '0', '100000000.01', '12.345', 'NaN', '', '1e9']) {
      expect(catalogItemInputSchema.safeParse({ ...wheelchair, price }).success, price).toBe(false);
    }
    expect(catalogItemInputSchema.safeParse({ ...wheelchair, providerId: 'x' }).success).toBe(false);
  });

  it("treats another provider's item as not found and leaves it unchanged", async () => {
    const item = await createCatalogItem(db(), medtech, catalogItemInputSchema.parse(wheelchair));
    expect((await failure(updateCatalogItem(db(), inva, item.id, { price: '1.00' }))).detail).toBe('errors.not_found.catalog_item');
    expect((await failure(withdrawCatalogItem(db(), inva, item.id))).detail).toBe('errors.not_found.catalog_item');
    const [row] = await db().select().from(catalogItems).where(eq(catalogItems.id, item.id));
    expect(row?.price).toBe('125000.50');
    expect(row?.status).toBe('active');
  });

  it('withdraws an item instead of deleting it', async () => {
    const item = await createCatalogItem(db(), medtech, catalogItemInputSchema.parse(wheelchair));
    await withdrawCatalogItem(db(), medtech, item.id);
    const [row] = await db().select().from(catalogItems).where(eq(catalogItems.id, item.id));
    expect(row?.status).toBe('withdrawn');
    expect((await failure(updateCatalogItem(db(), medtech, item.id, { price: '1.00' }))).code).toBe('not_found');
  });
});

/** The codes a provider must list to serve a recipient living at this place, as the marketplace page asks. */
const servedAt = async (kato: string) => (await areaAround(db(), kato)).covering(kato);

async function recipientNamed(prefix: string) {
  const [row] = (await db().select().from(recipients)).filter((r) => r.fullName.startsWith(prefix));
  return row!;
}

describe('catalog photos', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
  it('accepts images by their bytes, at most five, and only on the provider\'s own items', async () => {
    const item = await createCatalogItem(db(), medtech, catalogItemInputSchema.parse(wheelchair));
    const photo = await addCatalogItemPhoto(db(), medtech, item.id, png, 'Коляска сбоку');
    const stored = await readCatalogItemPhoto(db(), photo.id);
    expect(stored?.contentType).toBe('image/png');
    expect(Buffer.from(stored!.bytes).equals(Buffer.from(png))).toBe(true);

    const pdf = new TextEncoder().encode('%PDF-1.7 not an image');
    expect((await failure(addCatalogItemPhoto(db(), medtech, item.id, pdf, 'Не фото'))).fields).toEqual(['photo:validation.photo_type']);
    const huge = new Uint8Array(MAX_PHOTO_BYTES + 1);
    huge.set(png);
    expect((await failure(addCatalogItemPhoto(db(), medtech, item.id, huge, 'Слишком большое'))).fields).toEqual(['photo:validation.photo_size']);
    expect((await failure(addCatalogItemPhoto(db(), inva, item.id, png, 'Чужое'))).code).toBe('not_found');
    expect((await failure(removeCatalogItemPhoto(db(), inva, photo.id))).code).toBe('not_found');

    for (let i = 0; i < 4; i++) await addCatalogItemPhoto(db(), medtech, item.id, png, `Фото ${i}`);
    expect((await failure(addCatalogItemPhoto(db(), medtech, item.id, png, 'Шестое'))).fields).toEqual(['photo:validation.photo_count']);
    await removeCatalogItemPhoto(db(), medtech, photo.id);
    expect(await readCatalogItemPhoto(db(), photo.id)).toBeNull();
  });
});

describe('marketplace', () => {
  it('offers a recipient only what their IPR entitles them to, in their region', async () => {
    const erlan = await recipientNamed('Жумабаев'); // Astana: assistant hours and an electric wheelchair
    const codes = await entitledCodes(db(), erlan.id, today());
    expect(codes.sort()).toEqual(['SRV-ASSISTANT', 'WC-04']);
    const found = await searchOffers(db(), { servedIn: await servedAt(erlan.kato!), codes, sort: 'price', onDate: today() });
    expect(new Set(found.items.map((i) => i.code))).toEqual(new Set(['SRV-ASSISTANT', 'WC-04']));
    expect(found.items.every((i) => codes.includes(i.code))).toBe(true);
    // The Karaganda provider's items never reach an Astana recipient.
    expect(found.items.some((i) => i.providerId === inva.providerId)).toBe(false);
    const electric = found.items.find((i) => i.code === 'WC-04')!;
    expect(electric.coPayment).toBe('70000.00');
  });

  it('acts only for the recipient themselves or those a representative represents', async () => {
    const erlan = await actorByLogin(loginOf('recipient', (a) => a.name.startsWith('Жумабаев')));
    const mother = await actorByLogin(loginOf('representative'));
    const child = await recipientNamed('Нурланов');
    const other = await recipientNamed('Ахметова');
    expect((await resolveCabinetRecipient(db(), erlan, other.id)).chosen).toBeNull();
    expect((await resolveCabinetRecipient(db(), erlan)).chosen?.id).toBe(erlan.recipientId);
    expect((await resolveCabinetRecipient(db(), mother, child.id)).chosen?.id).toBe(child.id);
    expect((await resolveCabinetRecipient(db(), mother, other.id)).chosen).toBeNull();
    expect(await entitledCodes(db(), child.id, today())).toEqual(['WC-05']);
  });

  it('entitles nothing outside the IPR validity or before a measure starts', async () => {
    const child = await recipientNamed('Нурланов');
    const [ipr] = await db().select().from(iprs).where(eq(iprs.recipientId, child.id));
    expect(await entitledCodes(db(), child.id, ipr!.validTo)).toEqual(['WC-05']);
    expect(await entitledCodes(db(), child.id, addDays(ipr!.validTo, 1))).toEqual([]);
    expect(await entitledCodes(db(), child.id, addDays(ipr!.validFrom, -1))).toEqual([]);
  });

  it("hides a provider outside the recipient's region even for an entitled item", async () => {
    const viktor = await recipientNamed('Ким'); // Karaganda: prosthesis and sanatorium
    const servedIn = await servedAt(viktor.kato!);
    const karaganda = await searchOffers(db(), { servedIn, codes: ['TA-TACTILE-CANE'], sort: 'price', onDate: today() });
    expect(karaganda.items.map((i) => i.providerId)).toEqual([inva.providerId]);
    const astana = await searchOffers(db(), { servedIn: ['710000000'], codes: ['TA-TACTILE-CANE'], sort: 'price', onDate: today() });
    expect(astana.items.map((i) => i.providerId)).toEqual([medtech.providerId]);
  });

  it('filters by delivery, pickup, stock and price and sorts by lead time', async () => {
    const base = { servedIn: ['710000000'], codes: ['WC-01', 'WC-04', 'WC-05', 'TA-WALKER', 'TA-HEARING-AID'], onDate: today() };
    const all = await searchOffers(db(), { ...base, sort: 'price' });
    const prices = all.items.map((i) => i.price);
    expect(prices).toEqual([...prices].sort((a, b) => Number(a) - Number(b)));
    const inStock = await searchOffers(db(), { ...base, sort: 'price', inStock: true });
    expect(inStock.items.some((i) => i.code === 'TA-WALKER')).toBe(false);
    expect(all.items.some((i) => i.code === 'TA-WALKER')).toBe(true);
    const delivered = await searchOffers(db(), { ...base, sort: 'price', delivery: true });
    expect(delivered.items.every((i) => i.delivery)).toBe(true);
    expect(delivered.items.some((i) => i.code === 'TA-HEARING-AID')).toBe(false);
    const pickup = await searchOffers(db(), { ...base, sort: 'price', pickup: true });
    expect(pickup.items.every((i) => i.pickup)).toBe(true);
    const band = await searchOffers(db(), { ...base, sort: 'price', minPrice: '100000.00', maxPrice: '200000.00' });
    expect(band.items.length).toBeGreaterThan(0);
    expect(band.items.every((i) => Number(i.price) >= 100000 && Number(i.price) <= 200000)).toBe(true);
    const byLead = await searchOffers(db(), { ...base, sort: 'lead_time' });
    const leads = byLead.items.map((i) => i.leadTimeDays);
    expect(leads).toEqual([...leads].sort((a, b) => a - b));
  });

  it('pages through every offer once with the cursor', async () => {
    for (let i = 0; i < 45; i++) {
      await createCatalogItem(db(), medtech, catalogItemInputSchema.parse({ ...wheelchair, name: `Коляска ${i}`, price: String(100000 + (i % 7) * 1000) }));
    }
    const query = { servedIn: ['710000000'], codes: ['WC-01'], onDate: today() };
    for (const sort of ['price', 'lead_time'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchOffers(db(), { ...query, sort, cursor });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const total = (
        await db()
          .select({ value: count() })
          .from(catalogItems)
          .where(and(eq(catalogItems.classifierCode, 'WC-01'), eq(catalogItems.status, 'active')))
      )[0]!.value;
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(seen.length);
    }
    await expect(searchOffers(db(), { ...query, sort: 'price', cursor: 'bm90LWpzb24' })).rejects.toThrow(AppError);

    // Many codes take the single-branch path; it must page the same way.
    const allCodes = (await listClassifier(db(), today())).map((e) => e.code);
    expect(allCodes.length).toBeGreaterThan(6);
    const seen: { id: string; price: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchOffers(db(), { servedIn: ['710000000'], codes: allCodes, sort: 'price', cursor, onDate: today() });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const active = await db()
      .select({ id: catalogItems.id })
      .from(catalogItems)
      .innerJoin(providerRegions, eq(providerRegions.providerId, catalogItems.providerId))
      .innerJoin(providers, eq(providers.id, catalogItems.providerId))
      .where(and(eq(catalogItems.status, 'active'), eq(providerRegions.kato, '710000000'), eq(providers.status, 'verified')));
    expect(new Set(seen.map((i) => i.id))).toEqual(new Set(active.map((a) => a.id)));
    expect(seen.map((i) => i.price)).toEqual([...seen.map((i) => i.price)].sort((a, b) => Number(a) - Number(b)));
  });

  it('lists providers serving a region for the API, with the offers of one code', async () => {
    const district = (await recipientNamed('Жумабаев')).kato!;
    const result = await searchProviders(db(), { region: district, code: 'SRV-ASSISTANT', limit: 20, onDate: today() });
    expect(result.items).toHaveLength(1);
    expect(result.items[0]!.offers.every((o) => o.code === 'SRV-ASSISTANT')).toBe(true);
    expect(result.items[0]!.regions).toContain('710000000');
    const oblast = await searchProviders(db(), { region: '350000000', limit: 20, onDate: today() });
    expect(oblast.items.map((p) => p.id)).toEqual([inva.providerId]);
    expect((await failure(searchProviders(db(), { region: '999999999', limit: 20, onDate: today() }))).fields).toEqual(['region:validation.unknown_kato']);
    expect((await failure(searchProviders(db(), { code: 'NOPE', limit: 20, onDate: today() }))).fields).toEqual(['code:validation.unknown_classifier_code']);
    const paged = await searchProviders(db(), { limit: 1, onDate: today() });
    expect(paged.items).toHaveLength(1);
    const next = await searchProviders(db(), { limit: 1, cursor: paged.nextCursor!, onDate: today() });
    expect(next.items[0]!.id > paged.items[0]!.id).toBe(true);
  });
});

describe('service regions', () => {
  it('refuses an unknown KATO code and writes nothing', async () => {
    const before = await db().select().from(providerRegions).where(eq(providerRegions.providerId, inva.providerId!));
    const refused = await failure(setServiceRegions(db(), inva, ['350000000', '123456789']));
    expect(refused.fields).toEqual(['katos:validation.unknown_kato']);
    const after = await db().select().from(providerRegions).where(eq(providerRegions.providerId, inva.providerId!));
    expect(after).toEqual(before);
  });

  it('drops a district already covered by its oblast, and an Astana provider reaches Astana recipients only', async () => {
    const karagandaDistrict = (await recipientNamed('Ким')).kato!;
    const kept = await setServiceRegions(db(), inva, ['350000000', karagandaDistrict]);
    expect(kept).toEqual(['350000000']);
    const erlan = await recipientNamed('Жумабаев');
    const astana = await searchOffers(db(), { servedIn: await servedAt(erlan.kato!), codes: ['TA-TACTILE-CANE'], sort: 'price', onDate: today() });
    expect(astana.items.some((i) => i.providerId === inva.providerId)).toBe(false);
  });
});

describe('provider registration and review', () => {
  const bin = withCheckDigit('2104400077');
  const headIin = withCheckDigit('8202024000');
  const registration = () =>
    providerRegistrationSchema.parse({
      kind: 'organisation',
      bin,
      name: 'ТОО «Тест Реабилитация»',
      legalAddress: 'Астана, ул. Тестовая, 1',
      phone: '8 (701) 123-45-67',
      email: 'Test@Rehab.kz',
      iban: 'kz86 125K ZT50 0410 0100',
      bik: 'kcjbkzkx',
      bankName: 'АО «Банк ЦентрКредит»',
      headIin,
      headName: 'Тестов Тест Тестович',
      password: 'a-long-enough-password',
    });

  it('validates identifiers and bank details with the reason', () => {
    const bad = providerRegistrationSchema.safeParse({ ...registration(), bin: bin.slice(0, 11) + ((Number(bin[11]) + 1) % 10), iban: 'KZ00125KZT5004100100', bik: 'KCJB', phone: '123' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort();
    expect(messages).toEqual(['bik:validation.bik', 'bin:validation.bin.check_digit', 'iban:validation.iban.check_digits', 'phone:validation.phone']);
    const parsed = registration();
    expect(parsed.iban).toBe('KZ86125KZT5004100100');
    expect(parsed.phone).toBe('+77011234567');
    expect(parsed.email).toBe('test@rehab.kz');
  });

  it('registers as pending, is verified only once the head signed, and is then offered', async () => {
    const registered = await registerProvider(db(), registration(), 'ru');
    const [provider] = await db().select().from(providers).where(eq(providers.id, registered.providerId));
    expect(provider?.status).toBe('pending');
    expect((await failure(registerProvider(db(), registration(), 'ru'))).detail).toBe('errors.conflict.provider_registered');

    const early = await failure(reviewProvider(db(), admin, { providerId: registered.providerId, decision: 'verify' }));
    expect(early.detail).toBe('errors.rule_violation.application_unsigned');

    // The head signs the application with a certificate naming the organisation's BIN.
    const ca = await ensureDemoCa(database.dataDir, now());
    const pair = await issueKeystorePair(ca, { iin: headIin, fullName: 'Тестов Тест', organisation: { bin, name: 'ТОО «Тест Реабилитация»', role: 'first_head' } }, now(), 'test');
    const head = await actorByLogin(bin);
    const [application] = await db().select().from(documents).where(eq(documents.id, registered.applicationId));
    const cms = await signDetachedCms({ content: new Uint8Array(application!.canonical), ...openKeystore(new Uint8Array(pair.sign), pair.password), signingTime: now() });
    await submitSignature(db(), head, registered.applicationId, cms, loadTrustStore(path.join(database.dataDir, 'pki', 'trust')));

    expect((await failure(reviewProvider(db(), head, { providerId: registered.providerId, decision: 'verify' }))).code).toBe('forbidden');
    await reviewProvider(db(), admin, { providerId: registered.providerId, decision: 'verify' });
    const [verified] = await db().select().from(providers).where(eq(providers.id, registered.providerId));
    expect(verified?.status).toBe('verified');
    expect(verified?.signerCertificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const again = await failure(reviewProvider(db(), admin, { providerId: registered.providerId, decision: 'verify' }));
    expect(again.code).toBe('conflict');

    const headActor = await actorByLogin(bin);
    await setServiceRegions(db(), headActor, ['710000000']);
    const item = await createCatalogItem(db(), headActor, catalogItemInputSchema.parse({ ...wheelchair, classifierCode: 'WC-04', price: '900000' }));
    const offered = await searchOffers(db(), { servedIn: ['710000000'], codes: ['WC-04'], sort: 'price', onDate: today() });
    expect(offered.items[0]?.id).toBe(item.id);

    // Suspension needs a reason and takes the provider off the marketplace.
    expect(providerReviewSchema.safeParse({ providerId: registered.providerId, decision: 'suspend' }).success).toBe(false);
    await reviewProvider(db(), admin, { providerId: registered.providerId, decision: 'suspend', reason: 'Жалобы получателей' });
    const hidden = await searchOffers(db(), { servedIn: ['710000000'], codes: ['WC-04'], sort: 'price', onDate: today() });
    expect(hidden.items.some((i) => i.id === item.id)).toBe(false);
    const [suspended] = await db().select().from(providers).where(eq(providers.id, registered.providerId));
    expect(suspended?.statusReason).toBe('Жалобы получателей');
  });

  it('rejects a pending provider with the reason it will see', async () => {
    const registered = await registerProvider(
      db(),
      providerRegistrationSchema.parse({ ...registration(), kind: 'entrepreneur', bin: undefined, headIin: withCheckDigit('9001013000'), email: 'ip@rehab.kz' }),
      'kk',
    );
    await reviewProvider(db(), admin, { providerId: registered.providerId, decision: 'reject', reason: 'IBAN не принадлежит ИП' });
    const [rejected] = await db().select().from(providers).where(eq(providers.id, registered.providerId));
    expect([rejected?.status, rejected?.statusReason, rejected?.iin]).toEqual(['rejected', 'IBAN не принадлежит ИП', withCheckDigit('9001013000')]);

    // The entrepreneur corrects the IBAN and applies again: pending, with a new application to sign.
    const entrepreneur = await actorByLogin(withCheckDigit('9001013000'));
    const details = { name: rejected!.name, legalAddress: rejected!.legalAddress, phone: rejected!.phone, email: rejected!.email, iban: 'KZ86125KZT5004100100', bik: 'KCJBKZKX', bankName: 'АО «Банк ЦентрКредит»' };
    const again = await reapplyAfterRejection(db(), entrepreneur, details);
    const [pending] = await db().select().from(providers).where(eq(providers.id, registered.providerId));
    expect([pending?.status, pending?.statusReason]).toEqual(['pending', null]);
    const versions = await db().select().from(documents).where(eq(documents.subjectId, registered.providerId));
    expect(versions.map((d) => [d.version, d.status]).sort()).toEqual([[1, 'superseded'], [2, 'awaiting_signatures']]);
    expect(versions.find((d) => d.version === 2)?.id).toBe(again.applicationId);
    // Only once: a pending provider has nothing to reapply for.
    expect((await failure(reapplyAfterRejection(db(), entrepreneur, details))).detail).toBe('errors.conflict.not_rejected');
  });
});

describe('workers', () => {
  it('invites a worker with their own IIN login and removes them, ending their sessions', async () => {
    const entrepreneur = await actorByLogin(loginOf('provider_admin', (a) => a.name.startsWith('Сейткали')));
    const iin = withCheckDigit('9905053000');
    const { userId } = await inviteWorker(db(), entrepreneur, { iin, fullName: 'Новая Помощница', specialty: 'assistant' });
    const [user] = await db().select().from(users).where(eq(users.id, userId));
    expect([user?.login, user?.role, user?.providerId]).toEqual([iin, 'provider_worker', entrepreneur.providerId]);
    expect((await failure(inviteWorker(db(), entrepreneur, { iin, fullName: 'Дубль', specialty: 'assistant' }))).code).toBe('conflict');
    expect((await failure(removeWorker(db(), medtech, userId))).code).toBe('not_found');
    await removeWorker(db(), entrepreneur, userId);
    const [removed] = await db().select().from(users).where(eq(users.id, userId));
    expect(removed?.status).toBe('disabled');
    expect(await loadActor(db(), userId, user!.sessionVersion)).toBeNull();
  });
});

it('keeps the audit chain whole after all of the above', async () => {
  expect((await verifyAuditChain(db())).ok).toBe(true);
});
