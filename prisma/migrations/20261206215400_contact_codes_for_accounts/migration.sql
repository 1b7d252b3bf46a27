-- DropForeignKey
ALTER TABLE "RecoveryCode" DROP CONSTRAINT "RecoveryCode_userId_fkey";

-- AlterTable
ALTER TABLE "ContactCode" ADD COLUMN     "payload" JSONB;

-- DropTable
DROP TABLE "RecoveryCode";

