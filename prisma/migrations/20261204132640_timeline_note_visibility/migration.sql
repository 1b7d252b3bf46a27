-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "noteVisibility" "Visibility";


-- Disposals written before notes had their own audience carried the verifier's message to the
-- agency on a public event: that message is for staff. (A one-off correction of history, so the
-- append-only guard steps aside for this statement only.)
ALTER TABLE "TimelineEvent" DISABLE TRIGGER "TimelineEvent_append_only";
UPDATE "TimelineEvent" SET "noteVisibility" = 'STAFF'
  WHERE "type" = 'STATUS_CHANGED' AND "toStatus" = 'DISPOSED' AND "fromStatus" <> 'DISPOSED' AND "note" IS NOT NULL;
ALTER TABLE "TimelineEvent" ENABLE TRIGGER "TimelineEvent_append_only";
