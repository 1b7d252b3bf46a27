-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'id';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "receipt" BOOLEAN NOT NULL DEFAULT false;

