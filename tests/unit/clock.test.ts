import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  delete (globalThis as { __qamqorClockOffsetMs?: number }).__qamqorClockOffsetMs;
});

describe('the clock', () => {
  it('starts at CLOCK_START and runs on', async () => {
    vi.stubEnv('CLOCK_START', '2026-12-31T23:59:00+05:00');
    const { now, isClockShifted } = await import('@/lib/clock');
    const first = now().getTime();
    expect(Math.abs(first - Date.parse('2026-12-31T18:59:00Z'))).toBeLessThan(2_000);
    await new Promise((r) => setTimeout(r, 30));
    expect(now().getTime()).toBeGreaterThan(first);
    expect(isClockShifted()).toBe(true);
  });

  it('is real time without CLOCK_START', async () => {
    vi.stubEnv('CLOCK_START', '');
    delete process.env.CLOCK_START;
    const { now, isClockShifted } = await import('@/lib/clock');
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
    expect(isClockShifted()).toBe(false);
  });

  it('is refused in production, as is a production without a database server or secret', async () => {
    vi.stubEnv('DEPLOYMENT', 'production');
    vi.stubEnv('CLOCK_START', '2026-12-31T23:59:00+05:00');
    await expect(import('@/lib/env')).rejects.toThrow(/CLOCK_START is refused in production[\s\S]*AUTH_SECRET[\s\S]*DATABASE_URL/);
  });
});
