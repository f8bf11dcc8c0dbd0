import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';

/** The database handle every query and service takes first; a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseConnection {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * The one place that picks the driver: a PostgreSQL server when a URL is given,
 * otherwise embedded PGlite (in a folder, or in memory when dataDir is null).
 */
export function openDatabase(options: { url?: string; dataDir?: string | null }): DatabaseConnection {
  if (options.url) {
    const client = postgres(options.url, { max: 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      kind: 'postgres',
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    close: () => client.close(),
  };
}

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** A transaction handle; functions that must run inside a transaction take this type. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
