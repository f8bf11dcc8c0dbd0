'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { signOutEverywhere } from '@/lib/auth/actor';
import { getSessionActor, requireActionActor } from '@/lib/auth/access';
import { setPreferredLocale } from '@/lib/auth/preferences';
import { LOCALE_COOKIE, locales } from '@/lib/i18n/config';

const localeFormSchema = z.object({
  locale: z.enum(locales),
  // A path on this site only: no scheme, no '//' or '/\\' (browsers read both as another host).
  returnTo: z.string().regex(/^\/(?![\/\\])[^\s\\]*$/).default('/'),
});

/** Anyone may choose a language; a signed-in person's choice is also kept on their account. */
export async function setLocaleAction(formData: FormData) {
  const parsed = localeFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect('/');
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: true,
  });
  const actor = await getSessionActor();
  if (actor) await setPreferredLocale(getDb(), actor, parsed.data.locale);
  redirect(parsed.data.returnTo);
}

export async function signOutEverywhereAction() {
  const actor = await requireActionActor('profile.read');
  await signOutEverywhere(getDb(), actor);
  redirect('/sign-in?signedOut=everywhere');
}
