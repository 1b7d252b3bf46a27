-- CreateEnum
CREATE TYPE "AttachmentPurpose" AS ENUM ('EVIDENCE', 'CONSENT_SLIP');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "purpose" "AttachmentPurpose" NOT NULL DEFAULT 'EVIDENCE';

