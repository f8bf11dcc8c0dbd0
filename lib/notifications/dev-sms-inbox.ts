import { desc } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { devSmsMessages } from '@/db/schema';

/** How many messages /dev/sms shows. */
export const DEV_SMS_SHOWN = 100;

/** What the development gateway "sent", newest first. Only for /dev/sms, which exists only outside production. */
export async function latestDevSms(db: Db, limit = DEV_SMS_SHOWN) {
  return db
    .select({ id: devSmsMessages.id, phone: devSmsMessages.phone, body: devSmsMessages.body, receivedAt: devSmsMessages.receivedAt })
    .from(devSmsMessages)
    .orderBy(desc(devSmsMessages.receivedAt), desc(devSmsMessages.id))
    .limit(limit);
}
