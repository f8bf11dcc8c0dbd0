const DAY_MS = 24 * 60 * 60 * 1000;

/** R8 asks for idempotency keys at least 24 hours; a week lets a phone that was offline for days retry safely. */
export const IDEMPOTENCY_KEYS_KEPT_DAYS = 7;

/**
 * How long records that only guard a request are kept. Credentials are kept a day past their
 * expiry (they are refused from the moment they expire, whatever is kept), and rate-limit hits a
 * day past the longest window (an hour). Apart from the purge (purge-expired.ts), so the API's
 * description can say it without loading the database.
 */
export const RETENTION = {
  idempotencyKeysMs: IDEMPOTENCY_KEYS_KEPT_DAYS * DAY_MS,
  expiredCredentialsMs: DAY_MS,
  rateLimitHitsMs: DAY_MS,
} as const;
