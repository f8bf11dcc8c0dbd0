import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { iprImportBatches, officeDistricts, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { readIprCsv } from './csv-records';
import { importIprRecords } from './import-iprs';

/** Rows per transaction when a confirmed upload is imported: the progress moves in these steps. */
export const CSV_IMPORT_CHUNK = 500;

async function officeKatos(db: Db, officeId: string): Promise<Set<string>> {
  const rows = await db.select({ kato: officeDistricts.kato }).from(officeDistricts).where(eq(officeDistricts.officeId, officeId));
  return new Set(rows.map((r) => r.kato));
}

function officeOf(actor: Actor): string {
  if (actor.role !== 'office_officer' || !actor.officeId) throw new AppError('forbidden');
  return actor.officeId;
}

/**
 * Reads and checks an uploaded file in full, writing nothing but the preview: which rows are
 * good, which are not and why. A file that cannot be read at all (not UTF-8, columns missing,
 * too many rows) is refused with the reason. Bad rows never reject the file.
 */
export async function previewCsvImport(db: Db, actor: Actor, file: { name: string; bytes: Uint8Array }, at: Date): Promise<string> {
  const officeId = officeOf(actor);
  const read = readIprCsv(file.bytes);
  if (!read.ok) throw new AppError('validation_failed', { fieldErrors: [{ field: 'file', message: read.error.message, ...(read.error.values ? { values: read.error.values } : {}) }] });
  const readable = read.rows.filter((r) => r.problems.length === 0);
  const judged = await importIprRecords(
    db,
    actor,
    readable.map((r) => r.record),
    { source: 'csv', at, allowedKatos: await officeKatos(db, officeId), dryRun: true },
  );
  const rowErrors = [
    ...read.rows.filter((r) => r.problems.length > 0).map((r) => ({ line: r.line, iprNumber: typeof r.record.iprNumber === 'string' ? r.record.iprNumber || null : null, errors: r.problems })),
    ...judged.rejected.map((j) => ({ line: readable[j.index]!.line, iprNumber: j.iprNumber, errors: j.errors })),
  ].sort((a, b) => a.line - b.line);
  const accepted = judged.accepted.map((a) => ({ line: readable[a.index]!.line, record: readable[a.index]!.record }));
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(iprImportBatches)
      .values({ officeId, uploadedByUserId: actor.userId, fileName: file.name.slice(0, 200), status: 'previewed', totalRows: read.rows.length, records: accepted, rowErrors, createdAt: at })
      .returning({ id: iprImportBatches.id });
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'ipr_import.previewed',
      entityType: 'ipr_import_batch',
      entityId: batch!.id,
      data: { fileName: file.name.slice(0, 200), rows: read.rows.length, good: accepted.length, bad: rowErrors.length },
    });
    return batch!.id;
  });
}

/** The officer confirms the preview: the good rows are queued for import (once). */
export async function confirmCsvImport(db: Db, actor: Actor, batchId: string, at: Date): Promise<void> {
  const officeId = officeOf(actor);
  await db.transaction(async (tx) => {
    const [batch] = await tx
      .update(iprImportBatches)
      .set({ status: 'queued', confirmedAt: at })
      .where(and(eq(iprImportBatches.id, batchId), eq(iprImportBatches.officeId, officeId), eq(iprImportBatches.status, 'previewed')))
      .returning({ id: iprImportBatches.id, records: sql<number>`jsonb_array_length(${iprImportBatches.records})` });
    if (!batch) throw new AppError('conflict', { detailKey: 'errors.conflict.import_not_pending' });
    await writeAudit(tx, { actor: { userId: actor.userId, role: actor.role }, action: 'ipr_import.confirmed', entityType: 'ipr_import_batch', entityId: batchId, fromState: 'previewed', toState: 'queued', data: { records: batch.records } });
  });
}

/**
 * The job: imports a confirmed upload in chunks, each chunk and its progress in one
 * transaction, so a crash resumes where it stopped and nothing is imported twice. Rows that
 * became invalid since the preview (someone else imported a newer version) join the errors.
 * Answers whether there was anything to do.
 */
export async function runCsvImport(db: Db, batchId: string, at: () => Date): Promise<boolean> {
  const [claimed] = await db
    .update(iprImportBatches)
    .set({ status: 'importing' })
    .where(and(eq(iprImportBatches.id, batchId), sql`${iprImportBatches.status} in ('queued', 'importing')`))
    .returning();
  if (!claimed) return false;
  const [uploader] = await db.select().from(users).where(eq(users.id, claimed.uploadedByUserId));
  if (!uploader?.officeId) throw new Error(`import batch ${batchId}: uploader has no office`);
  const actor: Actor = { userId: uploader.id, role: uploader.role, name: uploader.fullName, iin: uploader.iin, bin: null, providerId: null, officeId: uploader.officeId, recipientId: null, locale: uploader.locale };
  const allowedKatos = await officeKatos(db, claimed.officeId);
  for (let offset = claimed.processed; offset < claimed.records.length; offset += CSV_IMPORT_CHUNK) {
    const chunk = claimed.records.slice(offset, offset + CSV_IMPORT_CHUNK);
    await db.transaction(async (tx) => {
      const report = await importIprRecords(tx, actor, chunk.map((c) => c.record), { source: 'csv', at: at(), allowedKatos });
      const count = (outcome: string) => report.accepted.filter((a) => a.outcome === outcome).length;
      const lateErrors = report.rejected.map((r) => ({ line: chunk[r.index]!.line, iprNumber: r.iprNumber, errors: r.errors }));
      const advanced = await tx
        .update(iprImportBatches)
        .set({
          processed: offset + chunk.length,
          created: sql`${iprImportBatches.created} + ${count('created')}`,
          replaced: sql`${iprImportBatches.replaced} + ${count('replaced')}`,
          unchanged: sql`${iprImportBatches.unchanged} + ${count('unchanged')}`,
          ...(lateErrors.length > 0 ? { rowErrors: sql`${iprImportBatches.rowErrors} || ${JSON.stringify(lateErrors)}::jsonb` } : {}),
        })
        .where(and(eq(iprImportBatches.id, batchId), eq(iprImportBatches.processed, offset)))
        .returning({ id: iprImportBatches.id });
      // Another runner got here first: undo this chunk rather than count it twice.
      if (advanced.length === 0) throw new Error(`import batch ${batchId}: chunk at ${offset} already done`);
    });
  }
  await db.update(iprImportBatches).set({ status: 'done', finishedAt: at() }).where(and(eq(iprImportBatches.id, batchId), eq(iprImportBatches.status, 'importing')));
  return true;
}

/** Confirmed uploads waiting for the job (or left mid-way by a crash). */
export async function pendingCsvImports(db: Db): Promise<string[]> {
  const rows = await db.select({ id: iprImportBatches.id }).from(iprImportBatches).where(sql`${iprImportBatches.status} in ('queued', 'importing')`).orderBy(iprImportBatches.createdAt);
  return rows.map((r) => r.id);
}

/** One upload of the officer's own office; another office's id finds nothing. */
export async function getCsvImport(db: Db, actor: Actor, batchId: string) {
  const officeId = officeOf(actor);
  const [batch] = await db.select().from(iprImportBatches).where(and(eq(iprImportBatches.id, batchId), eq(iprImportBatches.officeId, officeId)));
  return batch ?? null;
}

export async function listCsvImports(db: Db, actor: Actor) {
  const officeId = officeOf(actor);
  return db
    .select({
      id: iprImportBatches.id,
      fileName: iprImportBatches.fileName,
      status: iprImportBatches.status,
      totalRows: iprImportBatches.totalRows,
      processed: iprImportBatches.processed,
      createdAt: iprImportBatches.createdAt,
    })
    .from(iprImportBatches)
    .where(eq(iprImportBatches.officeId, officeId))
    .orderBy(desc(iprImportBatches.createdAt))
    .limit(50);
}
