import en from './messages/en.json';
import kk from './messages/kk.json';
import ru from './messages/ru.json';
import type { Locale } from './config';

export type Messages = typeof ru;
export const catalogs: Record<Locale, Messages> = { kk, ru, en };
