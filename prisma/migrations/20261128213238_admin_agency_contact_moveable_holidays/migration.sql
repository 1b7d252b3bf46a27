-- AlterEnum
ALTER TYPE "HolidayKind" ADD VALUE 'MOVEABLE';

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "address" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "email" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "phone" TEXT NOT NULL DEFAULT '';

