-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "disposedAt" TIMESTAMP(3),
ADD COLUMN     "firstAnswerAt" TIMESTAMP(3),
ADD COLUMN     "verifiedAt" TIMESTAMP(3);


-- Backfill from the timeline and the answers already written (the workflow sets them from now on).
UPDATE "Complaint" c SET "verifiedAt" = e.verified, "disposedAt" = e.disposed
FROM (
  SELECT "complaintId",
         min("createdAt") FILTER (WHERE "toStatus" = 'VERIFIED') AS verified,
         min("createdAt") FILTER (WHERE "toStatus" = 'DISPOSED') AS disposed
  FROM "TimelineEvent"
  WHERE "type" = 'STATUS_CHANGED' AND "toStatus" IN ('VERIFIED', 'DISPOSED')
  GROUP BY "complaintId"
) e
WHERE e."complaintId" = c."id";

UPDATE "Complaint" c SET "firstAnswerAt" = f.answered
FROM (SELECT "complaintId", min("createdAt") AS answered FROM "FollowUp" WHERE NOT "isInternal" GROUP BY "complaintId") f
WHERE f."complaintId" = c."id";
