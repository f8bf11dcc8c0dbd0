CREATE TABLE "ledger_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"office_id" uuid,
	"provider_id" uuid,
	"year" integer DEFAULT 0 NOT NULL,
	"balance" numeric(16, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "ledger_accounts_owner" UNIQUE NULLS NOT DISTINCT("kind","office_id","provider_id","year"),
	CONSTRAINT "ledger_accounts_owner_by_kind" CHECK (("ledger_accounts"."kind" = 'state_funding' and "ledger_accounts"."office_id" is null and "ledger_accounts"."provider_id" is null and "ledger_accounts"."year" = 0)
       or ("ledger_accounts"."kind" = 'office_budget' and "ledger_accounts"."office_id" is not null and "ledger_accounts"."provider_id" is null and "ledger_accounts"."year" > 0)
       or ("ledger_accounts"."kind" in ('provider_payable', 'provider_paid') and "ledger_accounts"."provider_id" is not null and "ledger_accounts"."office_id" is null and "ledger_accounts"."year" = 0)),
	CONSTRAINT "ledger_accounts_budget_not_overspent" CHECK ("ledger_accounts"."kind" <> 'office_budget' or "ledger_accounts"."balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"transaction_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	CONSTRAINT "ledger_entries_nonzero" CHECK ("ledger_entries"."amount" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"period" char(7) NOT NULL,
	"reverses_transaction_id" uuid,
	"memo" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_transactions_once_per_source" UNIQUE("kind","source_type","source_id"),
	CONSTRAINT "ledger_transactions_period" CHECK ("ledger_transactions"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "ledger_transactions_reversal" CHECK (("ledger_transactions"."kind" = 'reversal') = ("ledger_transactions"."reverses_transaction_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_office_id_employment_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."employment_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_transaction_id_ledger_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."ledger_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_transaction_idx" ON "ledger_entries" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account_id");--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_reverses_fk" FOREIGN KEY ("reverses_transaction_id") REFERENCES "public"."ledger_transactions"("id");
--> statement-breakpoint
-- R1: every ledger transaction has at least two entries and they sum to zero, checked at COMMIT
-- (deferred), so a transaction is written entry by entry and judged whole.
CREATE FUNCTION qamqor_ledger_assert_balanced(checked uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  entry_count integer;
  total numeric;
BEGIN
  SELECT count(*), coalesce(sum(amount), 0) INTO entry_count, total FROM ledger_entries WHERE transaction_id = checked;
  IF entry_count < 2 OR total <> 0 THEN
    RAISE EXCEPTION 'ledger transaction % does not balance: % entries summing to %', checked, entry_count, total
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_transaction_balanced';
  END IF;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION qamqor_ledger_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM qamqor_ledger_assert_balanced(NEW.transaction_id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION qamqor_ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM qamqor_ledger_assert_balanced(NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION qamqor_ledger_entry_balanced();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_transactions_balanced AFTER INSERT ON ledger_transactions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION qamqor_ledger_transaction_balanced();
--> statement-breakpoint
-- Each entry moves its account's balance at once, in the same transaction: the row lock orders
-- concurrent postings to one account, and the CHECK on ledger_accounts refuses an office budget
-- below zero (an approval beyond the year's allocation).
CREATE FUNCTION qamqor_ledger_apply_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ledger_accounts SET balance = balance + NEW.amount WHERE id = NEW.account_id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_apply AFTER INSERT ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION qamqor_ledger_apply_entry();
--> statement-breakpoint
-- An account's owner never changes, and its balance changes only through an entry (the trigger
-- above runs at depth 2; a direct UPDATE runs at depth 1).
CREATE FUNCTION qamqor_ledger_guard_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1
     AND NEW.kind = OLD.kind AND NEW.office_id IS NOT DISTINCT FROM OLD.office_id
     AND NEW.provider_id IS NOT DISTINCT FROM OLD.provider_id AND NEW.year = OLD.year AND NEW.id = OLD.id THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'ledger account %: % refused (balances move only by entries)', OLD.id, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_accounts_guard BEFORE UPDATE OR DELETE ON ledger_accounts
  FOR EACH ROW EXECUTE FUNCTION qamqor_ledger_guard_account();
--> statement-breakpoint
CREATE TRIGGER ledger_accounts_no_truncate BEFORE TRUNCATE ON ledger_accounts
  FOR EACH STATEMENT EXECUTE FUNCTION qamqor_refuse_change();
--> statement-breakpoint
-- R2: transactions and entries are append-only; a correction is a reversing transaction.
CREATE TRIGGER ledger_transactions_no_update BEFORE UPDATE OR DELETE ON ledger_transactions
  FOR EACH ROW EXECUTE FUNCTION qamqor_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_transactions_no_truncate BEFORE TRUNCATE ON ledger_transactions
  FOR EACH STATEMENT EXECUTE FUNCTION qamqor_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION qamqor_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION qamqor_refuse_change();
