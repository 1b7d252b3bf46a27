-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_createdAt_idx" ON "RecoveryCode"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Follow_regionCode_idx" ON "Follow"("regionCode");

-- CreateIndex
CREATE INDEX "Follow_categoryId_idx" ON "Follow"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_complaintId_key" ON "Follow"("userId", "complaintId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_contact_complaintId_key" ON "Follow"("contact", "complaintId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_regionCode_key" ON "Follow"("userId", "regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_categoryId_key" ON "Follow"("userId", "categoryId");

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

