import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { statementCachingClient } from './pglite-statements';
import { servedInTurn } from './pglite-turns';
import * as schema from './schema';

/** The database handle every query and service takes first; a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseConnection {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Raw SQL for libraries that bring their own (the job queue): positional parameters, or
   * several statements when there are none. Answers the last statement's rows.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

/**
 * No relational schema is given to drizzle: nothing uses db.query, and with one every
 * transaction builds a query builder per table as it opens.
 *
 * The one place that picks the driver: a PostgreSQL server when a URL is given,
 * otherwise embedded PGlite (in a folder, or in memory when dataDir is null).
 */
export function openDatabase(options: { url?: string; dataDir?: string | null }): DatabaseConnection {
  if (options.url) {
    const client = postgres(options.url, { max: 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(client) as unknown as Db,
      kind: 'postgres',
      executeSql: async (text, values) => {
        // As node-postgres would send them: drizzle turns postgres.js's own Date and JSON
        // serialisers off on this client, so do it here.
        const parameters = (values ?? []).map((v) =>
          v === undefined ? null : v instanceof Date ? v.toISOString() : v !== null && typeof v === 'object' && !Array.isArray(v) && !Buffer.isBuffer(v) ? JSON.stringify(v) : v,
        ) as postgres.ParameterOrJSON<never>[];
        // A script with its own BEGIN … COMMIT must stay on one connection: postgres.js only
        // allows that on a reserved one.
        let result: postgres.RowList<postgres.Row[]>;
        if (/^\s*BEGIN\b/i.test(text)) {
          const reserved = await client.reserve();
          try {
            result = await reserved.unsafe(text, parameters);
          } finally {
            reserved.release();
          }
        } else {
          result = await client.unsafe(text, parameters);
        }
        // Several statements answer a list of results; the caller wants the last one's rows.
        const last = result.length > 0 && Array.isArray(result[0]) ? (result.at(-1) as unknown as Record<string, unknown>[]) : result;
        return { rows: [...last] as Record<string, unknown>[] };
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  // btree_gist: the assistant's journal refuses overlapping times with an exclusion constraint (migration 0022).
  const client = new PGlite({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { btree_gist } });
  return {
    db: drizzlePglite({ client: servedInTurn(statementCachingClient(client)) as unknown as PGlite }) as unknown as Db,
    kind: 'pglite',
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query<Record<string, unknown>>(text, values);
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    close: () => client.close(),
  };
}

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** A transaction handle; functions that must run inside a transaction take this type. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Rows of a raw `db.execute(sql…)`: postgres.js answers the rows themselves, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
