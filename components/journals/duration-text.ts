import { hoursAndMinutes } from '@/lib/journals/duration-input';

type Translate = (key: 'duration.hm' | 'duration.h' | 'duration.m', values: { hours?: number; minutes?: number }) => string;

/** "7 h 30 min", "8 h", "45 min" in the reader's language (keys of the `journal` namespace). */
export function durationText(t: Translate, minutes: number): string {
  const { hours, minutes: rest } = hoursAndMinutes(minutes);
  if (hours === 0) return t('duration.m', { minutes: rest });
  return rest === 0 ? t('duration.h', { hours }) : t('duration.hm', { hours, minutes: rest });
}

type TranslateRange = Translate & ((key: 'list.range', values: { start: string; end: string; duration: string }) => string);

/** An entry's time: "09:00–13:30 (4 h 30 min)" when it has a start and an end, else its duration. */
export function entryTimeText(t: TranslateRange, entry: { start: string | null; end: string | null; minutes: number }): string {
  const duration = durationText(t, entry.minutes);
  return entry.start && entry.end ? t('list.range', { start: entry.start, end: entry.end, duration }) : duration;
}
