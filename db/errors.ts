/**
 * The constraint a database error names, if the statement broke one: the drivers say it
 * differently (postgres.js `constraint_name`, PGlite `constraint`), and drizzle wraps their
 * errors, so the causes are followed.
 */
export function violatedConstraint(error: unknown): string | null {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name: postgresName, constraint: pgliteName } = cause as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (typeof code === 'string' && code.startsWith('23')) {
      const name = postgresName ?? pgliteName;
      return typeof name === 'string' ? name : null;
    }
  }
  return null;
}
