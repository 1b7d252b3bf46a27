-- AlterEnum
ALTER TYPE "TimelineEventType" ADD VALUE 'REPORTER_ERASED';

