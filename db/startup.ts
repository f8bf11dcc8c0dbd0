import path from 'node:path';
import { env } from '@/lib/env';
import { now } from '@/lib/clock';
import { getConnection } from './index';
import { analyzeTablesWorthIt } from './planner-statistics';
import { formatDemoAccounts, prepareDatabase } from './seed';

export async function startServerDatabase(): Promise<void> {
  const connection = getConnection();
  const demo = env.DEPLOYMENT !== 'production' && (env.SEED_DEMO === '1' || (env.SEED_DEMO === undefined && !env.DATABASE_URL));
  const accounts = await prepareDatabase(connection, { at: now(), demo, dataDir: path.resolve(env.DATA_DIR) });
  if (connection.kind === 'pglite') await analyzeTablesWorthIt(connection);
  console.log(
    `Qamqor database ready: ${connection.kind === 'pglite' ? `embedded PGlite in ${path.resolve(env.DATA_DIR, 'pglite')}` : 'PostgreSQL server'}`,
  );
  if (accounts && accounts.length > 0) console.log(formatDemoAccounts(accounts, env.PORT));
  if (env.JOBS === '1') {
    const { startJobQueue } = await import('@/lib/jobs/queue');
    await startJobQueue(connection);
    console.log('Qamqor job queue running (SMS sending, reminders)');
  }
}
