import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { catalogItems, guaranteedSums, iprs, orders, users } from '@/db/schema';
import { withCheckDigit } from '@/db/seed/identifiers';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { importIprRecords } from '@/lib/entitlements/import-iprs';

export type ServiceCode = 'SRV-ASSISTANT' | 'SRV-SIGN-LANGUAGE';
export interface JournalPerson {
  id: string;
  iprId: string;
  iin: string;
  iprNumber: string;
  fullName: string;
}

let serial = 0;

/**
 * Service orders in fulfilment for journal tests, set up as rows (the order flow itself is tested
 * in orders.test.ts): a new Astana recipient with both services granted (unless told otherwise),
 * accepted on 3 November 2026, its period from 1 November.
 */
export function journalFixtures(db: () => Db, client: () => Actor, at: Date, iinPrefix: string) {
  async function newPerson(overrides: Record<string, unknown> = {}): Promise<JournalPerson> {
    serial += 1;
    const iin = withCheckDigit(`${iinPrefix}${String(5000 + serial).padStart(4, '0')}`);
    const iprNumber = `IPR-J${iinPrefix}-${serial}`;
    const fullName = `Журналов Тест ${serial}`;
    const report = await importIprRecords(
      db(),
      client(),
      [
        {
          iprNumber,
          version: 1,
          iin,
          fullName,
          kato: '711110000',
          disabilityGroup: '1',
          validFrom: '2026-01-01',
          validTo: '2027-06-30',
          measures: [{ code: 'SRV-ASSISTANT', hoursPerDay: 8 }, { code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60 }],
          ...overrides,
        },
      ],
      { source: 'api', at },
    );
    if (report.rejected.length > 0) throw new Error(JSON.stringify(report.rejected));
    const [ipr] = await db().select({ id: iprs.id, recipientId: iprs.recipientId }).from(iprs).where(eq(iprs.iprNumber, iprNumber));
    return { id: ipr!.recipientId, iprId: ipr!.id, iin: (overrides.iin as string | undefined) ?? iin, iprNumber, fullName: (overrides.fullName as string | undefined) ?? fullName };
  }

  async function runningOrder(code: ServiceCode, providerId: string, recipient?: JournalPerson, placedByUserId?: string) {
    const person = recipient ?? (await newPerson());
    let [item] = await db().select().from(catalogItems).where(and(eq(catalogItems.providerId, providerId), eq(catalogItems.classifierCode, code)));
    if (!item) {
      [item] = await db()
        .insert(catalogItems)
        .values({ providerId, classifierCode: code, name: 'Услуга (тест)', price: '1450.00', stock: null, delivery: false, pickup: false, leadTimeDays: 1, createdAt: at, updatedAt: at })
        .returning();
    }
    const [recipientUser] = await db().select({ id: users.id }).from(users).where(eq(users.recipientId, person.id));
    const [order] = await db()
      .insert(orders)
      .values({
        number: `QZ-T${iinPrefix}-${code}-${++serial}`,
        recipientId: person.id,
        placedByUserId: placedByUserId ?? recipientUser!.id,
        providerId,
        catalogItemId: item!.id,
        classifierCode: code,
        category: code === 'SRV-ASSISTANT' ? 'assistant' : 'sign_language',
        iprId: person.iprId,
        iprNumber: person.iprNumber,
        quantity: 1,
        unitPrice: item!.price,
        guaranteedSum: item!.price,
        leadTimeDays: 1,
        periodFrom: '2026-11-01',
        periodTo: code === 'SRV-ASSISTANT' ? '2026-12-31' : '2027-06-30',
        status: 'in_fulfilment',
        submittedAt: new Date('2026-11-02T05:00:00Z'),
        deadlineAt: new Date('2026-11-09T18:59:59Z'),
        decidedAt: new Date('2026-11-03T05:00:00Z'),
        statusChangedAt: at,
        createdAt: at,
      })
      .returning();
    return { order: order!, person };
  }

  /** The recipient's own actor, as their signed-in session would have it. */
  async function recipientActor(person: JournalPerson): Promise<Actor> {
    const [account] = await db().select().from(users).where(eq(users.recipientId, person.id));
    return (await loadActor(db(), account!.id, account!.sessionVersion))!;
  }

  return { newPerson, runningOrder, recipientActor };
}

/**
 * The act tests' guaranteed sums for the assistant, so their money is exact and the same in each:
 * 1,500 an hour from 1 November 2026 and 1,000 from the 16th (a sum changing mid-month).
 */
export async function insertNovemberAssistantSums(db: Db, at: Date): Promise<void> {
  await db.insert(guaranteedSums).values([
    { classifierCode: 'SRV-ASSISTANT', amount: '1500.00', validFrom: '2026-11-01', createdAt: at },
    { classifierCode: 'SRV-ASSISTANT', amount: '1000.00', validFrom: '2026-11-16', createdAt: at },
  ]);
}
