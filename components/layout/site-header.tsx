import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import type { Actor } from '@/lib/auth/actor';
import { roleHome } from '@/lib/auth/permissions';
import { LanguageSwitcher } from './language-switcher';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader({ actor }: { actor: Actor | null }) {
  const t = await getTranslations('layout');
  const tr = await getTranslations('roles');
  const path = (await headers()).get('x-pathname') ?? '/';
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={actor ? roleHome[actor.role] : '/'} className="text-xl font-bold hover:underline">
          {t('portalName')}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <LanguageSwitcher returnTo={path} />
          {actor ? (
            <div className="flex flex-wrap items-center gap-2">
              <p className="text-sm">
                <span className="sr-only">{t('signedInAs')} </span>
                <span className="font-semibold">{actor.name}</span> · {tr(actor.role)}
              </p>
              <Link href="/account" className="inline-flex min-h-11 items-center rounded px-3 py-2 text-sm font-semibold underline hover:bg-brand-800">
                {t('account')}
              </Link>
              <SignOutButton label={t('signOut')} />
            </div>
          ) : null}
        </div>
      </div>
    </header>
  );
}
