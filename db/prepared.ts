import type { SQL } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
import { rowsOf, type Db, type Tx } from './client';

/**
 * Runs a raw statement as a prepared one. Drizzle's execute sends every statement unnamed, so
 * PostgreSQL parses and plans it again each time; prepared, postgres.js parses it once per
 * connection and PostgreSQL may keep its plan. For the statements of the busiest writes (a journal
 * entry). PGlite runs it as execute does.
 */
export async function executePrepared<T>(db: Db | Tx, statement: SQL): Promise<T[]> {
  const dialect = (db as unknown as { dialect: PgDialect }).dialect;
  const prepared = db._.session.prepareQuery(dialect.sqlToQuery(statement), undefined, 'prepared', false);
  return rowsOf<T>(await prepared.execute());
}
