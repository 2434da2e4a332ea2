-- AlterEnum
ALTER TYPE "RevisionKind" ADD VALUE 'WITHDRAW';
