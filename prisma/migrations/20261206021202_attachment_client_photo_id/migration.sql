-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "clientPhotoId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_clientPhotoId_key" ON "Attachment"("clientPhotoId");

