import type { SQL } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
import { rowsOf, type Db, type Tx } from './client';

/**
 * A raw statement as a prepared query. Drizzle's execute sends every statement unnamed, so
 * PostgreSQL parses and plans it again each time; prepared, postgres.js parses it once per
 * connection and PostgreSQL may keep its plan. On PGlite every statement is kept prepared by the
 * client (db/pglite-statements.ts).
 */
function prepareRaw(db: Db | Tx, statement: SQL, name: string) {
  const dialect = (db as unknown as { dialect: PgDialect }).dialect;
  return db._.session.prepareQuery(dialect.sqlToQuery(statement), undefined, name, false);
}

interface PreparedQuery {
  execute(values?: Record<string, unknown>): Promise<unknown>;
}

/**
 * A query built once, with sql.placeholder() for its values, then run on whatever handle is
 * given, a transaction too. Drizzle builds a query's SQL again on every call and runs a prepared
 * query only on the handle it was prepared on; for a select with subqueries the building costs
 * the server more than the database's work. The built query is kept, per driver, and run on the
 * given handle's connection and logger: both drivers' prepared queries hold them as `client` and
 * `logger`, as their sessions do (the journal tests run it in transactions on both).
 */
export function preparedOnAnyHandle<P extends PreparedQuery>(prepare: (handle: Db | Tx) => P) {
  const builtPerDriver = new Map<unknown, P>();
  return (handle: Db | Tx, values: Record<string, unknown>): ReturnType<P['execute']> => {
    const session = handle._.session as unknown as { client: unknown; logger: unknown; constructor: unknown };
    let built = builtPerDriver.get(session.constructor);
    if (!built) {
      built = prepare(handle);
      builtPerDriver.set(session.constructor, built);
    }
    const bound = Object.create(built) as P & { client: unknown; logger: unknown };
    bound.client = session.client;
    bound.logger = session.logger;
    return bound.execute(values) as ReturnType<P['execute']>;
  };
}

/**
 * A raw statement with sql.placeholder() for its values, built once (see preparedOnAnyHandle) and
 * run on the given handle: for a statement of the busiest writes whose building costs more than
 * sending it.
 */
export function preparedStatement<T>(name: string, statement: SQL) {
  const prepared = preparedOnAnyHandle((handle) => prepareRaw(handle, statement, name));
  return async (handle: Db | Tx, values: Record<string, unknown>): Promise<T[]> => {
    // A value left undefined would be NULL on PGlite and an error on postgres.js: refused alike on both.
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) throw new TypeError(`${name}: the value of ${key} is undefined (use null for none)`);
    }
    return rowsOf<T>(await prepared(handle, values));
  };
}
