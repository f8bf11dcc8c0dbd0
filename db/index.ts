import path from 'node:path';
import { env } from '@/lib/env';
import { openDatabase, type DatabaseConnection, type Db } from './client';

export type { Db } from './client';

/**
 * The app's single connection, shared through globalThis because Next.js may load this module
 * in several bundles and PGlite allows one opener per data folder.
 */
const globalForDb = globalThis as unknown as { __qamqorDb?: DatabaseConnection };

export function getConnection(): DatabaseConnection {
  globalForDb.__qamqorDb ??= openDatabase({
    url: env.DATABASE_URL,
    dataDir: path.resolve(env.DATA_DIR, 'pglite'),
  });
  return globalForDb.__qamqorDb;
}

export function getDb(): Db {
  return getConnection().db;
}
