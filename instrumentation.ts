/**
 * Runs once when the server starts, before it takes requests: migrates the database, seeds
 * reference data, and on a demo installation the demo people, whose logins it prints.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServerDatabase } = await import('@/db/startup');
  await startServerDatabase();
}
