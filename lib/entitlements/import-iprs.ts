import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db, type Tx } from '@/db/client';
import { unnestInsert } from '@/db/bulk-insert';
import { GROWTH_WORTH_ANALYZING, refreshStatisticsAfterGrowth } from '@/db/planner-statistics';
import { classifierEntries, iprs, recipients, regions, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { almatyDateOf, type LocalDate } from '@/lib/calendar/local-date';
import type { FieldError } from '@/lib/errors';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { fieldErrorsFromZod } from '@/lib/i18n/zod-errors';
import { queueNotifications, type NotificationRequest } from '@/lib/notifications/outbox';
import { iprRecordSchema, type IprRecord } from './import-schemas';
import { lockEntitlements } from './lock';
import { measureAmountProblem, measureWindow, type MeasureCategory } from './measure-rules';


export type ImportOutcome = 'created' | 'replaced' | 'unchanged';

export interface ImportReport {
  accepted: { index: number; iprNumber: string; outcome: ImportOutcome }[];
  /** Messages are catalog keys with values, translated where they are shown. */
  rejected: { index: number; iprNumber: string | null; errors: FieldError[] }[];
}

export interface ImportOptions {
  source: 'api' | 'csv';
  at: Date;
  /** An office officer imports only for people living in these districts; E-Sobes for anyone. */
  allowedKatos?: ReadonlySet<string>;
  /** Judge every record against the stored state but write nothing (an officer's preview). */
  dryRun?: boolean;
}

interface Parsed {
  index: number;
  record: IprRecord;
  digest: string;
}

/** A record that passed the reference checks, with each measure's classifier category. */
interface Checked extends Parsed {
  categories: MeasureCategory[];
}

/** The digest that recognises a re-sent version: canonical JSON of the record as parsed. */
function recordDigest(record: IprRecord): string {
  return createHash('sha256').update(canonicalize(record) ?? '').digest('hex');
}

function numberOf(raw: unknown): string | null {
  const value = (raw as { iprNumber?: unknown } | null)?.iprNumber;
  return typeof value === 'string' ? value.trim() || null : null;
}

const CHUNK = 2000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * Imports IPR records from E-Sobes (or an officer's CSV). Each record is judged on its own and a
 * bad one never blocks the rest. Idempotent by IPR number and version: a version already stored
 * with the same content changes nothing; a newer version takes over from its start date (the
 * older one entitles until then); an older or conflicting version is refused. A new recipient
 * gets an account (they open it with their signature or an SMS code) and, for a new IPR, the SMS
 * and cabinet notice "sign in and choose a provider". Everything is one transaction, written in
 * batches rather than a round trip per row.
 */
export async function importIprRecords(db: Db, actor: Actor, records: unknown[], options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { accepted: [], rejected: [] };
  const reject = (index: number, iprNumber: string | null, errors: FieldError[]) => report.rejected.push({ index, iprNumber, errors });

  const parsed: Parsed[] = [];
  for (const [index, raw] of records.entries()) {
    const result = iprRecordSchema.safeParse(raw);
    if (!result.success) reject(index, numberOf(raw), fieldErrorsFromZod(result.error));
    else parsed.push({ index, record: result.data, digest: recordDigest(result.data) });
  }

  await db.transaction(async (tx) => {
    await lockEntitlements(tx);
    const checked = await checkAgainstReference(tx, parsed, options, reject);
    const plan = await planVersions(tx, checked, reject);
    if (!options.dryRun) await applyPlan(tx, actor, plan, options);
    for (const step of plan) report.accepted.push({ index: step.index, iprNumber: step.record.iprNumber, outcome: step.outcome });
  });
  report.accepted.sort((a, b) => a.index - b.index);
  report.rejected.sort((a, b) => a.index - b.index);
  return report;
}

/** Codes, amounts, regions and the person's status: the checks that need the database. */
async function checkAgainstReference(tx: Tx, parsed: Parsed[], options: ImportOptions, reject: (i: number, n: string | null, e: FieldError[]) => void): Promise<Checked[]> {
  if (parsed.length === 0) return [];
  const codes = new Map((await tx.select({ code: classifierEntries.code, category: classifierEntries.category }).from(classifierEntries)).map((c) => [c.code, c.category as MeasureCategory]));
  const katos = [...new Set(parsed.map((p) => p.record.kato))];
  const known = new Set<string>();
  for (let i = 0; i < katos.length; i += CHUNK) {
    for (const r of await tx.select({ kato: regions.kato }).from(regions).where(inArray(regions.kato, katos.slice(i, i + CHUNK)))) known.add(r.kato);
  }
  const iins = [...new Set(parsed.map((p) => p.record.iin))];
  const gone = new Map<string, { status: string; on: string | null }>();
  for (let i = 0; i < iins.length; i += CHUNK) {
    const rows = await tx
      .select({ iin: recipients.iin, status: recipients.lifeStatus, on: recipients.lifeStatusOn })
      .from(recipients)
      .where(and(inArray(recipients.iin, iins.slice(i, i + CHUNK)), sql`${recipients.lifeStatus} <> 'active'`));
    for (const r of rows) gone.set(r.iin, { status: r.status, on: r.on });
  }
  return parsed.filter(({ index, record }) => {
    const errors: FieldError[] = [];
    if (!known.has(record.kato)) errors.push({ field: 'kato', message: 'validation.ipr.unknown_kato', values: { kato: record.kato } });
    else if (options.allowedKatos && !options.allowedKatos.has(record.kato)) errors.push({ field: 'kato', message: 'validation.ipr.kato_outside_office', values: { kato: record.kato } });
    const status = gone.get(record.iin);
    if (status) errors.push({ field: 'iin', message: status.status === 'deceased' ? 'validation.ipr.recipient_deceased' : 'validation.ipr.recipient_departed', values: { date: status.on ?? '' } });
    for (const [i, measure] of record.measures.entries()) {
      const category = codes.get(measure.code);
      if (!category) {
        errors.push({ field: `measures.${i}.code`, message: 'validation.ipr.unknown_code', values: { code: measure.code } });
        continue;
      }
      const problem = measureAmountProblem(category, measure);
      if (problem) errors.push({ field: `measures.${i}.${problem.field}`, message: problem.message, ...(problem.values ? { values: problem.values } : {}) });
    }
    if (errors.length > 0) reject(index, record.iprNumber, errors);
    return errors.length === 0;
  }).map((p) => ({ ...p, categories: p.record.measures.map((m) => codes.get(m.code)!) }));
}

interface Step extends Checked {
  outcome: ImportOutcome;
  /** For created/replaced: the versions this one ends (stored ones are ended from its start). */
  endsStored: boolean;
  /** Set when a later version in the same batch takes over from that version's start. */
  endedOn: LocalDate | null;
  firstOfNumber: boolean;
}

/**
 * Decides each record's fate against the versions stored and those earlier in the batch, in
 * version order per IPR number (so v1 and v2 in one batch work in either order).
 */
async function planVersions(tx: Tx, checked: Checked[], reject: (i: number, n: string | null, e: FieldError[]) => void): Promise<Step[]> {
  const numbers = [...new Set(checked.map((p) => p.record.iprNumber))];
  const stored = new Map<string, { version: number; digest: string | null; iin: string; validFrom: string }[]>();
  for (let i = 0; i < numbers.length; i += CHUNK) {
    const rows = await tx
      .select({ number: iprs.iprNumber, version: iprs.version, digest: iprs.contentSha256, iin: recipients.iin, validFrom: iprs.validFrom })
      .from(iprs)
      .innerJoin(recipients, eq(recipients.id, iprs.recipientId))
      .where(inArray(iprs.iprNumber, numbers.slice(i, i + CHUNK)));
    for (const r of rows) stored.set(r.number, [...(stored.get(r.number) ?? []), r]);
  }
  const ordered = [...checked].sort((a, b) => a.record.iprNumber.localeCompare(b.record.iprNumber) || a.record.version - b.record.version || a.index - b.index);
  const steps: Step[] = [];
  const latestInBatch = new Map<string, Step>();
  for (const item of ordered) {
    const { record } = item;
    const versions = stored.get(record.iprNumber) ?? [];
    const previous = latestInBatch.get(record.iprNumber);
    const owner = versions[0]?.iin ?? previous?.record.iin;
    if (owner && owner !== record.iin) {
      reject(item.index, record.iprNumber, [{ field: 'iprNumber', message: 'validation.ipr.number_of_other_person' }]);
      continue;
    }
    const same = versions.find((v) => v.version === record.version) ?? (previous?.record.version === record.version ? { digest: previous.digest } : undefined);
    if (same) {
      if (same.digest === item.digest) steps.push({ ...item, outcome: 'unchanged', endsStored: false, endedOn: null, firstOfNumber: false });
      else reject(item.index, record.iprNumber, [{ field: 'version', message: 'validation.ipr.version_conflict', values: { version: record.version } }]);
      continue;
    }
    const latest = Math.max(0, ...versions.map((v) => v.version), previous?.outcome !== 'unchanged' && previous ? previous.record.version : 0);
    if (record.version < latest) {
      reject(item.index, record.iprNumber, [{ field: 'version', message: 'validation.ipr.older_version', values: { latest } }]);
      continue;
    }
    const step: Step = {
      ...item,
      outcome: versions.length === 0 && !previous ? 'created' : 'replaced',
      endsStored: versions.length > 0,
      endedOn: null,
      firstOfNumber: versions.length === 0 && !previous,
    };
    // A newer version in the same batch ends the one before it, from its own start.
    if (previous && previous.outcome !== 'unchanged') previous.endedOn = previous.record.validFrom > record.validFrom ? previous.record.validFrom : record.validFrom;
    latestInBatch.set(record.iprNumber, step);
    steps.push(step);
  }
  return steps;
}

async function applyPlan(tx: Tx, actor: Actor, steps: Step[], options: ImportOptions) {
  const writes = steps.filter((s) => s.outcome !== 'unchanged');
  if (writes.length === 0) return;
  const at = options.at;

  // People: the newest record per IIN carries their details; deceased or departed are never updated.
  const person = new Map<string, IprRecord>();
  for (const s of writes) person.set(s.record.iin, s.record);
  const people = [...person.values()];
  const recipientIds = new Map<string, string>();
  if (people.length > 0) {
    const upserted = await tx.execute(sql`${unnestInsert('recipients', [
      { name: 'iin', type: 'text', values: people.map((r) => r.iin) },
      { name: 'full_name', type: 'text', values: people.map((r) => r.fullName) },
      { name: 'phone', type: 'text', values: people.map((r) => r.phone ?? null) },
      { name: 'address', type: 'text', values: people.map((r) => r.address ?? null) },
      { name: 'kato', type: 'text', values: people.map((r) => r.kato) },
      { name: 'disability_group', type: 'text', values: people.map((r) => r.disabilityGroup) },
      { name: 'created_at', type: 'timestamptz', values: people.map(() => at.toISOString()) },
    ])}
      on conflict (iin) do update set
        full_name = excluded.full_name,
        -- A record without a phone or address leaves the one on record.
        phone = coalesce(excluded.phone, recipients.phone),
        address = coalesce(excluded.address, recipients.address),
        kato = excluded.kato,
        disability_group = excluded.disability_group
      where recipients.life_status = 'active'
      returning id, iin`);
    for (const r of rowsOf<{ id: string; iin: string }>(upserted)) recipientIds.set(r.iin, r.id);
    // Accounts and notices check their recipient by foreign key: plan those checks for its new size.
    if (people.length >= GROWTH_WORTH_ANALYZING) await refreshStatisticsAfterGrowth(tx, ['recipients']);
    // Their accounts: opened later by signing in with a digital signature or an SMS code (no password).
    await tx.execute(sql`${unnestInsert('users', [
      { name: 'role', type: 'user_role', values: people.map(() => 'recipient') },
      { name: 'login', type: 'text', values: people.map((r) => r.iin) },
      { name: 'iin', type: 'text', values: people.map((r) => r.iin) },
      { name: 'full_name', type: 'text', values: people.map((r) => r.fullName) },
      { name: 'recipient_id', type: 'uuid', values: people.map((r) => recipientIds.get(r.iin)!) },
      { name: 'created_at', type: 'timestamptz', values: people.map(() => at.toISOString()) },
    ])} on conflict (login) do nothing`);
  }

  // Stored versions end where the newest of this batch starts (never before their own start).
  const takeovers = new Map<string, LocalDate>();
  for (const s of writes) if (s.endsStored && !takeovers.has(s.record.iprNumber)) takeovers.set(s.record.iprNumber, s.record.validFrom);
  await inChunks([...takeovers], async (chunk) => {
    const values = sql.join(
      chunk.map(([number, from]) => sql`(${number}, ${from}::date)`),
      sql`, `,
    );
    await tx.execute(sql`
      update ${iprs} set status = 'superseded',
        ended_on = least(coalesce(${iprs.endedOn}, greatest(v.starts, ${iprs.validFrom})), greatest(v.starts, ${iprs.validFrom}))
      from (values ${values}) as v(number, starts)
      where ${iprs.iprNumber} = v.number and ${iprs.status} <> 'superseded'`);
  });

  // Ids made here, so each measure knows its IPR without relying on the order RETURNING answers in.
  const iprIds = new Map<Step, string>(writes.map((w) => [w, randomUUID()]));
  await tx.execute(unnestInsert('iprs', [
    { name: 'id', type: 'uuid', values: writes.map((w) => iprIds.get(w)!) },
    { name: 'recipient_id', type: 'uuid', values: writes.map((w) => recipientIds.get(w.record.iin)!) },
    { name: 'ipr_number', type: 'text', values: writes.map((w) => w.record.iprNumber) },
    { name: 'version', type: 'int', values: writes.map((w) => w.record.version) },
    { name: 'valid_from', type: 'date', values: writes.map((w) => w.record.validFrom) },
    { name: 'valid_to', type: 'date', values: writes.map((w) => w.record.validTo) },
    { name: 'ended_on', type: 'date', values: writes.map((w) => w.endedOn) },
    { name: 'status', type: 'text', values: writes.map((w) => (w.endedOn ? 'superseded' : 'active')) },
    { name: 'received_at', type: 'timestamptz', values: writes.map(() => at.toISOString()) },
    { name: 'content_sha256', type: 'text', values: writes.map((w) => w.digest) },
    { name: 'source', type: 'text', values: writes.map(() => options.source) },
    { name: 'imported_by_user_id', type: 'uuid', values: writes.map(() => actor.userId) },
  ]));
  if (writes.length >= GROWTH_WORTH_ANALYZING) await refreshStatisticsAfterGrowth(tx, ['iprs']);
  const measureRows = writes.flatMap((s) =>
    s.record.measures.map((m, i) => {
      const window = measureWindow(s.categories[i]!, m.startsOn ?? s.record.validFrom, s.record.validTo);
      return {
        iprId: iprIds.get(s)!,
        classifierCode: m.code,
        quantity: m.quantity ?? null,
        hoursPerDay: m.hoursPerDay ?? null,
        hoursPerYear: m.hoursPerYear ?? null,
        startsOn: window.startsOn,
        endsOn: window.endsOn,
      };
    }),
  );
  await tx.execute(unnestInsert('ipr_measures', [
    { name: 'ipr_id', type: 'uuid', values: measureRows.map((m) => m.iprId) },
    { name: 'classifier_code', type: 'text', values: measureRows.map((m) => m.classifierCode) },
    { name: 'quantity', type: 'int', values: measureRows.map((m) => m.quantity) },
    { name: 'hours_per_day', type: 'int', values: measureRows.map((m) => m.hoursPerDay) },
    { name: 'hours_per_year', type: 'int', values: measureRows.map((m) => m.hoursPerYear) },
    { name: 'starts_on', type: 'date', values: measureRows.map((m) => m.startsOn) },
    { name: 'ends_on', type: 'date', values: measureRows.map((m) => m.endsOn) },
  ]));

  // "Sign in and choose a provider", once per IPR, in the language of the person's account.
  const arrivals = writes.filter((s) => s.firstOfNumber);
  const locales = new Map<string, Locale>();
  await inChunks([...new Set(arrivals.map((s) => s.record.iin))], async (chunk) => {
    for (const u of await tx.select({ iin: users.iin, locale: users.locale }).from(users).where(and(inArray(users.login, chunk), eq(users.role, 'recipient')))) {
      if (u.iin && isLocale(u.locale)) locales.set(u.iin, u.locale);
    }
  });
  const requests: NotificationRequest[] = arrivals.map((s) => ({
    to: { recipientId: recipientIds.get(s.record.iin)! },
    kind: 'ipr_arrived',
    eventKey: s.record.iprNumber,
    locale: locales.get(s.record.iin) ?? 'ru',
    phone: s.record.phone ?? null,
    values: { iprNumber: s.record.iprNumber },
  }));
  await queueNotifications(tx, requests, at);

  await writeAudit(tx, {
    actor: { userId: actor.userId, role: actor.role },
    action: 'entitlements.imported',
    entityType: 'ipr_import',
    entityId: randomUUID(),
    data: {
      source: options.source,
      onDate: almatyDateOf(at),
      created: writes.filter((s) => s.outcome === 'created').length,
      replaced: writes.filter((s) => s.outcome === 'replaced').length,
      iprNumbers: writes.slice(0, 200).map((s) => `${s.record.iprNumber} v${s.record.version}`),
    },
  });
}
