-- AlterTable
ALTER TABLE "ConsentRecord" ADD COLUMN     "privacy" "Privacy" NOT NULL;

-- CreateIndex
CREATE INDEX "ConsentRecord_complaintId_idx" ON "ConsentRecord"("complaintId");

