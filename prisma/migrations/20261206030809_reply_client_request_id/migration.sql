-- AlterTable
ALTER TABLE "Reply" ADD COLUMN     "clientRequestId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Reply_clientRequestId_key" ON "Reply"("clientRequestId");

