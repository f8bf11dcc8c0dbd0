import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, isNull } from 'drizzle-orm';
import {
  journalEntries,
  calendarDays,
  classifierEntries,
  employmentOffices,
  guaranteedSums,
  orders,
  providerRegions,
  providers,
  recipients,
  regions,
  users,
} from '@/db/schema';
import { prepareDatabase } from '@/db/seed';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { findTotalsMismatches } from '@/lib/journals/reconcile-totals';
import { ledgerBalances } from '@/lib/ledger/balances';
import { isValidBin, isValidIban, isValidIin } from '@/lib/identifiers';
import { seededTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const at = new Date('2026-11-25T05:00:00Z');

beforeAll(async () => {
  database = await seededTestDatabase(at);
});
afterAll(async () => {
  await database?.close();
});

describe(`migrations and seed (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('has all 17 oblasts and 3 cities of republican significance, with districts', async () => {
    const db = database.connection.db;
    const top = await db.select({ level: regions.level }).from(regions).where(isNull(regions.parentKato));
    expect(top.filter((r) => r.level === 'oblast')).toHaveLength(17);
    expect(top.filter((r) => r.level === 'city')).toHaveLength(3);
    for (const parent of ['710000000', '750000000', '790000000', '110000000', '350000000']) {
      const [n] = await db.select({ n: count() }).from(regions).where(eq(regions.parentKato, parent));
      expect(n?.n, `districts of ${parent}`).toBeGreaterThan(1);
    }
  });

  it('has the five wheelchair types and every classifier entry a guaranteed sum', async () => {
    const db = database.connection.db;
    const wheelchairs = await db.select().from(classifierEntries).where(eq(classifierEntries.category, 'wheelchair'));
    expect(wheelchairs).toHaveLength(5);
    const categories = new Set((await db.select().from(classifierEntries)).map((c) => c.category));
    expect([...categories].sort()).toEqual(
      ['assistant', 'prosthetic', 'sanatorium', 'sign_language', 'technical_aid', 'wheelchair'].sort(),
    );
    const sums = await db.select().from(guaranteedSums);
    const withSum = new Set(sums.map((s) => s.classifierCode));
    expect(withSum.size).toBe((await db.select().from(classifierEntries)).length);
    // numeric comes back as an exact string, never a float
    expect(sums.find((s) => s.classifierCode === 'SRV-ASSISTANT' && s.validFrom === '2026-01-01')?.amount).toBe('1450.00');
  });

  it('has the calendar for 2025–2027', async () => {
    const db = database.connection.db;
    for (const date of ['2025-01-03', '2026-03-25', '2027-03-22']) {
      const [row] = await db.select().from(calendarDays).where(eq(calendarDays.date, date));
      expect(row, date).toBeDefined();
    }
  });

  it('has two offices with a budget for the year, three valid providers (one in two regions), seven recipients, the running service orders of the journals, and last month in the journal for the act path', async () => {
    const db = database.connection.db;
    expect(await db.select().from(employmentOffices)).toHaveLength(2);
    const all = await db.select().from(providers);
    expect(all).toHaveLength(3);
    for (const p of all) {
      expect(p.bin ? isValidBin(p.bin) : isValidIin(p.iin ?? '')).toBe(true);
      expect(isValidIban(p.iban)).toBe(true);
    }
    const served = await db.select().from(providerRegions);
    const perProvider = new Map<string, number>();
    for (const s of served) perProvider.set(s.providerId, (perProvider.get(s.providerId) ?? 0) + 1);
    expect([...perProvider.values()].sort()).toEqual([1, 1, 2]);
    const people = await db.select().from(recipients);
    expect(people).toHaveLength(7);
    expect(people.every((r) => isValidIin(r.iin))).toBe(true);
    const running = await db.select().from(orders);
    expect(running.map((o) => [o.category, o.status]).sort()).toEqual([
      ['assistant', 'in_fulfilment'],
      ['assistant', 'in_fulfilment'],
      ['sign_language', 'in_fulfilment'],
      ['sign_language', 'in_fulfilment'],
    ]);
    // Касымов's orders have last month's journal, written through the journal's rules (counters match).
    const [kasymov] = people.filter((p) => p.fullName === 'Касымов Ержан Болатович');
    const lastMonth = await db.select().from(journalEntries).where(eq(journalEntries.recipientId, kasymov!.id));
    expect(lastMonth.some((e) => e.service === 'assistant') && lastMonth.some((e) => e.service === 'sign_language')).toBe(true);
    expect(await findTotalsMismatches(db)).toEqual([]);
    for (const office of await db.select().from(employmentOffices)) {
      expect(await ledgerBalances(db, { officeId: office.id })).toEqual([{ account: `office_budget:${almatyDateOf(at).slice(0, 4)}`, balance: '5000000.00' }]);
    }
  });

  it('has a user for every role, listed in demo-accounts.json', async () => {
    const db = database.connection.db;
    const roles = new Set((await db.select({ role: users.role }).from(users)).map((u) => u.role));
    expect(roles.size).toBe(7);
    const file = JSON.parse(fs.readFileSync(path.join(database.dataDir, 'demo-accounts.json'), 'utf8'));
    expect(file).toEqual(database.accounts);
    for (const account of database.accounts) {
      expect(account).toMatchObject({ role: expect.any(String), login: expect.any(String), password: expect.any(String), name: expect.any(String) });
      expect(account.iin ?? account.bin ?? account.login).toBeTruthy();
    }
    expect(new Set(database.accounts.map((a) => a.role)).size).toBe(7);
  });

  it('is idempotent: preparing again adds nothing and returns the same accounts', async () => {
    const db = database.connection.db;
    const before = (await db.select({ n: count() }).from(users))[0]?.n;
    const again = await prepareDatabase(database.connection, { at: new Date(), demo: true, dataDir: database.dataDir });
    expect(again).toEqual(database.accounts);
    expect((await db.select({ n: count() }).from(users))[0]?.n).toBe(before);
    expect((await db.select({ n: count() }).from(regions))[0]?.n).toBeGreaterThan(20);
  });

  it('refuses a float-like amount at the database', async () => {
    const db = database.connection.db;
    await expect(
      db.insert(guaranteedSums).values({ classifierCode: 'TA-CANE', amount: '-1.00', validFrom: '2030-01-01', createdAt: new Date() }),
    ).rejects.toThrow();
  });
});
