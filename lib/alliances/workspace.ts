// Reads for the catalyst workspace: "my alliances" and one alliance's working copy.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import { assertCanEditAlliance } from "@/lib/alliances/authz";
import { allianceDraftSchema, type AllianceDraft } from "@/lib/validation/alliance";

export type WorkspaceState = "DRAFT" | "PENDING" | "PUBLISHED" | "CHANGES_PENDING" | "REJECTED" | "ARCHIVED" | "HIDDEN";

export function workspaceState(alliance: { publicationStatus: string; reviewStatus: string; archivedAt: Date | null }): WorkspaceState {
  if (alliance.archivedAt || alliance.publicationStatus === "ARCHIVED") return "ARCHIVED";
  if (alliance.reviewStatus === "REJECTED") return "REJECTED";
  if (alliance.publicationStatus === "HIDDEN") return "HIDDEN";
  if (alliance.publicationStatus === "PUBLISHED") return alliance.reviewStatus === "PENDING" ? "CHANGES_PENDING" : "PUBLISHED";
  return alliance.reviewStatus === "PENDING" ? "PENDING" : "DRAFT";
}

export type MyAlliance = { id: string; slug: string; name: string; state: WorkspaceState; rejectionReason: string | null; hiddenReason: string | null; updatedAt: Date };

export async function listMyAlliances(user: Pick<CurrentUser, "id">): Promise<MyAlliance[]> {
  const rows = await db.alliance.findMany({
    where: { editors: { some: { userId: user.id } } },
    orderBy: { draftUpdatedAt: "desc" },
    select: { id: true, slug: true, draft: true, publicationStatus: true, reviewStatus: true, archivedAt: true, lastRejectionReason: true, hiddenReason: true, draftUpdatedAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: (row.draft as { name?: string }).name || "(sans nom)",
    state: workspaceState(row),
    rejectionReason: row.lastRejectionReason,
    hiddenReason: row.hiddenReason,
    updatedAt: row.draftUpdatedAt,
  }));
}

export type EditableAlliance = {
  id: string;
  slug: string;
  version: number;
  draft: AllianceDraft;
  state: WorkspaceState;
  /** A submission waits for review (also while the alliance is hidden after a report). */
  reviewPending: boolean;
  rejectionReason: string | null;
  partners: { id: string; name: string; type: string; communeInsee: string | null }[];
  /** `name` is null when the catalyst shows none (the interface names them in its language). */
  editors: { id: string; name: string | null; isOwner: boolean }[];
};

/** The working copy, for its editors and admins only (NOT_FOUND for anyone else). */
export async function getEditableAlliance(user: Pick<CurrentUser, "id" | "role">, allianceId: string): Promise<EditableAlliance> {
  return db.$transaction(async (tx) => {
    await assertCanEditAlliance(tx, user, allianceId);
    const alliance = await tx.alliance.findUnique({
      where: { id: allianceId },
      select: {
        id: true,
        slug: true,
        draft: true,
        draftVersion: true,
        publicationStatus: true,
        reviewStatus: true,
        archivedAt: true,
        lastRejectionReason: true,
        editors: { orderBy: { addedAt: "asc" }, select: { isOwner: true, user: { select: { id: true, publicName: true, name: true } } } },
      },
    });
    if (!alliance) throw new AppError("NOT_FOUND", "Alliance introuvable.");
    const draft = allianceDraftSchema.parse(alliance.draft);
    const organisations = await tx.organisation.findMany({
      where: { id: { in: draft.partners.map((p) => p.organisationId) } },
      select: { id: true, name: true, type: true, communeInsee: true },
    });
    return {
      id: alliance.id,
      slug: alliance.slug,
      version: alliance.draftVersion,
      draft,
      state: workspaceState(alliance),
      reviewPending: alliance.reviewStatus === "PENDING",
      rejectionReason: alliance.lastRejectionReason,
      partners: organisations,
      // An e-mail address is never shown in place of a name, not even to co-editors.
      editors: alliance.editors.map((e) => ({ id: e.user.id, name: e.user.publicName ?? e.user.name ?? null, isOwner: e.isOwner })),
    };
  });
}
