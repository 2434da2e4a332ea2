-- Essaim: initial schema.
-- Extensions first: the earth type (cube + earthdistance) is used by table columns.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- French full text that ignores accents: "numerique" matches "numérique",
-- "handicapés" matches "handicap" (unaccent, then the French Snowball stemmer).
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MEMBER', 'CATALYST', 'ADMIN');

-- CreateEnum
CREATE TYPE "AllianceStage" AS ENUM ('EMERGENCE', 'EXPERIMENTATION', 'CONSOLIDATION', 'SCALING', 'LASTING');

-- CreateEnum
CREATE TYPE "LegalStructure" AS ENUM ('INFORMAL', 'CONVENTION', 'ASSOCIATION', 'GIP', 'SCIC', 'ENDOWMENT_FUND', 'TERRITORIAL_FOUNDATION', 'OTHER');

-- CreateEnum
CREATE TYPE "TerritoryScale" AS ENUM ('NEIGHBOURHOOD', 'COMMUNE', 'INTERCOMMUNALITY', 'DEPARTEMENT', 'REGION', 'NATIONAL');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'NETWORK', 'PRIVATE');

-- CreateEnum
CREATE TYPE "PartnerType" AS ENUM ('COMPANY', 'ASSOCIATION', 'LOCAL_AUTHORITY', 'NATIONAL_PUBLIC_ACTOR', 'FOUNDATION', 'ACADEMIC', 'NETWORK', 'CITIZEN_GROUP');

-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('PILOT', 'MEMBER', 'FUNDER', 'PUBLIC_PARTNER', 'OPERATOR');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('UNPUBLISHED', 'PUBLISHED', 'HIDDEN', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('NONE', 'PENDING', 'REJECTED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('REPORT', 'ANIMATION_KIT', 'METHOD', 'PRESS', 'VIDEO', 'OTHER');

-- CreateEnum
CREATE TYPE "SuccessFactor" AS ENUM ('CIVIL_SOCIETY_LED', 'ENTREPRENEURIAL_CULTURE', 'SHARED_CLEAR_OBJECTIVE', 'MEASURABLE_OBJECTIVES', 'AUTHENTIC_GROWTH', 'FLEXIBILITY', 'DIVERSITY_AND_LISTENING');

-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('CREATE', 'SAVE', 'SUBMIT', 'APPROVE', 'REJECT', 'HIDE', 'RESTORE', 'ARCHIVE');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('INCORRECT', 'NO_LONGER_EXISTS', 'DUPLICATE', 'INAPPROPRIATE');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'HIDDEN', 'UPDATE_REQUESTED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "ScalingKind" AS ENUM ('GEOGRAPHIC', 'SECTORAL', 'PUBLIC_POLICY', 'EXISTING_SCHEME', 'DISSEMINATION', 'MODELLING');

-- CreateEnum
CREATE TYPE "ScalingStatus" AS ENUM ('CONSIDERED', 'IN_PREPARATION', 'UNDER_WAY', 'ACHIEVED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "TargetLevel" AS ENUM ('COMMUNE', 'DEPARTEMENT', 'REGION', 'DOMAIN');

-- CreateEnum
CREATE TYPE "FundingMechanism" AS ENUM ('PUBLIC_FUNDING', 'PRIVATE_FUNDERS', 'SOCIAL_IMPACT_BOND', 'TERRITORIAL_FOUNDATION', 'CROWDFUNDING', 'PATRONAGE');

-- CreateEnum
CREATE TYPE "ReplicationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ImpactRegister" AS ENUM ('PERFORMANCE', 'INNOVATION', 'TRUST');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('COUNT', 'PERCENT', 'EUR', 'HOURS', 'SCORE_1_5', 'RATIO');

-- CreateEnum
CREATE TYPE "Aggregation" AS ENUM ('SUM', 'MEDIAN', 'NONE');

-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('NEW', 'ANSWERED', 'VISIT_PLANNED', 'CLOSED');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('OUTBOX', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "name" TEXT,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'MEMBER',
    "suspendedAt" TIMESTAMP(3),
    "suspendedReason" TEXT,
    "publicName" TEXT,
    "profilePublic" BOOLEAN NOT NULL DEFAULT false,
    "bio" TEXT,
    "communeInsee" TEXT,
    "departement" TEXT,
    "region" TEXT,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "location" earth,
    "expertiseDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Domain" (
    "code" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "type" "PartnerType" NOT NULL,
    "siren" TEXT,
    "communeInsee" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alliance" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "publicationStatus" "PublicationStatus" NOT NULL DEFAULT 'UNPUBLISHED',
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'NONE',
    "draft" JSONB NOT NULL,
    "draftVersion" INTEGER NOT NULL DEFAULT 1,
    "draftUpdatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "lastRejectionReason" TEXT,
    "publishedAt" TIMESTAMP(3),
    "firstPublishedAt" TIMESTAMP(3),
    "hiddenReason" TEXT,
    "archivedAt" TIMESTAMP(3),
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "objective" TEXT NOT NULL DEFAULT '',
    "stage" "AllianceStage" NOT NULL DEFAULT 'EMERGENCE',
    "startDate" DATE,
    "endDate" DATE,
    "legalStructure" "LegalStructure",
    "legalStructureDetail" TEXT,
    "funding" JSONB NOT NULL DEFAULT '[]',
    "fundingVisibility" "Visibility" NOT NULL DEFAULT 'NETWORK',
    "contactName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "contactVisibility" "Visibility" NOT NULL DEFAULT 'NETWORK',
    "welcomesVisits" BOOLEAN NOT NULL DEFAULT false,
    "website" TEXT,
    "communeInsee" TEXT,
    "communeName" TEXT,
    "postcode" TEXT,
    "departement" TEXT,
    "region" TEXT,
    "epci" TEXT,
    "address" TEXT,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "scale" "TerritoryScale" NOT NULL DEFAULT 'COMMUNE',
    "coveredCommunes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "coveredDepartements" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "coveredRegions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "domainCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "partnerTypes" "PartnerType"[] DEFAULT ARRAY[]::"PartnerType"[],
    "scalingKinds" "ScalingKind"[] DEFAULT ARRAY[]::"ScalingKind"[],
    "searchText" TEXT NOT NULL DEFAULT '',
    "search" tsvector,
    "location" earth,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Alliance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllianceSlug" (
    "slug" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllianceSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "AllianceDomain" (
    "allianceId" TEXT NOT NULL,
    "domainCode" TEXT NOT NULL,

    CONSTRAINT "AllianceDomain_pkey" PRIMARY KEY ("allianceId","domainCode")
);

-- CreateTable
CREATE TABLE "AlliancePartner" (
    "allianceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "PartnerRole" NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AlliancePartner_pkey" PRIMARY KEY ("allianceId","organisationId")
);

-- CreateTable
CREATE TABLE "AllianceEditor" (
    "allianceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "isOwner" BOOLEAN NOT NULL DEFAULT false,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllianceEditor_pkey" PRIMARY KEY ("allianceId","userId")
);

-- CreateTable
CREATE TABLE "AllianceEditorInvitation" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AllianceEditorInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllianceDocument" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL DEFAULT 'OTHER',
    "licence" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AllianceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuccessFactorAssessment" (
    "allianceId" TEXT NOT NULL,
    "factor" "SuccessFactor" NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,

    CONSTRAINT "SuccessFactorAssessment_pkey" PRIMARY KEY ("allianceId","factor")
);

-- CreateTable
CREATE TABLE "AllianceRevision" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "RevisionKind" NOT NULL,
    "authorId" TEXT,
    "changedFields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllianceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModerationDecision" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "adminId" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "measurementId" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "handledById" TEXT,
    "handledAt" TIMESTAMP(3),
    "resolution" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScalingPlan" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "draftKey" TEXT NOT NULL,
    "kind" "ScalingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "ScalingStatus" NOT NULL DEFAULT 'CONSIDERED',
    "startDate" DATE,
    "neededResources" TEXT NOT NULL DEFAULT '',
    "obstacles" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ScalingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScalingTarget" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "level" "TargetLevel" NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "ScalingTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScalingMilestone" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneAt" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ScalingMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScalingFunding" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "mechanism" "FundingMechanism" NOT NULL,
    "amountSought" DECIMAL(14,2),
    "amountObtained" DECIMAL(14,2),
    "note" TEXT,

    CONSTRAINT "ScalingFunding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Replication" (
    "id" TEXT NOT NULL,
    "originId" TEXT NOT NULL,
    "replicaId" TEXT NOT NULL,
    "status" "ReplicationStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Replication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueIndicator" (
    "code" TEXT NOT NULL,
    "register" "ImpactRegister" NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "aggregation" "Aggregation" NOT NULL DEFAULT 'SUM',
    "irisCode" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogueIndicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ImpactIndicator" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "catalogueCode" TEXT,
    "register" "ImpactRegister" NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL DEFAULT '',
    "unit" "IndicatorUnit" NOT NULL,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "baselineValue" DECIMAL(16,4),
    "baselineDate" DATE,
    "targetValue" DECIMAL(16,4),
    "targetDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImpactIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactMeasurement" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DECIMAL(16,4) NOT NULL,
    "measuredOn" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "method" TEXT NOT NULL DEFAULT '',
    "comment" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImpactMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactEvidence" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "register" "ImpactRegister" NOT NULL,
    "quote" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorRole" TEXT,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "recordedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImpactEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactRequest" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "status" "ContactStatus" NOT NULL DEFAULT 'NEW',
    "whoAmI" TEXT NOT NULL,
    "territory" TEXT NOT NULL,
    "wishes" TEXT NOT NULL,
    "availability" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ContactRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactMessage" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sharesEmail" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactBlock" (
    "blockerId" TEXT NOT NULL,
    "blockedId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactBlock_pkey" PRIMARY KEY ("blockerId","blockedId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowEnd" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "kind" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'OUTBOX',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_createdAt_idx" ON "User"("createdAt");

-- CreateIndex
CREATE INDEX "User_location_idx" ON "User" USING GIST ("location");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_siren_key" ON "Organisation"("siren");

-- CreateIndex
CREATE INDEX "Organisation_normalizedName_trgm_idx" ON "Organisation" USING GIN ("normalizedName" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_normalizedName_communeInsee_key" ON "Organisation"("normalizedName", "communeInsee");

-- CreateIndex
CREATE UNIQUE INDEX "Alliance_slug_key" ON "Alliance"("slug");

-- CreateIndex
CREATE INDEX "Alliance_publicationStatus_publishedAt_idx" ON "Alliance"("publicationStatus", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Alliance_publicationStatus_name_idx" ON "Alliance"("publicationStatus", "name");

-- CreateIndex
CREATE INDEX "Alliance_reviewStatus_submittedAt_idx" ON "Alliance"("reviewStatus", "submittedAt");

-- CreateIndex
CREATE INDEX "Alliance_region_idx" ON "Alliance"("region");

-- CreateIndex
CREATE INDEX "Alliance_departement_idx" ON "Alliance"("departement");

-- CreateIndex
CREATE INDEX "Alliance_stage_idx" ON "Alliance"("stage");

-- CreateIndex
CREATE INDEX "Alliance_domainCodes_idx" ON "Alliance" USING GIN ("domainCodes");

-- CreateIndex
CREATE INDEX "Alliance_partnerTypes_idx" ON "Alliance" USING GIN ("partnerTypes");

-- CreateIndex
CREATE INDEX "Alliance_scalingKinds_idx" ON "Alliance" USING GIN ("scalingKinds");

-- CreateIndex
CREATE INDEX "Alliance_search_idx" ON "Alliance" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Alliance_location_idx" ON "Alliance" USING GIST ("location");

-- CreateIndex
CREATE INDEX "Alliance_name_trgm_idx" ON "Alliance" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AllianceSlug_allianceId_idx" ON "AllianceSlug"("allianceId");

-- CreateIndex
CREATE INDEX "AllianceDomain_domainCode_idx" ON "AllianceDomain"("domainCode");

-- CreateIndex
CREATE INDEX "AlliancePartner_organisationId_idx" ON "AlliancePartner"("organisationId");

-- CreateIndex
CREATE INDEX "AllianceEditor_userId_idx" ON "AllianceEditor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AllianceEditorInvitation_tokenHash_key" ON "AllianceEditorInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "AllianceEditorInvitation_allianceId_idx" ON "AllianceEditorInvitation"("allianceId");

-- CreateIndex
CREATE INDEX "AllianceEditorInvitation_email_idx" ON "AllianceEditorInvitation"("email");

-- CreateIndex
CREATE INDEX "AllianceDocument_allianceId_idx" ON "AllianceDocument"("allianceId");

-- CreateIndex
CREATE INDEX "AllianceRevision_allianceId_version_idx" ON "AllianceRevision"("allianceId", "version");

-- CreateIndex
CREATE INDEX "AllianceRevision_allianceId_createdAt_idx" ON "AllianceRevision"("allianceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ModerationDecision_revisionId_key" ON "ModerationDecision"("revisionId");

-- CreateIndex
CREATE INDEX "ModerationDecision_createdAt_idx" ON "ModerationDecision"("createdAt");

-- CreateIndex
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Report_reporterId_createdAt_idx" ON "Report"("reporterId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Report_allianceId_reporterId_key" ON "Report"("allianceId", "reporterId");

-- CreateIndex
CREATE INDEX "ScalingPlan_kind_idx" ON "ScalingPlan"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "ScalingPlan_allianceId_draftKey_key" ON "ScalingPlan"("allianceId", "draftKey");

-- CreateIndex
CREATE UNIQUE INDEX "ScalingTarget_planId_level_code_key" ON "ScalingTarget"("planId", "level", "code");

-- CreateIndex
CREATE INDEX "ScalingMilestone_planId_idx" ON "ScalingMilestone"("planId");

-- CreateIndex
CREATE INDEX "ScalingFunding_planId_idx" ON "ScalingFunding"("planId");

-- CreateIndex
CREATE INDEX "Replication_replicaId_idx" ON "Replication"("replicaId");

-- CreateIndex
CREATE INDEX "Replication_status_createdAt_idx" ON "Replication"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Replication_originId_replicaId_key" ON "Replication"("originId", "replicaId");

-- CreateIndex
CREATE INDEX "ImpactIndicator_catalogueCode_idx" ON "ImpactIndicator"("catalogueCode");

-- CreateIndex
CREATE INDEX "ImpactIndicator_register_idx" ON "ImpactIndicator"("register");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactIndicator_allianceId_catalogueCode_key" ON "ImpactIndicator"("allianceId", "catalogueCode");

-- CreateIndex
CREATE INDEX "ImpactMeasurement_indicatorId_measuredOn_idx" ON "ImpactMeasurement"("indicatorId", "measuredOn");

-- CreateIndex
CREATE INDEX "ImpactEvidence_allianceId_idx" ON "ImpactEvidence"("allianceId");

-- CreateIndex
CREATE INDEX "ContactRequest_allianceId_status_idx" ON "ContactRequest"("allianceId", "status");

-- CreateIndex
CREATE INDEX "ContactRequest_requesterId_createdAt_idx" ON "ContactRequest"("requesterId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactMessage_requestId_createdAt_idx" ON "ContactMessage"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactBlock_blockedId_idx" ON "ContactBlock"("blockedId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowEnd_idx" ON "RateLimitBucket"("windowEnd");

-- CreateIndex
CREATE INDEX "MailMessage_createdAt_idx" ON "MailMessage"("createdAt");

-- CreateIndex
CREATE INDEX "MailMessage_to_createdAt_idx" ON "MailMessage"("to", "createdAt");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceSlug" ADD CONSTRAINT "AllianceSlug_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceDomain" ADD CONSTRAINT "AllianceDomain_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceDomain" ADD CONSTRAINT "AllianceDomain_domainCode_fkey" FOREIGN KEY ("domainCode") REFERENCES "Domain"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlliancePartner" ADD CONSTRAINT "AlliancePartner_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlliancePartner" ADD CONSTRAINT "AlliancePartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceEditor" ADD CONSTRAINT "AllianceEditor_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceEditor" ADD CONSTRAINT "AllianceEditor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceEditorInvitation" ADD CONSTRAINT "AllianceEditorInvitation_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceEditorInvitation" ADD CONSTRAINT "AllianceEditorInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceDocument" ADD CONSTRAINT "AllianceDocument_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessFactorAssessment" ADD CONSTRAINT "SuccessFactorAssessment_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceRevision" ADD CONSTRAINT "AllianceRevision_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceRevision" ADD CONSTRAINT "AllianceRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationDecision" ADD CONSTRAINT "ModerationDecision_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "AllianceRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationDecision" ADD CONSTRAINT "ModerationDecision_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScalingPlan" ADD CONSTRAINT "ScalingPlan_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScalingTarget" ADD CONSTRAINT "ScalingTarget_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ScalingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScalingMilestone" ADD CONSTRAINT "ScalingMilestone_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ScalingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScalingFunding" ADD CONSTRAINT "ScalingFunding_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ScalingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replication" ADD CONSTRAINT "Replication_originId_fkey" FOREIGN KEY ("originId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replication" ADD CONSTRAINT "Replication_replicaId_fkey" FOREIGN KEY ("replicaId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replication" ADD CONSTRAINT "Replication_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replication" ADD CONSTRAINT "Replication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactIndicator" ADD CONSTRAINT "ImpactIndicator_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactIndicator" ADD CONSTRAINT "ImpactIndicator_catalogueCode_fkey" FOREIGN KEY ("catalogueCode") REFERENCES "CatalogueIndicator"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMeasurement" ADD CONSTRAINT "ImpactMeasurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "ImpactIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMeasurement" ADD CONSTRAINT "ImpactMeasurement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactEvidence" ADD CONSTRAINT "ImpactEvidence_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactMessage" ADD CONSTRAINT "ContactMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ContactRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactMessage" ADD CONSTRAINT "ContactMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactBlock" ADD CONSTRAINT "ContactBlock_blockerId_fkey" FOREIGN KEY ("blockerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactBlock" ADD CONSTRAINT "ContactBlock_blockedId_fkey" FOREIGN KEY ("blockedId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Derived columns the ORM cannot express, kept in step by triggers.
-- Full text indexes each word twice: stemmed with its accents (French Snowball needs them:
-- "handicapées" → "handicap") and stemmed after removing them (what people type:
-- "numerique" → "numer"). Queries go through essaim_search_query, which asks both ways.
CREATE FUNCTION essaim_search_vector(body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('pg_catalog.french', coalesce(body, '')) || to_tsvector('public.french_unaccent', coalesce(body, ''))
$$;

CREATE FUNCTION essaim_search_query(words text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT websearch_to_tsquery('public.french_unaccent', words) || websearch_to_tsquery('pg_catalog.french', words)
$$;

CREATE FUNCTION essaim_alliance_derived() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search" :=
    setweight(essaim_search_vector(NEW."name"), 'A') ||
    setweight(essaim_search_vector(coalesce(NEW."summary", '') || ' ' || coalesce(NEW."objective", '')), 'B') ||
    setweight(essaim_search_vector(NEW."searchText"), 'C') ||
    setweight(essaim_search_vector(NEW."description"), 'D');
  IF NEW."lat" IS NOT NULL AND NEW."lng" IS NOT NULL THEN
    NEW."location" := ll_to_earth(NEW."lat", NEW."lng");
  ELSE
    NEW."location" := NULL;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Alliance_derived"
  BEFORE INSERT OR UPDATE OF "name", "summary", "objective", "searchText", "description", "lat", "lng"
  ON "Alliance" FOR EACH ROW EXECUTE FUNCTION essaim_alliance_derived();

CREATE FUNCTION essaim_user_location() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."lat" IS NOT NULL AND NEW."lng" IS NOT NULL THEN
    NEW."location" := ll_to_earth(NEW."lat", NEW."lng");
  ELSE
    NEW."location" := NULL;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "User_location"
  BEFORE INSERT OR UPDATE OF "lat", "lng"
  ON "User" FOR EACH ROW EXECUTE FUNCTION essaim_user_location();

-- The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION essaim_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "AuditLog_append_only_row"
  BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION essaim_audit_append_only();
CREATE TRIGGER "AuditLog_append_only_truncate"
  BEFORE TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION essaim_audit_append_only();
