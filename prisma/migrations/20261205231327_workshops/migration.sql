-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "workshopParticipantId" TEXT;

-- AlterTable
ALTER TABLE "Draft" ADD COLUMN     "workshopParticipantId" TEXT;

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "clockRunning" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "clockSpeed" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'id',
ADD COLUMN     "presenting" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "purgedAt" TIMESTAMP(3),
ADD COLUMN     "summary" JSONB,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- AlterTable
ALTER TABLE "WorkshopParticipant" ADD COLUMN     "errorAt" TIMESTAMP(3),
ADD COLUMN     "errorField" TEXT,
ADD COLUMN     "errorStep" TEXT,
ADD COLUMN     "errorsByStep" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "number" INTEGER NOT NULL,
ADD COLUMN     "tokenHash" TEXT;

-- CreateIndex
CREATE INDEX "Workshop_closedAt_endsAt_idx" ON "Workshop"("closedAt", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopParticipant_tokenHash_key" ON "WorkshopParticipant"("tokenHash");

-- CreateIndex
CREATE INDEX "WorkshopParticipant_userId_idx" ON "WorkshopParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopParticipant_workshopId_number_key" ON "WorkshopParticipant"("workshopId", "number");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_workshopParticipantId_fkey" FOREIGN KEY ("workshopParticipantId") REFERENCES "WorkshopParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_workshopParticipantId_fkey" FOREIGN KEY ("workshopParticipantId") REFERENCES "WorkshopParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

