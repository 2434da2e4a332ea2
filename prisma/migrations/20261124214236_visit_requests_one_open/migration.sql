-- CreateIndex
CREATE UNIQUE INDEX "ContactRequest_one_open_per_member" ON "ContactRequest"("allianceId", "requesterId") WHERE (status <> 'CLOSED');
