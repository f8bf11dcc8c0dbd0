-- No planner statistics for the audit log's content and hashes: no query filters or joins on
-- them (a hash is found through its unique index), and computing them was three quarters of an
-- ANALYZE of the log (PGlite runs it on the server's thread: 280-400 ms for 60,000 entries,
-- 70-100 ms without them). The columns queries do use keep theirs.
ALTER TABLE "audit_log"
  ALTER COLUMN "data" SET STATISTICS 0,
  ALTER COLUMN "prev_hash" SET STATISTICS 0,
  ALTER COLUMN "hash" SET STATISTICS 0,
  ALTER COLUMN "content_digest" SET STATISTICS 0;
