// `npm run db:seed [-- --alliances N]`: idempotent demo data (3 alliances of the sources,
// 220 catalysts, 320+ alliances over every région, scaling plans, replications, impact),
// and a fast generator of N extra published alliances for benchmarks.
import crypto from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { DOMAINS } from "@/lib/reference/domains";
import { IMPACT_CATALOGUE } from "@/lib/reference/impact-catalogue";
import { allianceDraftSchema, type AllianceDraft } from "@/lib/validation/alliance";
import { publishedColumns, type PartnerInfo } from "@/lib/alliances/projection";
import { normalizeOrganisationName } from "@/lib/validation/organisation";
import { FLAGSHIPS } from "./flagships";
import { emailPart, generateAlliance, personName, prng, type GeneratedPartner, type Rng } from "./generate";

type Tx = Prisma.TransactionClient;

const id = (prefix: string, key: string) => `${prefix}_${crypto.createHash("sha1").update(key).digest("hex").slice(0, 22)}`;
const DEMO_ALLIANCES = 320;
const CATALYSTS = 220;
export const DEMO_ACCOUNTS = { admin: "admin@essaim.test", catalyst: "catalyseur@essaim.test", member: "membre@essaim.test" } as const;

type OrgInput = { name: string; type: string; communeInsee: string | null };
const orgKey = (org: OrgInput) => `${normalizeOrganisationName(org.name)}|${org.communeInsee ?? ""}`;

/** Creates the organisations that do not exist yet; returns key → id and type. */
async function ensureOrganisations(tx: Tx, orgs: OrgInput[]): Promise<Map<string, { id: string; type: string; name: string }>> {
  const unique = new Map<string, OrgInput>();
  for (const org of orgs) unique.set(orgKey(org), org);
  const rows = [...unique.entries()].map(([key, org]) => ({
    id: id("org", key),
    name: org.name,
    normalizedName: normalizeOrganisationName(org.name),
    type: org.type as never,
    communeInsee: org.communeInsee,
  }));
  for (let i = 0; i < rows.length; i += 2000) await tx.organisation.createMany({ data: rows.slice(i, i + 2000), skipDuplicates: true });
  return new Map(rows.map((row) => [`${row.normalizedName}|${row.communeInsee ?? ""}`, { id: row.id, type: row.type as string, name: row.name }]));
}

type PublishItem = {
  id: string;
  slug: string;
  draft: AllianceDraft;
  partnerInfo: Map<string, PartnerInfo>;
  editorIds: string[];
  publishedAt: Date;
  withRevision: boolean;
};

const domainLabels = new Map(DOMAINS.map((d) => [d.code, d.labelFr]));

/** Inserts alliances as approved and published: columns from publishedColumns(), relations from the draft. */
async function insertPublished(tx: Tx, items: PublishItem[]): Promise<void> {
  if (items.length === 0) return;
  await tx.alliance.createMany({
    data: items.map((item) => {
      const columns = publishedColumns(item.draft, item.partnerInfo, domainLabels);
      return {
        ...columns,
        id: item.id,
        slug: item.slug,
        draft: item.draft as Prisma.InputJsonValue,
        funding: columns.funding as Prisma.InputJsonValue,
        partnerTypes: columns.partnerTypes as never,
        scalingKinds: columns.scalingKinds as never,
        publicationStatus: "PUBLISHED" as const,
        reviewStatus: "NONE" as const,
        publishedAt: item.publishedAt,
        firstPublishedAt: item.publishedAt,
        createdAt: item.publishedAt,
        draftUpdatedAt: item.publishedAt,
        createdById: item.editorIds[0] ?? null,
      };
    }),
  });
  await tx.allianceDomain.createMany({ data: items.flatMap((item) => item.draft.domainCodes.map((domainCode) => ({ allianceId: item.id, domainCode }))) });
  await tx.alliancePartner.createMany({
    data: items.flatMap((item) => item.draft.partners.map((p, position) => ({ allianceId: item.id, organisationId: p.organisationId, role: p.role, description: p.description || null, position }))),
  });
  await tx.allianceEditor.createMany({ data: items.flatMap((item) => item.editorIds.map((userId, index) => ({ allianceId: item.id, userId, isOwner: index === 0 }))) });
  await tx.allianceDocument.createMany({
    data: items.flatMap((item) => item.draft.documents.map((d, position) => ({ id: id("doc", `${item.id}${d.key}`), allianceId: item.id, title: d.title, url: d.url, kind: d.kind, licence: d.licence, position }))),
  });
  await tx.successFactorAssessment.createMany({
    data: items.flatMap((item) => item.draft.successFactors.map((s) => ({ allianceId: item.id, factor: s.factor, score: s.score, comment: s.comment || null }))),
  });
  const plans = items.flatMap((item) => item.draft.scalingPlans.map((plan, position) => ({ item, plan, planId: id("plan", `${item.id}${plan.key}`), position })));
  if (plans.length) {
    await tx.scalingPlan.createMany({
      data: plans.map(({ item, plan, planId, position }) => ({
        id: planId,
        allianceId: item.id,
        draftKey: plan.key,
        kind: plan.kind,
        title: plan.title,
        description: plan.description,
        status: plan.status,
        startDate: plan.startDate ? new Date(plan.startDate + "T00:00:00Z") : null,
        neededResources: plan.neededResources,
        obstacles: plan.obstacles,
        position,
      })),
    });
    await tx.scalingTarget.createMany({ data: plans.flatMap(({ plan, planId }) => plan.targets.map((t) => ({ planId, level: t.level, code: t.code, label: t.label || domainLabels.get(t.code) || t.code }))) });
    await tx.scalingMilestone.createMany({
      data: plans.flatMap(({ plan, planId }) => plan.milestones.map((m, position) => ({ planId, title: m.title, dueDate: new Date(m.dueDate + "T00:00:00Z"), done: m.done, position }))),
    });
    await tx.scalingFunding.createMany({
      data: plans.flatMap(({ plan, planId }) => plan.funding.map((f) => ({ planId, mechanism: f.mechanism, amountSought: f.amountSought, amountObtained: f.amountObtained, note: f.note || null }))),
    });
  }
  const withRevision = items.filter((item) => item.withRevision);
  if (withRevision.length) {
    await tx.allianceRevision.createMany({
      data: withRevision.map((item) => ({ allianceId: item.id, version: 1, kind: "APPROVE" as const, authorId: item.editorIds[0] ?? null, changedFields: Object.keys(item.draft), snapshot: item.draft as Prisma.InputJsonValue, createdAt: item.publishedAt })),
    });
  }
}

function draftWithPartners(input: unknown, partners: { organisationId: string; role: string; description?: string }[]): AllianceDraft {
  return allianceDraftSchema.parse({ ...(input as object), partners });
}

async function seedReference(db: PrismaClient) {
  for (const domain of DOMAINS) await db.domain.upsert({ where: { code: domain.code }, create: domain, update: { labelFr: domain.labelFr, labelEn: domain.labelEn, position: domain.position } });
  for (const indicator of IMPACT_CATALOGUE) await db.catalogueIndicator.upsert({ where: { code: indicator.code }, create: indicator, update: indicator });
}

async function seedDemo(db: PrismaClient, log: (m: string) => void) {
  const rng = prng(20261124);
  await db.$transaction(
    async (tx) => {
      // People.
      const admin = await tx.user.create({ data: { id: id("u", DEMO_ACCOUNTS.admin), email: DEMO_ACCOUNTS.admin, role: "ADMIN", name: "Alex Administrateur", publicName: "Alex (équipe d'animation)" } });
      const demoCatalyst = await tx.user.create({
        data: { id: id("u", DEMO_ACCOUNTS.catalyst), email: DEMO_ACCOUNTS.catalyst, role: "CATALYST", name: "Claire Catalyseur", publicName: "Claire M.", profilePublic: true, communeInsee: "86194", departement: "86", region: "75", lat: 46.5826, lng: 0.3435, expertiseDomains: ["AGEING", "DIGITAL_INCLUSION"] },
      });
      const member = await tx.user.create({ data: { id: id("u", DEMO_ACCOUNTS.member), email: DEMO_ACCOUNTS.member, role: "MEMBER", name: "Marc Membre", publicName: "Marc D." } });
      const catalystIds: string[] = [];
      const catalystRows = [];
      for (let i = 0; i < CATALYSTS; i++) {
        const person = personName(rng);
        const email = `${emailPart(person.first)}.${emailPart(person.last)}.${i + 1}@catalyseurs.essaim.test`;
        const commune = generateAlliance(rng, i, "x").commune;
        const open = rng.chance(0.3);
        catalystIds.push(id("u", email));
        catalystRows.push({
          id: id("u", email),
          email,
          role: "CATALYST" as const,
          name: `${person.first} ${person.last}`,
          publicName: `${person.first} ${person.last.charAt(0)}.`,
          profilePublic: open,
          communeInsee: open ? commune.insee : null,
          departement: open ? commune.departement : null,
          region: open ? commune.region : null,
          lat: open ? commune.lat : null,
          lng: open ? commune.lng : null,
          expertiseDomains: open ? [rng.pick(DOMAINS).code] : [],
          createdAt: new Date(Date.UTC(2024, rng.int(24), 1 + rng.int(27))),
        });
      }
      await tx.user.createMany({ data: catalystRows });

      // The three alliances of the sources.
      const flagshipOrgs = await ensureOrganisations(tx, FLAGSHIPS.flatMap((f) => f.partners));
      const flagshipItems: PublishItem[] = FLAGSHIPS.map((flagship, index) => {
        const partners = flagship.partners.map((p) => ({ organisationId: flagshipOrgs.get(orgKey(p))!.id, role: p.role, description: p.description }));
        return {
          id: id("a", flagship.slug),
          slug: flagship.slug,
          draft: draftWithPartners(flagship.draft, partners),
          partnerInfo: new Map(flagship.partners.map((p) => [flagshipOrgs.get(orgKey(p))!.id, { name: p.name, type: p.type }])),
          editorIds: index === 0 ? [demoCatalyst.id, catalystIds[0]!] : [catalystIds[index]!],
          publishedAt: new Date(Date.UTC(2025, 0, 10 + index)),
          withRevision: true,
        };
      });

      // Generated alliances, spread over every région.
      const generated = Array.from({ length: DEMO_ALLIANCES }, (_, i) => generateAlliance(rng, i, "alliance-demo-"));
      const orgs = await ensureOrganisations(tx, generated.flatMap((g) => g.partners));
      const items: PublishItem[] = generated.map((g, i) => {
        const partners = dedupePartners(g.partners).map((p) => ({ organisationId: orgs.get(orgKey(p))!.id, role: p.role }));
        const draft = draftWithPartners(g.draft, partners);
        const slug = `${slugBase(draft.name)}-${g.slug.split("-").pop()}`;
        return {
          id: id("a", g.slug),
          slug,
          draft,
          partnerInfo: new Map(dedupePartners(g.partners).map((p) => [orgs.get(orgKey(p))!.id, { name: p.name, type: p.type }])),
          editorIds: [catalystIds[(i + 3) % CATALYSTS]!],
          publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 36 * 3600 * 1000),
          withRevision: true,
        };
      });
      await insertPublished(tx, [...flagshipItems, ...items]);

      // The demo catalyst's own work in every state.
      await seedWorkspaceStates(tx, demoCatalyst.id, admin.id, flagshipOrgs, orgs, generated);

      // Replications: three replicas of Silver Geek, and lineages between generated ones.
      const silverGeek = flagshipItems[0]!.id;
      const replications: { originId: string; replicaId: string }[] = [0, 1, 2].map((k) => ({ originId: silverGeek, replicaId: items[k * 14]!.id }));
      for (let k = 0; k < 18; k++) replications.push({ originId: items[k * 16 + 1]!.id, replicaId: items[k * 16 + 9]!.id });
      replications.push({ originId: items[9]!.id, replicaId: items[300]!.id }); // a replica of a replica
      await tx.replication.createMany({
        data: replications.map((r, k) => ({ ...r, status: "CONFIRMED" as const, requestedById: catalystIds[k % CATALYSTS]!, decidedById: catalystIds[(k + 1) % CATALYSTS]!, decidedAt: new Date(Date.UTC(2025, k % 12, 15)), createdAt: new Date(Date.UTC(2025, k % 12, 1)), note: "Modèle repris après une visite." })),
      });

      // Impact: catalogue indicators with baselines, targets and dated measurements.
      await seedImpact(tx, rng, [flagshipItems[0]!, ...items.filter((_, i) => i % 5 < 2)], catalystIds, demoCatalyst.id);

      // A little life: reports and visit requests from the demo member.
      await tx.report.createMany({
        data: [
          { allianceId: items[5]!.id, reporterId: member.id, reason: "INCORRECT", text: "Le site web indiqué ne fonctionne plus et l'adresse a changé." },
          { allianceId: items[17]!.id, reporterId: member.id, reason: "DUPLICATE", text: "Il me semble que cette alliance est déjà inscrite sous un autre nom." },
        ],
      });
      for (const [k, target] of [items[2]!, items[30]!, flagshipItems[1]!].entries()) {
        const request = await tx.contactRequest.create({
          data: {
            allianceId: target.id,
            requesterId: member.id,
            status: k === 0 ? "ANSWERED" : "NEW",
            whoAmI: "Chargé de mission dans une communauté de communes, je prépare une alliance sur notre territoire.",
            territory: "Communauté de communes du Haut-Poitou (Vienne)",
            wishes: "Comprendre comment vous avez réuni les premiers partenaires et organisé la gouvernance.",
            availability: "Les mardis et jeudis, en journée.",
          },
        });
        await tx.contactMessage.create({ data: { requestId: request.id, authorId: member.id, body: "Bonjour, serait-il possible de venir vous rencontrer ?" } });
        if (k === 0) await tx.contactMessage.create({ data: { requestId: request.id, authorId: target.editorIds[0]!, body: "Avec plaisir ! Proposez-nous deux dates le mois prochain." } });
      }
      log(`  ${CATALYSTS + 3} comptes, ${flagshipItems.length + items.length} alliances publiées, ${replications.length} essaimages`);
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

function dedupePartners(partners: GeneratedPartner[]): GeneratedPartner[] {
  const seen = new Set<string>();
  return partners.filter((p) => {
    const key = orgKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function slugBase(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 70);
}

async function seedWorkspaceStates(tx: Tx, catalystId: string, adminId: string, flagshipOrgs: Map<string, { id: string; type: string }>, orgs: Map<string, { id: string; type: string }>, generated: ReturnType<typeof generateAlliance>[]) {
  const partnerPair = (g: ReturnType<typeof generateAlliance>) => dedupePartners(g.partners).slice(0, 2).map((p) => ({ organisationId: orgs.get(orgKey(p))!.id, role: p.role }));
  const states: { slug: string; name: string; reviewStatus: "NONE" | "PENDING" | "REJECTED"; reason?: string; source: number }[] = [
    { slug: "brouillon-tiers-lieu-numerique-chatellerault", name: "Tiers-lieu numérique de Châtellerault", reviewStatus: "NONE", source: 40 },
    { slug: "jardins-partages-de-buxerolles", name: "Jardins partagés de Buxerolles", reviewStatus: "PENDING", source: 41 },
    { slug: "mobilite-rurale-haut-poitou", name: "Mobilité rurale du Haut-Poitou", reviewStatus: "REJECTED", reason: "L'objectif commun n'est pas mesurable : précisez ce que vous voulez atteindre, avec un chiffre et une échéance.", source: 42 },
  ];
  for (const state of states) {
    const g = generated[state.source]!;
    const draft = draftWithPartners({ ...g.draft, name: state.name, territory: { communeInsee: "86194", scale: "COMMUNE" } }, partnerPair(g));
    const allianceId = id("a", state.slug);
    await tx.alliance.create({
      data: {
        id: allianceId,
        slug: state.slug,
        name: state.name,
        draft: draft as Prisma.InputJsonValue,
        reviewStatus: state.reviewStatus,
        submittedAt: state.reviewStatus === "NONE" ? null : new Date(Date.UTC(2026, 10, 2)),
        submittedById: state.reviewStatus === "NONE" ? null : catalystId,
        lastRejectionReason: state.reason ?? null,
        createdById: catalystId,
        editors: { create: { userId: catalystId, isOwner: true } },
        revisions: { create: { version: 1, kind: "CREATE", authorId: catalystId, changedFields: ["name"], snapshot: draft as Prisma.InputJsonValue } },
      },
    });
    if (state.reviewStatus === "REJECTED") {
      const revision = await tx.allianceRevision.create({ data: { allianceId, version: 1, kind: "REJECT", authorId: adminId, snapshot: draft as Prisma.InputJsonValue } });
      await tx.moderationDecision.create({ data: { revisionId: revision.id, adminId, outcome: "REJECTED", reason: state.reason } });
    }
  }
  // Silver Geek has changes waiting for review: the published version stays as it is.
  const silverGeek = id("a", "silver-geek");
  const current = await tx.alliance.findUniqueOrThrow({ where: { id: silverGeek }, select: { draft: true } });
  const changed = { ...(current.draft as object), summary: "Un collectif qui apporte le numérique et le jeu vidéo aux seniors vivant en établissement, grâce à de jeunes volontaires en service civique." };
  await tx.alliance.update({ where: { id: silverGeek }, data: { draft: changed as Prisma.InputJsonValue, draftVersion: 2, reviewStatus: "PENDING", submittedAt: new Date(Date.UTC(2026, 10, 20)), submittedById: catalystId } });
  await tx.allianceRevision.create({ data: { allianceId: silverGeek, version: 2, kind: "SUBMIT", authorId: catalystId, changedFields: ["summary"], snapshot: changed as Prisma.InputJsonValue } });
  void flagshipOrgs;
}

async function seedImpact(tx: Tx, rng: Rng, items: PublishItem[], catalystIds: string[], demoCatalystId: string) {
  const codes = IMPACT_CATALOGUE.map((c) => c.code);
  for (const [index, item] of items.entries()) {
    const chosen = index === 0 ? ["PARTNERS_INVOLVED", "PARTNER_TRUST_SCORE"] : [codes[index % codes.length]!, codes[(index * 7 + 3) % codes.length]!].filter((c, i, a) => a.indexOf(c) === i);
    for (const code of chosen) {
      const definition = IMPACT_CATALOGUE.find((c) => c.code === code)!;
      const score = definition.unit === "SCORE_1_5";
      const percent = definition.unit === "PERCENT";
      const baseline = score ? 2.5 + rng.int(10) / 10 : percent ? 40 + rng.int(20) : code === "PARTNERS_INVOLVED" && index === 0 ? 3 : 5 + rng.int(50);
      const target = score ? 4 : percent ? 80 : code === "PARTNERS_INVOLVED" && index === 0 ? 8 : baseline * 3;
      const indicator = await tx.impactIndicator.create({
        data: {
          allianceId: item.id,
          catalogueCode: code,
          register: definition.register,
          name: definition.nameFr,
          definition: definition.definition,
          unit: definition.unit,
          direction: definition.direction,
          baselineValue: baseline,
          baselineDate: new Date(Date.UTC(2023, 0, 1)),
          targetValue: target,
          targetDate: new Date(Date.UTC(2027, 11, 31)),
        },
      });
      const recorder = index === 0 ? demoCatalystId : (item.editorIds[0] ?? catalystIds[0]!);
      const values = [0, 1, 2].map((k) => {
        const progress = (k + 1) / 4 + rng.next() * 0.1;
        const value = baseline + (target - baseline) * progress * (definition.direction === "LOWER_IS_BETTER" ? -1 : 1);
        return score ? Math.round(Math.min(5, value) * 10) / 10 : Math.round(Math.max(0, value));
      });
      if (index === 0 && code === "PARTNERS_INVOLVED") values.splice(0, 3, 4, 5, 5);
      await tx.impactMeasurement.createMany({
        data: values.map((value, k) => ({ indicatorId: indicator.id, value, measuredOn: new Date(Date.UTC(2024 + k, 5, 30)), source: score ? "Enquête annuelle auprès des partenaires" : "Registre de l'alliance", method: definition.method, recordedById: recorder })),
      });
    }
    if (index % 9 === 1) {
      await tx.impactEvidence.create({
        data: { allianceId: item.id, register: "TRUST", quote: "Avant l'alliance, nous ne nous connaissions pas ; aujourd'hui, nous nous appelons dès qu'un problème se pose sur le territoire.", authorName: "Une responsable associative", authorRole: "Partenaire de l'alliance", consentAt: new Date(Date.UTC(2025, 2, 1)), recordedOn: new Date(Date.UTC(2025, 2, 1)) },
      });
    }
  }
}

/** Adds generated published alliances until `total` exist with the `gen-` prefix. */
async function seedVolume(db: PrismaClient, total: number, log: (m: string) => void) {
  const existing = await db.alliance.count({ where: { slug: { startsWith: "gen-" } } });
  if (existing >= total) {
    log(`  ${existing} alliances générées déjà présentes`);
    return;
  }
  const started = performance.now();
  const catalysts = (await db.user.findMany({ where: { role: "CATALYST" }, select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);
  const rng = prng(4242 + existing);
  // A pool of a few thousand organisations, reused across generated alliances.
  const poolSource = Array.from({ length: 1500 }, (_, i) => generateAlliance(prng(9000 + i), i, "pool-")).flatMap((g) => g.partners);
  const pool = await db.$transaction((tx) => ensureOrganisations(tx, poolSource), { timeout: 120_000 });
  const poolList = [...pool.values()];
  const byType = new Map<string, typeof poolList>();
  for (const org of poolList) byType.set(org.type, [...(byType.get(org.type) ?? []), org]);
  const BATCH = 2000;
  for (let start = existing; start < total; start += BATCH) {
    const items: PublishItem[] = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const g = generateAlliance(rng, i, "gen-");
      const first = rng.pick(byType.get("COMPANY")!);
      const second = rng.pick(byType.get(rng.pick(["ASSOCIATION", "LOCAL_AUTHORITY", "FOUNDATION", "NETWORK"]))!);
      const chosen = [first, second];
      if (rng.chance(0.5)) {
        const third = rng.pick(poolList);
        if (!chosen.some((c) => c.id === third.id)) chosen.push(third);
      }
      const partners = chosen.map((org, k) => ({ organisationId: org.id, role: k === 0 ? "PILOT" : "MEMBER" }));
      items.push({
        id: id("a", g.slug),
        slug: g.slug,
        draft: draftWithPartners(g.draft, partners),
        partnerInfo: new Map(chosen.map((org) => [org.id, { name: org.name, type: org.type }])),
        editorIds: [catalysts[i % catalysts.length]!],
        publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 600_000),
        withRevision: false,
      });
    }
    await db.$transaction((tx) => insertPublished(tx, items), { timeout: 300_000 });
  }
  const seconds = (performance.now() - started) / 1000;
  log(`  ${total - existing} alliances générées en ${seconds.toFixed(1)} s (${Math.round((total - existing) / seconds)} /s)`);
}

export async function runSeed(url: string, args: string[]): Promise<void> {
  const quiet = args.includes("--quiet");
  const log = (message: string) => {
    if (!quiet) console.log(message);
  };
  const volumeIndex = args.indexOf("--alliances");
  const volume = volumeIndex >= 0 ? Number(args[volumeIndex + 1]) : 0;
  if (volumeIndex >= 0 && (!Number.isInteger(volume) || volume < 0)) throw new Error("--alliances attend un nombre entier positif");
  const started = performance.now();
  const db = createPrismaClient({ url, poolSize: 4, statementTimeoutMs: 300_000 });
  try {
    await seedReference(db);
    if (await db.alliance.findUnique({ where: { slug: "silver-geek" }, select: { id: true } })) {
      log("Données de démonstration déjà présentes : rien à ajouter.");
    } else {
      log("Chargement des données de démonstration…");
      await seedDemo(db, log);
    }
    if (volume > 0) await seedVolume(db, volume, log);
    log(`Terminé en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    log(`Comptes de démonstration : ${DEMO_ACCOUNTS.admin} (administrateur), ${DEMO_ACCOUNTS.catalyst} (catalyseur), ${DEMO_ACCOUNTS.member} (membre).`);
  } finally {
    await db.$disconnect();
  }
}
