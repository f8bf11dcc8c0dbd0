import type { Db, Tx } from './client';

/**
 * An open transaction handed to code written for the database: what that code runs in a
 * transaction of its own runs in this one, without a savepoint. For a caller that rolls the whole
 * transaction back on any failure (an idempotent request with its key's claim), where a savepoint
 * would change nothing and costs two statements a request. Transactions nested inside still get
 * their savepoints (a month's grid keeps each day's).
 */
export function joinedTransaction(tx: Tx): Db {
  const joined = Object.create(tx) as { transaction: (run: (tx: Tx) => Promise<unknown>, config?: unknown) => Promise<unknown> };
  joined.transaction = async (run, config) => {
    // An isolation level or access mode cannot be given to a transaction already open.
    if (config !== undefined) throw new Error('a joined transaction takes no configuration');
    return run(tx);
  };
  return joined as unknown as Db;
}
