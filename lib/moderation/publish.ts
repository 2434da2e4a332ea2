// Applies an approved snapshot of the working copy to the published record: the columns
// of Alliance (through the same projection the seed uses) and its relations. Runs inside
// the approval transaction, so a failure leaves the published version as it was.
import "server-only";
import { parisDay } from "@/lib/dates/paris";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishedColumns, type PartnerInfo } from "@/lib/alliances/projection";
import type { AllianceDraft } from "@/lib/validation/alliance";

type Tx = Prisma.TransactionClient;

const date = (iso: string | null) => (iso ? new Date(iso + "T00:00:00Z") : null);

export async function applySnapshot(tx: Tx, allianceId: string, draft: AllianceDraft, now: Date): Promise<{ name: string }> {
  const organisationIds = draft.partners.map((p) => p.organisationId);
  const organisations = await tx.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true, type: true } });
  const domains = await tx.domain.findMany({ select: { code: true, labelFr: true } });
  const partners = new Map<string, PartnerInfo>(organisations.map((o) => [o.id, { name: o.name, type: o.type }]));
  const columns = publishedColumns(draft, partners, new Map(domains.map((d) => [d.code, d.labelFr])));
  const { funding, domainCodes, partnerTypes, scalingKinds, ...rest } = columns;

  await tx.alliance.update({
    where: { id: allianceId },
    data: {
      ...rest,
      funding: funding as Prisma.InputJsonValue,
      domainCodes,
      partnerTypes: partnerTypes as Prisma.AllianceUpdateInput["partnerTypes"],
      scalingKinds: scalingKinds as Prisma.AllianceUpdateInput["scalingKinds"],
    },
  });

  // Simple relations are replaced wholesale.
  await tx.allianceDomain.deleteMany({ where: { allianceId } });
  await tx.allianceDomain.createMany({ data: draft.domainCodes.map((domainCode) => ({ allianceId, domainCode })) });
  await tx.alliancePartner.deleteMany({ where: { allianceId } });
  await tx.alliancePartner.createMany({
    data: draft.partners.filter((p) => partners.has(p.organisationId)).map((p, position) => ({ allianceId, organisationId: p.organisationId, role: p.role, description: p.description || null, position })),
  });
  await tx.allianceDocument.deleteMany({ where: { allianceId } });
  await tx.allianceDocument.createMany({
    data: draft.documents.map((d, position) => ({ id: `${allianceId}_doc_${d.key}`, allianceId, title: d.title, url: d.url, kind: d.kind, licence: d.licence, position })),
  });
  await tx.successFactorAssessment.deleteMany({ where: { allianceId } });
  await tx.successFactorAssessment.createMany({ data: draft.successFactors.map((s) => ({ allianceId, factor: s.factor, score: s.score, comment: s.comment || null })) });

  await applyScalingPlans(tx, allianceId, draft, now);
  return { name: columns.name };
}

/**
 * Scaling plans keep their identity across approvals (upsert on the draft key), so links
 * to a plan survive; a milestone keeps the day it was first marked done.
 */
async function applyScalingPlans(tx: Tx, allianceId: string, draft: AllianceDraft, now: Date): Promise<void> {
  const keys = draft.scalingPlans.map((p) => p.key);
  await tx.scalingPlan.deleteMany({ where: { allianceId, draftKey: { notIn: keys } } });
  const today = date(parisDay(now));
  for (const [position, plan] of draft.scalingPlans.entries()) {
    const fields = {
      kind: plan.kind,
      title: plan.title,
      description: plan.description,
      status: plan.status,
      startDate: date(plan.startDate),
      neededResources: plan.neededResources,
      obstacles: plan.obstacles,
      position,
    };
    const saved = await tx.scalingPlan.upsert({
      where: { allianceId_draftKey: { allianceId, draftKey: plan.key } },
      create: { id: `${allianceId}_plan_${plan.key}`, allianceId, draftKey: plan.key, ...fields },
      update: fields,
      select: { id: true, milestones: { select: { id: true, doneAt: true } } },
    });
    const planId = saved.id;
    const doneBefore = new Map(saved.milestones.map((m) => [m.id, m.doneAt]));
    await tx.scalingTarget.deleteMany({ where: { planId } });
    await tx.scalingTarget.createMany({
      data: plan.targets.map((t) => ({ id: `${planId}_t_${t.level}_${t.code}`, planId, level: t.level, code: t.code, label: t.label || t.code })),
      skipDuplicates: true,
    });
    await tx.scalingMilestone.deleteMany({ where: { planId } });
    await tx.scalingMilestone.createMany({
      data: plan.milestones.map((m, k) => {
        const id = `${planId}_m_${m.key}`;
        return { id, planId, title: m.title, dueDate: date(m.dueDate)!, done: m.done, doneAt: m.done ? (doneBefore.get(id) ?? today) : null, position: k };
      }),
    });
    await tx.scalingFunding.deleteMany({ where: { planId } });
    await tx.scalingFunding.createMany({
      data: plan.funding.map((f, k) => ({ id: `${planId}_f${k}`, planId, mechanism: f.mechanism, amountSought: f.amountSought, amountObtained: f.amountObtained, note: f.note || null })),
    });
  }
}
