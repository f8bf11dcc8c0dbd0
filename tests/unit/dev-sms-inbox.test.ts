import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const gatewayVariables = ['DEPLOYMENT', 'SMS_GATEWAY', 'SMS_GATEWAY_URL', 'SMS_GATEWAY_TOKEN', 'AUTH_SECRET', 'DATABASE_URL', 'CLOCK_START'] as const;

/** Sets exactly these settings (the others of the list unset) and loads the module fresh. */
async function inboxWith(settings: Partial<Record<(typeof gatewayVariables)[number], string>>) {
  for (const name of gatewayVariables) {
    const value = settings[name];
    vi.stubEnv(name, value ?? '');
    if (value === undefined) delete process.env[name];
  }
  return import('@/lib/notifications/gateway-from-env');
}

const realGateway = { SMS_GATEWAY: 'http', SMS_GATEWAY_URL: 'https://sms.example.kz/send', SMS_GATEWAY_TOKEN: 'token' };
const productionBasics = { DEPLOYMENT: 'production', AUTH_SECRET: 'x'.repeat(48), DATABASE_URL: 'postgres://qamqor@db.internal/qamqor' };

describe('the development SMS inbox (/dev/sms)', () => {
  it('is open on a demo or test machine that uses the development gateway', async () => {
    expect((await inboxWith({})).devSmsInboxEnabled()).toBe(true);
    vi.resetModules();
    expect((await inboxWith({ DEPLOYMENT: 'test', SMS_GATEWAY: 'dev' })).devSmsInboxEnabled()).toBe(true);
  });

  it('is closed wherever a real gateway sends the messages', async () => {
    expect((await inboxWith({ DEPLOYMENT: 'demo', ...realGateway })).devSmsInboxEnabled()).toBe(false);
  });

  it('is closed in production', async () => {
    expect((await inboxWith({ ...productionBasics, ...realGateway })).devSmsInboxEnabled()).toBe(false);
  });

  it('cannot be opened in production by choosing the development gateway: such a server does not start', async () => {
    await expect(inboxWith({ ...productionBasics, SMS_GATEWAY: 'dev' })).rejects.toThrow(/SMS_GATEWAY/);
    vi.resetModules();
    await expect(inboxWith({ ...productionBasics })).rejects.toThrow(/SMS_GATEWAY/);
  });
});
