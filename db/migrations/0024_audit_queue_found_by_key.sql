-- The chain's trigger removes each queued entry by its key. The queue is empty between commits,
-- so the planner, planning that DELETE right after a VACUUM has emptied the table's file, picks a
-- sequential scan and keeps the plan while the file grows again with dead rows: PGlite never
-- reclaims them (the trigger's own pin on the page stops pruning) and PostgreSQL does so only
-- when autovacuum comes. Every audited commit then read the whole queue under the chain's lock,
-- slower with each write (measured: +20% per POST after 12,000 writes on PGlite). With
-- sequential scans off inside the trigger, the DELETE always goes by the primary key.
ALTER FUNCTION qamqor_audit_chain_append() SET enable_seqscan = off;
