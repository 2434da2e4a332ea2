-- DropIndex
DROP INDEX "Alliance_search_idx";
