import type { Db } from '@/db/client';
import type { LocalDate } from '@/lib/calendar/local-date';
import type { Usage } from './balance';

/**
 * What a recipient has used of their entitlements up to `onDate`: goods in orders (open and
 * received) and minutes of service in journals, as `measureBalances` takes them.
 *
 * Orders (issue 6) and service journals (issue 7) do not exist yet, so nothing has been used:
 * those issues add their sums here (orders by classifier code and date, journal minutes by
 * code and service date), and the balance shown in the cabinet follows without other changes.
 */
export async function usageOn(_db: Db, _recipientId: string, _onDate: LocalDate): Promise<Usage> {
  return { items: [], services: [] };
}
