import { getLocale, getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/app/actions';
import { locales } from '@/lib/i18n/config';

const names = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

/** Plain forms, so switching language works without JavaScript too. */
export async function LanguageSwitcher({ returnTo }: { returnTo: string }) {
  const locale = await getLocale();
  const t = await getTranslations('layout');
  return (
    <nav aria-label={t('language')}>
      <ul className="flex gap-1">
        {locales.map((l) => (
          <li key={l}>
            <form action={setLocaleAction}>
              <input type="hidden" name="locale" value={l} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <button
                type="submit"
                lang={l}
                aria-current={l === locale ? 'true' : undefined}
                className={`min-h-11 rounded px-3 py-2 text-sm ${l === locale ? 'bg-white font-bold text-brand-800 underline' : 'text-white hover:bg-brand-800'}`}
              >
                {names[l]}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </nav>
  );
}
