import { sql, type SQL } from 'drizzle-orm';

/** One column of a bulk insert: its name, PostgreSQL type and a value per row (instants as ISO text, JSON as its text). */
export interface BulkColumn {
  name: string;
  type: 'uuid' | 'text' | 'int' | 'date' | 'timestamptz' | 'boolean' | 'jsonb' | 'user_role';
  values: readonly unknown[];
}

/**
 * `INSERT … SELECT * FROM unnest(…)`: one array parameter per column instead of one parameter
 * per value, so 10,000 rows are one short statement (the query builder's multi-row VALUES took
 * seconds to build and send). Works the same on PostgreSQL and PGlite. The caller appends
 * ON CONFLICT / RETURNING.
 */
export function unnestInsert(table: string, columns: BulkColumn[]): SQL {
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
  const arrays = sql.join(
    // Every column goes as text[] and is cast in the database: postgres.js under drizzle cannot
    // send arrays of dates or instants, and neither driver knows an enum's array type.
    columns.map((c) => sql`${sql.param(c.values.map((v) => (v === null || v === undefined ? null : String(v))))}::text[]::${sql.raw(c.type)}[]`),
    sql`, `,
  );
  return sql`insert into ${sql.raw(`"${table}"`)} (${names}) select * from unnest(${arrays})`;
}
