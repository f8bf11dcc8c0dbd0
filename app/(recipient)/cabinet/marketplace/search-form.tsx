'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

interface Props {
  recipientId?: string;
  values: Record<string, string | undefined>;
  errors: { field: string; message: string }[];
  codes: { code: string; name: string }[];
  districts: { kato: string; name: string }[];
  ownDistrict: string;
}

const selectClass = 'min-h-11 rounded border-2 border-slate-500 bg-white px-3 py-2';

/**
 * Filters as a GET form: each search is a URL the recipient can keep or share with a helper.
 * A client component only so the labels come from the messages the browser already has and
 * the server sends just the options; it works the same without JavaScript.
 */
export function SearchForm({ recipientId, values, errors, codes, districts, ownDistrict }: Props) {
  const t = useTranslations('marketplace');
  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  const checked = (name: string) => ['true', '1', 'on'].includes(values[name] ?? '');
  return (
    <form method="get" action="/cabinet/marketplace" className="rounded border border-slate-300 bg-white p-4" aria-labelledby="search-heading">
      <h2 id="search-heading" className="mb-3 text-lg font-semibold">
        {t('filters')}
      </h2>
      {recipientId ? <input type="hidden" name="recipient" value={recipientId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-code" className="font-semibold">
            {t('code')}
          </label>
          <select id="filter-code" name="code" defaultValue={values.code ?? ''} className={selectClass}>
            <option value="">{t('allEntitled')}</option>
            {codes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-district" className="font-semibold">
            {t('district')}
          </label>
          <select id="filter-district" name="district" defaultValue={values.district ?? ownDistrict} className={selectClass}>
            {districts.map((d) => (
              <option key={d.kato} value={d.kato}>
                {d.name}
                {d.kato === ownDistrict ? ` (${t('yourDistrict')})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-sort" className="font-semibold">
            {t('sort')}
          </label>
          <select id="filter-sort" name="sort" defaultValue={values.sort ?? 'price'} className={selectClass}>
            <option value="price">{t('sortPrice')}</option>
            <option value="lead_time">{t('sortLeadTime')}</option>
          </select>
        </div>
        <TextField id="filter-min" name="minPrice" inputMode="decimal" label={t('minPrice')} defaultValue={values.minPrice ?? ''} error={error('minPrice')} />
        <TextField id="filter-max" name="maxPrice" inputMode="decimal" label={t('maxPrice')} defaultValue={values.maxPrice ?? ''} error={error('maxPrice')} />
        <fieldset className="flex flex-col gap-2">
          <legend className="font-semibold">{t('howToReceive')}</legend>
          {(['delivery', 'pickup', 'inStock'] as const).map((name) => (
            <label key={name} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name={name} value="true" defaultChecked={checked(name)} className="h-5 w-5" />
              {t(name)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="mt-4">
        <Button type="submit">{t('search')}</Button>
      </div>
    </form>
  );
}
