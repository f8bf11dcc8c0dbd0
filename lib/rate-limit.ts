import { and, count, eq, gt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rateLimitHits } from '@/db/schema';
import { AppError } from '@/lib/errors';

export interface RateLimit {
  bucket: string;
  limit: number;
  windowMs: number;
}

/** Public account creation: a handful per address per hour is plenty for honest people. */
export const PROVIDER_REGISTRATION_LIMIT: RateLimit = { bucket: 'provider_registration', limit: 5, windowMs: 60 * 60 * 1000 };

/**
 * Counts a hit and refuses it past the limit. The hit is written before counting, so parallel
 * requests cannot all pass a count taken before any of them was recorded.
 */
export async function consumeRateLimit(db: Db, rule: RateLimit, key: string, at: Date): Promise<void> {
  await db.insert(rateLimitHits).values({ bucket: rule.bucket, key, at });
  const [hits] = await db
    .select({ n: count() })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, rule.bucket), eq(rateLimitHits.key, key), gt(rateLimitHits.at, new Date(at.getTime() - rule.windowMs))));
  if ((hits?.n ?? 0) > rule.limit) throw new AppError('rate_limited', { detailKey: 'errors.rate_limited.detail' });
}
