import { describe, expect, it } from 'vitest';
import { currentVersions, programmeState } from '@/lib/entitlements/programmes';

const v1 = { iprNumber: 'ИПР-1', version: 1, validFrom: '2026-01-01', validTo: '2026-12-31', endedOn: null, status: 'active' as const };

describe('IPR validity as the cabinet shows it', () => {
  it('in force within its dates, not yet before, expired after', () => {
    expect(programmeState(v1, '2026-01-01')).toEqual({ state: 'in_force', lastDay: null });
    expect(programmeState(v1, '2026-12-31')).toEqual({ state: 'in_force', lastDay: null });
    expect(programmeState(v1, '2025-12-31')).toEqual({ state: 'not_yet', lastDay: null });
    expect(programmeState(v1, '2027-01-01')).toEqual({ state: 'expired', lastDay: null });
  });

  it('an early end: ended_on is the first day without the right, so the day before is the last', () => {
    const ended = { ...v1, endedOn: '2026-06-15', status: 'ended' as const };
    expect(programmeState(ended, '2026-06-14')).toEqual({ state: 'in_force', lastDay: '2026-06-14' });
    expect(programmeState(ended, '2026-06-15')).toEqual({ state: 'ended_early', lastDay: '2026-06-14' });
  });

  it('shows the version in force and a newer one that starts later; a replaced one is not shown', () => {
    const old = { ...v1, endedOn: '2026-09-01', status: 'superseded' as const };
    const v2 = { ...v1, version: 2, validFrom: '2026-09-01', validTo: '2027-08-31' };
    expect(currentVersions([old, v2], '2026-08-01').map((v) => [v.version, v.state])).toEqual([
      [2, 'not_yet'],
      [1, 'in_force'],
    ]);
    expect(currentVersions([old, v2], '2026-09-01').map((v) => [v.version, v.state])).toEqual([[2, 'in_force']]);
  });

  it('with no version in force, the newest is shown as it stands', () => {
    expect(currentVersions([v1], '2027-03-01')).toEqual([{ iprNumber: 'ИПР-1', version: 1, validFrom: '2026-01-01', validTo: '2026-12-31', lastDay: null, state: 'expired' }]);
  });
});
