-- CreateEnum
CREATE TYPE "Difficulty" AS ENUM ('NONE', 'SOME', 'A_LOT', 'CANNOT');

-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('UNDER_18', 'FROM_18_TO_29', 'FROM_30_TO_44', 'FROM_45_TO_59', 'FROM_60');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "InclusionChannel" AS ENUM ('SELF', 'SAHABAT', 'SMS', 'OTHER');

-- CreateTable
CREATE TABLE "InclusionAnswer" (
    "id" TEXT NOT NULL,
    "districtCode" TEXT NOT NULL,
    "channel" "InclusionChannel" NOT NULL,
    "month" TEXT NOT NULL,
    "seeing" "Difficulty",
    "hearing" "Difficulty",
    "walking" "Difficulty",
    "remembering" "Difficulty",
    "selfCare" "Difficulty",
    "communicating" "Difficulty",
    "ageBand" "AgeBand",
    "gender" "Gender",
    "workshopId" TEXT,
    "ticketHash" TEXT NOT NULL,
    "deletionTokenHash" TEXT NOT NULL,

    CONSTRAINT "InclusionAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InclusionAnswer_ticketHash_key" ON "InclusionAnswer"("ticketHash");

-- CreateIndex
CREATE UNIQUE INDEX "InclusionAnswer_deletionTokenHash_key" ON "InclusionAnswer"("deletionTokenHash");

-- CreateIndex
CREATE INDEX "InclusionAnswer_workshopId_idx" ON "InclusionAnswer"("workshopId");

-- CreateIndex
CREATE INDEX "InclusionAnswer_month_districtCode_idx" ON "InclusionAnswer"("month", "districtCode");

-- AddForeignKey
ALTER TABLE "InclusionAnswer" ADD CONSTRAINT "InclusionAnswer_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

