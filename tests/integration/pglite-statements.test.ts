import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/client';
import { statementCachingClient, type PgliteQueryClient } from '@/db/pglite-statements';

// The embedded database's client: every statement stays prepared, so these run on PGlite whichever database the suite is on.
let pg: PGlite;
let client: PgliteQueryClient;

const preparedNames = async () =>
  (await pg.query<{ name: string; statement: string }>(`select name, statement from pg_prepared_statements where name like 'qamqor_%' order by name`)).rows;

beforeAll(async () => {
  pg = new PGlite();
});
afterAll(async () => {
  await pg.close();
});
// A fresh client and table per test (a new PGlite takes seconds to start).
beforeEach(async () => {
  await pg.exec(`deallocate all; drop table if exists entries`);
  await pg.exec(`create table entries (id int primary key, minutes int not null check (minutes > 0), day date, at timestamptz, data jsonb, tags text[], price numeric(12,2))`);
  client = statementCachingClient(pg, { maxStatements: 3 });
});

describe('PGlite statements kept prepared', () => {
  it('parses a statement once and runs it again by name, with the values of each call', async () => {
    const insert = 'insert into entries (id, minutes, day, at, data, tags, price) values ($1, $2, $3, $4, $5, $6, $7)';
    await client.query(insert, [1, 30, '2026-11-02', new Date('2026-11-02T04:00:00Z'), { places: 'аптека' }, ['a', 'b'], '1500.50']);
    await client.query(insert, [2, 45, '2026-11-03', null, null, null, null]);
    expect((await preparedNames()).map((s) => s.statement)).toEqual([insert]);
    const { rows } = await client.query<Record<string, unknown>>('select id, minutes, day, at, data, tags, price from entries order by id', [], { rowMode: 'object' });
    expect(rows).toEqual([
      { id: 1, minutes: 30, day: new Date('2026-11-02T00:00:00Z'), at: new Date('2026-11-02T04:00:00Z'), data: { places: 'аптека' }, tags: ['a', 'b'], price: '1500.50' },
      { id: 2, minutes: 45, day: new Date('2026-11-03T00:00:00Z'), at: null, data: null, tags: null, price: null },
    ]);
  });

  it('answers what PGlite’s own query answers, through drizzle, in array and object rows', async () => {
    const db = drizzle({ client: client as unknown as PGlite });
    await db.execute(sql`insert into entries (id, minutes, day) values (${7}, ${60}, ${'2026-11-04'}::date)`);
    const plain = drizzle(pg);
    const statement = sql`select id, minutes, day, count(*) over () as n from entries where minutes >= ${30}`;
    expect(rowsOf(await db.execute(statement))).toEqual(rowsOf(await plain.execute(statement)));
    expect(rowsOf(await db.execute(statement))).toEqual([{ id: 7, minutes: 60, day: '2026-11-04', n: 1 }]);
    // drizzle's own parsers (dates left as text) apply to its calls only, not to the database's.
    expect((await client.query('select day from entries', [], { rowMode: 'object' })).rows).toEqual([{ day: new Date('2026-11-04T00:00:00Z') }]);
    expect(rowsOf(await db.execute(sql`select day from entries`))).toEqual([{ day: '2026-11-04' }]);
  });

  it('throws the database’s error with its code, and the next statement runs (outside and inside a transaction)', async () => {
    const insert = 'insert into entries (id, minutes) values ($1, $2)';
    await client.query(insert, [1, 30]);
    await expect(client.query(insert, [1, 30])).rejects.toMatchObject({ code: '23505', constraint: 'entries_pkey' });
    await expect(client.query(insert, [2, 0])).rejects.toMatchObject({ code: '23514' });
    await expect(client.query('select nonsense from entries', [])).rejects.toMatchObject({ code: '42703' });
    await client.query(insert, [3, 15]);
    await expect(
      client.transaction(async (tx) => {
        await tx.query(insert, [4, 20]);
        await tx.query(insert, [1, 20]);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect((await client.query<{ id: number }>('select id from entries order by id', [], { rowMode: 'object' })).rows.map((r) => r.id)).toEqual([1, 3]);
    await client.transaction((tx) => tx.query(insert, [5, 25]));
    expect((await client.query<{ n: number }>('select count(*)::int as n from entries', [], { rowMode: 'object' })).rows[0]?.n).toBe(3);
  });

  it('runs a query from outside only after an open transaction ends, so it never joins it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const didInsert = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = client.transaction(async (tx) => {
      await tx.query('insert into entries (id, minutes) values ($1, $2)', [1, 30]);
      inserted();
      await held;
      throw new Error('rolled back');
    });
    await didInsert;
    const outside = client.query<{ n: number }>('select count(*)::int as n from entries', [], { rowMode: 'object' });
    let answered = false;
    void outside.then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    release();
    await expect(transaction).rejects.toThrow('rolled back');
    expect((await outside).rows[0]?.n).toBe(0);
  });

  it('keeps at most the given number of statements, closing the least recently used', async () => {
    const texts = [1, 2, 3, 4].map((n) => `select ${n} + $1::int as v`);
    await client.query(texts[0]!, [0]);
    await client.query(texts[1]!, [0]);
    await client.query(texts[2]!, [0]);
    await client.query(texts[0]!, [0]); // used again: the second is now the oldest
    await client.query(texts[3]!, [0]);
    expect((await preparedNames()).map((s) => s.statement).sort()).toEqual([texts[0], texts[2], texts[3]].sort());
    expect((await client.query<{ v: number }>(texts[1]!, [10], { rowMode: 'object' })).rows[0]?.v).toBe(12);
  });

  it('names the columns of every row as the statement was described, and refuses to answer rows of another shape', async () => {
    await client.query('insert into entries (id, minutes) values (1, 30)');
    const all = 'select * from entries';
    expect((await client.query<{ id: number; minutes: number }>(all, [], { rowMode: 'object' })).rows).toMatchObject([{ id: 1, minutes: 30 }]);
    expect((await client.query<{ id: number; minutes: number }>(all, [], { rowMode: 'object' })).rows).toMatchObject([{ id: 1, minutes: 30 }]);
    // Rows are read with the columns described when the statement was parsed: a table changed
    // since must not give rows under the old names, and PostgreSQL refuses to run the statement.
    await pg.exec('alter table entries drop column day');
    await expect(client.query(all, [], { rowMode: 'object' })).rejects.toThrow(/cached plan must not change result type/);
    // It is parsed again on its next call, with the table's columns of now (in a transaction too).
    const again = await client.transaction((tx) => tx.query<Record<string, unknown>>(all, [], { rowMode: 'object' }));
    expect(Object.keys(again.rows[0]!)).toEqual(['id', 'minutes', 'at', 'data', 'tags', 'price']);
    expect((await preparedNames()).filter((s) => s.statement === all)).toHaveLength(1);
  });

  it('reads the rows of EXECUTE and FETCH under the columns of each run, which their text does not fix', async () => {
    await client.query('insert into entries (id, minutes) values (1, 30)');
    await pg.exec('prepare shaped as select id, minutes from entries');
    expect((await client.query('execute shaped', [], { rowMode: 'object' })).rows).toEqual([{ id: 1, minutes: 30 }]);
    await pg.exec("deallocate shaped; prepare shaped as select 'аптека' as places, id * 10 as tenfold from entries");
    expect((await client.query('execute shaped', [], { rowMode: 'object' })).rows).toEqual([{ places: 'аптека', tenfold: 10 }]);
    const fetched = await client.transaction(async (tx) => {
      await tx.query('declare rows_of_entries cursor for select minutes, id from entries');
      return tx.query('fetch next from rows_of_entries', [], { rowMode: 'object' });
    });
    expect(fetched.rows).toEqual([{ minutes: 30, id: 1 }]);
  });
});
