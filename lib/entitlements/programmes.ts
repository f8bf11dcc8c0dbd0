import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { iprs, type Ipr } from '@/db/schema';
import { addDays, type LocalDate } from '@/lib/calendar/local-date';

/**
 * in_force: entitles on the date; not_yet: starts later; expired: past validTo; ended_early:
 * ended before validTo (re-examination, death, departure); replaced: a newer version took over.
 */
export type ProgrammeState = 'in_force' | 'not_yet' | 'expired' | 'ended_early' | 'replaced';

export interface ProgrammeValidity {
  iprNumber: string;
  version: number;
  validFrom: LocalDate;
  validTo: LocalDate;
  /** The last day it entitles when that is before validTo (an early end or a newer version). */
  lastDay: LocalDate | null;
  state: ProgrammeState;
}

type VersionRow = Pick<Ipr, 'iprNumber' | 'version' | 'validFrom' | 'validTo' | 'endedOn' | 'status'>;

/**
 * Where one IPR version stands on a date. `ended_on` is the first day without the right, so
 * the last day entitled is the day before; an end after validTo is no early end.
 */
export function programmeState(row: VersionRow, onDate: LocalDate): { state: ProgrammeState; lastDay: LocalDate | null } {
  const lastDay = row.endedOn && row.endedOn <= row.validTo ? addDays(row.endedOn, -1) : null;
  if (lastDay !== null && lastDay < onDate) return { state: row.status === 'superseded' ? 'replaced' : 'ended_early', lastDay };
  if (onDate < row.validFrom) return { state: 'not_yet', lastDay };
  if (onDate > row.validTo) return { state: 'expired', lastDay };
  return { state: 'in_force', lastDay };
}

/**
 * The versions of each IPR number worth showing on a date: the one in force, and any newer one
 * that starts later; with none in force, the newest. Newest start first.
 */
export function currentVersions(rows: readonly VersionRow[], onDate: LocalDate): ProgrammeValidity[] {
  const byNumber = new Map<string, VersionRow[]>();
  for (const row of rows) byNumber.set(row.iprNumber, [...(byNumber.get(row.iprNumber) ?? []), row]);
  const shown: ProgrammeValidity[] = [];
  for (const versions of byNumber.values()) {
    const sorted = [...versions].sort((a, b) => b.version - a.version);
    const withState = sorted.map((r) => ({ iprNumber: r.iprNumber, version: r.version, validFrom: r.validFrom, validTo: r.validTo, ...programmeState(r, onDate) }));
    const inForce = withState.find((v) => v.state === 'in_force');
    if (!inForce) {
      shown.push(withState[0]!);
      continue;
    }
    shown.push(...withState.filter((v) => v.state === 'not_yet' && v.version > inForce.version), inForce);
  }
  return shown.sort((a, b) => (a.validFrom === b.validFrom ? b.version - a.version : a.validFrom < b.validFrom ? 1 : -1));
}

/**
 * The recipient's IPRs as the cabinet shows them. The caller has already decided the actor may
 * see this recipient (lib/recipients/queries.ts).
 */
export async function programmesOf(db: Db, recipientId: string, onDate: LocalDate): Promise<ProgrammeValidity[]> {
  const rows = await db
    .select({ iprNumber: iprs.iprNumber, version: iprs.version, validFrom: iprs.validFrom, validTo: iprs.validTo, endedOn: iprs.endedOn, status: iprs.status })
    .from(iprs)
    .where(eq(iprs.recipientId, recipientId))
    .orderBy(asc(iprs.iprNumber), asc(iprs.version));
  return currentVersions(rows, onDate);
}
