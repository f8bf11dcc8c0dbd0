import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getSessionActor } from '@/lib/auth/access';
import { roleHome } from '@/lib/auth/permissions';

/** Signed-in people go to their own home; visitors see what the portal is and how to sign in. */
export default async function HomePage() {
  const actor = await getSessionActor();
  if (actor) redirect(roleHome[actor.role]);
  const t = await getTranslations('landing');
  const tr = await getTranslations('register');
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('intro')}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t('forRecipients')}</li>
        <li>{t('forProviders')}</li>
        <li>{t('forOffices')}</li>
      </ul>
      <Link
        href="/sign-in"
        className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {t('signIn')}
      </Link>
      <p>
        <Link href="/register" className="font-semibold text-brand-800 underline">
          {tr('link')}
        </Link>
      </p>
      <p>
        <Link href="/verify" className="font-semibold text-brand-800 underline">
          {t('verify')}
        </Link>
      </p>
    </div>
  );
}
