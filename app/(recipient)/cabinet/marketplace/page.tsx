import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { entitlementsOn } from '@/lib/entitlements/queries';
import { isAppError } from '@/lib/errors';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { translateKey } from '@/lib/i18n/translator';
import { fieldErrorsFromZod } from '@/lib/i18n/zod-errors';
import { offerSearchSchema } from '@/lib/marketplace/schemas';
import { searchOffers } from '@/lib/marketplace/search';
import { resolveCabinetRecipient } from '@/lib/recipients/queries';
import { areaAround } from '@/lib/regions/region-tree';
import { OfferList } from './offer-list';
import { SearchForm } from './search-form';

export async function generateMetadata() {
  const t = await getTranslations('marketplace');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined) result[k] = value;
  }
  return result;
}

/**
 * The recipient's marketplace: what their IPR entitles them to, from providers serving where
 * they live. A plain GET form, so it works without JavaScript and every search has its own URL.
 */
export default async function MarketplacePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('marketplace.search');
  const t = await getTranslations('marketplace');
  const locale = await pageLocale();
  const db = getDb();
  const raw = single(await searchParams);
  const parsed = offerSearchSchema.safeParse(raw);
  const { people, chosen } = await resolveCabinetRecipient(db, actor, parsed.success ? parsed.data.recipient : undefined);
  if (parsed.success && parsed.data.recipient && !chosen) notFound();
  if (!chosen) {
    return (
      <div>
        <PageHeader title={t('title')} />
        <p>{t('nobody')}</p>
      </div>
    );
  }
  const today = almatyDateOf(now());
  const [entitlements, area] = await Promise.all([entitlementsOn(db, chosen.id, today), chosen.kato ? areaAround(db, chosen.kato) : null]);
  const entitled = [...new Map(entitlements.map((e) => [e.code, e])).values()];
  const districts = area?.districts ?? [];
  const errors = parsed.success ? [] : fieldErrorsFromZod(parsed.error).map((f) => ({ field: f.field, message: translateKey(locale, f.message, f.values) }));
  const search = parsed.success ? parsed.data : offerSearchSchema.parse({});

  let result: Awaited<ReturnType<typeof searchOffers>> = { items: [], nextCursor: null };
  let problem: string | null = null;
  const district = search.district ?? chosen.kato ?? undefined;
  if (search.district && search.district !== chosen.kato && !districts.some((d) => d.kato === search.district)) {
    problem = t('districtOutside');
  } else if (search.code && !entitled.some((e) => e.code === search.code)) {
    problem = t('codeNotEntitled');
  } else if (parsed.success && district && area) {
    try {
      result = await searchOffers(db, {
        servedIn: area.covering(district),
        codes: search.code ? [search.code] : entitled.map((e) => e.code),
        delivery: search.delivery,
        pickup: search.pickup,
        inStock: search.inStock,
        minPrice: search.minPrice,
        maxPrice: search.maxPrice,
        sort: search.sort,
        cursor: search.cursor,
        onDate: today,
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      problem = translateKey(locale, error.fieldErrors[0]?.message ?? error.detailKey, error.fieldErrors[0]?.values ?? error.values);
    }
  }

  const query = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...raw, ...extra })) if (v) params.set(k, v);
    return `/cabinet/marketplace?${params.toString()}`;
  };

  return (
    <div>
      <PageHeader title={t('title')}>{t('intro', { name: chosen.fullName })}</PageHeader>
      {people.length > 1 ? (
        <nav aria-label={t('forWhom')} className="mb-4">
          <ul className="flex flex-wrap gap-3">
            {people.map((p) => (
              <li key={p.id}>
                <Link href={`/cabinet/marketplace?recipient=${p.id}`} aria-current={p.id === chosen.id ? 'page' : undefined} className="underline">
                  {p.fullName}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {entitled.length === 0 ? (
        <Alert tone="info" title={t('noEntitlements')} />
      ) : (
        <>
          <SearchForm
            recipientId={people.length > 1 ? chosen.id : undefined}
            values={raw}
            errors={errors}
            codes={entitled.map((e) => ({ code: e.code, name: localizedName(e, locale) }))}
            districts={districts.map((d) => ({ kato: d.kato, name: localizedName(d, locale) }))}
            ownDistrict={chosen.kato ?? ''}
          />
          {!parsed.success ? (
            <div className="mt-4">
              <Alert tone="error" title={t('fixFilters')} />
            </div>
          ) : null}
          {problem ? (
            <div className="mt-4">
              <Alert tone="error" title={problem} />
            </div>
          ) : null}
          {parsed.success ? <OfferList items={result.items} locale={locale} recipientId={chosen.id} /> : null}
          <nav aria-label={t('pages')} className="mt-4 flex gap-4">
            {search.cursor ? (
              <Link className="underline" href={query({ cursor: undefined })}>
                {t('firstPage')}
              </Link>
            ) : null}
            {result.nextCursor ? (
              <Link className="underline" href={query({ cursor: result.nextCursor })} rel="next">
                {t('nextPage')}
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
