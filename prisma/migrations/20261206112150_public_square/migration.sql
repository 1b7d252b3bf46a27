-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TimelineEventType" ADD VALUE 'REDACTED';
ALTER TYPE "TimelineEventType" ADD VALUE 'MERGED';

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "hiddenFromPublic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publicStorageKey" TEXT;

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "publicStory" TEXT,
ADD COLUMN     "publicTitle" TEXT,
ADD COLUMN     "supportCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Support" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "userId" TEXT,
    "contactHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Support_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactCode" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "contactHash" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Support_userId_idx" ON "Support"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Support_complaintId_userId_key" ON "Support"("complaintId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Support_complaintId_contactHash_key" ON "Support"("complaintId", "contactHash");

-- CreateIndex
CREATE INDEX "ContactCode_contactHash_purpose_createdAt_idx" ON "ContactCode"("contactHash", "purpose", "createdAt");

-- CreateIndex
CREATE INDEX "ContactCode_expiresAt_idx" ON "ContactCode"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_publicStorageKey_key" ON "Attachment"("publicStorageKey");

-- CreateIndex
CREATE INDEX "Complaint_isSandbox_privacy_status_submittedAt_idx" ON "Complaint"("isSandbox", "privacy", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Complaint_isSandbox_privacy_status_supportCount_idx" ON "Complaint"("isSandbox", "privacy", "status", "supportCount");

-- CreateIndex
CREATE INDEX "Complaint_categoryId_districtCode_idx" ON "Complaint"("categoryId", "districtCode");

-- CreateIndex
CREATE INDEX "Complaint_villageCode_idx" ON "Complaint"("villageCode");

-- CreateIndex
CREATE INDEX "Complaint_mergedIntoId_idx" ON "Complaint"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Support" ADD CONSTRAINT "Support_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Support" ADD CONSTRAINT "Support_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Word search on the public list: what the public reads (the redacted text where there is one),
-- stemmed as Indonesian. Kept in SQL: Prisma's schema has no expression indexes.
CREATE INDEX "Complaint_public_text_idx" ON "Complaint" USING GIN (
  to_tsvector('indonesian', coalesce("publicTitle", "title") || ' ' || coalesce("publicStory", "story"))
);
