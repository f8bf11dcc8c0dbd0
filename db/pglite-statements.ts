import { parse, protocol, type ParserOptions, type PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';

const { serialize } = protocol;

/** A parser for each type's oid: what PGlite's parseResults reads values with. */
type Parsers = PGlite['parsers'];

/** The part of a PGlite client drizzle uses: its sessions call query, and transaction for a transaction. */
export interface PgliteQueryClient {
  query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  transaction<T>(run: (tx: PgliteQueryClient) => Promise<T>): Promise<T>;
}

type BackendMessage = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];

interface NamedStatement {
  name: string;
  /** Its rows' columns are known only when it runs (see SHAPED_WHEN_RUN): the portal is described on each call. */
  shapedWhenRun: boolean;
  /** The type of each parameter, as PostgreSQL inferred it when the statement was parsed. */
  paramTypes: number[];
  /** The columns of its rows (null: it answers none), as described when it was parsed. */
  rowDescription: BackendMessage | null;
}

/** Statements kept per database; the least recently used is closed beyond this (texts with lists of varying length differ). */
const DEFAULT_MAX_STATEMENTS = 500;

// PGlite's serializer writes every message into one buffer it reuses: a message kept past the
// next one is copied, and concat copies what it joins.
const copy = (bytes: Uint8Array) => Uint8Array.from(bytes);
function concat(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

const SYNC = copy(serialize.sync());
/** Run the portal and end the exchange: the same after every bind. */
const EXECUTE_SYNC = concat([serialize.execute({}), SYNC]);
/**
 * Statements whose rows' columns are decided only when they run, by what they name: a cursor's
 * (FETCH) or an SQL-level prepared statement's (EXECUTE). Their description at parse time says
 * nothing of the rows, and the database would not refuse a kept one whose columns changed.
 */
const SHAPED_WHEN_RUN = /^\s*(fetch|execute)\b/i;
const DESCRIBE_PORTAL = copy(serialize.describe({ type: 'P' }));
/** "cached plan must not change result type": a kept statement's tables changed its columns. */
const CACHED_PLAN_CHANGED = '0A000';

/**
 * A PGlite client that keeps every statement it runs prepared (named), as postgres.js does on a
 * server. PGlite's own query parses, describes and plans a statement on every call, in six
 * exchanges with the database; here a statement is parsed and described once, and a call is one
 * exchange (bind, execute, sync), whose plan PostgreSQL may keep. The database runs on
 * the server's own thread, so this is time every request waits for. Same locks as PGlite's query:
 * outside a transaction a query waits for any open one; inside, it runs on the transaction's turn.
 */
export function statementCachingClient(pg: PGlite, { maxStatements = DEFAULT_MAX_STATEMENTS } = {}): PgliteQueryClient {
  const statements = new Map<string, NamedStatement>();
  let counter = 0;

  const describeStatement = async (text: string, options?: QueryOptions): Promise<NamedStatement> => {
    const cached = statements.get(text);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      statements.delete(text);
      statements.set(text, cached);
      return cached;
    }
    const name = `qamqor_${++counter}`;
    try {
      await pg.execProtocol(serialize.parse({ name, text, types: options?.paramTypes }), { syncToFs: false });
      const described = await pg.execProtocol(serialize.describe({ type: 'S', name }), { syncToFs: false });
      const statement = {
        name,
        shapedWhenRun: SHAPED_WHEN_RUN.test(text),
        paramTypes: parse.parseDescribeStatementResults(described.messages),
        rowDescription: described.messages.find((message) => message.name === 'rowDescription') ?? null,
      };
      statements.set(text, statement);
      if (statements.size > maxStatements) {
        const [oldestText, oldest] = statements.entries().next().value as [string, NamedStatement];
        statements.delete(oldestText);
        await pg.execProtocol(serialize.close({ type: 'S', name: oldest.name }), { syncToFs: false });
      }
      return statement;
    } finally {
      // Ends the exchange (parse, describe, a close), failed or not, as PGlite's own query does.
      await pg.execProtocol(SYNC, { syncToFs: false });
    }
  };

  const forget = async (text: string, statement: NamedStatement) => {
    if (statements.get(text) === statement) statements.delete(text);
    await pg.execProtocol(concat([serialize.close({ type: 'S', name: statement.name }), SYNC]), { syncToFs: false });
  };

  const run = async <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
    const statement = await describeStatement(text, options);
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = options?.serializers?.[statement.paramTypes[i]!] ?? pg.serializers[statement.paramTypes[i]!];
      return serializer ? serializer(value) : String(value);
    });
    // One exchange: on an error PostgreSQL skips to the sync, and execProtocol throws it. The rows'
    // columns are the statement's, described once: a statement's result cannot change shape (the
    // database refuses to run it if its tables change so that it would; it is then parsed again
    // on its next call, as postgres.js does).
    let messages: BackendMessage[];
    try {
      const bind = serialize.bind({ statement: statement.name, values });
      const exchange = statement.shapedWhenRun ? concat([bind, DESCRIBE_PORTAL, EXECUTE_SYNC]) : concat([bind, EXECUTE_SYNC]);
      ({ messages } = await pg.execProtocol(exchange, { syncToFs: false }));
    } catch (error) {
      if ((error as { code?: unknown }).code === CACHED_PLAN_CHANGED) await forget(text, statement);
      throw error;
    }
    const described = statement.rowDescription && !statement.shapedWhenRun ? [statement.rowDescription, ...messages] : messages;
    return parse.parseResults(described, parsersWith(options?.parsers), { rowMode: options?.rowMode })[0] as Results<T>;
  };

  // Given parsers of its own, PGlite's parseResults copies all of the database's (over 300, with
  // the array types) into a new object on every call: 0.2 ms, several times a request. Here the
  // caller's few sit over the database's table instead, made once per parsers object (drizzle
  // keeps one per prepared query).
  const merged = new WeakMap<ParserOptions, Parsers>();
  const parsersWith = (own: ParserOptions | undefined): Parsers => {
    if (!own) return pg.parsers;
    let parsers = merged.get(own);
    if (!parsers) {
      parsers = Object.assign(Object.create(pg.parsers) as Parsers, own);
      merged.set(own, parsers);
    }
    return parsers;
  };

  const inTransaction = (tx: Transaction): PgliteQueryClient => ({
    query: <T>(text: string, params?: unknown[], options?: QueryOptions) => {
      if (tx.closed) throw new Error('Transaction is closed');
      return pg.runExclusive(() => run<T>(text, params, options));
    },
    transaction: () => {
      throw new Error('nested transactions are savepoints, run by drizzle');
    },
  });

  return {
    query: async <T>(text: string, params?: unknown[], options?: QueryOptions) => {
      await pg.waitReady;
      return pg._runExclusiveTransaction(async () => {
        const result = await pg.runExclusive(() => run<T>(text, params, options));
        await pg.syncToFs();
        return result;
      });
    },
    transaction: (body) => pg.transaction((tx) => body(inTransaction(tx))),
  };
}
