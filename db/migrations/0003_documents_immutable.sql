-- Signed documents never change (DESIGN §3): the content and its digest of a version are fixed
-- at creation; only the status moves on (awaiting_signatures → signed | superseded).
CREATE FUNCTION qamqor_document_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'documents are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.canonical IS DISTINCT FROM OLD.canonical OR NEW.sha256 IS DISTINCT FROM OLD.sha256
     OR NEW.kind IS DISTINCT FROM OLD.kind OR NEW.subject_type IS DISTINCT FROM OLD.subject_type
     OR NEW.subject_id IS DISTINCT FROM OLD.subject_id OR NEW.version IS DISTINCT FROM OLD.version
     OR NEW.required_signers IS DISTINCT FROM OLD.required_signers THEN
    RAISE EXCEPTION 'a document version is immutable: make a new version' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status <> 'awaiting_signatures' AND NEW.status IS DISTINCT FROM OLD.status
     AND NOT (OLD.status = 'signed' AND NEW.status = 'superseded') THEN
    RAISE EXCEPTION 'document status % cannot become %', OLD.status, NEW.status USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER documents_immutable BEFORE UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION qamqor_document_immutable();
--> statement-breakpoint
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION qamqor_refuse_change();
--> statement-breakpoint
CREATE TRIGGER signatures_append_only BEFORE UPDATE OR DELETE ON signatures
  FOR EACH ROW EXECUTE FUNCTION qamqor_refuse_change();
--> statement-breakpoint
CREATE TRIGGER signatures_no_truncate BEFORE TRUNCATE ON signatures
  FOR EACH STATEMENT EXECUTE FUNCTION qamqor_refuse_change();
