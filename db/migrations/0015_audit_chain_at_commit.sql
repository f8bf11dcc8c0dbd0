CREATE TABLE "audit_queue" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_queue_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp (3) with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text,
	"on_behalf_of_recipient_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"reason" text,
	"data" jsonb NOT NULL,
	"content_digest" char(64) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash_version" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "content_digest" char(64);--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_digest_by_version" CHECK (("hash_version" = 1) = ("content_digest" IS NULL));
--> statement-breakpoint
-- R18 at COMMIT. A writer inserts its entry into audit_queue (no lock); this deferred trigger
-- runs as the transaction commits, takes the chain's advisory lock, reads the tail and appends
-- the entry to audit_log. The lock is thus held only while the transaction commits, not across
-- the application's round trips, which serialised every audited write behind the slowest one.
-- Each statement here takes a fresh snapshot (READ COMMITTED, volatile function), so the tail
-- read after the lock sees the previous holder's commit. seq's primary key refuses a fork if a
-- transaction ever ran with an older snapshot. hash = SHA-256 of the UTF-8 text
-- "<previous hash>:<seq>:<content digest>"; lib/audit/chain.ts computes the same to verify.
CREATE FUNCTION qamqor_audit_chain_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tail_seq bigint;
  tail_hash text;
  next_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(7240001);
  SELECT seq, hash INTO tail_seq, tail_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  next_seq := coalesce(tail_seq, 0) + 1;
  tail_hash := coalesce(tail_hash, repeat('0', 64));
  INSERT INTO audit_log (seq, at, actor_user_id, actor_role, on_behalf_of_recipient_id, action, entity_type, entity_id,
                         from_state, to_state, reason, data, prev_hash, hash, hash_version, content_digest)
  VALUES (next_seq, NEW.at, NEW.actor_user_id, NEW.actor_role, NEW.on_behalf_of_recipient_id, NEW.action, NEW.entity_type,
          NEW.entity_id, NEW.from_state, NEW.to_state, NEW.reason, NEW.data, tail_hash,
          encode(sha256(convert_to(tail_hash || ':' || next_seq::text || ':' || NEW.content_digest, 'UTF8')), 'hex'),
          2, NEW.content_digest);
  DELETE FROM audit_queue WHERE id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_queue_append_at_commit AFTER INSERT ON audit_queue
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION qamqor_audit_chain_append();
--> statement-breakpoint
-- Only the trigger above removes queued entries; nothing edits them.
CREATE TRIGGER audit_queue_no_update BEFORE UPDATE ON audit_queue
  FOR EACH ROW EXECUTE FUNCTION qamqor_refuse_change();
