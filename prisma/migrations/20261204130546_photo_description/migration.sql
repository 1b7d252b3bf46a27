-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "description" TEXT;

