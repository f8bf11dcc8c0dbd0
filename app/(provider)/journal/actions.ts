'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { AppError, isAppError } from '@/lib/errors';
import { displayDate } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { hasText, translateKey } from '@/lib/i18n/translator';
import { correctJournalEntry, deleteJournalEntry } from '@/lib/journals/correct-entry';
import { parseDurationInput } from '@/lib/journals/duration-input';
import { recordJournalEntry } from '@/lib/journals/record-entry';
import { recordJournalMonth } from '@/lib/journals/record-month';
import { journalEntryInputSchema, journalEntryPatchSchema, journalMonthInputSchema } from '@/lib/journals/schemas';
import { formatClockTime } from '@/lib/minutes';
import { durationText } from '@/components/journals/duration-text';

/** A month grid's answer: refusals keyed by the day ("2026-11-03"), so each shows beside its row. */
export interface GridState extends ActionState {
  savedCount?: number;
}

/** The hours field ("4", "4.5", "4:30") as minutes; empty is "not given", anything else unreadable is refused on that field. */
function durationField(text: string | undefined, field: string): number | undefined {
  if (!text || text.trim() === '') return undefined;
  const minutes = parseDurationInput(text);
  if (minutes === null) throw new AppError('validation_failed', { fieldErrors: [{ field, message: 'journal.entry.badDuration' }] });
  return minutes;
}

/**
 * The schemas and rules speak of minutes; the forms show one "hours" field, or a start and an end:
 * a refusal of the minutes goes beside whichever the person filled in.
 */
function onDurationField(state: ActionState, form: FormData): ActionState {
  if (!state.fieldErrors?.minutes) return state;
  const { minutes, ...rest } = state.fieldErrors;
  const typedHours = String(form.get('duration') ?? '').trim() !== '';
  const field = typedHours || String(form.get('start') ?? '').trim() === '' ? 'duration' : 'start';
  return { ...state, fieldErrors: { ...rest, [field]: rest[field] ? `${rest[field]} ${minutes}` : minutes } };
}

function revalidateJournal(orderId: string) {
  revalidatePath(`/journal/${orderId}`);
}

/** One day's entry: the date, hours or a start and an end, places (assistant) or the mode (sign language). */
export async function recordEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('journal.record');
    const fields = formFields(form, ['orderId', 'date', 'duration', 'start', 'end', 'places', 'mode']);
    const input = parseOrFail(journalEntryInputSchema, {
      orderId: fields.orderId,
      date: fields.date,
      minutes: durationField(fields.duration, 'duration'),
      start: fields.start || undefined,
      end: fields.end || undefined,
      places: fields.places?.trim() || undefined,
      mode: fields.mode || undefined,
    });
    const entry = await recordJournalEntry(getDb(), actor, input, now());
    revalidateJournal(entry.orderId);
    const t = await getTranslations('journal');
    const date = displayDate(entry.serviceDate, await pageLocale());
    const duration = durationText(t, entry.minutes);
    const message =
      entry.startMinute !== null && entry.endMinute !== null
        ? t('entry.savedRange', { date, start: formatClockTime(entry.startMinute), end: formatClockTime(entry.endMinute), duration })
        : t('entry.saved', { date, duration });
    return { status: 'saved', message };
  } catch (error) {
    return onDurationField(await errorState(error, form), form);
  }
}

/**
 * A month's grid: every day with hours typed, recorded together or not at all. The fields are
 * named by the day (`duration-2026-11-03`, `places-…`, `mode-…`); a refusal comes back per day.
 */
export async function recordMonthAction(_prev: GridState, form: FormData): Promise<GridState> {
  const locale = await pageLocale();
  const t = await getTranslations('journal');
  const dates: string[] = [];
  try {
    const actor = await requireActionActor('journal.record');
    const orderId = parseOrFail(z.uuid(), form.get('orderId'));
    const rows: Record<string, unknown>[] = [];
    const unreadable: Record<string, string> = {};
    for (const [name, value] of form.entries()) {
      const match = /^duration-(\d{4}-\d{2}-\d{2})$/.exec(name);
      if (!match || typeof value !== 'string' || value.trim() === '') continue;
      const date = match[1]!;
      const minutes = parseDurationInput(value);
      if (minutes === null) {
        unreadable[date] = t('entry.badDuration');
        continue;
      }
      const places = form.get(`places-${date}`);
      const mode = form.get(`mode-${date}`);
      dates.push(date);
      rows.push({ date, minutes, places: typeof places === 'string' && places.trim() ? places.trim() : undefined, mode: typeof mode === 'string' && mode ? mode : undefined });
    }
    const unreadableDays = Object.keys(unreadable);
    if (unreadableDays.length > 0) return { status: 'error', message: t('grid.refusedCount', { count: unreadableDays.length }), fieldErrors: unreadable };
    if (rows.length === 0) return { status: 'error', message: t('grid.nothingTyped') };
    const input = parseOrFail(journalMonthInputSchema, { orderId, rows });
    const recorded = await recordJournalMonth(getDb(), actor, input, now());
    revalidateJournal(orderId);
    return { status: 'saved', message: t('grid.saved', { count: recorded.length }), savedCount: recorded.length };
  } catch (error) {
    if (!isAppError(error)) throw error;
    // "rows.3.minutes" → the fourth typed day; a rule's full sentence names the day and the cap.
    const byDay: Record<string, string> = {};
    const other: string[] = [];
    for (const f of error.fieldErrors) {
      const match = /^rows\.(\d+)\./.exec(f.field);
      const date = match ? dates[Number(match[1])] : undefined;
      const values = f.values ?? {};
      const sentence = f.message.replace(/^validation\.journal\./, 'errors.journal.');
      const text = sentence !== f.message && hasText(locale, sentence) ? translateKey(locale, sentence, values) : translateKey(locale, f.message, values);
      if (date) byDay[date] = byDay[date] ? `${byDay[date]} ${text}` : text;
      else other.push(text);
    }
    const days = Object.keys(byDay).length;
    const message = days > 0 ? t('grid.refusedCount', { count: days }) : [translateKey(locale, error.detailKey, error.values), ...other].join(' ');
    return { status: 'error', message, fieldErrors: byDay };
  }
}

/** A correction of an unfrozen entry: the domain checks who may, and the caps, again. */
export async function correctEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('journal.record');
    const fields = formFields(form, ['entryId', 'date', 'duration', 'start', 'end', 'places', 'mode', 'service']);
    const entryId = parseOrFail(z.uuid(), fields.entryId);
    const patch = parseOrFail(journalEntryPatchSchema, {
      date: fields.date || undefined,
      minutes: durationField(fields.duration, 'duration'),
      start: fields.start || undefined,
      end: fields.end || undefined,
      ...(fields.service === 'assistant' ? { places: fields.places?.trim() ?? '' } : {}),
      mode: fields.mode || undefined,
    });
    const entry = await correctJournalEntry(getDb(), actor, entryId, patch, now());
    revalidateJournal(entry.orderId);
    const t = await getTranslations('journal');
    return { status: 'saved', message: t('list.corrected', { date: displayDate(entry.serviceDate, await pageLocale()), duration: durationText(t, entry.minutes) }) };
  } catch (error) {
    return onDurationField(await errorState(error, form), form);
  }
}

/** Deleting an unfrozen entry (kept as evidence, marked deleted), after the person confirmed it. */
export async function deleteEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('journal.record');
    const entryId = parseOrFail(z.uuid(), form.get('entryId'));
    const entry = await deleteJournalEntry(getDb(), actor, entryId, now());
    revalidateJournal(entry.orderId);
    const t = await getTranslations('journal');
    return { status: 'saved', message: t('list.deleted', { date: displayDate(entry.serviceDate, await pageLocale()) }) };
  } catch (error) {
    return errorState(error, form);
  }
}
