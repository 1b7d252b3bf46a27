-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "suggestedAgencyId" TEXT;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_suggestedAgencyId_fkey" FOREIGN KEY ("suggestedAgencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

