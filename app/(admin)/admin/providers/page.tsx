import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { TextField } from '@/components/ui/text-field';
import { getDb } from '@/db';
import { providerStatuses } from '@/db/schema';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { displayDate } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { translateKey } from '@/lib/i18n/translator';
import { fieldErrorsFromZod } from '@/lib/i18n/zod-errors';
import { searchProviderRegister, type ProviderSearch } from '@/lib/providers/register-queries';
import { providerSearchSchema } from '@/lib/providers/schemas';
import { ProviderStatusText } from './status-text';

export async function generateMetadata() {
  const t = await getTranslations('adminProviders');
  return { title: t('title') };
}

type Params = { q?: string | string[]; status?: string | string[]; page?: string | string[] };
const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The register's address for a search and page; empty parts are left out. */
function registerHref(search: Pick<ProviderSearch, 'q' | 'status'>, page: number): string {
  const query = new URLSearchParams();
  if (search.q) query.set('q', search.q);
  if (search.status) query.set('status', search.status);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/admin/providers?${text}` : '/admin/providers';
}

/** Page numbers to link: the first, the last, and two either side of the current one. */
function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const wanted = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of wanted) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && p - last > 1) out.push('gap');
    out.push(p);
  }
  return out;
}

export default async function ProviderRegisterPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requirePageActor('providers.review');
  const t = await getTranslations('adminProviders');
  const locale = await pageLocale();
  const raw = await searchParams;
  // A page number that is not one (a hand-edited address) just means the first page.
  const pageParam = single(raw.page);
  const parsed = providerSearchSchema.safeParse({ q: single(raw.q), status: single(raw.status), page: pageParam && /^[1-9]\d{0,4}$/.test(pageParam) ? pageParam : undefined });
  const search: ProviderSearch = parsed.success ? { ...parsed.data, q: parsed.data.q || undefined } : { page: 1 };
  const fieldLabel: Record<string, string> = { q: t('q'), status: t('fields.status'), page: t('fields.page') };
  const problems = parsed.success ? [] : fieldErrorsFromZod(parsed.error).map((f) => `${fieldLabel[f.field] ?? f.field}: ${translateKey(locale, f.message, f.values)}`);
  const result = parsed.success ? await searchProviderRegister(getDb(), search) : null;
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <p>
        <Link href="/admin" className="font-semibold text-brand-800 underline">
          {t('backToAdmin')}
        </Link>
      </p>
      <section aria-labelledby="search-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="search-heading" className="mb-3 text-xl font-semibold">
          {t('searchHeading')}
        </h2>
        <form method="get" action="/admin/providers" role="search" aria-labelledby="search-heading" className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
          <TextField id="register-q" name="q" type="search" label={t('q')} hint={t('qHint')} defaultValue={search.q ?? single(raw.q) ?? ''} maxLength={100} />
          <div className="flex flex-col gap-1">
            <label htmlFor="register-status" className="font-semibold">
              {t('fields.status')}
            </label>
            <select id="register-status" name="status" defaultValue={search.status ?? ''} className="min-h-11 rounded border-2 border-slate-500 bg-white px-3 py-2">
              <option value="">{t('anyStatus')}</option>
              {providerStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex gap-2">
            <Button type="submit">{t('search')}</Button>
            <Link href="/admin/providers" className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-slate-100">
              {t('reset')}
            </Link>
          </div>
        </form>
      </section>
      {problems.length > 0 ? (
        <Alert tone="error" title={t('invalidSearch')}>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {result ? (
        <section aria-labelledby="results-heading" className="space-y-3">
          <h2 id="results-heading" className="text-xl font-semibold">
            {t('resultsHeading')}
          </h2>
          <p id="results-summary">
            {t('found', { total: result.total })}
            {result.total > 0 ? ` · ${t('pageOf', { page: result.page, pages: result.pageCount })}` : null}
          </p>
          {result.items.length === 0 ? (
            <p className="font-semibold">{t('noResults')}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse bg-white text-left" aria-describedby="results-summary">
                <caption className="sr-only">{t('tableCaption')}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-400">
                    <th scope="col" className="p-2">{t('fields.name')}</th>
                    <th scope="col" className="p-2">{t('fields.identifier')}</th>
                    <th scope="col" className="p-2">{t('fields.kind')}</th>
                    <th scope="col" className="p-2">{t('fields.status')}</th>
                    <th scope="col" className="p-2">{t('fields.registered')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((p) => (
                    <tr key={p.id} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2 font-normal">
                        <Link href={`/admin/providers/${p.id}`} className="font-semibold text-brand-800 underline">
                          {p.name}
                        </Link>
                      </th>
                      <td className="p-2 whitespace-nowrap">
                        <span className="sr-only">{p.bin ? t('fields.bin') : t('fields.iin')} </span>
                        <span className="font-mono">{p.bin ?? p.iin}</span>
                      </td>
                      <td className="p-2">{t(`kinds.${p.kind}`)}</td>
                      <td className="p-2">
                        <ProviderStatusText status={p.status} label={t(`statuses.${p.status}`)} />
                      </td>
                      <td className="p-2 whitespace-nowrap">{displayDate(almatyDateOf(p.createdAt), locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {result.pageCount > 1 ? (
            <nav aria-label={t('pagination')}>
              <ul className="flex flex-wrap items-center gap-2">
                {result.page > 1 ? (
                  <li>
                    <Link href={registerHref(search, result.page - 1)} className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-800 underline">
                      ← {t('previous')}
                    </Link>
                  </li>
                ) : null}
                {pageWindow(result.page, result.pageCount).map((p, i) =>
                  p === 'gap' ? (
                    <li key={`gap-${i}`} aria-hidden="true" className="px-1">
                      …
                    </li>
                  ) : (
                    <li key={p}>
                      {p === result.page ? (
                        <span aria-current="page" className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-brand-700 bg-brand-700 px-2 font-bold text-white">
                          <span className="sr-only">{t('pageLabel', { page: p })}</span>
                          <span aria-hidden="true">{p}</span>
                        </span>
                      ) : (
                        <Link
                          href={registerHref(search, p)}
                          aria-label={t('pageLabel', { page: p })}
                          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-brand-700 bg-white px-2 font-semibold text-brand-800 hover:bg-slate-100"
                        >
                          {p}
                        </Link>
                      )}
                    </li>
                  ),
                )}
                {result.page < result.pageCount ? (
                  <li>
                    <Link href={registerHref(search, result.page + 1)} className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-800 underline">
                      {t('next')} →
                    </Link>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
