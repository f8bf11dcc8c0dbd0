import { sql } from 'drizzle-orm';
import type { DatabaseConnection, Tx } from './client';

/**
 * Refreshes the planner's statistics for tables a transaction has just grown a lot, before it
 * writes rows that reference them. PostgreSQL plans a foreign-key check once per connection and
 * keeps that plan: planned while a table was tiny and analyzed as such, it is a sequential scan,
 * and 10,000 checks against a table that grew to 10,000 rows in the same transaction cost
 * minutes (an IPR import took 54 s instead of 5 on PGlite after one small import). ANALYZE inside
 * the transaction counts its own new rows and makes every cached plan on the table be planned
 * again. It is cheap (a sample of at most 30,000 rows).
 */
export async function refreshStatisticsAfterGrowth(tx: Tx, tables: readonly string[]): Promise<void> {
  for (const table of tables) await tx.execute(sql`ANALYZE ${sql.identifier(table)}`);
}

/** How many rows a write must add before refreshing statistics is worth its few milliseconds. */
export const GROWTH_WORTH_ANALYZING = 500;

/** Tables smaller than this are never analyzed on PGlite (see analyzeTablesWorthIt). */
export const PAGES_WORTH_ANALYZING = 10;

/**
 * PGlite has no autovacuum, so at start-up the server gathers statistics itself (without them the
 * planner picks nested loops over whole tables: the marketplace ran ten times slower). Tables
 * under ten pages are left alone: never analyzed, the planner assumes they may have grown and
 * keeps using indexes; analyzed while tiny, it would plan sequential scans and keep those plans.
 */
export async function analyzeTablesWorthIt(connection: DatabaseConnection): Promise<void> {
  const { rows } = await connection.executeSql(
    `select quote_ident(n.nspname) || '.' || quote_ident(c.relname) as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')
        and pg_relation_size(c.oid) >= ${PAGES_WORTH_ANALYZING} * current_setting('block_size')::int`,
  );
  for (const row of rows) await connection.executeSql(`ANALYZE ${String(row.name)}`);
}
