// `npm run db:seed [-- --alliances N]`: idempotent demo data and a fast volume generator.
//
// Demo set (loaded once, in one transaction; later runs find it and add nothing):
//   - the reference lists (domains, impact catalogue): missing entries added on every run,
//     existing ones left as admins may have edited them;
//   - one account per role (admin@, catalyseur@, membre@essaim.test), 220 catalysts, a few members;
//   - the three alliances of the sources (Silver Geek, Agir ensemble à Charenton – Saint-Maurice,
//     ADB Solidatech) and 320 generated alliances over real communes of every région, in every
//     domain, stage, partner type and role, with scaling plans of every kind, 20 confirmed
//     replications, impact indicators with dated measurements and testimonies;
//   - alliances in every workspace state (drafts, pending, changes pending, rejected, hidden,
//     archived), open reports and contact requests with their messages.
// Volume (`--alliances N`): adds published alliances `gen-0` … `gen-(N-1)` that are missing,
// in batches of set-based inserts (see data/bulk.ts). Everything is deterministic (seeded PRNG).
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import { getCommune, searchCommunes, type Commune } from "@/lib/geo/communes";
import type { PartnerInfo } from "@/lib/alliances/projection";
import { DOMAINS } from "@/lib/reference/domains";
import { catalogueIndicator, IMPACT_CATALOGUE } from "@/lib/reference/impact-catalogue";
import { allianceDraftSchema, type AllianceDraft } from "@/lib/validation/alliance";
import { normalizeOrganisationName } from "@/lib/validation/organisation";
import { bulkInsert, insertRows, publishRows, type PublishItem, type RawExecutor } from "./data/bulk";
import { DOMAIN_CONTENT, EVIDENCE_QUOTES } from "./data/domain-content";
import { buildFlagships, DEMO_MEASUREMENT_COMMENT, type Flagship } from "./data/flagships";
import { fill, inCommune, ofCommune, slugify } from "./data/french";
import {
  drawCommune,
  drawNearby,
  generateCatalyst,
  generateDraft,
  generatePartners,
  organisationName,
  place,
  roleFor,
  SCALING_KIND_LIST,
  SEED_TODAY,
  type GeneratedCatalyst,
  type GeneratedDraft,
  type GeneratedPartner,
  type Stage,
} from "./data/generator";
import { between, CATALOGUE_RANGES, MEASUREMENT_COMMENTS, progression, roundFor } from "./data/impact";
import { FIRST_NAMES, LAST_NAMES } from "./data/people";
import { createRng, hashSeed, type Rng } from "./data/rng";
import type { PartnerRoleCode, PartnerTypeCode } from "./data/organisations";

type Tx = Prisma.TransactionClient;

export const DEMO_ACCOUNTS = { admin: "admin@essaim.test", catalyst: "catalyseur@essaim.test", member: "membre@essaim.test" } as const;
const CATALYSTS = 220;
/** Generated published alliances of the demo set, replicas included. */
const DEMO_BASE_ALLIANCES = 300;
const DEMO_REPLICAS = 20;
const VOLUME_PREFIX = "gen-";
const CATALYST_EMAIL_DOMAIN = "@catalyseurs.essaim.test";
const VOLUME_BATCH = 5000;
const VOLUME_POOL = 3000;
const VOLUME_PARALLEL = 2;

const domainLabels = new Map(DOMAINS.map((d) => [d.code, d.labelFr]));
const stableId = (prefix: string, key: string) => `${prefix}${crypto.createHash("sha1").update(key).digest("hex").slice(0, 24)}`;
const userId = (email: string) => stableId("u", email);
const allianceId = (key: string) => stableId("a", key);
const organisationKey = (name: string, communeInsee: string | null) => `${normalizeOrganisationName(name)}|${communeInsee ?? ""}`;
const organisationId = (key: string) => stableId("o", key);
const date = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

type Log = (message: string) => void;

// ───────────── Entry point ─────────────

export async function runSeed(url: string, args: string[]): Promise<void> {
  const quiet = args.includes("--quiet");
  const log: Log = (message) => {
    if (!quiet) console.log(message);
  };
  const volumeIndex = args.indexOf("--alliances");
  const volume = volumeIndex >= 0 ? Number(args[volumeIndex + 1]) : 0;
  if (volumeIndex >= 0 && (!Number.isInteger(volume) || volume < 0)) throw new Error("--alliances attend un nombre entier positif, par exemple --alliances 100000");
  const started = performance.now();
  const db = createPrismaClient({ url, poolSize: 4, statementTimeoutMs: 600_000 });
  try {
    await seedReference(db);
    if (args.includes("--reference-only")) {
      log("Listes de référence (domaines, catalogue d'indicateurs) à jour.");
      return;
    }
    if (await demoPresent(db)) {
      log("Données de démonstration déjà présentes : rien à ajouter.");
    } else {
      log("Chargement des données de démonstration…");
      const demoStarted = performance.now();
      await seedDemo(db);
      log(`  jeu de démonstration chargé en ${seconds(demoStarted)} s`);
    }
    if (volume > 0) await seedVolume(db, volume, log);
    await printSummary(db, log);
    log(`Terminé en ${seconds(started)} s.`);
    log(`Comptes de démonstration : ${DEMO_ACCOUNTS.admin} (administrateur), ${DEMO_ACCOUNTS.catalyst} (catalyseur), ${DEMO_ACCOUNTS.member} (membre). Connexion par lien magique : sans SMTP, le lien arrive dans la boîte d'envoi locale (/boite-d-envoi).`);
  } finally {
    await db.$disconnect();
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function seedReference(db: PrismaClient) {
  for (const domain of DOMAINS) {
    await db.domain.upsert({ where: { code: domain.code }, create: domain, update: {} });
  }
  for (const indicator of IMPACT_CATALOGUE) {
    await db.catalogueIndicator.upsert({ where: { code: indicator.code }, create: indicator, update: {} });
  }
}

async function demoPresent(db: PrismaClient): Promise<boolean> {
  const found = await db.alliance.findFirst({ where: { OR: [{ id: allianceId("silver-geek") }, { slug: "silver-geek" }] }, select: { id: true } });
  return found !== null;
}

// ───────────── Helpers ─────────────

/** A commune by name in a département (the geography data is the source of INSEE codes). */
function communeNamed(name: string, departement: string): Commune {
  const found = searchCommunes(name, 30).find((c) => c.departement === departement && c.name === name);
  if (!found) throw new Error(`Commune introuvable dans les données géographiques : ${name} (${departement})`);
  return found;
}

type OrganisationInput = { name: string; type: PartnerTypeCode; communeInsee: string | null };
type OrganisationRef = { id: string; name: string; type: PartnerTypeCode; communeInsee: string | null };

/**
 * Creates the organisations that do not exist yet (stable ids, unique per normalised name and
 * commune) and returns key → organisation, the existing ones included.
 */
async function ensureOrganisations(db: RawExecutor & Pick<Tx, "organisation">, inputs: OrganisationInput[], createdAt: Date): Promise<Map<string, OrganisationRef>> {
  const unique = new Map<string, OrganisationInput>();
  for (const org of inputs) unique.set(organisationKey(org.name, org.communeInsee), org);
  const rows = [...unique].map(([key, org]) => ({ id: organisationId(key), name: org.name, normalizedName: normalizeOrganisationName(org.name), type: org.type, communeInsee: org.communeInsee, createdAt: createdAt.toISOString() }));
  await bulkInsert(db, "Organisation", rows, { onConflictDoNothing: true });
  const found = await db.organisation.findMany({ where: { normalizedName: { in: [...new Set(rows.map((r) => r.normalizedName))] } }, select: { id: true, name: true, type: true, normalizedName: true, communeInsee: true } });
  const byKey = new Map<string, OrganisationRef>();
  for (const org of found) {
    const key = `${org.normalizedName}|${org.communeInsee ?? ""}`;
    if (!unique.has(key)) continue;
    // Organisations without a commune are not kept unique by the database: prefer ours.
    if (!byKey.has(key) || org.id === organisationId(key)) byKey.set(key, { id: org.id, name: org.name, type: org.type as PartnerTypeCode, communeInsee: org.communeInsee });
  }
  return byKey;
}

function withPartners(base: GeneratedDraft | Flagship["draft"], partners: { organisationId: string; role: PartnerRoleCode; description: string }[]): AllianceDraft {
  // Parsing checks every generated draft against the schema the app uses.
  return allianceDraftSchema.parse({ ...base, partners });
}

function uniqueSlug(used: Set<string>, name: string): string {
  const base = slugify(name) || "alliance";
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

function personLabel(rng: Rng): string {
  const first = rng.pick(FIRST_NAMES);
  return `${first.name} ${rng.pick(LAST_NAMES).charAt(0)}.`;
}

// ───────────── Demo set ─────────────

type DemoAlliance = {
  key: string;
  id: string;
  slug: string;
  where: ReturnType<typeof place>;
  primaryDomain: string;
  draft: AllianceDraft;
  partnerInfo: Map<string, PartnerInfo>;
  ownerId: string;
  editorIds: string[];
  publishedAt: Date;
  startYear: number;
  /** Key of the alliance whose model this one reproduces. */
  replicaOf?: string;
};

type DemoUsers = { adminId: string; catalystId: string; memberId: string; memberIds: string[]; catalysts: (GeneratedCatalyst & { id: string })[] };

async function seedDemo(db: PrismaClient): Promise<void> {
  // Everything is computed first, then written in one transaction: all or nothing.
  const catalysts = Array.from({ length: CATALYSTS }, (_, i) => generateCatalyst(createRng(`catalyst-${i}`), i));
  await db.$transaction(
    async (tx) => {
      const users = await seedUsers(tx, catalysts);
      const lePin = searchCommunes("Le Pin", 30).find((c) => c.departement === "79");
      if (!lePin) throw new Error("Commune du Pin (Deux-Sèvres) introuvable dans les données géographiques");
      const flagships = buildFlagships(lePin.insee);

      // Generated alliances: drafts and partners, then organisations, then ids.
      const specs = demoAllianceSpecs(users);
      const organisations = await ensureOrganisations(
        tx,
        [...flagships.flatMap((f) => f.partners), ...specs.flatMap((s) => s.partners), ...STATE_SPECS.flatMap((s) => stateOrganisations(s))],
        new Date(Date.UTC(2024, 0, 2)),
      );
      const ref = (p: OrganisationInput) => organisations.get(organisationKey(p.name, p.communeInsee))!;
      // Slugs already taken (alliances created in the app before the demo was loaded) are avoided.
      const taken = [...(await tx.alliance.findMany({ select: { slug: true } })), ...(await tx.allianceSlug.findMany({ select: { slug: true } }))];
      const usedSlugs = new Set<string>([...flagships.map((f) => f.slug), ...taken.map((t) => t.slug)]);

      const flagshipAlliances: DemoAlliance[] = flagships.map((flagship, index) => {
        const partners = flagship.partners.map((p) => ({ organisationId: ref(p).id, role: p.role, description: p.description }));
        const commune = getCommune(flagship.draft.territory.communeInsee)!;
        const owners = [
          [users.catalystId, users.catalysts.find((c) => c.commune.departement === "86")?.id ?? users.catalysts[0]!.id],
          [users.catalysts.find((c) => c.commune.region === "11")?.id ?? users.catalysts[1]!.id],
          [users.catalysts.find((c) => c.commune.region === "75" && c.commune.departement !== "86")?.id ?? users.catalysts[2]!.id],
        ][index]!;
        return {
          key: flagship.slug,
          id: allianceId(flagship.slug),
          slug: flagship.slug,
          where: place(commune),
          primaryDomain: flagship.draft.domainCodes[0]!,
          draft: withPartners(flagship.draft, partners),
          partnerInfo: new Map(flagship.partners.map((p) => [ref(p).id, { name: ref(p).name, type: ref(p).type }])),
          ownerId: owners[0]!,
          editorIds: owners,
          publishedAt: date(flagship.publishedAt),
          startYear: Number(flagship.draft.startDate!.slice(0, 4)),
        };
      });

      const generated: DemoAlliance[] = specs.map((spec) => {
        const seen = new Set<string>();
        const partners = spec.partners
          .map((p) => ({ org: ref(p), p }))
          .filter(({ org }) => (seen.has(org.id) ? false : (seen.add(org.id), true)));
        const draft = withPartners(spec.draft, partners.map(({ org, p }) => ({ organisationId: org.id, role: p.role, description: p.description })));
        return {
          key: spec.key,
          id: allianceId(spec.key),
          slug: uniqueSlug(usedSlugs, draft.name),
          where: spec.where,
          primaryDomain: spec.primaryDomain,
          draft,
          partnerInfo: new Map(partners.map(({ org }) => [org.id, { name: org.name, type: org.type }])),
          ownerId: spec.ownerId,
          editorIds: spec.editorIds,
          publishedAt: spec.publishedAt,
          startYear: Number(draft.startDate!.slice(0, 4)),
          replicaOf: spec.replicaOf,
        };
      });

      // The last two generated alliances end up hidden (after a report) and archived.
      const hidden = generated[generated.length - 2]!;
      const archived = generated[generated.length - 1]!;
      const items: PublishItem[] = [...flagshipAlliances, ...generated].map((a) => ({
        id: a.id,
        slug: a.slug,
        draft: a.draft,
        partnerInfo: a.partnerInfo,
        editors: a.editorIds.map((userId, index) => ({ userId, isOwner: index === 0 })),
        publishedAt: a.publishedAt,
        createdAt: addDays(a.publishedAt, -20),
        publicationStatus: a === hidden ? "HIDDEN" : a === archived ? "ARCHIVED" : "PUBLISHED",
        hiddenReason: a === hidden ? "Signalée comme n'existant plus : en attente d'une confirmation de ses catalyseurs." : undefined,
        archivedAt: a === archived ? date("2026-06-30") : undefined,
        approval: { adminId: users.adminId, decision: true },
      }));
      await insertRows(tx, publishRows(items, domainLabels));

      await seedStates(tx, users, organisations, usedSlugs, { hidden, archived });
      const replications = await seedReplications(tx, flagshipAlliances[0]!, generated);
      await seedImpact(tx, [...flagshipAlliances], flagships, generated.filter((a) => a !== hidden && a !== archived), replications);
      await seedConversations(tx, users, flagshipAlliances, generated, hidden);
      await seedAuditTrail(tx);
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

/**
 * The audit entries the app would have written for the seeded history (moderation
 * decisions, reports filed and handled), at their dates, so the demo journal is not empty.
 */
async function seedAuditTrail(tx: Tx): Promise<void> {
  // One insert in date order: the journal lists entries by id (append order), as the app writes them.
  await tx.$executeRaw`
    INSERT INTO "AuditLog" ("actorId", action, "targetType", "targetId", before, after, "createdAt")
    SELECT "actorId", action, "targetType", "targetId", before, after, "createdAt" FROM (
      SELECT d."adminId" AS "actorId", CASE d.outcome WHEN 'APPROVED' THEN 'moderation.approve' ELSE 'moderation.reject' END AS action, 'Alliance' AS "targetType",
             r."allianceId" AS "targetId", NULL::jsonb AS before, jsonb_strip_nulls(jsonb_build_object('version', r.version, 'reason', d.reason)) AS after, d."createdAt"
      FROM "ModerationDecision" d JOIN "AllianceRevision" r ON r.id = d."revisionId"
      WHERE NOT EXISTS (SELECT 1 FROM "AuditLog" l WHERE l."targetId" = r."allianceId" AND l.action LIKE 'moderation.%')
      UNION ALL
      SELECT "reporterId", 'report.create', 'Alliance', "allianceId", NULL, jsonb_build_object('reportId', id, 'reason', reason), "createdAt" FROM "Report"
      WHERE NOT EXISTS (SELECT 1 FROM "AuditLog" l WHERE l.action = 'report.create' AND l.after->>'reportId' = "Report".id)
      UNION ALL
      SELECT "handledById", CASE status WHEN 'HIDDEN' THEN 'report.hide' WHEN 'DISMISSED' THEN 'report.dismiss' ELSE 'report.request-update' END, 'Report', id,
             jsonb_build_object('status', 'OPEN'), jsonb_build_object('status', status, 'allianceId', "allianceId", 'message', resolution), "handledAt"
      FROM "Report" WHERE status <> 'OPEN' AND "handledById" IS NOT NULL AND "handledAt" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "AuditLog" l WHERE l."targetType" = 'Report' AND l."targetId" = "Report".id)
    ) entries
    ORDER BY "createdAt", action`;
}

async function seedUsers(tx: Tx, catalysts: GeneratedCatalyst[]): Promise<DemoUsers> {
  const poitiers = getCommune("86194")!;
  const accounts = [
    { email: DEMO_ACCOUNTS.admin, role: "ADMIN" as const, name: "Alex Martin", publicName: "Alex (équipe d'animation du réseau)", createdAt: date("2024-01-02") },
    {
      email: DEMO_ACCOUNTS.catalyst,
      role: "CATALYST" as const,
      name: "Claire Moreau",
      publicName: "Claire M.",
      profilePublic: true,
      bio: "Chargée de mission développement territorial dans la Vienne. Accompagne Silver Geek et des alliances naissantes du Poitou ; accueille volontiers les porteurs de projet qui veulent venir voir.",
      communeInsee: poitiers.insee,
      departement: poitiers.departement,
      region: poitiers.region,
      lat: poitiers.lat,
      lng: poitiers.lng,
      expertiseDomains: ["AGEING", "DIGITAL_INCLUSION", "SOCIAL_TIES"],
      createdAt: date("2024-01-03"),
    },
    { email: DEMO_ACCOUNTS.member, role: "MEMBER" as const, name: "Marc Dupont", publicName: "Marc D.", createdAt: date("2024-02-01") },
  ];
  for (const account of accounts) {
    await tx.user.upsert({ where: { email: account.email }, create: { id: userId(account.email), emailVerified: account.createdAt, ...account }, update: { role: account.role } });
  }
  const extraMembers = [
    { email: "sophie.laurent@membres.essaim.test", name: "Sophie Laurent", publicName: "Sophie L." },
    { email: "karim.benali@membres.essaim.test", name: "Karim Benali", publicName: "Karim B." },
    { email: "helene.payet@membres.essaim.test", name: "Hélène Payet", publicName: "Hélène P." },
    { email: "yannick.le-goff@membres.essaim.test", name: "Yannick Le Goff", publicName: "Yannick L." },
  ];
  await tx.user.createMany({
    data: [
      ...extraMembers.map((m, i) => ({ id: userId(m.email), ...m, role: "MEMBER" as const, createdAt: date(`2025-0${i + 2}-10`) })),
      ...catalysts.map((c) => ({
        id: userId(c.email),
        email: c.email,
        role: "CATALYST" as const,
        name: `${c.firstName} ${c.lastName}`,
        publicName: `${c.firstName} ${c.lastName.charAt(0)}.`,
        profilePublic: c.profilePublic,
        bio: c.bio,
        communeInsee: c.commune.insee,
        departement: c.commune.departement,
        region: c.commune.region,
        lat: c.commune.lat,
        lng: c.commune.lng,
        expertiseDomains: c.expertiseDomains,
        createdAt: c.createdAt,
      })),
    ],
    skipDuplicates: true,
  });
  const emails = [...accounts.map((a) => a.email), ...extraMembers.map((m) => m.email), ...catalysts.map((c) => c.email)];
  const ids = new Map((await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const get = (email: string) => {
    const id = ids.get(email);
    if (!id) throw new Error(`Compte introuvable après création : ${email}`);
    return id;
  };
  return {
    adminId: get(DEMO_ACCOUNTS.admin),
    catalystId: get(DEMO_ACCOUNTS.catalyst),
    memberId: get(DEMO_ACCOUNTS.member),
    memberIds: extraMembers.map((m) => get(m.email)),
    catalysts: catalysts.map((c) => ({ ...c, id: get(c.email) })),
  };
}

type AllianceSpec = {
  key: string;
  where: ReturnType<typeof place>;
  primaryDomain: string;
  draft: GeneratedDraft;
  partners: GeneratedPartner[];
  ownerId: string;
  editorIds: string[];
  publishedAt: Date;
};

const SILVER_GEEK_REPLICAS: { name: string; departement: string; title: string }[] = [
  { name: "Tours", departement: "37", title: "Jeux vidéo et bien vieillir {ac}" },
  { name: "Bourges", departement: "18", title: "Ateliers numériques intergénérationnels {dc}" },
  { name: "Limoges", departement: "87", title: "Générations connectées {dc}" },
];
const STAGE_ORDER: Stage[] = ["EMERGENCE", "EXPERIMENTATION", "CONSOLIDATION", "SCALING", "LASTING"];

/** The generated alliances of the demo set: 300 alliances, then 20 replicas of some of them. */
function demoAllianceSpecs(users: DemoUsers): (AllianceSpec & { replicaOf?: string })[] {
  const specs: (AllianceSpec & { replicaOf?: string })[] = [];
  const catalysts = users.catalysts;
  const publishedAt = (index: number) => new Date(Date.UTC(2024, 0, 15) + index * 2.9 * 86_400_000);
  for (let i = 0; i < DEMO_BASE_ALLIANCES + 2; i++) {
    const rng = createRng(`demo-alliance-${i}`);
    const owner = catalysts[i % catalysts.length]!;
    const where = place(drawNearby(rng, owner.commune));
    const primaryDomain = DOMAINS[i % DOMAINS.length]!.code;
    const partners = generatePartners(rng, primaryDomain, where);
    const draft = generateDraft(rng, where, partners[0]!.name, {
      key: `demo-${i}`,
      primaryDomain,
      // The first ones cover every stage and every scaling kind for sure.
      stage: i < STAGE_ORDER.length ? STAGE_ORDER[i] : undefined,
      scalingKind: i >= 10 && i < 10 + SCALING_KIND_LIST.length * 3 ? SCALING_KIND_LIST[i % SCALING_KIND_LIST.length] : undefined,
    });
    const coEditor = rng.chance(0.2) ? catalysts[(i * 37 + 11) % catalysts.length]! : null;
    specs.push({
      key: `demo-${i}`,
      where,
      primaryDomain,
      draft,
      partners,
      ownerId: owner.id,
      editorIds: coEditor && coEditor.id !== owner.id ? [owner.id, coEditor.id] : [owner.id],
      publishedAt: publishedAt(i),
    });
  }
  // Replicas: three of Silver Geek, sixteen of mature generated alliances, one of a replica.
  const mature = specs.slice(0, DEMO_BASE_ALLIANCES).filter((s) => (s.draft.stage === "SCALING" || s.draft.stage === "LASTING") && Number(s.draft.startDate!.slice(0, 4)) <= 2019);
  for (let k = 0; k < DEMO_REPLICAS; k++) {
    const rng = createRng(`demo-replica-${k}`);
    const key = `demo-replica-${k}`;
    let origin: { key: string; name: string; where: ReturnType<typeof place>; primaryDomain: string; startYear: number };
    let where: ReturnType<typeof place>;
    let name: string;
    if (k < SILVER_GEEK_REPLICAS.length) {
      const replica = SILVER_GEEK_REPLICAS[k]!;
      origin = { key: "silver-geek", name: "Silver Geek", where: place(getCommune("86194")!), primaryDomain: "AGEING", startYear: 2012 };
      where = place(communeNamed(replica.name, replica.departement));
      name = fill(replica.title, where.values);
    } else {
      const source = k === DEMO_REPLICAS - 1 ? specs[specs.length - 1]! : mature[((k - 3) * 7) % mature.length]!;
      origin = { key: source.key, name: source.draft.name, where: source.where, primaryDomain: source.primaryDomain, startYear: Number(source.draft.startDate!.slice(0, 4)) };
      where = place(rng.chance(0.6) ? drawNearby(rng, source.where.commune) : drawCommune(rng, 1000 + k));
      if (where.commune.insee === source.where.commune.insee) where = place(drawCommune(rng, 2000 + k));
      const o = source.where.values;
      name = source.draft.name.replace(o.ac!, where.values.ac!).replace(o.dc!, where.values.dc!).replace(o.c!, where.values.c!);
    }
    const owner = catalysts.find((c) => c.commune.departement === where.commune.departement && !specs.some((s) => s.ownerId === c.id && s.replicaOf)) ?? catalysts[(k * 53 + 7) % catalysts.length]!;
    const partners = generatePartners(rng, origin.primaryDomain, where);
    const draft = generateDraft(rng, where, partners[0]!.name, { key, primaryDomain: origin.primaryDomain, stage: rng.pick(["EMERGENCE", "EXPERIMENTATION", "CONSOLIDATION"] as const) });
    // A replica starts after its origin.
    const startYear = Math.min(2026, Math.max(origin.startYear + 2, Number(draft.startDate!.slice(0, 4)), 2016));
    const start = `${startYear}-${draft.startDate!.slice(5, 7)}-01`;
    draft.startDate = start > SEED_TODAY ? `${SEED_TODAY.slice(0, 7)}-01` : start;
    for (const plan of draft.scalingPlans) {
      if (plan.startDate && plan.startDate < draft.startDate) plan.startDate = draft.startDate;
      plan.milestones = plan.milestones.filter((m) => !plan.startDate || m.dueDate >= plan.startDate);
    }
    if (origin.key === "silver-geek") draft.domainCodes = ["AGEING", "DIGITAL_INCLUSION", "SOCIAL_TIES"];
    draft.name = name.slice(0, 120);
    const inspiration =
      origin.key === "silver-geek"
        ? `Cette alliance reprend le modèle de Silver Geek : de jeunes volontaires animent des ateliers numériques et de jeux vidéo avec les résidents d'établissements pour personnes âgées, à partir du kit d'animation publié par le collectif.`
        : `Cette alliance reprend le modèle de « ${origin.name} » (${origin.where.commune.name}), découvert lors d'une visite entre pairs, et l'adapte au territoire ${ofCommune(where.commune.name)}.`;
    draft.description = `${inspiration}\n\n${draft.description}`;
    if (origin.key === "silver-geek") draft.summary = `Des ateliers numériques et de jeux vidéo pour les seniors ${inCommune(where.commune.name)}, animés par de jeunes volontaires, sur le modèle de Silver Geek.`.slice(0, 300);
    specs.push({
      key,
      where,
      primaryDomain: origin.primaryDomain,
      draft,
      partners,
      ownerId: owner.id,
      editorIds: [owner.id],
      publishedAt: new Date(Date.UTC(2025, 3, 1) + k * 9 * 86_400_000),
      replicaOf: origin.key,
    });
  }
  // Hidden and archived ones last (see seedDemo).
  const [hiddenSpec, archivedSpec] = specs.splice(DEMO_BASE_ALLIANCES, 2);
  specs.push(hiddenSpec!, archivedSpec!);
  return specs;
}

// ───────────── Workspace states ─────────────

type StateSpec = {
  key: string;
  name: string;
  commune: { name: string; departement: string };
  primaryDomain: string;
  state: "DRAFT" | "PENDING" | "REJECTED";
  demoCatalyst: boolean;
  /** Fraction of the draft that is filled in (drafts only). */
  partial?: boolean;
  objective?: string;
  reason?: string;
};

const STATE_SPECS: StateSpec[] = [
  { key: "state-draft-chatellerault", name: "Tiers-lieu numérique de Châtellerault", commune: { name: "Châtellerault", departement: "86" }, primaryDomain: "DIGITAL_INCLUSION", state: "DRAFT", demoCatalyst: true, partial: true },
  { key: "state-draft-2", name: "Repair café du Val de Sèvre", commune: { name: "Saint-Maixent-l'École", departement: "79" }, primaryDomain: "ENVIRONMENT", state: "DRAFT", demoCatalyst: false, partial: true },
  { key: "state-draft-3", name: "Cantines bio du pays de Redon", commune: { name: "Redon", departement: "35" }, primaryDomain: "FOOD", state: "DRAFT", demoCatalyst: false },
  { key: "state-draft-4", name: "Aidants connectés", commune: { name: "Saint-Pierre", departement: "974" }, primaryDomain: "AGEING", state: "DRAFT", demoCatalyst: false, partial: true },
  { key: "state-pending-buxerolles", name: "Jardins partagés de Buxerolles", commune: { name: "Buxerolles", departement: "86" }, primaryDomain: "SOCIAL_TIES", state: "PENDING", demoCatalyst: true },
  { key: "state-pending-2", name: "Emploi et handicap en Bocage", commune: { name: "Bressuire", departement: "79" }, primaryDomain: "DISABILITY", state: "PENDING", demoCatalyst: false },
  { key: "state-pending-3", name: "Mobilité solidaire de Cayenne", commune: { name: "Cayenne", departement: "973" }, primaryDomain: "MOBILITY", state: "PENDING", demoCatalyst: false },
  {
    key: "state-rejected-haut-poitou",
    name: "Mobilité rurale du Haut-Poitou",
    commune: { name: "Neuville-de-Poitou", departement: "86" },
    primaryDomain: "MOBILITY",
    state: "REJECTED",
    demoCatalyst: true,
    objective: "Améliorer la mobilité des habitants du territoire.",
    reason: "L'objectif commun n'est pas mesurable : précisez ce que vous voulez atteindre (combien de personnes, quels trajets) et pour quand. Le reste de la fiche est prêt.",
  },
];

function stateDraftParts(spec: StateSpec) {
  const rng = createRng(spec.key);
  const where = place(communeNamed(spec.commune.name, spec.commune.departement));
  const partners = generatePartners(rng, spec.primaryDomain, where);
  const draft = generateDraft(rng, where, partners[0]!.name, { key: spec.key, primaryDomain: spec.primaryDomain, stage: rng.pick(["EMERGENCE", "EXPERIMENTATION"] as const) });
  draft.name = spec.name;
  if (spec.objective) draft.objective = spec.objective;
  return { where, partners, draft };
}

function stateOrganisations(spec: StateSpec): OrganisationInput[] {
  return stateDraftParts(spec).partners;
}

async function seedStates(tx: Tx, users: DemoUsers, organisations: Map<string, OrganisationRef>, usedSlugs: Set<string>, published: { hidden: DemoAlliance; archived: DemoAlliance }) {
  const submittedAt = (k: number) => date(`2026-10-${String(12 + k * 3).padStart(2, "0")}T09:30:00Z`);
  const otherCatalyst = (k: number) => users.catalysts[(k * 29 + 5) % users.catalysts.length]!.id;
  for (const [k, spec] of STATE_SPECS.entries()) {
    const { partners, draft: generated } = stateDraftParts(spec);
    const authorId = spec.demoCatalyst ? users.catalystId : otherCatalyst(k);
    const refs = partners.map((p) => ({ org: organisations.get(organisationKey(p.name, p.communeInsee))!, p }));
    let draftInput: unknown = { ...generated, partners: refs.map(({ org, p }) => ({ organisationId: org.id, role: p.role, description: p.description })) };
    if (spec.partial) {
      // A draft being written: the essentials only, and one partner so far.
      draftInput = {
        name: generated.name,
        summary: generated.summary,
        territory: generated.territory,
        domainCodes: generated.domainCodes.slice(0, 1),
        stage: "EMERGENCE",
        partners: refs.slice(0, 1).map(({ org, p }) => ({ organisationId: org.id, role: p.role, description: "" })),
      };
    }
    const draft = allianceDraftSchema.parse(draftInput);
    const id = allianceId(spec.key);
    const created = date(`2026-0${(k % 6) + 3}-0${(k % 8) + 1}T10:00:00Z`);
    const version = spec.state === "DRAFT" ? 3 : 2;
    await tx.alliance.create({
      data: {
        id,
        slug: uniqueSlug(usedSlugs, spec.name),
        name: draft.name,
        draft: draft as Prisma.InputJsonValue,
        draftVersion: version,
        draftUpdatedAt: addDays(created, 10),
        reviewStatus: spec.state === "DRAFT" ? "NONE" : spec.state,
        submittedAt: spec.state === "DRAFT" ? null : submittedAt(k - 4),
        submittedById: spec.state === "DRAFT" ? null : authorId,
        lastRejectionReason: spec.reason ?? null,
        createdById: authorId,
        createdAt: created,
      },
    });
    await tx.allianceEditor.create({ data: { allianceId: id, userId: authorId, isOwner: true, addedAt: created } });
    const snapshotV1 = { ...draft, summary: "", partners: [] };
    await tx.allianceRevision.createMany({
      data: [
        { id: `${id}_rev_create`, allianceId: id, version: 1, kind: "CREATE", authorId, changedFields: ["name"], snapshot: allianceDraftSchema.parse({ name: draft.name }) as Prisma.InputJsonValue, createdAt: created },
        { id: `${id}_rev_save2`, allianceId: id, version: 2, kind: "SAVE", authorId, changedFields: ["summary", "territory", "domainCodes", "partners"], snapshot: (version === 2 ? draft : snapshotV1) as Prisma.InputJsonValue, createdAt: addDays(created, 3) },
        ...(version === 3 ? [{ id: `${id}_rev_save3`, allianceId: id, version: 3, kind: "SAVE" as const, authorId, changedFields: ["summary", "partners"], snapshot: draft as Prisma.InputJsonValue, createdAt: addDays(created, 10) }] : []),
        ...(spec.state !== "DRAFT" ? [{ id: `${id}_rev_submit`, allianceId: id, version: 2, kind: "SUBMIT" as const, authorId, changedFields: [], snapshot: draft as Prisma.InputJsonValue, createdAt: submittedAt(k - 4) }] : []),
      ],
    });
    if (spec.state === "REJECTED") {
      const revisionId = `${id}_rev_reject`;
      await tx.allianceRevision.create({ data: { id: revisionId, allianceId: id, version: 2, kind: "REJECT", authorId: users.adminId, snapshot: draft as Prisma.InputJsonValue, createdAt: addDays(submittedAt(k - 4), 2) } });
      await tx.moderationDecision.create({ data: { revisionId, adminId: users.adminId, outcome: "REJECTED", reason: spec.reason ?? null, createdAt: addDays(submittedAt(k - 4), 2) } });
    }
  }

  // A published alliance of the demo catalyst with changes waiting for review: the published
  // columns keep version 1, the working copy is version 2.
  const rng = createRng("state-changes-pending");
  const where = place(communeNamed("Chauvigny", "86"));
  const partners = generatePartners(rng, "AGEING", where);
  const orgs = await ensureOrganisations(tx, partners, date("2025-03-01"));
  const refs = partners.map((p) => ({ org: orgs.get(organisationKey(p.name, p.communeInsee))!, p }));
  const base = generateDraft(rng, where, partners[0]!.name, { key: "state-changes-pending", primaryDomain: "AGEING", stage: "CONSOLIDATION" });
  const approved = withPartners(base, refs.map(({ org, p }) => ({ organisationId: org.id, role: p.role, description: p.description })));
  const id = allianceId("state-changes-pending");
  const publishedAt = date("2025-05-20T14:00:00Z");
  await insertRows(
    tx,
    publishRows(
      [{ id, slug: uniqueSlug(usedSlugs, approved.name), draft: approved, partnerInfo: new Map(refs.map(({ org }) => [org.id, { name: org.name, type: org.type }])), editors: [{ userId: users.catalystId, isOwner: true }], publishedAt, createdAt: addDays(publishedAt, -30), approval: { adminId: users.adminId, decision: true } }],
      domainLabels,
    ),
  );
  const working = allianceDraftSchema.parse({
    ...approved,
    summary: `${approved.summary.replace(/\.$/, "")}, avec désormais un volet numérique animé par des jeunes volontaires.`.slice(0, 300),
    scalingPlans: [
      ...approved.scalingPlans,
      { key: "state-changes-pending-p9", kind: "GEOGRAPHIC", title: "Essaimer à Montmorillon", description: "Accompagner les acteurs de Montmorillon qui veulent reprendre la démarche.", status: "IN_PREPARATION", startDate: "2026-09-01", targets: [{ level: "COMMUNE", code: communeNamed("Montmorillon", "86").insee, label: "Montmorillon" }], milestones: [{ key: "state-changes-pending-m9", title: "Visite de l'alliance par les acteurs de Montmorillon", dueDate: "2027-01-31", done: false }] },
    ],
  });
  const changedAt = date("2026-10-25T16:45:00Z");
  await tx.alliance.update({ where: { id }, data: { draft: working as Prisma.InputJsonValue, draftVersion: 2, draftUpdatedAt: changedAt, reviewStatus: "PENDING", submittedAt: changedAt, submittedById: users.catalystId } });
  await tx.allianceRevision.createMany({
    data: [
      { id: `${id}_rev_save2`, allianceId: id, version: 2, kind: "SAVE", authorId: users.catalystId, changedFields: ["summary", "scalingPlans"], snapshot: working as Prisma.InputJsonValue, createdAt: addDays(changedAt, -1) },
      { id: `${id}_rev_submit2`, allianceId: id, version: 2, kind: "SUBMIT", authorId: users.catalystId, changedFields: [], snapshot: working as Prisma.InputJsonValue, createdAt: changedAt },
    ],
  });

  // Hidden after a report; archived by its catalyst.
  await tx.allianceRevision.createMany({
    data: [
      { id: `${published.hidden.id}_rev_hide`, allianceId: published.hidden.id, version: 1, kind: "HIDE", authorId: users.adminId, snapshot: published.hidden.draft as Prisma.InputJsonValue, createdAt: date("2026-09-14T11:00:00Z") },
      { id: `${published.archived.id}_rev_archive`, allianceId: published.archived.id, version: 1, kind: "ARCHIVE", authorId: published.archived.ownerId, snapshot: published.archived.draft as Prisma.InputJsonValue, createdAt: date("2026-06-30T09:00:00Z") },
    ],
  });
}

// ───────────── Replications ─────────────

async function seedReplications(tx: Tx, silverGeek: DemoAlliance, generated: DemoAlliance[]): Promise<Map<string, number>> {
  const byKey = new Map(generated.map((a) => [a.key, a]));
  byKey.set("silver-geek", silverGeek);
  const rows: Prisma.ReplicationCreateManyInput[] = [];
  const counts = new Map<string, number>();
  for (const replica of generated.filter((a) => a.replicaOf)) {
    const origin = replica.replicaOf ? byKey.get(replica.replicaOf) : undefined;
    if (!origin) continue;
    const decidedAt = addDays(replica.publishedAt, 12);
    rows.push({ id: `${replica.id}_from_${origin.id}`, originId: origin.id, replicaId: replica.id, status: "CONFIRMED", note: "Modèle repris après une visite entre pairs ; kit et outils partagés par l'alliance d'origine.", requestedById: replica.ownerId, decidedById: origin.ownerId, decidedAt, createdAt: addDays(replica.publishedAt, 2) });
    counts.set(origin.id, (counts.get(origin.id) ?? 0) + 1);
  }
  // One request still waiting for the origin's answer, one declined (same domain each time:
  // the primary domain of generated alliance i is DOMAINS[i % 14]).
  const a = generated[40]!;
  const b = generated[54]!;
  const c = generated[55]!;
  const d = generated[69]!;
  rows.push({ id: `${b.id}_from_${a.id}`, originId: a.id, replicaId: b.id, status: "PENDING", note: "Nous nous sommes beaucoup inspirés de votre démarche : pouvez-vous confirmer le lien ?", requestedById: b.ownerId, createdAt: date("2026-10-18T08:00:00Z") });
  rows.push({ id: `${d.id}_from_${c.id}`, originId: c.id, replicaId: d.id, status: "DECLINED", note: "Les deux alliances sont nées en parallèle, sans reprise de modèle.", requestedById: d.ownerId, decidedById: c.ownerId, decidedAt: date("2026-07-02T10:00:00Z"), createdAt: date("2026-06-25T10:00:00Z") });
  await tx.replication.createMany({ data: rows });
  return counts;
}

// ───────────── Impact ─────────────

async function seedImpact(tx: Tx, flagshipAlliances: DemoAlliance[], flagships: Flagship[], generated: DemoAlliance[], replications: Map<string, number>) {
  const indicators: Prisma.ImpactIndicatorCreateManyInput[] = [];
  const measurements: Prisma.ImpactMeasurementCreateManyInput[] = [];
  const evidence: Prisma.ImpactEvidenceCreateManyInput[] = [];

  flagshipAlliances.forEach((alliance, index) => {
    const flagship = flagships[index]!;
    const codes = new Set(flagship.indicators.map((i) => i.catalogueCode));
    const list = [...flagship.indicators];
    const replicaCount = replications.get(alliance.id) ?? 0;
    if (replicaCount > 0 && !codes.has("REPLICATIONS")) {
      list.push({ catalogueCode: "REPLICATIONS", baseline: { value: 0, date: "2016-01-01" }, target: { value: replicaCount + 3, date: "2027-12-31" }, measurements: [{ value: replicaCount, date: "2025-12-31", source: "Essaimages confirmés dans le registre Essaim" }] });
    }
    list.forEach((spec, k) => {
      const catalogue = spec.catalogueCode ? catalogueIndicator(spec.catalogueCode) : null;
      const indicatorId = `${alliance.id}_ind_${k}`;
      indicators.push({
        id: indicatorId,
        allianceId: alliance.id,
        catalogueCode: spec.catalogueCode,
        register: catalogue?.register ?? spec.custom!.register,
        name: catalogue?.nameFr ?? spec.custom!.name,
        definition: catalogue?.definition ?? spec.custom!.definition,
        unit: catalogue?.unit ?? spec.custom!.unit,
        direction: catalogue?.direction ?? "HIGHER_IS_BETTER",
        baselineValue: spec.baseline.value,
        baselineDate: date(spec.baseline.date),
        targetValue: spec.target.value,
        targetDate: date(spec.target.date),
        createdAt: alliance.publishedAt,
      });
      spec.measurements.forEach((m, n) =>
        measurements.push({ id: `${indicatorId}_m${n}`, indicatorId, value: m.value, measuredOn: date(m.date), source: m.source, method: catalogue?.method ?? "", comment: spec.catalogueCode === "REPLICATIONS" ? null : DEMO_MEASUREMENT_COMMENT, recordedById: alliance.ownerId, createdAt: alliance.publishedAt }),
      );
    });
    flagship.evidence.forEach((e, n) => evidence.push({ id: `${alliance.id}_ev_${n}`, allianceId: alliance.id, register: e.register, quote: e.quote, authorName: e.authorName, authorRole: e.authorRole, consentAt: date(e.recordedOn), recordedOn: date(e.recordedOn), createdAt: alliance.publishedAt }));
  });

  // Generated alliances: about 40 % of those started before 2024 follow indicators.
  let evidenceCount = 0;
  for (const alliance of generated) {
    const rng = createRng(`impact-${alliance.key}`);
    const origin = replications.has(alliance.id);
    if (alliance.startYear > 2023 || (!origin && !rng.chance(0.45))) continue;
    const content = DOMAIN_CONTENT[alliance.primaryDomain]!;
    const codes = new Set<string>(rng.sample(content.catalogue, rng.between(1, 2)));
    // Now and then an indicator of another register, so that all three are followed.
    codes.add(rng.pick(IMPACT_CATALOGUE.filter((c) => c.register === rng.pick(["PERFORMANCE", "INNOVATION", "TRUST"] as const))).code);
    if (origin) codes.add("REPLICATIONS");
    const firstYear = Math.max(alliance.startYear + 1, 2022);
    const years = Math.max(1, Math.min(3, 2025 - firstYear + 1));
    let k = 0;
    for (const code of codes) {
      const catalogue = catalogueIndicator(code)!;
      const range = CATALOGUE_RANGES[code]!;
      const scale = Math.max(1, alliance.draft.partners.length / 3);
      const countLike = catalogue.unit === "COUNT" || catalogue.unit === "HOURS" || catalogue.unit === "EUR";
      const baseline = roundFor(catalogue.unit, between(rng, range.baseline) * (countLike ? scale : 1));
      let target = roundFor(catalogue.unit, between(rng, range.target) * (countLike ? scale : 1));
      if (catalogue.direction === "HIGHER_IS_BETTER" && target <= baseline) target = roundFor(catalogue.unit, baseline + 1);
      const values = code === "REPLICATIONS" ? [replications.get(alliance.id) ?? 0] : progression(rng, catalogue.unit, baseline, target, years);
      const indicatorId = `${alliance.id}_ind_${k++}`;
      const survey = catalogue.unit === "SCORE_1_5" || catalogue.unit === "PERCENT";
      indicators.push({
        id: indicatorId,
        allianceId: alliance.id,
        catalogueCode: code,
        register: catalogue.register,
        name: catalogue.nameFr,
        definition: catalogue.definition,
        unit: catalogue.unit,
        direction: catalogue.direction,
        baselineValue: baseline,
        baselineDate: date(`${firstYear - 1}-${survey ? "06-30" : "12-31"}`),
        targetValue: target,
        targetDate: date(`${rng.pick([2027, 2028])}-12-31`),
        createdAt: alliance.publishedAt,
      });
      values.forEach((value, n) => {
        const year = code === "REPLICATIONS" ? 2025 : firstYear + n;
        measurements.push({ id: `${indicatorId}_m${n}`, indicatorId, value, measuredOn: date(`${year}-${survey ? "06-30" : "12-31"}`), source: code === "REPLICATIONS" ? "Essaimages confirmés dans le registre Essaim" : range.source, method: catalogue.method, comment: rng.chance(0.15) ? rng.pick(MEASUREMENT_COMMENTS) : null, recordedById: alliance.ownerId, createdAt: date(`${Math.min(year + 1, 2026)}-02-15`) });
      });
    }
    // A custom indicator for some of them.
    if (rng.chance(0.3)) {
      const custom = rng.pick(content.custom);
      const indicatorId = `${alliance.id}_ind_${k++}`;
      const baseline = roundFor(custom.unit, between(rng, custom.baseline));
      const target = roundFor(custom.unit, between(rng, custom.target));
      indicators.push({ id: indicatorId, allianceId: alliance.id, catalogueCode: null, register: custom.register, name: custom.name, definition: custom.definition, unit: custom.unit, direction: custom.direction, baselineValue: baseline, baselineDate: date(`${firstYear - 1}-12-31`), targetValue: target, targetDate: date("2027-12-31"), createdAt: alliance.publishedAt });
      progression(rng, custom.unit, baseline, target, years).forEach((value, n) =>
        measurements.push({ id: `${indicatorId}_m${n}`, indicatorId, value, measuredOn: date(`${firstYear + n}-12-31`), source: "Registre de l'alliance", method: "", recordedById: alliance.ownerId, createdAt: date(`${Math.min(firstYear + n + 1, 2026)}-02-15`) }),
      );
    }
    if (evidenceCount < 18 && rng.chance(0.3)) {
      const register = (["PERFORMANCE", "INNOVATION", "TRUST"] as const)[evidenceCount % 3]!;
      const testimony = rng.pick(EVIDENCE_QUOTES[register]);
      const recordedOn = date(`${rng.between(2024, 2025)}-${String(rng.between(1, 12)).padStart(2, "0")}-15`);
      evidence.push({ id: `${alliance.id}_ev_0`, allianceId: alliance.id, register, quote: testimony.quote, authorName: personLabel(rng), authorRole: testimony.authorRole, consentAt: recordedOn, recordedOn, createdAt: recordedOn });
      evidenceCount++;
    }
  }
  await tx.impactIndicator.createMany({ data: indicators });
  for (let i = 0; i < measurements.length; i += 2000) await tx.impactMeasurement.createMany({ data: measurements.slice(i, i + 2000) });
  await tx.impactEvidence.createMany({ data: evidence });
}

// ───────────── Reports and contact requests ─────────────

async function seedConversations(tx: Tx, users: DemoUsers, flagships: DemoAlliance[], generated: DemoAlliance[], hidden: DemoAlliance) {
  const [silverGeek, charenton] = flagships;
  const [sophie, karim, helene, yannick] = users.memberIds;
  // A report on a figure rather than on the text.
  const measured = await tx.impactMeasurement.findFirst({
    where: { indicator: { catalogueCode: "PEOPLE_REACHED", allianceId: { in: generated.filter((a) => a !== hidden).map((a) => a.id) } } },
    orderBy: { id: "asc" },
    select: { id: true, indicator: { select: { allianceId: true } } },
  });
  await tx.report.createMany({
    data: [
      { id: "report-open-1", allianceId: generated[5]!.id, reporterId: users.memberId, reason: "INCORRECT", text: "Le site indiqué ne fonctionne plus et le contact a changé depuis la rentrée.", createdAt: date("2026-10-21T18:02:00Z") },
      { id: "report-open-2", allianceId: generated[17]!.id, reporterId: sophie!, reason: "DUPLICATE", text: "Il me semble que cette alliance est déjà inscrite sous un autre nom, avec les mêmes partenaires.", createdAt: date("2026-10-27T09:40:00Z") },
      ...(measured ? [{ id: "report-open-3", allianceId: measured.indicator.allianceId, reporterId: karim!, reason: "INCORRECT" as const, text: "Ce chiffre me paraît très élevé par rapport à la taille de la commune : d'où vient-il ?", measurementId: measured.id, createdAt: date("2026-10-29T14:15:00Z") }] : []),
      { id: "report-hidden", allianceId: hidden.id, reporterId: helene!, reason: "NO_LONGER_EXISTS", text: "L'association qui portait l'alliance a été dissoute au printemps.", status: "HIDDEN", handledById: users.adminId, handledAt: date("2026-09-14T11:00:00Z"), resolution: "Alliance masquée en attendant la réponse de ses catalyseurs.", createdAt: date("2026-09-10T08:20:00Z") },
      { id: "report-dismissed", allianceId: generated[23]!.id, reporterId: yannick!, reason: "INAPPROPRIATE", text: "La description fait de la publicité pour une entreprise.", status: "DISMISSED", handledById: users.adminId, handledAt: date("2026-08-05T15:30:00Z"), resolution: "L'entreprise est partenaire de l'alliance : la mention est légitime.", createdAt: date("2026-08-03T10:00:00Z") },
    ],
  });

  const requests: { id: string; alliance: DemoAlliance; requesterId: string; status: "NEW" | "ANSWERED" | "VISIT_PLANNED" | "CLOSED"; whoAmI: string; territory: string; wishes: string; availability: string; at: string; messages: { from: "requester" | "owner"; body: string; sharesEmail?: boolean; after: number }[] }[] = [
    {
      id: "contact-silver-geek",
      alliance: silverGeek!,
      requesterId: users.memberId,
      status: "NEW",
      whoAmI: "Chargé de mission dans une communauté de communes, je prépare une alliance autour du bien-vieillir avec deux résidences autonomie et un lycée.",
      territory: "Communauté de communes du Haut-Poitou (Vienne)",
      wishes: "Comprendre comment vous avez réuni les premiers membres du collectif, et voir un atelier avec les volontaires si c'est possible.",
      availability: "Les mardis et jeudis, en journée, d'ici la fin de l'année.",
      at: "2026-10-28T10:12:00Z",
      messages: [{ from: "requester", body: "Bonjour, votre kit d'animation nous intéresse beaucoup. Serait-il possible de venir assister à un atelier et d'échanger une heure avec l'équipe ?", after: 0 }],
    },
    {
      id: "contact-charenton",
      alliance: charenton!,
      requesterId: karim!,
      status: "VISIT_PLANNED",
      whoAmI: "Membre d'un club d'entreprises en Seine-Saint-Denis ; nous voulons travailler avec notre ville et un lycée professionnel.",
      territory: "Montreuil (Seine-Saint-Denis)",
      wishes: "Savoir comment la direction de l'économie et de l'emploi et le club se répartissent les rôles, et comment vous avez convaincu le lycée.",
      availability: "Un matin en semaine, de préférence en novembre.",
      at: "2026-09-30T08:45:00Z",
      messages: [
        { from: "requester", body: "Bonjour, nous aimerions venir vous rencontrer pour comprendre comment vous avez lancé le partenariat avec le lycée.", after: 0 },
        { from: "owner", body: "Avec plaisir. Nous pouvons vous recevoir avec un chef d'entreprise du club et la proviseure adjointe. Le jeudi 19 novembre à 9 h vous conviendrait-il ?", after: 2 },
        { from: "requester", body: "C'est parfait, merci ! Je vous laisse mon adresse pour la suite de l'organisation.", sharesEmail: true, after: 3 },
      ],
    },
    {
      id: "contact-generated-answered",
      alliance: generated[2]!,
      requesterId: users.memberId,
      status: "ANSWERED",
      whoAmI: "Bénévole dans une association de solidarité, je cherche des idées pour associer des entreprises de mon quartier.",
      territory: "Poitiers (Vienne)",
      wishes: "Un échange téléphonique sur vos premiers pas et la façon dont vous mesurez vos résultats.",
      availability: "En soirée après 18 h.",
      at: "2026-10-05T19:20:00Z",
      messages: [
        { from: "requester", body: "Bonjour, votre alliance m'inspire beaucoup. Comment avez-vous convaincu les premières entreprises ?", after: 0 },
        { from: "owner", body: "Bonjour ! Tout a commencé par un petit-déjeuner avec trois chefs d'entreprise et la mairie. Je vous envoie notre bilan et je vous propose un appel la semaine prochaine.", after: 1 },
      ],
    },
    {
      id: "contact-generated-closed",
      alliance: generated[30]!,
      requesterId: helene!,
      status: "CLOSED",
      whoAmI: "Élue d'une commune rurale, je souhaite lancer une alliance pour la mobilité des jeunes.",
      territory: "Saint-Pierre (La Réunion)",
      wishes: "Échanger sur la gouvernance et le financement de départ.",
      availability: "À distance, en visioconférence.",
      at: "2026-06-12T07:30:00Z",
      messages: [
        { from: "requester", body: "Bonjour, pourrions-nous organiser un échange en visioconférence ?", after: 0 },
        { from: "owner", body: "Bien sûr, voici nos disponibilités. Nous avons échangé le 20 juin : bon courage pour la suite, n'hésitez pas à revenir vers nous !", after: 8 },
      ],
    },
  ];
  for (const r of requests) {
    const at = date(r.at);
    await tx.contactRequest.create({
      data: {
        id: r.id,
        allianceId: r.alliance.id,
        requesterId: r.requesterId,
        status: r.status,
        whoAmI: r.whoAmI,
        territory: r.territory,
        wishes: r.wishes,
        availability: r.availability,
        createdAt: at,
        closedAt: r.status === "CLOSED" ? addDays(at, 10) : null,
        messages: {
          create: r.messages.map((m, k) => ({ id: `${r.id}_msg_${k}`, authorId: m.from === "requester" ? r.requesterId : r.alliance.ownerId, body: m.body, sharesEmail: m.sharesEmail ?? false, createdAt: addDays(at, m.after) })),
        },
      },
    });
  }
}

// ───────────── Volume generator ─────────────

type PoolOrganisation = OrganisationRef & { departement: string; region: string };

/** A few thousand organisations shared by the generated alliances (stable, created once). */
async function volumePool(db: PrismaClient): Promise<PoolOrganisation[]> {
  const inputs: (OrganisationInput & { departement: string; region: string })[] = [];
  for (let i = 0; i < VOLUME_POOL; i++) {
    const rng = createRng(`pool-${i}`);
    const commune = drawCommune(rng, i);
    const type = rng.weighted<PartnerTypeCode>([["ASSOCIATION", 30], ["COMPANY", 28], ["LOCAL_AUTHORITY", 16], ["NETWORK", 7], ["FOUNDATION", 5], ["NATIONAL_PUBLIC_ACTOR", 5], ["ACADEMIC", 5], ["CITIZEN_GROUP", 4]]);
    const org = organisationName(rng, type, DOMAINS[i % DOMAINS.length]!.code, place(commune));
    inputs.push({ ...org, type, departement: commune.departement, region: commune.region });
  }
  const refs = await db.$transaction((tx) => ensureOrganisations(tx, inputs, new Date(Date.UTC(2024, 0, 1))), { timeout: 120_000 });
  const seen = new Set<string>();
  const pool: PoolOrganisation[] = [];
  for (const input of inputs) {
    const ref = refs.get(organisationKey(input.name, input.communeInsee));
    if (!ref || seen.has(ref.id)) continue;
    seen.add(ref.id);
    pool.push({ ...ref, departement: input.departement, region: input.region });
  }
  return pool;
}

async function seedVolume(db: PrismaClient, total: number, log: Log): Promise<void> {
  const existing = await db.alliance.count({ where: { slug: { startsWith: VOLUME_PREFIX } } });
  if (existing >= total) {
    log(`  ${existing.toLocaleString("fr-FR")} alliances générées déjà présentes (demandé : ${total.toLocaleString("fr-FR")}) : rien à ajouter.`);
    return;
  }
  const started = performance.now();
  // Usually gen-0 … gen-(existing-1) exist; if not (an interrupted run), find the gaps.
  let missing: number[];
  const [{ max } = { max: null }] = await db.$queryRaw<{ max: number | null }[]>`SELECT max(substring(slug FROM 5)::int) AS max FROM "Alliance" WHERE slug ~ '^gen-[0-9]+$'`;
  if ((max ?? -1) + 1 === existing) {
    missing = Array.from({ length: total - existing }, (_, k) => existing + k);
  } else {
    const present = new Set((await db.$queryRaw<{ n: number }[]>`SELECT substring(slug FROM 5)::int AS n FROM "Alliance" WHERE slug ~ '^gen-[0-9]+$'`).map((r) => r.n));
    missing = [];
    for (let i = 0; i < total; i++) if (!present.has(i)) missing.push(i);
  }
  // Editors: the generated catalysts (not the demo account, whose workspace stays readable).
  const catalysts = await db.user.findMany({ where: { role: "CATALYST", email: { endsWith: CATALYST_EMAIL_DOMAIN } }, select: { id: true, region: true }, orderBy: { email: "asc" } });
  if (catalysts.length === 0) throw new Error("Aucun catalyseur généré : le jeu de démonstration doit être chargé avant le générateur.");
  const catalystsByRegion = new Map<string, string[]>();
  for (const c of catalysts) if (c.region) catalystsByRegion.set(c.region, [...(catalystsByRegion.get(c.region) ?? []), c.id]);
  const admin = await db.user.findFirst({ where: { role: "ADMIN" }, select: { id: true }, orderBy: { createdAt: "asc" } });

  const pool = await volumePool(db);
  const poolSeconds = seconds(started);
  const local = pool.filter((o) => o.communeInsee);
  const pilots = local.filter((o) => o.type !== "NATIONAL_PUBLIC_ACTOR" && o.type !== "FOUNDATION");
  const byDepartement = new Map<string, PoolOrganisation[]>();
  const wideByRegion = new Map<string, PoolOrganisation[]>();
  for (const org of pool) {
    if (org.communeInsee) byDepartement.set(org.departement, [...(byDepartement.get(org.departement) ?? []), org]);
    else wideByRegion.set(org.region, [...(wideByRegion.get(org.region) ?? []), org]);
  }

  const build = (i: number): PublishItem => {
    const rng = createRng(hashSeed(`${VOLUME_PREFIX}${i}`));
    const pilot = pilots[rng.int(pilots.length)]!;
    const commune = getCommune(pilot.communeInsee!)!;
    const primaryDomain = DOMAINS[i % DOMAINS.length]!.code;
    const chosen: PoolOrganisation[] = [pilot];
    const wanted = rng.weighted([[2, 4], [3, 4], [4, 2]] as const);
    for (let guard = 0; chosen.length < wanted && guard < 12; guard++) {
      const candidates = rng.chance(0.75) ? byDepartement.get(pilot.departement) : wideByRegion.get(pilot.region);
      const org = candidates?.length ? candidates[rng.int(candidates.length)]! : pool[rng.int(pool.length)]!;
      if (chosen.some((c) => c.id === org.id)) continue;
      if (chosen.length === 1 && org.type === pilot.type) continue;
      chosen.push(org);
    }
    if (new Set(chosen.map((c) => c.type)).size < 2) {
      chosen.push(pool.find((o) => o.type !== pilot.type && o.region === pilot.region && !chosen.includes(o)) ?? pool.find((o) => o.type !== pilot.type)!);
    }
    const draftBase = generateDraft(rng, place(commune), pilot.name, { key: `${VOLUME_PREFIX}${i}`, primaryDomain, light: true, scalingChance: 0.08 });
    const draft: AllianceDraft = {
      ...draftBase,
      partners: chosen.map((org, k) => ({ organisationId: org.id, role: k === 0 ? "PILOT" : roleFor(rng, org.type, false), description: "" })),
    };
    const regional = catalystsByRegion.get(commune.region);
    const owner = regional?.length && rng.chance(0.8) ? regional[rng.int(regional.length)]! : catalysts[i % catalysts.length]!.id;
    const publishedAt = new Date(Date.UTC(2020, 0, 1) + i * 9 * 60_000);
    return {
      id: `gen_${i}`,
      slug: `${VOLUME_PREFIX}${i}`,
      draft,
      partnerInfo: new Map(chosen.map((org) => [org.id, { name: org.name, type: org.type }])),
      editors: [{ userId: owner, isOwner: true }],
      publishedAt,
      createdAt: publishedAt,
      // The APPROVE revision is kept (every published alliance has one); the decision row is not.
      approval: { adminId: admin?.id ?? null, decision: false },
    };
  };

  // Spot check: the generated drafts are valid for the app's schema.
  allianceDraftSchema.parse(build(missing[0]!).draft);

  // The search vectors (computed per row by the table's trigger) dominate the cost: two
  // batches are written at once, on two connections, so that both server cores work, while
  // the next batch is generated here.
  const timings = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  let lastReport = performance.now();
  for (let start = 0; start < missing.length; start += VOLUME_BATCH) {
    const batch = missing.slice(start, start + VOLUME_BATCH).map(build);
    const rows = publishRows(batch, domainLabels);
    while (inFlight.size >= VOLUME_PARALLEL) await Promise.race(inFlight);
    const write: Promise<void> = db
      .$transaction(
        async (tx) => {
          await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
          await insertRows(tx, rows, { chunk: VOLUME_BATCH, timings });
        },
        { timeout: 600_000, maxWait: 60_000 },
      )
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
    done += batch.length;
    if (performance.now() - lastReport > 10_000) {
      log(`  … ${done.toLocaleString("fr-FR")} / ${missing.length.toLocaleString("fr-FR")}`);
      lastReport = performance.now();
    }
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  const breakdown = [...timings].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([table, ms]) => `${table} ${(ms / 1000).toFixed(1)} s`).join(", ");
  log(`  temps d'écriture cumulé par table (deux lots en parallèle) : ${breakdown}`);
  log(`  ${missing.length.toLocaleString("fr-FR")} alliances générées en ${elapsed.toFixed(1)} s (${Math.round(missing.length / elapsed).toLocaleString("fr-FR")} alliances/s ; ${pool.length.toLocaleString("fr-FR")} organisations partagées, prêtes en ${poolSeconds} s)`);
}

// ───────────── Summary ─────────────

async function printSummary(db: PrismaClient, log: Log) {
  const [byRole, byStatus, pending, organisations, replications, indicators, measurements, regions] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.alliance.groupBy({ by: ["publicationStatus"], _count: { _all: true } }),
    db.alliance.count({ where: { reviewStatus: "PENDING" } }),
    db.organisation.count(),
    db.replication.count({ where: { status: "CONFIRMED" } }),
    db.impactIndicator.count(),
    db.impactMeasurement.count(),
    db.$queryRaw<{ n: number }[]>`SELECT count(DISTINCT region)::int AS n FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED'`,
  ]);
  const role = (r: string) => byRole.find((x) => x.role === r)?._count._all ?? 0;
  const status = (s: string) => byStatus.find((x) => x.publicationStatus === s)?._count._all ?? 0;
  const n = (value: number) => value.toLocaleString("fr-FR");
  log(
    `Contenu : ${n(role("CATALYST"))} catalyseurs, ${n(role("MEMBER"))} membres, ${n(role("ADMIN"))} administrateur(s) ; ` +
      `${n(status("PUBLISHED"))} alliances publiées dans ${regions[0]?.n ?? 0} régions, ${n(status("UNPUBLISHED"))} non publiées, ${n(status("HIDDEN"))} masquée(s), ${n(status("ARCHIVED"))} archivée(s), ${n(pending)} en attente de relecture ; ` +
      `${n(organisations)} organisations, ${n(replications)} essaimages confirmés, ${n(indicators)} indicateurs et ${n(measurements)} mesures d'impact.`,
  );
}
