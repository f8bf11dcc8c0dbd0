import type { DatabaseConnection } from './client';
import { PAGES_WORTH_ANALYZING } from './planner-statistics';

/**
 * PGlite has no autovacuum (no background workers), so nothing reclaims dead rows, freezes old
 * ones or refreshes statistics while the embedded server runs. The audit queue alone (a row
 * queued and removed by every audited write) grew by half a kilobyte per write, and after about
 * two billion transactions the database would stop taking writes to avoid wraparound. This does
 * what autovacuum does, by its rules and settings, when the job queue calls it every minute. On a
 * PostgreSQL server autovacuum does it, and this does nothing.
 */

/** What the statistics say of one table since its last VACUUM and ANALYZE. */
export interface TableActivity {
  /** Schema-qualified and quoted, ready for a statement. */
  name: string;
  /** The planner's row count (reltuples); 0 for a table never vacuumed or analyzed. */
  rows: number;
  deadRows: number;
  insertedSinceVacuum: number;
  modifiedSinceAnalyze: number;
  pages: number;
  /** Transactions since its oldest unfrozen row (age of relfrozenxid). */
  xidAge: number;
}

/** autovacuum's settings, read from the database (PostgreSQL's defaults unless changed). */
export interface AutovacuumSettings {
  vacuumThreshold: number;
  vacuumScaleFactor: number;
  insertThreshold: number;
  insertScaleFactor: number;
  analyzeThreshold: number;
  analyzeScaleFactor: number;
  freezeMaxAge: number;
}

/**
 * autovacuum's rule: VACUUM a table when its dead rows, or its rows inserted since the last
 * VACUUM (for the visibility map and freezing), pass a threshold plus a share of its rows, or
 * when its oldest unfrozen row nears wraparound; ANALYZE it when its changed rows pass theirs.
 * Tables under PAGES_WORTH_ANALYZING are never analyzed (see planner-statistics.ts).
 */
export function maintenanceDue(table: TableActivity, settings: AutovacuumSettings): { vacuum: boolean; analyze: boolean } {
  const rows = Math.max(table.rows, 0);
  const vacuum =
    table.deadRows > settings.vacuumThreshold + settings.vacuumScaleFactor * rows ||
    table.insertedSinceVacuum > settings.insertThreshold + settings.insertScaleFactor * rows ||
    table.xidAge > settings.freezeMaxAge;
  const analyze = table.pages >= PAGES_WORTH_ANALYZING && table.modifiedSinceAnalyze > settings.analyzeThreshold + settings.analyzeScaleFactor * rows;
  return { vacuum, analyze };
}

export interface VacuumReport {
  vacuumed: string[];
  analyzed: string[];
}

const SETTINGS_SQL = `select current_setting('autovacuum_vacuum_threshold')::float8 as "vacuumThreshold",
  current_setting('autovacuum_vacuum_scale_factor')::float8 as "vacuumScaleFactor",
  current_setting('autovacuum_vacuum_insert_threshold')::float8 as "insertThreshold",
  current_setting('autovacuum_vacuum_insert_scale_factor')::float8 as "insertScaleFactor",
  current_setting('autovacuum_analyze_threshold')::float8 as "analyzeThreshold",
  current_setting('autovacuum_analyze_scale_factor')::float8 as "analyzeScaleFactor",
  current_setting('autovacuum_freeze_max_age')::float8 as "freezeMaxAge"`;

const ACTIVITY_SQL = `select quote_ident(s.schemaname) || '.' || quote_ident(s.relname) as name,
  greatest(c.reltuples, 0)::float8 as "rows", s.n_dead_tup::float8 as "deadRows",
  s.n_ins_since_vacuum::float8 as "insertedSinceVacuum", s.n_mod_since_analyze::float8 as "modifiedSinceAnalyze",
  (pg_relation_size(c.oid) / current_setting('block_size')::int)::float8 as pages, age(c.relfrozenxid)::float8 as "xidAge"
  from pg_stat_user_tables s join pg_class c on c.oid = s.relid
  where c.relkind in ('r', 'm')
  order by 1`;

/** Runs VACUUM and ANALYZE where autovacuum would (embedded PGlite only), one table per statement. */
export async function vacuumWhereDue(connection: DatabaseConnection): Promise<VacuumReport> {
  const report: VacuumReport = { vacuumed: [], analyzed: [] };
  if (connection.kind !== 'pglite') return report;
  // This session's counts are reported at the end of the next statement, not only every second.
  await connection.executeSql('select pg_stat_force_next_flush()');
  const [settings] = (await connection.executeSql(SETTINGS_SQL)).rows as unknown as AutovacuumSettings[];
  const tables = (await connection.executeSql(ACTIVITY_SQL)).rows as unknown as TableActivity[];
  for (const table of tables) {
    const due = maintenanceDue(table, settings!);
    // One statement for each, table by table: PGlite runs them on the server's thread, and other
    // requests get the database between them (after 20,000 journal entries a VACUUM held it for
    // 4–12 ms, an ANALYZE for up to 0.15 s).
    if (due.vacuum) await connection.executeSql(`VACUUM ${table.name}`);
    if (due.analyze) await connection.executeSql(`ANALYZE ${table.name}`);
    if (due.vacuum) report.vacuumed.push(table.name);
    if (due.analyze) report.analyzed.push(table.name);
  }
  return report;
}
