import { and, asc, eq, gt, gte, isNull, lte, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { qualified } from '@/db/qualified';
import { classifierEntries, iprMeasures, iprs } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';

/**
 * An IPR measure (joined with its IPR) is in force on a date: the rule entitlementsOn states.
 * Columns are qualified: it is also a subquery's condition inside a one-table select.
 */
function measureInForceOn(onDate: SQLWrapper) {
  const [validFrom, validTo, endedOn, startsOn, endsOn] = [iprs.validFrom, iprs.validTo, iprs.endedOn, iprMeasures.startsOn, iprMeasures.endsOn].map(qualified);
  return and(lte(validFrom!, onDate), gte(validTo!, onDate), or(isNull(endedOn!), gt(endedOn!, onDate)), lte(startsOn!, onDate), or(isNull(endsOn!), gte(endsOn!, onDate)));
}

/**
 * The measures a recipient's IPRs grant on a date: within the IPR's validity and before its end
 * (an early end, or the date a newer version took over: `ended_on` is the first day without the
 * right), the measure started (a re-issued measure starts on its own date) and not yet over
 * (the assistant's hours end with the year). Dates decide, not status: a superseded version
 * still entitles up to the day its successor starts.
 */
function entitlementsQuery(db: Db) {
  const recipientId = sql.placeholder('recipientId');
  const onDate = sql.placeholder('onDate');
  return db
    .select({
      iprId: iprs.id,
      iprNumber: iprs.iprNumber,
      validFrom: iprs.validFrom,
      validTo: iprs.validTo,
      code: iprMeasures.classifierCode,
      category: classifierEntries.category,
      unit: classifierEntries.unit,
      nameKk: classifierEntries.nameKk,
      nameRu: classifierEntries.nameRu,
      nameEn: classifierEntries.nameEn,
      quantity: iprMeasures.quantity,
      hoursPerDay: iprMeasures.hoursPerDay,
      hoursPerYear: iprMeasures.hoursPerYear,
      startsOn: iprMeasures.startsOn,
      endsOn: iprMeasures.endsOn,
    })
    .from(iprs)
    .innerJoin(iprMeasures, eq(iprMeasures.iprId, iprs.id))
    .innerJoin(classifierEntries, eq(classifierEntries.code, iprMeasures.classifierCode))
    .where(and(eq(iprs.recipientId, recipientId), measureInForceOn(onDate)))
    .orderBy(asc(iprMeasures.classifierCode))
    .prepare('entitlements_on');
}

/** The hours a measure grants: what the journal's caps need of it. */
export interface GrantedHours {
  hoursPerDay: number | null;
  hoursPerYear: number | null;
}

/**
 * The hours of the measure `code` the recipient's IPRs grant on a date (entitlementsOn's rule),
 * as a correlated subquery answering JSON or null: a journal write reads it in the statement that
 * locks its order. Of two IPRs granting it that day, the newer one's.
 */
export function grantedHoursSql(recipientId: SQLWrapper, code: SQLWrapper, onDate: SQLWrapper) {
  const q = qualified;
  return sql<GrantedHours | null>`(select json_build_object('hoursPerDay', ${q(iprMeasures.hoursPerDay)}, 'hoursPerYear', ${q(iprMeasures.hoursPerYear)})
    from ${iprs} inner join ${iprMeasures} on ${q(iprMeasures.iprId)} = ${q(iprs.id)}
    where ${q(iprs.recipientId)} = ${recipientId} and ${q(iprMeasures.classifierCode)} = ${code} and ${measureInForceOn(onDate)}
    order by ${q(iprs.validFrom)} desc limit 1)`;
}

// Read on every cabinet and marketplace page: built once per connection.
const prepared = new WeakMap<Db, ReturnType<typeof entitlementsQuery>>();

export async function entitlementsOn(db: Db, recipientId: string, onDate: LocalDate) {
  let query = prepared.get(db);
  if (!query) {
    query = entitlementsQuery(db);
    prepared.set(db, query);
  }
  return query.execute({ recipientId, onDate });
}

export async function entitledCodes(db: Db, recipientId: string, onDate: LocalDate): Promise<string[]> {
  return [...new Set((await entitlementsOn(db, recipientId, onDate)).map((e) => e.code))];
}

/**
 * Of these dates, the ones on which the recipient's IPRs grant the measure `code`, in one query
 * (the same rule as entitlementsOn, over many days: an act's review checks a month at once).
 */
export async function datesEntitledTo(db: Db | Tx, recipientId: string, code: string, dates: readonly LocalDate[]): Promise<Set<LocalDate>> {
  if (dates.length === 0) return new Set();
  const day = sql`d.day`;
  const rows = await db
    .selectDistinct({ day: sql<string>`to_char(d.day, 'YYYY-MM-DD')` })
    .from(sql`unnest(string_to_array(${dates.join(',')}, ',')::date[]) as d(day)`)
    .innerJoin(iprs, eq(iprs.recipientId, recipientId))
    .innerJoin(iprMeasures, and(eq(iprMeasures.iprId, iprs.id), eq(iprMeasures.classifierCode, code)))
    .where(measureInForceOn(day));
  return new Set(rows.map((r) => r.day as LocalDate));
}
