import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type DatabaseConnection } from '@/db/client';

// The embedded database as the app opens it (db/client.ts), whichever database the suite is on:
// the turns concern PGlite only, which runs on the server's thread.
let connection: DatabaseConnection;
/** What happened, in order: the database receiving a message, and work the event loop ran. */
let happened: string[];

beforeAll(() => {
  connection = openDatabase({ dataDir: null });
});
afterAll(async () => {
  await connection.close();
});
beforeEach(() => {
  happened = [];
  const send = PGlite.prototype.execProtocol;
  vi.spyOn(PGlite.prototype, 'execProtocol').mockImplementation(function (this: PGlite, ...args: Parameters<PGlite['execProtocol']>) {
    happened.push('database');
    return send.apply(this, args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Work the event loop already holds when the call is made: another request's read, or its next step. */
const waitingWork = (name: string) => setImmediate(() => happened.push(name));

describe('embedded database calls take turns with the rest of the server', () => {
  it('a statement outside a transaction lets waiting work run before it takes the database', async () => {
    await connection.db.execute(sql`select 1`); // the statement is prepared before anything is counted
    happened = [];
    waitingWork('waiting request');
    const rows = await connection.db.execute(sql`select 1 as one`);
    expect(happened[0]).toBe('waiting request');
    expect(happened.slice(1)).toContain('database');
    expect(rows).toMatchObject({ rows: [{ one: 1 }] });
  });

  it('a transaction lets waiting work run before it begins, then keeps the database until it commits', async () => {
    waitingWork('waiting request');
    await connection.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      waitingWork('work that came during the transaction');
      await tx.execute(sql`select 2`);
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(happened[0]).toBe('waiting request');
    // BEGIN, the two statements and COMMIT all reached the database before the work that came meanwhile ran.
    expect(happened.filter((h) => h === 'database').length).toBeGreaterThanOrEqual(4);
    expect(happened.at(-1)).toBe('work that came during the transaction');
  });
});
