-- AlterEnum
ALTER TYPE "SahabatTaskStatus" ADD VALUE 'WITHDRAWN';

