import type { Locale } from './config';

/** Picks the name in the reader's language from a row carrying nameKk / nameRu / nameEn. */
export function localizedName(
  row: { nameKk: string | null; nameRu: string | null; nameEn: string | null },
  locale: Locale,
): string {
  const name = { kk: row.nameKk, ru: row.nameRu, en: row.nameEn }[locale];
  return name ?? row.nameRu ?? '';
}
