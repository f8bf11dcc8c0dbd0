import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { classifierCategories, orderDecisionTerms, type ClassifierCategory } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { computeWorkingDayDeadline } from '@/lib/calendar/queries';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { now } from '@/lib/clock';
import { DEFAULT_DECISION_TERM, type DecisionTerm } from './rules';
import type { DecisionTermInput } from './schemas';

/** The term in force for a category; the regulation's default where none was set. */
export async function decisionTermFor(db: Db, category: ClassifierCategory): Promise<DecisionTerm> {
  const [row] = await db.select().from(orderDecisionTerms).where(eq(orderDecisionTerms.category, category));
  return row ? { days: row.days, dayKind: row.dayKind, onExpiry: row.onExpiry } : DEFAULT_DECISION_TERM;
}

/** Every category's term, for the administrators' settings page. */
export async function listDecisionTerms(db: Db): Promise<(DecisionTerm & { category: ClassifierCategory; updatedAt: Date | null })[]> {
  const rows = new Map((await db.select().from(orderDecisionTerms).orderBy(asc(orderDecisionTerms.category))).map((r) => [r.category, r]));
  return classifierCategories.map((category) => {
    const row = rows.get(category);
    return row ? { category, days: row.days, dayKind: row.dayKind, onExpiry: row.onExpiry, updatedAt: row.updatedAt } : { category, ...DEFAULT_DECISION_TERM, updatedAt: null };
  });
}

/**
 * The deadline for an order arriving now, from the calendar table (the arrival day is not
 * counted; the end of the last day, Almaty). Computed once and stored on the order (R20).
 */
export async function deadlineFor(db: Db, arrival: Date, term: DecisionTerm): Promise<Date> {
  if (term.dayKind === 'working') return computeWorkingDayDeadline(db, arrival, term.days);
  return createWorkingCalendar([]).calendarDayDeadline(arrival, term.days);
}

/** An administrator changes a category's term; orders already placed keep theirs. */
export async function setDecisionTerm(db: Db, actor: Actor, input: DecisionTermInput) {
  assertPermission(actor, 'orders.terms.manage');
  return db.transaction(async (tx) => {
    const before = await decisionTermFor(tx, input.category);
    const at = now();
    await tx
      .insert(orderDecisionTerms)
      .values({ category: input.category, days: input.days, dayKind: input.dayKind, onExpiry: input.onExpiry, updatedBy: actor.userId, updatedAt: at })
      .onConflictDoUpdate({ target: orderDecisionTerms.category, set: { days: input.days, dayKind: input.dayKind, onExpiry: input.onExpiry, updatedBy: actor.userId, updatedAt: at } });
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'order_terms.set',
      entityType: 'order_decision_terms',
      entityId: input.category,
      data: { before: { ...before }, after: { days: input.days, dayKind: input.dayKind, onExpiry: input.onExpiry } },
    });
  });
}
