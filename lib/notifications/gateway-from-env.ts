import type { Db } from '@/db/client';
import { env } from '@/lib/env';
import { DevSmsGateway, HttpSmsGateway, type SmsGateway } from './sms-gateway';

/** The configured gateway: HTTP when SMS_GATEWAY=http (required in production), else the development store. */
export function smsGatewayFromEnv(db: Db): SmsGateway {
  if (env.SMS_GATEWAY === 'http' && env.SMS_GATEWAY_URL && env.SMS_GATEWAY_TOKEN) return new HttpSmsGateway(env.SMS_GATEWAY_URL, env.SMS_GATEWAY_TOKEN);
  return new DevSmsGateway(db);
}

/** Whether /dev/sms may show the development gateway's messages. */
export function devSmsInboxEnabled(): boolean {
  return env.DEPLOYMENT !== 'production' && env.SMS_GATEWAY !== 'http';
}
