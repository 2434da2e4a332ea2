// Reads of visit requests: the catalysts' inbox, the requester's own threads, one thread.
// Each checks the viewer itself; nobody's e-mail is shown unless shared in a message.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { hasRole } from "@/lib/auth/roles";
import { displayName } from "@/lib/people/names";
import { loadParty, type Actor } from "@/lib/contacts/authz";
import type { ContactStatus } from "@/lib/validation/visits";

export type RequestSummary = {
  id: string;
  status: ContactStatus;
  alliance: { id: string; name: string; slug: string };
  requesterName: string;
  territory: string;
  createdAt: Date;
  lastActivityAt: Date;
  messageCount: number;
  /** Inbox: the sender wrote last (the catalysts owe an answer). Own requests: the catalysts wrote last. */
  awaitsViewer: boolean;
};

const summarySelect = {
  id: true,
  status: true,
  requesterId: true,
  territory: true,
  createdAt: true,
  updatedAt: true,
  requester: { select: { publicName: true } },
  alliance: { select: { id: true, name: true, slug: true } },
  messages: { orderBy: { createdAt: "desc" }, take: 1, select: { authorId: true } },
  _count: { select: { messages: true } },
} satisfies Prisma.ContactRequestSelect;

function summary(row: Prisma.ContactRequestGetPayload<{ select: typeof summarySelect }>, side: "alliance" | "requester"): RequestSummary {
  const lastFromRequester = row.messages[0]?.authorId === row.requesterId;
  return {
    id: row.id,
    status: row.status,
    alliance: row.alliance,
    requesterName: displayName(row.requester),
    territory: row.territory,
    createdAt: row.createdAt,
    lastActivityAt: row.updatedAt,
    messageCount: row._count.messages,
    awaitsViewer: row.status !== "CLOSED" && (side === "alliance" ? lastFromRequester : !lastFromRequester),
  };
}

/** Requests to the alliances the actor edits, latest activity first. */
export async function listInbox(actor: Actor): Promise<RequestSummary[]> {
  if (!hasRole(actor.role, "CATALYST")) return [];
  const rows = await db.contactRequest.findMany({
    where: { alliance: { editors: { some: { userId: actor.id } } } },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: summarySelect,
  });
  return rows.map((row) => summary(row, "alliance"));
}

/** How many requests to the actor's alliances nobody has answered yet. */
export async function countNewRequests(actor: Actor): Promise<number> {
  if (!hasRole(actor.role, "CATALYST")) return 0;
  return db.contactRequest.count({ where: { status: "NEW", alliance: { editors: { some: { userId: actor.id } } } } });
}

export async function listMyRequests(actor: Actor): Promise<RequestSummary[]> {
  const rows = await db.contactRequest.findMany({ where: { requesterId: actor.id }, orderBy: { updatedAt: "desc" }, take: 200, select: summarySelect });
  return rows.map((row) => summary(row, "requester"));
}

/** The actor's open request to this alliance, if any (the alliance page links to it). */
export async function findOpenRequest(actor: Actor, allianceId: string): Promise<{ id: string } | null> {
  return db.contactRequest.findFirst({ where: { allianceId, requesterId: actor.id, status: { not: "CLOSED" } }, select: { id: true } });
}

export type ThreadMessage = {
  id: string;
  authorName: string;
  /** Written by one of the alliance's catalysts (anyone but the requester). */
  fromAlliance: boolean;
  mine: boolean;
  body: string;
  /** Only when the author chose to share it in this very message. */
  email: string | null;
  createdAt: Date;
};

export type Thread = {
  id: string;
  status: ContactStatus;
  createdAt: Date;
  closedAt: Date | null;
  alliance: { id: string; name: string; slug: string };
  requesterName: string;
  whoAmI: string;
  territory: string;
  availability: string;
  viewer: { isEditor: boolean; isRequester: boolean; hasBlockedRequester: boolean };
  messages: ThreadMessage[];
};

export async function getThread(actor: Actor, requestId: string): Promise<Thread> {
  return db.$transaction(async (tx) => {
    const { isEditor, isRequester } = await loadParty(tx, actor, requestId);
    const row = await tx.contactRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: {
        id: true,
        status: true,
        createdAt: true,
        closedAt: true,
        requesterId: true,
        whoAmI: true,
        territory: true,
        availability: true,
        requester: { select: { publicName: true } },
        alliance: { select: { id: true, name: true, slug: true } },
        messages: {
          orderBy: { createdAt: "asc" },
          select: { id: true, authorId: true, body: true, sharesEmail: true, createdAt: true, author: { select: { publicName: true, email: true } } },
        },
      },
    });
    const hasBlockedRequester = isEditor && (await tx.contactBlock.count({ where: { blockerId: actor.id, blockedId: row.requesterId } })) > 0;
    return {
      id: row.id,
      status: row.status,
      createdAt: row.createdAt,
      closedAt: row.closedAt,
      alliance: row.alliance,
      requesterName: displayName(row.requester),
      whoAmI: row.whoAmI,
      territory: row.territory,
      availability: row.availability,
      viewer: { isEditor, isRequester, hasBlockedRequester },
      messages: row.messages.map((message) => ({
        id: message.id,
        authorName: displayName(message.author),
        fromAlliance: message.authorId !== row.requesterId,
        mine: message.authorId === actor.id,
        body: message.body,
        email: message.sharesEmail ? message.author.email : null,
        createdAt: message.createdAt,
      })),
    };
  });
}
