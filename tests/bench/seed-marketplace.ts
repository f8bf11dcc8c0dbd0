import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, like, lte } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { catalogItemPrices, catalogItems, classifierEntries, guaranteedSums, providerRegions, providers, regions } from '@/db/schema';
import { withCheckDigit } from '@/db/seed/identifiers';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { isValidBin, isValidIban } from '@/lib/identifiers';
import { formatTenge, money } from '@/lib/money';

/**
 * A marketplace the size the issue asks about (5,000 verified providers, 20 active offers each),
 * inserted with multi-row INSERTs in batches, one transaction per chunk of providers, through
 * the same drizzle handle the app uses, so it runs on PGlite and on PostgreSQL alike.
 * Choices are drawn from a seeded generator, so two runs build the same shape of data.
 */
export interface MarketplaceSeedOptions {
  at: Date;
  providers?: number;
  itemsPerProvider?: number;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /** Providers per transaction. */
  providersPerTransaction?: number;
  seed?: number;
}

export interface MarketplaceSeedResult {
  providers: number;
  providerRegions: number;
  items: number;
  prices: number;
  ms: number;
}

/** Seeded providers are recognisable by their e-mail domain (and refused a second time). */
export const BENCH_EMAIL_DOMAIN = 'bench-provider.kz';

/** mulberry32: small, fast, good enough to spread test data. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, int, pick };
}

/** A valid resident-legal-entity BIN, unique per index (YYMM from 2019–2024, entity type 4). */
export function benchBin(index: number): string {
  const yy = String(19 + (index % 6));
  const mm = String(1 + (Math.floor(index / 6) % 12)).padStart(2, '0');
  const bin = withCheckDigit(`${yy}${mm}40${String(index).padStart(4, '0')}`);
  if (!isValidBin(bin)) throw new Error(`generated an invalid BIN ${bin}`);
  return bin;
}

/** A KZ IBAN with correct ISO 13616 check digits for a 13-digit account number. */
function benchIban(index: number): string {
  const bban = `125${String(4000000000000 + index).padStart(13, '0')}`;
  const numeric = `${bban}${'KZ'.split('').map((c) => c.charCodeAt(0) - 55).join('')}00`;
  let remainder = 0;
  for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
  const iban = `KZ${String(98 - remainder).padStart(2, '0')}${bban}`;
  if (!isValidIban(iban)) throw new Error(`generated an invalid IBAN ${iban}`);
  return iban;
}

const firms = ['Медтехника', 'Реабилитация', 'Инва-Сервис', 'Ортомед', 'Доступная среда', 'МедСнаб', 'Protez', 'Санат-Тур', 'Забота', 'Көмек', 'Шипагер', 'Алем-Мед'];
/** Makers or sanatoriums by classifier code prefix (first match), so names read plausibly. */
const brands: [prefix: string, names: readonly string[]][] = [
  ['WC-', ['Ortonica', 'Armed', 'Otto Bock', 'Invacare', 'Meyra', 'Titan', 'Convaid']],
  ['TA-HEARING', ['Phonak', 'Oticon', 'Widex', 'Signia']],
  ['TA-', ['Armed', 'Titan', 'Ortonica', 'Amrus', 'Мега-Оптим']],
  ['PR-', ['Otto Bock', 'Össur', 'Orthopedica', 'Протез-KZ']],
  ['SAN-', ['Жартас', 'Окжетпес', 'Сарыагаш', 'Алатау', 'Мойылды']],
  ['SRV-SIGN', ['очно', 'онлайн', 'очно и онлайн']],
  ['SRV-', ['помощь на дому', 'сопровождение', 'полный день']],
];

interface CodeInfo {
  code: string;
  kind: 'goods' | 'service';
  nameRu: string;
  sum: string;
}

async function loadCodes(db: Db, at: Date): Promise<CodeInfo[]> {
  const onDate = almatyDateOf(at);
  const entries = await db.select().from(classifierEntries).orderBy(asc(classifierEntries.code));
  const result: CodeInfo[] = [];
  for (const e of entries) {
    const [sum] = await db
      .select({ amount: guaranteedSums.amount })
      .from(guaranteedSums)
      .where(and(eq(guaranteedSums.classifierCode, e.code), lte(guaranteedSums.validFrom, onDate)))
      .orderBy(desc(guaranteedSums.validFrom))
      .limit(1);
    result.push({ code: e.code, kind: e.kind, nameRu: e.nameRu, sum: sum?.amount ?? '100000.00' });
  }
  if (result.length === 0) throw new Error('no classifier entries: seed reference data first');
  return result;
}

/** Around the guaranteed sum (60–150 %), goods rounded to 100 tenge, hourly services to 10. */
function priceFor(info: CodeInfo, percent: number, cents: boolean): string {
  const step = money(info.sum).lessThan(money('10000')) ? '10' : '100';
  const raw = money(info.sum).times(percent).dividedBy(100);
  const rounded = raw.dividedBy(step).toDecimalPlaces(0).times(step);
  const price = cents && step === '100' ? rounded.minus(money('0.50')) : rounded;
  return formatTenge(price.lessThanOrEqualTo(0) ? money(step) : price);
}

async function insertBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function seedMarketplace(db: Db, options: MarketplaceSeedOptions): Promise<MarketplaceSeedResult> {
  const started = performance.now();
  const providerCount = options.providers ?? 5000;
  const itemsPerProvider = options.itemsPerProvider ?? 20;
  const batchSize = options.batchSize ?? 1000;
  const perTransaction = options.providersPerTransaction ?? 500;
  const at = options.at;
  const rng = generator(options.seed ?? 20261125);

  const [already] = await db.select({ n: count() }).from(providers).where(like(providers.email, `%@${BENCH_EMAIL_DOMAIN}`));
  if ((already?.n ?? 0) > 0) throw new Error('this database already holds the benchmark marketplace');

  const places = (await db.select({ kato: regions.kato }).from(regions).orderBy(asc(regions.kato))).map((r) => r.kato);
  if (places.length === 0) throw new Error('no regions: seed reference data first');
  const codes = await loadCodes(db, at);
  const totals = { providers: 0, providerRegions: 0, items: 0, prices: 0 };

  for (let first = 0; first < providerCount; first += perTransaction) {
    const last = Math.min(first + perTransaction, providerCount);
    const providerRows: (typeof providers.$inferInsert)[] = [];
    const regionRows: (typeof providerRegions.$inferInsert)[] = [];
    const itemRows: (typeof catalogItems.$inferInsert)[] = [];
    const priceRows: (typeof catalogItemPrices.$inferInsert)[] = [];
    for (let i = first; i < last; i++) {
      const id = randomUUID();
      const firm = rng.pick(firms);
      providerRows.push({
        id,
        kind: 'organisation',
        bin: benchBin(i),
        iin: null,
        name: `ТОО «${firm} ${i + 1}»`,
        legalAddress: `ул. Тестовая, ${i + 1}`,
        phone: `+7701${String(2000000 + i).padStart(7, '0')}`,
        email: `office${i + 1}@${BENCH_EMAIL_DOMAIN}`,
        iban: benchIban(i),
        bik: 'KCJBKZKX',
        bankName: 'АО «Банк ЦентрКредит»',
        status: 'verified',
        statusChangedAt: at,
        createdAt: at,
      });
      const served = new Set<string>();
      const wanted = rng.int(1, 3);
      while (served.size < wanted) served.add(rng.pick(places));
      for (const kato of served) regionRows.push({ providerId: id, kato });
      // Each provider offers 2–6 classifier entries, several models or tariffs of each.
      const ownCodes = Array.from({ length: rng.int(2, 6) }, () => rng.pick(codes));
      for (let n = 0; n < itemsPerProvider; n++) {
        const info = ownCodes[n % ownCodes.length] as CodeInfo;
        const itemId = randomUUID();
        const price = priceFor(info, rng.int(60, 150), rng.next() < 0.1);
        const goods = info.kind === 'goods';
        const delivery = goods && rng.next() < 0.7;
        const brand = rng.pick(brands.find(([prefix]) => info.code.startsWith(prefix))?.[1] ?? ['Standard']);
        itemRows.push({
          id: itemId,
          providerId: id,
          classifierCode: info.code,
          name: `${info.nameRu} — ${brand}`,
          model: goods ? `${brand} ${rng.int(100, 999)}` : null,
          description: goods ? 'Гарантия 12 месяцев, сертификат соответствия.' : 'Запись по телефону, работа по графику получателя.',
          price,
          stock: goods ? (rng.next() < 0.15 ? 0 : rng.int(1, 60)) : null,
          delivery,
          // Goods reach the recipient somehow: by delivery, pickup or both.
          pickup: goods ? !delivery || rng.next() < 0.6 : false,
          leadTimeDays: goods ? rng.int(1, 30) : rng.int(1, 5),
          status: 'active',
          createdAt: at,
          updatedAt: at,
        });
        priceRows.push({ catalogItemId: itemId, price, setAt: at });
      }
    }
    await db.transaction(async (tx: Tx) => {
      await insertBatches(providerRows, batchSize, (b) => tx.insert(providers).values(b));
      await insertBatches(regionRows, batchSize, (b) => tx.insert(providerRegions).values(b));
      await insertBatches(itemRows, batchSize, (b) => tx.insert(catalogItems).values(b));
      await insertBatches(priceRows, batchSize, (b) => tx.insert(catalogItemPrices).values(b));
    });
    totals.providers += providerRows.length;
    totals.providerRegions += regionRows.length;
    totals.items += itemRows.length;
    totals.prices += priceRows.length;
  }
  return { ...totals, ms: performance.now() - started };
}
