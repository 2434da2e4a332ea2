// Catalysts' public profiles: opted in, they can be found by proximity (find a peer)
// and read at /catalyseurs/[id] with their published alliances. Never an e-mail.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { invalidatePublishedResults } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors";
import { audit } from "@/lib/audit/service";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { getCommune } from "@/lib/geo/communes";
import { plainText } from "@/lib/validation/alliance";
import { DOMAIN_CODES } from "@/lib/reference/domains";

export const profileSchema = z
  .object({
    publicName: plainText(80).pipe(z.string().min(2, { message: "Indiquez le nom à afficher (2 caractères au moins)." })),
    bio: plainText(1000).default(""),
    communeInsee: z
      .union([z.literal(""), z.string().refine((code) => getCommune(code) !== null, { message: "Commune inconnue : choisissez-la dans la liste." })])
      .default(""),
    expertiseDomains: z
      .array(z.string().refine((code) => DOMAIN_CODES.includes(code), { message: "Domaine d'action inconnu." }))
      .max(6, { message: "Six domaines au plus." })
      .default([]),
    profilePublic: z.boolean().default(false),
  })
  .superRefine((profile, context) => {
    if (profile.profilePublic && !profile.communeInsee) {
      context.addIssue({ code: "custom", path: ["communeInsee"], message: "Pour être trouvé·e à proximité, indiquez votre commune." });
    }
  });

export type ProfileInput = z.input<typeof profileSchema>;

export async function getOwnProfile(actor: Pick<CurrentUser, "id">) {
  return db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { publicName: true, bio: true, communeInsee: true, expertiseDomains: true, profilePublic: true } });
}

export async function updateProfile(actor: Pick<CurrentUser, "id" | "role">, input: unknown): Promise<void> {
  if (!hasRole(actor.role, "CATALYST")) throw new AppError("FORBIDDEN", "Seuls les catalyseurs ont un profil public.");
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    throw new AppError("INVALID_INPUT", "Certains champs sont à corriger.", { fieldErrors });
  }
  const data = parsed.data;
  const commune = data.communeInsee ? getCommune(data.communeInsee) : null;
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { publicName: true, profilePublic: true, communeInsee: true } });
    await tx.user.update({
      where: { id: actor.id },
      data: {
        publicName: data.publicName,
        bio: data.bio || null,
        communeInsee: commune?.insee ?? null,
        departement: commune?.departement ?? null,
        region: commune?.region ?? null,
        lat: commune?.lat ?? null,
        lng: commune?.lng ?? null,
        expertiseDomains: [...new Set(data.expertiseDomains)],
        profilePublic: data.profilePublic,
      },
    });
    await audit(tx, { actorId: actor.id, action: "user.profile.update", targetType: "User", targetId: actor.id, before, after: { publicName: data.publicName, profilePublic: data.profilePublic, communeInsee: commune?.insee ?? null } });
  });
  await invalidatePublishedResults(); // "catalysts near me" shows the change at once
}

export type PublicProfile = {
  id: string;
  name: string;
  bio: string | null;
  communeName: string | null;
  expertiseDomains: string[];
  alliances: { slug: string; name: string; communeName: string | null }[];
};

/** A catalyst's public profile, or null when it is not public (or not a catalyst's). */
export async function getPublicProfile(id: string): Promise<PublicProfile | null> {
  const user = await db.user.findFirst({
    where: { id, profilePublic: true, role: { in: ["CATALYST", "ADMIN"] }, suspendedAt: null },
    select: {
      id: true,
      publicName: true,
      bio: true,
      communeInsee: true,
      expertiseDomains: true,
      editorOf: { where: { alliance: { publicationStatus: "PUBLISHED" } }, select: { alliance: { select: { slug: true, name: true, communeName: true } } }, take: 50 },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.publicName ?? "Catalyseur",
    bio: user.bio,
    communeName: user.communeInsee ? (getCommune(user.communeInsee)?.name ?? null) : null,
    expertiseDomains: user.expertiseDomains,
    alliances: user.editorOf.map((e) => e.alliance),
  };
}
