import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, calendarDays } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { authenticate } from '@/lib/auth/authenticate';
import { verifyAuditChain } from '@/lib/audit';
import { formatInstantAlmaty } from '@/lib/calendar';
import { removeCalendarDay, setCalendarDay } from '@/lib/calendar/manage-calendar';
import { computeWorkingDayDeadline } from '@/lib/calendar/queries';
import { AppError } from '@/lib/errors';
import { seededTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
let admin: Actor;
let officer: Actor;

async function actorFor(role: string): Promise<Actor> {
  const account = database.accounts.find((a) => a.role === role)!;
  const user = await authenticate(database.connection.db, { login: account.login, password: account.password, ip: '127.0.0.1', channel: 'web' });
  return (await loadActor(database.connection.db, user.id, user.sessionVersion))!;
}

beforeAll(async () => {
  database = await seededTestDatabase();
  admin = await actorFor('administrator');
  officer = await actorFor('office_officer');
});
afterAll(async () => {
  await database?.close();
});

const deadline = async (from: string, n = 5) =>
  formatInstantAlmaty(await computeWorkingDayDeadline(database.connection.db, new Date(from), n));

const errorCode = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? `${e.code}:${e.detailKey}` : String(e)),
  );

describe(`calendar from the table (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('computes deadlines from the seeded calendar', async () => {
    expect(await deadline('2026-11-25T10:00:00+05:00')).toBe('2026-12-02T23:59:59+05:00');
    expect(await deadline('2026-12-11T09:00:00+05:00')).toBe('2026-12-21T23:59:59+05:00');
  });

  it('refuses a deadline in a year nobody has entered', async () => {
    expect(await errorCode(deadline('2031-06-01T10:00:00+05:00'))).toBe('rule_violation:errors.calendar_not_configured');
    // A deadline that crosses into an unentered year is refused too.
    expect(await errorCode(deadline('2027-12-28T10:00:00+05:00'))).toBe('rule_violation:errors.calendar_not_configured');
  });

  it('lets an administrator add a day off, which moves deadlines, with an audit entry', async () => {
    await setCalendarDay(database.connection.db, admin, {
      date: '2026-11-27',
      kind: 'day_off',
      nameKk: 'Үкімет шешімі',
      nameRu: 'Решение Правительства',
      nameEn: 'Government decision',
    });
    expect(await deadline('2026-11-25T10:00:00+05:00')).toBe('2026-12-03T23:59:59+05:00');
    const [entry] = await database.connection.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'calendar.add_day'), eq(auditLog.entityId, '2026-11-27')));
    expect(entry).toMatchObject({ actorUserId: admin.userId, toState: 'day_off', fromState: null });
  });

  it('records a change of an existing day with its previous kind, and removal', async () => {
    await setCalendarDay(database.connection.db, admin, {
      date: '2026-11-28',
      kind: 'working_day',
      nameKk: 'Жұмыс сенбісі',
      nameRu: 'Рабочая суббота',
      nameEn: 'Working Saturday',
    });
    expect(await deadline('2026-11-25T10:00:00+05:00')).toBe('2026-12-02T23:59:59+05:00');
    await removeCalendarDay(database.connection.db, admin, '2026-11-28');
    await removeCalendarDay(database.connection.db, admin, '2026-11-27');
    expect(await deadline('2026-11-25T10:00:00+05:00')).toBe('2026-12-02T23:59:59+05:00');
    const removed = await database.connection.db.select().from(auditLog).where(eq(auditLog.action, 'calendar.remove_day'));
    expect(removed.map((r) => r.fromState).sort()).toEqual(['day_off', 'working_day']);
    expect((await verifyAuditChain(database.connection.db)).ok).toBe(true);
  });

  it('refuses a weekday as a "working day" and removing a day that is not there', async () => {
    expect(
      await errorCode(
        setCalendarDay(database.connection.db, admin, { date: '2026-11-26', kind: 'working_day', nameKk: 'xx', nameRu: 'xx', nameEn: 'xx' }),
      ),
    ).toBe('validation_failed:errors.validation_failed.detail');
    expect(await errorCode(removeCalendarDay(database.connection.db, admin, '2026-11-26'))).toBe('not_found:errors.not_found.calendar_day');
  });

  it('refuses changes by anyone but an administrator, writing nothing', async () => {
    expect(
      await errorCode(
        setCalendarDay(database.connection.db, officer, { date: '2026-12-01', kind: 'day_off', nameKk: 'xx', nameRu: 'xx', nameEn: 'xx' }),
      ),
    ).toBe('forbidden:errors.forbidden.detail');
    expect(await errorCode(removeCalendarDay(database.connection.db, officer, '2026-12-16'))).toBe('forbidden:errors.forbidden.detail');
    expect(await database.connection.db.select().from(calendarDays).where(eq(calendarDays.date, '2026-12-01'))).toEqual([]);
    expect(await database.connection.db.select().from(calendarDays).where(eq(calendarDays.date, '2026-12-16'))).toHaveLength(1);
  });
});
