import { eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { officeDistricts, recipients } from '@/db/schema';

/**
 * "The office of the recipient's district" (DESIGN §2): the employment office whose districts
 * include the KATO the recipient lives in. Written once here for review, notices, visibility and
 * payments alike.
 */
export async function districtOfficeOf(db: Db | Tx, recipientId: string): Promise<string | null> {
  const [row] = await db.select({ officeId: officeDistricts.officeId }).from(recipients).innerJoin(officeDistricts, eq(officeDistricts.kato, recipients.kato)).where(eq(recipients.id, recipientId));
  return row?.officeId ?? null;
}

/**
 * A condition: the recipient whose id `recipientId` gives (a column of the outer query) lives in
 * one of the office's districts. Aliased inside, so an outer query on recipients stays correlated.
 */
export function livesInOfficeDistricts(officeId: string, recipientId: SQLWrapper): SQL {
  return sql`exists (select 1 from ${recipients} as district_recipient join ${officeDistricts} as district on district.kato = district_recipient.kato
                     where district_recipient.id = ${recipientId} and district.office_id = ${officeId})`;
}
