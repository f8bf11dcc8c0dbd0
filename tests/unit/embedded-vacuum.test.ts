import { describe, expect, it } from 'vitest';
import { maintenanceDue, type AutovacuumSettings, type TableActivity } from '@/db/embedded-vacuum';

// PostgreSQL's defaults.
const settings: AutovacuumSettings = {
  vacuumThreshold: 50,
  vacuumScaleFactor: 0.2,
  insertThreshold: 1000,
  insertScaleFactor: 0.2,
  analyzeThreshold: 50,
  analyzeScaleFactor: 0.1,
  freezeMaxAge: 200_000_000,
};
const quiet: TableActivity = { name: 'public.t', rows: 10_000, deadRows: 0, insertedSinceVacuum: 0, modifiedSinceAnalyze: 0, pages: 100, xidAge: 1000 };

describe("autovacuum's rule, for PGlite", () => {
  it('vacuums once dead rows pass 50 plus a fifth of the rows, not before', () => {
    expect(maintenanceDue({ ...quiet, deadRows: 2050 }, settings).vacuum).toBe(false);
    expect(maintenanceDue({ ...quiet, deadRows: 2051 }, settings).vacuum).toBe(true);
    // An empty queue (rows queued and removed) is vacuumed after 51 writes.
    expect(maintenanceDue({ ...quiet, rows: 0, deadRows: 51 }, settings).vacuum).toBe(true);
  });

  it('vacuums once rows inserted since the last VACUUM pass 1,000 plus a fifth of the rows', () => {
    expect(maintenanceDue({ ...quiet, insertedSinceVacuum: 3000 }, settings).vacuum).toBe(false);
    expect(maintenanceDue({ ...quiet, insertedSinceVacuum: 3001 }, settings).vacuum).toBe(true);
  });

  it('vacuums a table whose oldest unfrozen row nears wraparound, however quiet', () => {
    expect(maintenanceDue({ ...quiet, xidAge: 200_000_000 }, settings).vacuum).toBe(false);
    expect(maintenanceDue({ ...quiet, xidAge: 200_000_001 }, settings).vacuum).toBe(true);
  });

  it('analyzes once changed rows pass 50 plus a tenth of the rows, and never a table under ten pages', () => {
    expect(maintenanceDue({ ...quiet, modifiedSinceAnalyze: 1050 }, settings).analyze).toBe(false);
    expect(maintenanceDue({ ...quiet, modifiedSinceAnalyze: 1051 }, settings).analyze).toBe(true);
    expect(maintenanceDue({ ...quiet, modifiedSinceAnalyze: 1051, pages: 9 }, settings).analyze).toBe(false);
    expect(maintenanceDue({ ...quiet, modifiedSinceAnalyze: 1051, pages: 9 }, settings).vacuum).toBe(false);
  });
});
