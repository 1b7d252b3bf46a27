-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "reply" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "InboundSms" (
    "id" TEXT NOT NULL,
    "gatewayId" TEXT NOT NULL,
    "senderHash" TEXT NOT NULL,
    "reference" TEXT,
    "part" INTEGER,
    "parts" INTEGER,
    "text" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "handledAt" TIMESTAMP(3),
    "outcome" TEXT,

    CONSTRAINT "InboundSms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsPending" (
    "senderHash" TEXT NOT NULL,
    "kind" "ComplaintKind" NOT NULL,
    "text" TEXT NOT NULL,
    "choices" TEXT[],
    "gatewayId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'id',
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SmsPending_pkey" PRIMARY KEY ("senderHash")
);

-- CreateTable
CREATE TABLE "SmsOptOut" (
    "numberHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsOptOut_pkey" PRIMARY KEY ("numberHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "InboundSms_gatewayId_key" ON "InboundSms"("gatewayId");

-- CreateIndex
CREATE INDEX "InboundSms_senderHash_reference_idx" ON "InboundSms"("senderHash", "reference");

-- CreateIndex
CREATE INDEX "InboundSms_receivedAt_idx" ON "InboundSms"("receivedAt");

