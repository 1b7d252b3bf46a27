-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TimelineEventType" ADD VALUE 'RELAY_ASSIGNED';
ALTER TYPE "TimelineEventType" ADD VALUE 'SAHABAT_WITHDRAWN';

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "relaySahabatId" TEXT,
ADD COLUMN     "sahabatAccessWithdrawnAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Complaint_relaySahabatId_idx" ON "Complaint"("relaySahabatId");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_relaySahabatId_fkey" FOREIGN KEY ("relaySahabatId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

