import { getLocale, getTranslations } from 'next-intl/server';
import { DefinitionList } from '@/components/ui/page-header';
import type { getActorProvider } from '@/lib/providers/queries';
import { isLocale } from '@/lib/i18n/config';
import { localizedName } from '@/lib/i18n/localized-name';

type ProviderView = NonNullable<Awaited<ReturnType<typeof getActorProvider>>>;

export async function ProviderSummary({ provider }: { provider: ProviderView }) {
  const t = await getTranslations('provider');
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : 'ru';
  return (
    <section aria-labelledby="provider-summary" className="rounded border border-slate-300 bg-white p-5">
      <h2 id="provider-summary" className="mb-3 text-xl font-semibold">
        {provider.name}
      </h2>
      <DefinitionList
        items={[
          { term: provider.bin ? t('bin') : t('iin'), value: provider.bin ?? provider.iin ?? '—' },
          { term: t('status'), value: t(`statuses.${provider.status}`) },
          { term: t('legalAddress'), value: provider.legalAddress },
          { term: t('bank'), value: `${provider.bankName}, ${provider.iban}` },
          {
            term: t('regions'),
            value: (
              <ul className="list-disc pl-5">
                {provider.regions.map((r) => (
                  <li key={r.kato}>
                    {localizedName(r, locale)} <span className="text-slate-600">({r.kato})</span>
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </section>
  );
}
