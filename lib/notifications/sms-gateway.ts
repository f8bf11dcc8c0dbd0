import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { devSmsMessages } from '@/db/schema';
import { now } from '@/lib/clock';

export interface SmsMessage {
  /** The outbox row's id: the gateway's idempotency key, so a retried send is delivered once. */
  id: string;
  phone: string;
  body: string;
}

/** A refusal that retrying cannot fix (bad number, rejected text): the message is marked failed. */
export class SmsRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SmsRejectedError';
  }
}

export interface SmsGateway {
  /** Resolves with the gateway's own message id; throws SmsRejectedError or a transient error. */
  send(message: SmsMessage): Promise<{ gatewayMessageId: string }>;
}

/**
 * A real gateway over HTTPS: POST {id, to, text} with a bearer token and the message id as
 * Idempotency-Key. 2xx is sent; 4xx other than 408/429 is a permanent refusal; anything else
 * (5xx, timeout, network) is retried later with back-off.
 */
export class HttpSmsGateway implements SmsGateway {
  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(message: SmsMessage): Promise<{ gatewayMessageId: string }> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}`, 'idempotency-key': message.id },
      body: JSON.stringify({ id: message.id, to: message.phone, text: message.body }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = (await response.text()).slice(0, 500);
    if (response.ok) {
      let gatewayMessageId = message.id;
      try {
        const parsed = JSON.parse(text) as { id?: unknown; messageId?: unknown };
        const id = parsed.messageId ?? parsed.id;
        if (typeof id === 'string' || typeof id === 'number') gatewayMessageId = String(id);
      } catch {
        // A gateway that answers no JSON still accepted the message.
      }
      return { gatewayMessageId };
    }
    const detail = `SMS gateway answered ${response.status}: ${text}`;
    if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) throw new SmsRejectedError(detail);
    throw new Error(detail);
  }
}

/** Development: "sends" by storing the message for /dev/sms, once per message id. */
export class DevSmsGateway implements SmsGateway {
  constructor(private readonly db: Db) {}

  async send(message: SmsMessage): Promise<{ gatewayMessageId: string }> {
    await this.db
      .insert(devSmsMessages)
      .values({ messageId: message.id, phone: message.phone, body: message.body, receivedAt: now() })
      .onConflictDoNothing({ target: devSmsMessages.messageId });
    const [row] = await this.db
      .select({ id: devSmsMessages.id })
      .from(devSmsMessages)
      .where(sql`${devSmsMessages.messageId} = ${message.id}`);
    return { gatewayMessageId: `dev-${row?.id ?? message.id}` };
  }
}
