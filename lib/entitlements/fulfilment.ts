import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { iprMeasures, iprs, recipients } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { usageOn } from './usage';

export const fulfilmentParamsSchema = z.object({ iprNumber: z.string().trim().min(1).max(40) });

export const fulfilmentResponseSchema = z
  .object({
    iprNumber: z.string(),
    version: z.int(),
    iin: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    endedOn: z.string().nullable(),
    asOf: z.string(),
    measures: z.array(
      z.object({
        code: z.string(),
        quantity: z.int().nullable(),
        hoursPerDay: z.int().nullable(),
        hoursPerYear: z.int().nullable(),
        startsOn: z.string(),
        endsOn: z.string().nullable(),
        /** Goods received (pieces or sanatorium days) and minutes of service recorded, within the measure's days. */
        delivered: z.object({ quantity: z.int(), minutes: z.int() }),
      }),
    ),
  })
  .meta({ id: 'EntitlementFulfilment' });

export type Fulfilment = z.infer<typeof fulfilmentResponseSchema>;

/**
 * What was delivered and rendered against each measure of the IPR's latest version, for
 * E-Sobes: received goods and recorded minutes within the measure's days, up to `asOf`.
 */
export async function fulfilmentOf(db: Db, iprNumber: string, asOf: LocalDate): Promise<Fulfilment | null> {
  const [ipr] = await db
    .select({ id: iprs.id, version: iprs.version, validFrom: iprs.validFrom, validTo: iprs.validTo, endedOn: iprs.endedOn, recipientId: iprs.recipientId, iin: recipients.iin })
    .from(iprs)
    .innerJoin(recipients, eq(recipients.id, iprs.recipientId))
    .where(eq(iprs.iprNumber, iprNumber))
    .orderBy(desc(iprs.version))
    .limit(1);
  if (!ipr) return null;
  const measures = await db.select().from(iprMeasures).where(and(eq(iprMeasures.iprId, ipr.id))).orderBy(asc(iprMeasures.classifierCode));
  const usage = await usageOn(db, ipr.recipientId, asOf);
  const within = (m: (typeof measures)[number], on: LocalDate) => on >= m.startsOn && on <= (m.endsOn ?? ipr.validTo) && (!ipr.endedOn || on < ipr.endedOn);
  return {
    iprNumber,
    version: ipr.version,
    iin: ipr.iin,
    validFrom: ipr.validFrom,
    validTo: ipr.validTo,
    endedOn: ipr.endedOn,
    asOf,
    measures: measures.map((m) => ({
      code: m.classifierCode,
      quantity: m.quantity,
      hoursPerDay: m.hoursPerDay,
      hoursPerYear: m.hoursPerYear,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      delivered: {
        quantity: usage.items.filter((u) => u.code === m.classifierCode && u.state === 'received' && within(m, u.on)).reduce((n, u) => n + u.quantity, 0),
        minutes: usage.services.filter((u) => u.code === m.classifierCode && within(m, u.on)).reduce((n, u) => n + u.minutes, 0),
      },
    })),
  };
}
