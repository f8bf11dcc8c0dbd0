import { env } from '@/lib/env';

/**
 * The portal's only source of "now". Outside production CLOCK_START shifts the clock to a
 * chosen instant at start-up, after which it runs on, so deadlines and month ends can be
 * demonstrated and tested. Kept on globalThis so every server bundle shares one offset.
 */
const globalForClock = globalThis as unknown as { __qamqorClockOffsetMs?: number };

function offsetMs(): number {
  if (globalForClock.__qamqorClockOffsetMs === undefined) {
    globalForClock.__qamqorClockOffsetMs = env.CLOCK_START
      ? Date.parse(env.CLOCK_START) - Date.now() // eslint-disable-line no-restricted-syntax
      : 0;
  }
  return globalForClock.__qamqorClockOffsetMs;
}

export function now(): Date {
  return new Date(Date.now() + offsetMs()); // eslint-disable-line no-restricted-syntax
}

/** True when the clock was moved by CLOCK_START (shown in the UI so nobody mistakes it for real time). */
export function isClockShifted(): boolean {
  return offsetMs() !== 0;
}
