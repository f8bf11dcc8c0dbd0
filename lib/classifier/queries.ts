import { asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { classifierCategories, classifierEntries, guaranteedSums, type ClassifierCategory } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';

export interface ClassifierEntryView {
  code: string;
  category: ClassifierCategory;
  kind: 'goods' | 'service';
  unit: 'piece' | 'hour' | 'day';
  nameKk: string;
  nameRu: string;
  nameEn: string;
  /** The guaranteed sum per unit in force on the date asked about, or null when none is set yet. */
  guaranteedSum: string | null;
  guaranteedSumFrom: LocalDate | null;
}

/** The sum in force for each code on a date: the latest one that started on or before it. */
export function sumsInForce(db: Db, onDate: LocalDate) {
  return db
    .selectDistinctOn([guaranteedSums.classifierCode], {
      code: guaranteedSums.classifierCode,
      amount: guaranteedSums.amount,
      validFrom: guaranteedSums.validFrom,
    })
    .from(guaranteedSums)
    .where(lte(guaranteedSums.validFrom, onDate))
    .orderBy(guaranteedSums.classifierCode, desc(guaranteedSums.validFrom))
    .as('sums_in_force');
}

/** Classifier entries beside the sum in force on the date: the one select both readers share. */
function entriesWithSums(db: Db, onDate: LocalDate) {
  const inForce = sumsInForce(db, onDate);
  return db
    .select({
      code: classifierEntries.code,
      category: classifierEntries.category,
      kind: classifierEntries.kind,
      unit: classifierEntries.unit,
      nameKk: classifierEntries.nameKk,
      nameRu: classifierEntries.nameRu,
      nameEn: classifierEntries.nameEn,
      guaranteedSum: inForce.amount,
      guaranteedSumFrom: inForce.validFrom,
    })
    .from(classifierEntries)
    .leftJoin(inForce, eq(inForce.code, classifierEntries.code));
}

// Categories in the order the schema lists them (constants, so inlining them is safe).
const categoryOrder = sql.raw(`array[${classifierCategories.map((c) => `'${c}'`).join(',')}]`);

export async function listClassifier(db: Db, onDate: LocalDate): Promise<ClassifierEntryView[]> {
  return entriesWithSums(db, onDate).orderBy(sql`array_position(${categoryOrder}, ${classifierEntries.category})`, asc(classifierEntries.code));
}

export async function getClassifierEntry(db: Db, code: string, onDate: LocalDate): Promise<ClassifierEntryView | null> {
  const [row] = await entriesWithSums(db, onDate).where(eq(classifierEntries.code, code));
  return row ?? null;
}

/** Every sum a code has had, newest first: the history administrators keep. */
export async function guaranteedSumHistory(db: Db, code: string) {
  return db
    .select({ id: guaranteedSums.id, amount: guaranteedSums.amount, validFrom: guaranteedSums.validFrom, createdAt: guaranteedSums.createdAt, createdBy: guaranteedSums.createdBy })
    .from(guaranteedSums)
    .where(eq(guaranteedSums.classifierCode, code))
    .orderBy(desc(guaranteedSums.validFrom));
}
