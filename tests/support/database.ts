import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type DatabaseConnection } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { prepareDatabase, type DemoAccount } from '@/db/seed';

/**
 * Each test file gets its own database: in-memory PGlite by default, or a fresh database on
 * the PostgreSQL server named by TEST_DATABASE_URL (only a local one: tests never touch
 * anything else). It is also installed as the app's connection, so route handlers use it.
 */
export interface TestDatabase {
  connection: DatabaseConnection;
  kind: 'pglite' | 'postgres';
  /** Present when the server is used: a URL to the same test database for extra clients. */
  url?: string;
  close(): Promise<void>;
}

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    throw new Error(`TEST_DATABASE_URL must point to this machine, not ${host}`);
  }
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const connection = openDatabase({ dataDir: null });
    install(connection);
    return { connection, kind: 'pglite', close: () => connection.close() };
  }
  assertLocal(serverUrl);
  const name = `qamqor_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = openDatabase({ url: url.toString() });
  install(connection);
  return {
    connection,
    kind: 'postgres',
    url: url.toString(),
    close: async () => {
      await connection.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

function install(connection: DatabaseConnection) {
  (globalThis as unknown as { __qamqorDb?: DatabaseConnection }).__qamqorDb = connection;
}

export async function migratedTestDatabase(): Promise<TestDatabase> {
  const database = await openTestDatabase();
  await migrateDatabase(database.connection);
  return database;
}

/** A migrated database with reference and demo data, and the demo accounts. */
export async function seededTestDatabase(at = new Date('2026-11-25T05:00:00Z'), options: { pki?: boolean } = {}) {
  const database = await openTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamqor-test-'));
  const accounts = (await prepareDatabase(database.connection, { at, demo: true, dataDir, pki: options.pki ?? false })) as DemoAccount[];
  return { ...database, accounts, dataDir };
}

/** A test file's own database, opened before its tests and closed after: the getter answers it inside a test. */
export function databaseForThisFile(open: () => Promise<TestDatabase> = openTestDatabase): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await open();
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });
  return () => {
    if (!database) throw new Error('the test database is not open yet');
    return database;
  };
}
