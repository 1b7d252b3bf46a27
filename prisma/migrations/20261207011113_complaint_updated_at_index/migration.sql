-- CreateIndex
CREATE INDEX "Complaint_updatedAt_idx" ON "Complaint"("updatedAt");

