-- CreateTable
CREATE TABLE "IdentityReveal" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "adminId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentityReveal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IdentityReveal_complaintId_createdAt_idx" ON "IdentityReveal"("complaintId", "createdAt");

-- AddForeignKey
ALTER TABLE "IdentityReveal" ADD CONSTRAINT "IdentityReveal_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentityReveal" ADD CONSTRAINT "IdentityReveal_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

