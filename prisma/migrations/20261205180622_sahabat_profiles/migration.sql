-- CreateTable
CREATE TABLE "SahabatProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "displayName" TEXT NOT NULL,
    "phone" TEXT,
    "place" TEXT NOT NULL DEFAULT '',
    "hours" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SahabatProfile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SahabatProfile_userId_key" ON "SahabatProfile"("userId");

-- CreateIndex
CREATE INDEX "SahabatProfile_published_idx" ON "SahabatProfile"("published");

-- AddForeignKey
ALTER TABLE "SahabatProfile" ADD CONSTRAINT "SahabatProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

