-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "open311ClientId" TEXT,
ADD COLUMN     "open311TokenHash" TEXT;

-- CreateTable
CREATE TABLE "Open311Client" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "keyHint" TEXT NOT NULL,
    "perHour" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "Open311Client_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Open311Client_keyHash_key" ON "Open311Client"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_open311TokenHash_key" ON "Complaint"("open311TokenHash");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_open311ClientId_fkey" FOREIGN KEY ("open311ClientId") REFERENCES "Open311Client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

