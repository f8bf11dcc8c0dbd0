import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/client';
import { joinedTransaction } from '@/db/joined-transaction';
import { migratedTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await migratedTestDatabase();
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await database.connection.db.execute(sql`drop table if exists joined_probe`);
  await database.connection.db.execute(sql`create table joined_probe (step text primary key)`);
});

const steps = async () => rowsOf<{ step: string }>(await database.connection.db.execute(sql`select step from joined_probe order by step`)).map((r) => r.step);
const write = (db: { execute: typeof database.connection.db.execute }, step: string) => db.execute(sql`insert into joined_probe (step) values (${step})`);
class Refused extends Error {}

describe(`a transaction joined by the code it calls (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('runs the called code’s transaction in the caller’s, with no savepoint of its own', async () => {
    await database.connection.db.transaction(async (tx) => {
      await write(tx, 'a-caller');
      const joined = joinedTransaction(tx);
      // With a savepoint, its write would be undone when it throws; joined, it is the caller's to keep or roll back.
      await expect(
        joined.transaction(async (own) => {
          expect(rowsOf<{ n: number }>(await own.execute(sql`select count(*)::int as n from joined_probe`))[0]?.n).toBe(1);
          await write(own, 'b-called');
          throw new Refused();
        }),
      ).rejects.toBeInstanceOf(Refused);
    });
    expect(await steps()).toEqual(['a-caller', 'b-called']);
  });

  it('refuses an isolation level: the transaction is already open', async () => {
    await database.connection.db.transaction(async (tx) => {
      await expect(joinedTransaction(tx).transaction(async () => undefined, { isolationLevel: 'serializable' })).rejects.toThrow(/no configuration/);
    });
  });

  it('rolls back with the caller, and keeps the savepoints of transactions nested inside', async () => {
    await expect(
      database.connection.db.transaction(async (tx) => {
        await joinedTransaction(tx).transaction(async (own) => {
          await write(own, 'a-day');
          await own.transaction((savepoint) => write(savepoint, 'b-refused-day').then(() => Promise.reject(new Refused()))).catch((error: unknown) => {
            if (!(error instanceof Refused)) throw error;
          });
          await write(own, 'c-day');
          expect(rowsOf<{ step: string }>(await own.execute(sql`select step from joined_probe order by step`)).map((r) => r.step)).toEqual(['a-day', 'c-day']);
        });
        throw new Refused();
      }),
    ).rejects.toBeInstanceOf(Refused);
    expect(await steps()).toEqual([]);
  });
});
