-- CreateEnum
CREATE TYPE "SahabatTaskStatus" AS ENUM ('OPEN', 'DONE');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "deliveryPlannedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "channels" "DeliveryChannel"[],
    "quietStart" INTEGER,
    "quietEnd" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "SahabatTask" (
    "id" TEXT NOT NULL,
    "notificationId" TEXT NOT NULL,
    "sahabatId" TEXT NOT NULL,
    "status" "SahabatTaskStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "SahabatTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SahabatTask_notificationId_key" ON "SahabatTask"("notificationId");

-- CreateIndex
CREATE INDEX "SahabatTask_sahabatId_status_createdAt_idx" ON "SahabatTask"("sahabatId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_deliveryPlannedAt_idx" ON "Notification"("deliveryPlannedAt");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SahabatTask" ADD CONSTRAINT "SahabatTask_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SahabatTask" ADD CONSTRAINT "SahabatTask_sahabatId_fkey" FOREIGN KEY ("sahabatId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

