-- CreateTable
CREATE TABLE "CatalystInvitation" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),

    CONSTRAINT "CatalystInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CatalystInvitation_tokenHash_key" ON "CatalystInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "CatalystInvitation_email_idx" ON "CatalystInvitation"("email");

-- AddForeignKey
ALTER TABLE "CatalystInvitation" ADD CONSTRAINT "CatalystInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
