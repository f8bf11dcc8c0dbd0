import { getTableName, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A column as "table"."column" inside raw SQL. Drizzle leaves columns unqualified in a one-table
 * select's fields and WHERE, where in a correlated subquery "id" or "kato" would name the
 * subquery's own column (or be ambiguous).
 */
export const qualified = (column: AnyPgColumn) => sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
