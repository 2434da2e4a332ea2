// A published alliance as visitors see it, with field groups hidden by their visibility.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { ACTIVE_EDITOR } from "@/lib/alliances/authz";
import { canSee, type Viewer } from "@/lib/alliances/visibility";

export type { Viewer };

export type PublicAlliance = NonNullable<Awaited<ReturnType<typeof loadPublished>>>;

const loadPublished = cache(async (slug: string) =>
  db.alliance.findFirst({
    where: { slug, publicationStatus: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      name: true,
      summary: true,
      description: true,
      objective: true,
      stage: true,
      startDate: true,
      legalStructure: true,
      legalStructureDetail: true,
      funding: true,
      fundingVisibility: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      contactVisibility: true,
      welcomesVisits: true,
      website: true,
      communeInsee: true,
      communeName: true,
      postcode: true,
      departement: true,
      region: true,
      lat: true,
      lng: true,
      scale: true,
      coveredCommunes: true,
      coveredDepartements: true,
      coveredRegions: true,
      publishedAt: true,
      firstPublishedAt: true,
      domains: { select: { domain: { select: { code: true, labelFr: true, labelEn: true } } } },
      partners: {
        orderBy: { position: "asc" },
        select: { role: true, description: true, organisation: { select: { id: true, name: true, type: true, website: true } } },
      },
      documents: { orderBy: { position: "asc" }, select: { id: true, title: true, url: true, kind: true, licence: true } },
      scalingPlans: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          title: true,
          description: true,
          status: true,
          startDate: true,
          neededResources: true,
          obstacles: true,
          targets: { select: { level: true, code: true, label: true } },
          milestones: { orderBy: [{ dueDate: "asc" }, { position: "asc" }], select: { id: true, title: true, dueDate: true, done: true, doneAt: true } },
          funding: { select: { id: true, mechanism: true, amountSought: true, amountObtained: true, note: true } },
        },
      },
      editors: { where: ACTIVE_EDITOR, orderBy: { addedAt: "asc" }, select: { userId: true, user: { select: { publicName: true, profilePublic: true, id: true } } } },
    },
  }),
);

export type AllianceLookup = { kind: "found"; alliance: PublicView } | { kind: "moved"; slug: string } | { kind: "missing" };

type PublishedPlan = PublicAlliance["scalingPlans"][number];
export type PublicPlan = Omit<PublishedPlan, "funding"> & { funding: { id: string; mechanism: string; amountSought: number | null; amountObtained: number | null; note: string | null }[] };

export type PublicView = Omit<PublicAlliance, "funding" | "contactEmail" | "contactPhone" | "contactName" | "editors" | "scalingPlans"> & {
  scalingPlans: PublicPlan[];
  funding: { source: string; kind: string; amountEur: number | null }[] | null;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
  catalysts: { id: string; name: string; profilePublic: boolean }[];
  viewerIsEditor: boolean;
};

export async function findPublishedAlliance(slug: string, viewer: Viewer): Promise<AllianceLookup> {
  const alliance = await loadPublished(slug);
  if (!alliance) {
    const old = await db.allianceSlug.findUnique({ where: { slug }, select: { alliance: { select: { slug: true, publicationStatus: true } } } });
    if (old && old.alliance.publicationStatus === "PUBLISHED") return { kind: "moved", slug: old.alliance.slug };
    return { kind: "missing" };
  }
  const isEditor = !!viewer && alliance.editors.some((editor) => editor.userId === viewer.id);
  const { funding, contactEmail, contactPhone, contactName, editors, scalingPlans, ...rest } = alliance;
  const amounts = canSee(alliance.fundingVisibility, viewer, isEditor);
  const fundingEntries = (Array.isArray(funding) ? funding : []) as { source: string; kind: string; amountEur: number | null }[];
  return {
    kind: "found",
    alliance: {
      ...rest,
      // Funding sources are public; their amounts follow the chosen visibility.
      funding: fundingEntries.map((entry) => ({ ...entry, amountEur: canSee(alliance.fundingVisibility, viewer, isEditor) ? entry.amountEur : null })),
      contact: canSee(alliance.contactVisibility, viewer, isEditor) && (contactName || contactEmail || contactPhone) ? { name: contactName, email: contactEmail, phone: contactPhone } : null,
      catalysts: editors.map((editor) => ({ id: editor.user.id, name: editor.user.publicName ?? "Catalyseur", profilePublic: editor.user.profilePublic })),
      viewerIsEditor: isEditor,
      // Scaling plans' amounts follow the same visibility as the alliance's funding.
      scalingPlans: scalingPlans.map((plan) => ({
        ...plan,
        funding: plan.funding.map((f) => ({ ...f, amountSought: amounts && f.amountSought !== null ? Number(f.amountSought) : null, amountObtained: amounts && f.amountObtained !== null ? Number(f.amountObtained) : null })),
      })),
    },
  };
}
