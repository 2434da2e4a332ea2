-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- Erasing an account (data rights, ADR 0042) removes the person's name, e-mail and place from
-- the audit entries that carried them. The journal stays append-only for everything else:
-- an UPDATE is let through only inside a transaction that set essaim.audit_redaction = 'on',
-- and only when it leaves every column but "before" and "after" as it was.
CREATE OR REPLACE FUNCTION essaim_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('essaim.audit_redaction', true) = 'on'
     AND NEW.id = OLD.id AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId" AND NEW.action = OLD.action
     AND NEW."targetType" = OLD."targetType" AND NEW."targetId" = OLD."targetId" AND NEW."createdAt" = OLD."createdAt" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
