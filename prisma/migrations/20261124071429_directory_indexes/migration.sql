-- DropIndex
DROP INDEX "Alliance_departement_idx";

-- DropIndex
DROP INDEX "Alliance_region_idx";

-- CreateIndex
CREATE INDEX "Alliance_publicationStatus_region_publishedAt_idx" ON "Alliance"("publicationStatus", "region", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Alliance_publicationStatus_departement_publishedAt_idx" ON "Alliance"("publicationStatus", "departement", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Alliance_directory_idx" ON "Alliance" USING GIN ("search", "domainCodes", "partnerTypes");
