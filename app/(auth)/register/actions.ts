'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientAddress } from '@/lib/auth/client-address';
import { now } from '@/lib/clock';
import { consumeRateLimit, PROVIDER_REGISTRATION_LIMIT } from '@/lib/rate-limit';
import { getDb } from '@/db';
import { AppError } from '@/lib/errors';
import { errorState, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { pageLocale } from '@/lib/i18n/page-locale';
import { registerProvider } from '@/lib/providers/registration';
import { providerRegistrationSchema } from '@/lib/providers/schemas';

const fields = ['kind', 'bin', 'name', 'legalAddress', 'phone', 'email', 'iban', 'bik', 'bankName', 'headIin', 'headName', 'password'] as const;

/** Public: anyone may register a provider; it stays pending until an administrator verifies it. */
export async function registerProviderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let login: string;
  try {
    const raw = Object.fromEntries(fields.map((f) => [f, typeof form.get(f) === 'string' ? (form.get(f) as string) : undefined]));
    if (raw.kind === 'entrepreneur') delete raw.bin;
    const input = parseOrFail(providerRegistrationSchema, raw);
    if (form.get('passwordConfirm') !== input.password) {
      throw new AppError('validation_failed', { fieldErrors: [{ field: 'passwordConfirm', message: 'validation.password_mismatch' }] });
    }
    await consumeRateLimit(getDb(), PROVIDER_REGISTRATION_LIMIT, clientAddress(await headers()), now());
    login = (await registerProvider(getDb(), input, await pageLocale())).login;
  } catch (error) {
    return errorState(error, form);
  }
  redirect(`/register/done?login=${encodeURIComponent(login)}`);
}
