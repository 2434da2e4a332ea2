// Visit requests against the real database: every limit with its message, blocking,
// who may read and answer a thread, and that no e-mail address leaks unless shared.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeSubmittableAlliance, makeUser } from "@/lib/testing/factories";
import { ALREADY_OPEN_MESSAGE, BLOCKED_MESSAGE, replyToRequest, sendVisitRequest, setRequestStatus, VISIT_REQUESTS_PER_DAY } from "./service";
import { countNewRequests, getThread, listInbox, listMyRequests } from "./queries";
import { blockSender, listBlockedSenders, unblockSender, unblockUser } from "./blocking";
import { THREAD_NOT_FOUND } from "./authz";

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

type TestUser = Awaited<ReturnType<typeof makeUser>>;

/** A published alliance (welcoming visits unless told otherwise) edited by `owner`. */
async function alliance(owner?: TestUser, options: { welcomesVisits?: boolean; published?: boolean } = {}) {
  const catalyst = owner ?? (await makeUser("CATALYST", "cat"));
  const { id } = await makeSubmittableAlliance(catalyst);
  await db.alliance.update({
    where: { id },
    data: { publicationStatus: options.published === false ? "UNPUBLISHED" : "PUBLISHED", welcomesVisits: options.welcomesVisits ?? true },
  });
  return { id, owner: catalyst };
}

const request = {
  whoAmI: "Cheffe de projet dans une communauté de communes, je lance une alliance pour l'emploi.",
  territory: "Communauté de communes du Haut-Poitou",
  wishes: "Comprendre comment vous avez réuni entreprises et associations autour d'un objectif commun.",
  availability: "Les mardis et jeudis de mars",
};

describe("sending a visit request", () => {
  it("opens a thread whose first message is the wishes, audits it, and e-mails every editor without the sender's address", async () => {
    const { id, owner } = await alliance();
    const coEditor = await makeUser("CATALYST", "coeditor");
    await db.allianceEditor.create({ data: { allianceId: id, userId: coEditor.id } });
    const member = await makeUser("MEMBER", "newcomer");

    const sent = await sendVisitRequest(member, id, request);
    const stored = await db.contactRequest.findUniqueOrThrow({ where: { id: sent.id }, include: { messages: true } });
    expect(stored).toMatchObject({ status: "NEW", requesterId: member.id, territory: request.territory });
    expect(stored.messages).toEqual([expect.objectContaining({ authorId: member.id, body: request.wishes, sharesEmail: false })]);
    expect(await db.auditLog.count({ where: { action: "contact.request", targetId: sent.id } })).toBe(1);

    for (const editor of [owner, coEditor]) {
      const mail = await db.mailMessage.findFirstOrThrow({ where: { to: editor.email, kind: "visit-request" } });
      expect(mail.text).toContain(`/espace/demandes/${sent.id}`);
      expect(mail.text).toContain(request.wishes);
      expect(mail.text).not.toContain(member.email);
    }
    expect(await db.mailMessage.count({ where: { to: member.email } })).toBe(0);

    const inbox = await listInbox(owner);
    expect(inbox.map((item) => item.id)).toContain(sent.id);
    expect(inbox.find((item) => item.id === sent.id)).toMatchObject({ status: "NEW", awaitsViewer: true, messageCount: 1, requesterName: member.publicName });
    expect(await countNewRequests(coEditor)).toBe(1);
    expect((await listMyRequests(member)).map((item) => item.id)).toEqual([sent.id]);
  });

  it("refuses missing, too short, too long and HTML fields, each with its message", async () => {
    const { id } = await alliance();
    const member = await makeUser("MEMBER", "sloppy");
    const error = await expectAppError(
      sendVisitRequest(member, id, { whoAmI: "moi", territory: "", wishes: "x".repeat(2001), availability: "<b>lundi</b>" }),
      "INVALID_INPUT",
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["availability", "territory", "whoAmI", "wishes"]);
    expect(error.fieldErrors?.whoAmI?.[0]).toContain("10 caractères");
    expect(error.fieldErrors?.wishes?.[0]).toContain("2000 caractères");
    expect(error.fieldErrors?.availability?.[0]).toContain("HTML");
    const tooLong = await expectAppError(sendVisitRequest(member, id, { ...request, territory: "t".repeat(201) }), "INVALID_INPUT");
    expect(tooLong.fieldErrors?.territory?.[0]).toContain("200 caractères");
    expect(await db.contactRequest.count({ where: { requesterId: member.id } })).toBe(0);
  });

  it("refuses an unpublished alliance, one that does not welcome visits, and its own editors", async () => {
    const member = await makeUser("MEMBER", "curious");
    const draft = await alliance(undefined, { published: false });
    await expectAppError(sendVisitRequest(member, draft.id, request), "NOT_FOUND");
    const closedDoors = await alliance(undefined, { welcomesVisits: false });
    const refused = await expectAppError(sendVisitRequest(member, closedDoors.id, request), "CONFLICT");
    expect(refused.message).toContain("n'accueille pas de visites");
    const own = await alliance();
    const self = await expectAppError(sendVisitRequest(own.owner, own.id, request), "FORBIDDEN");
    expect(self.message).toContain("catalyseur de cette alliance");
    expect(await db.contactRequest.count({ where: { allianceId: { in: [draft.id, closedDoors.id, own.id] } } })).toBe(0);
  });

  it("keeps one open request per member and alliance, even for two submissions at once", async () => {
    const { id, owner } = await alliance();
    const member = await makeUser("MEMBER", "eager");
    const results = await Promise.allSettled([sendVisitRequest(member, id, request), sendVisitRequest(member, id, request)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AppError);
    expect((rejected.reason as AppError).message).toBe(ALREADY_OPEN_MESSAGE);
    expect(await db.contactRequest.count({ where: { allianceId: id, requesterId: member.id } })).toBe(1);

    // Once closed, a new request may be sent; reopening the old one is then refused.
    const first = await db.contactRequest.findFirstOrThrow({ where: { allianceId: id, requesterId: member.id } });
    await setRequestStatus(owner, first.id, "CLOSED");
    await sendVisitRequest(member, id, request);
    const reopen = await expectAppError(setRequestStatus(owner, first.id, "ANSWERED"), "CONFLICT");
    expect(reopen.message).toContain("autre demande");
  });

  it(`is limited to ${VISIT_REQUESTS_PER_DAY} a day per member`, async () => {
    const member = await makeUser("MEMBER", "busy");
    for (let i = 0; i < VISIT_REQUESTS_PER_DAY; i++) await sendVisitRequest(member, (await alliance()).id, request);
    const error = await expectAppError(sendVisitRequest(member, (await alliance()).id, request), "RATE_LIMITED");
    expect(error.message).toContain(`limite de ${VISIT_REQUESTS_PER_DAY} demandes de visite par jour`);
    expect(await db.contactRequest.count({ where: { requesterId: member.id } })).toBe(VISIT_REQUESTS_PER_DAY);
  });

  it("reaches only editors who are still catalysts: a demoted one gets no e-mail, and with none left the request is refused", async () => {
    const { id, owner } = await alliance();
    const demoted = await makeUser("CATALYST", "demoted");
    await db.allianceEditor.create({ data: { allianceId: id, userId: demoted.id } });
    await db.user.update({ where: { id: demoted.id }, data: { role: "MEMBER" } });
    const member = await makeUser("MEMBER", "newcomer");
    const sent = await sendVisitRequest(member, id, request);
    expect(await db.mailMessage.count({ where: { to: owner.email, kind: "visit-request" } })).toBe(1);
    expect(await db.mailMessage.count({ where: { to: demoted.email } })).toBe(0);
    await replyToRequest(member, sent.id, { body: "Voici mon adresse pour organiser la visite.", sharesEmail: true });
    expect(await db.mailMessage.count({ where: { to: demoted.email } })).toBe(0);

    await db.user.update({ where: { id: owner.id }, data: { role: "MEMBER" } });
    const other = await makeUser("MEMBER", "second");
    const error = await expectAppError(sendVisitRequest(other, id, request), "CONFLICT");
    expect(error.message).toContain("aucun catalyseur");
    expect(await db.contactRequest.count({ where: { requesterId: other.id } })).toBe(0);
  });
});

describe("blocking a sender", () => {
  it("closes their open requests to the blocker's alliances and refuses new ones without saying who", async () => {
    const catalyst = await makeUser("CATALYST", "blocker");
    const first = await alliance(catalyst);
    const second = await alliance(catalyst);
    const elsewhere = await alliance();
    const member = await makeUser("MEMBER", "pest");
    const a = await sendVisitRequest(member, first.id, request);
    const b = await sendVisitRequest(member, second.id, request);

    const { closed } = await blockSender(catalyst, a.id);
    expect(closed).toBe(2);
    expect(await db.contactRequest.findMany({ where: { id: { in: [a.id, b.id] } }, select: { status: true } })).toEqual([{ status: "CLOSED" }, { status: "CLOSED" }]);
    expect(await db.auditLog.count({ where: { action: "contact.block", targetId: member.id } })).toBe(1);

    const refused = await expectAppError(sendVisitRequest(member, first.id, request), "FORBIDDEN");
    expect(refused.message).toBe(BLOCKED_MESSAGE);
    expect(refused.message).not.toContain(catalyst.publicName!);
    // The block follows the catalyst, not the alliance: a co-edited alliance refuses too.
    const coEdited = await alliance();
    await db.allianceEditor.create({ data: { allianceId: coEdited.id, userId: catalyst.id } });
    await expectAppError(sendVisitRequest(member, coEdited.id, request), "FORBIDDEN");
    // Another catalyst's alliance still accepts them; the thread says it was closed.
    await sendVisitRequest(member, elsewhere.id, request);
    expect((await getThread(member, a.id)).status).toBe("CLOSED");
    await expectAppError(replyToRequest(member, a.id, { body: "Pourquoi ?" }), "CONFLICT");

    await unblockSender(catalyst, a.id);
    // A new day (the daily limit is spent), and the unblocked member may write again.
    await db.rateLimitBucket.deleteMany({ where: { key: { endsWith: member.id } } });
    await sendVisitRequest(member, first.id, request);
  });

  it("lists the catalyst's own blocks, newest first, and lifts one from the list (only their own)", async () => {
    const catalyst = await makeUser("CATALYST", "lister");
    const other = await makeUser("CATALYST", "other-blocker");
    const { id } = await alliance(catalyst);
    const [first, second] = [await makeUser("MEMBER", "first"), await makeUser("MEMBER", "second")];
    const a = await sendVisitRequest(first, id, request);
    await blockSender(catalyst, a.id);
    await db.contactBlock.update({ where: { blockerId_blockedId: { blockerId: catalyst.id, blockedId: first.id } }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const b = await sendVisitRequest(second, id, request);
    await blockSender(catalyst, b.id);
    expect(await listBlockedSenders(catalyst)).toEqual([
      { userId: second.id, name: second.publicName, blockedAt: expect.any(Date), lastRequestId: b.id },
      { userId: first.id, name: first.publicName, blockedAt: expect.any(Date), lastRequestId: a.id },
    ]);
    expect(await listBlockedSenders(other)).toEqual([]);
    await expectAppError(listBlockedSenders(first), "FORBIDDEN");

    // Another catalyst cannot lift this catalyst's block; the blocker can, once.
    await expectAppError(unblockUser(other, first.id), "NOT_FOUND");
    await expectAppError(unblockUser(first, first.id), "FORBIDDEN");
    await unblockUser(catalyst, first.id);
    await expectAppError(unblockUser(catalyst, first.id), "NOT_FOUND");
    expect((await listBlockedSenders(catalyst)).map((s) => s.userId)).toEqual([second.id]);
    expect(await db.auditLog.count({ where: { action: "contact.unblock", targetId: first.id, actorId: catalyst.id } })).toBe(1);
  });

  it("two catalysts blocking the same sender from two threads at once both succeed (no deadlock)", async () => {
    const [x, y] = [await makeUser("CATALYST", "x"), await makeUser("CATALYST", "y")];
    for (let round = 0; round < 4; round++) {
      const p = await alliance(x);
      const q = await alliance(x);
      await db.allianceEditor.createMany({ data: [p, q].map(({ id }) => ({ allianceId: id, userId: y.id })) });
      const sender = await makeUser("MEMBER", `double${round}`);
      const a = await sendVisitRequest(sender, p.id, request);
      const b = await sendVisitRequest(sender, q.id, request);
      const results = await Promise.allSettled([blockSender(x, a.id), blockSender(y, b.id)]);
      expect(results.map((r) => r.status), `round ${round}`).toEqual(["fulfilled", "fulfilled"]);
      expect(await db.contactBlock.count({ where: { blockedId: sender.id } })).toBe(2);
      expect(await db.contactRequest.count({ where: { requesterId: sender.id, status: "CLOSED" } })).toBe(2);
    }
  });

  it("is for the alliance's editors only", async () => {
    const { id } = await alliance();
    const member = await makeUser("MEMBER", "sender");
    const sent = await sendVisitRequest(member, id, request);
    await expectAppError(blockSender(member, sent.id), "FORBIDDEN");
    await expectAppError(blockSender(await makeUser("CATALYST", "stranger"), sent.id), "NOT_FOUND");
    expect(await db.contactBlock.count({ where: { blockedId: member.id } })).toBe(0);
  });
});

describe("threads", () => {
  it("catalysts answer (NEW → ANSWERED), the requester is e-mailed, and replies go back to the catalysts", async () => {
    const { id, owner } = await alliance();
    const member = await makeUser("MEMBER", "visitor");
    const sent = await sendVisitRequest(member, id, request);

    await expectAppError(replyToRequest(owner, sent.id, { body: "" }), "INVALID_INPUT");
    await replyToRequest(owner, sent.id, { body: "Avec plaisir : venez le 12 mars à 14 h." });
    expect((await db.contactRequest.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("ANSWERED");
    const toMember = await db.mailMessage.findFirstOrThrow({ where: { to: member.email, kind: "visit-reply" } });
    expect(toMember.text).toContain("venez le 12 mars");
    expect(toMember.text).toContain(`/mes-demandes/${sent.id}`);
    expect(toMember.text).not.toContain(owner.email);
    expect((await listMyRequests(member))[0]).toMatchObject({ id: sent.id, awaitsViewer: true });
    expect((await listInbox(owner)).find((item) => item.id === sent.id)?.awaitsViewer).toBe(false);

    await replyToRequest(member, sent.id, { body: "Parfait, je serai là. Merci !", sharesEmail: true });
    const toOwner = await db.mailMessage.findFirstOrThrow({ where: { to: owner.email, kind: "visit-reply" } });
    expect(toOwner.text).toContain("je serai là");
    expect(toOwner.text).toContain(member.email);
    expect(toOwner.text).toContain(`/espace/demandes/${sent.id}`);
    expect((await db.contactRequest.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("ANSWERED");
    expect(await db.auditLog.count({ where: { action: "contact.reply", targetId: sent.id } })).toBe(2);
  });

  it("shows an e-mail address only with the message whose author shared it", async () => {
    const { id, owner } = await alliance();
    const member = await makeUser("MEMBER", "private");
    const sent = await sendVisitRequest(member, id, request);
    await replyToRequest(owner, sent.id, { body: "Bonjour, volontiers.", sharesEmail: false });

    for (const viewer of [owner, member]) {
      const thread = await getThread(viewer, sent.id);
      const text = JSON.stringify(thread);
      expect(text).not.toContain(member.email);
      expect(text).not.toContain(owner.email);
      expect(thread.messages.map((m) => m.authorName)).toEqual([member.publicName, owner.publicName]);
    }

    await replyToRequest(owner, sent.id, { body: "Voici mon adresse pour la suite.", sharesEmail: true });
    const thread = await getThread(member, sent.id);
    expect(thread.messages.map((m) => m.email)).toEqual([null, null, owner.email]);
    expect(thread.messages.map((m) => m.fromAlliance)).toEqual([false, true, true]);
    expect(JSON.stringify(thread)).not.toContain(member.email);

    // No public name: a neutral label, never the address.
    const anonymous = await makeUser("MEMBER", "anon");
    await db.user.update({ where: { id: anonymous.id }, data: { publicName: null, name: "Nom Privé" } });
    const other = await sendVisitRequest(anonymous, id, request);
    const seen = await getThread(owner, other.id);
    expect(seen.requesterName).toBe("Membre du réseau");
    expect(JSON.stringify(seen)).not.toMatch(/Nom Privé|anon-/);
  });

  it("a third catalyst, another member and an admin can neither read nor answer nor change a thread", async () => {
    const { id } = await alliance();
    const member = await makeUser("MEMBER", "owner-of-thread");
    const sent = await sendVisitRequest(member, id, request);
    const outsiders = [await makeUser("CATALYST", "third"), await makeUser("MEMBER", "other"), await makeUser("ADMIN", "admin")];
    for (const outsider of outsiders) {
      expect((await expectAppError(getThread(outsider, sent.id), "NOT_FOUND")).message).toBe(THREAD_NOT_FOUND);
      await expectAppError(replyToRequest(outsider, sent.id, { body: "Je m'invite dans la conversation." }), "NOT_FOUND");
      await expectAppError(setRequestStatus(outsider, sent.id, "CLOSED"), "NOT_FOUND");
      await expectAppError(blockSender(outsider, sent.id), "NOT_FOUND");
      expect(await listInbox(outsider)).not.toContainEqual(expect.objectContaining({ id: sent.id }));
    }
    await expectAppError(getThread(member, "missing-id"), "NOT_FOUND");
    const stored = await db.contactRequest.findUniqueOrThrow({ where: { id: sent.id }, include: { _count: { select: { messages: true } } } });
    expect(stored).toMatchObject({ status: "NEW", _count: { messages: 1 } });
  });

  it("a reply crossing a close never reopens the thread: whichever comes second sees the first", async () => {
    const { id, owner } = await alliance();
    const coEditor = await makeUser("CATALYST", "closer");
    await db.allianceEditor.create({ data: { allianceId: id, userId: coEditor.id } });
    for (let round = 0; round < 6; round++) {
      const sent = await sendVisitRequest(await makeUser("MEMBER", `crossing${round}`), id, request);
      const [reply] = await Promise.allSettled([
        replyToRequest(owner, sent.id, { body: "Avec plaisir, venez quand vous voulez." }),
        setRequestStatus(coEditor, sent.id, "CLOSED"),
      ]);
      const stored = await db.contactRequest.findUniqueOrThrow({ where: { id: sent.id }, include: { _count: { select: { messages: true } } } });
      expect(stored.status, `round ${round}`).toBe("CLOSED");
      expect(stored.closedAt).not.toBeNull();
      // The reply either went in before the close or was refused as closed: never half of it.
      if (reply.status === "rejected") {
        expect((reply.reason as AppError).code).toBe("CONFLICT");
        expect(stored._count.messages).toBe(1);
      } else expect(stored._count.messages).toBe(2);
    }
  });

  it("only editors change the state; a closed request takes no more replies until reopened", async () => {
    const { id, owner } = await alliance();
    const member = await makeUser("MEMBER", "planner");
    const sent = await sendVisitRequest(member, id, request);
    const forbidden = await expectAppError(setRequestStatus(member, sent.id, "VISIT_PLANNED"), "FORBIDDEN");
    expect(forbidden.message).toContain("catalyseurs");
    await expectAppError(setRequestStatus(owner, sent.id, "ARCHIVED"), "INVALID_INPUT");

    await setRequestStatus(owner, sent.id, "VISIT_PLANNED");
    expect(await db.contactRequest.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "VISIT_PLANNED", closedAt: null });
    // The newcomer is told once, and the mail carries no catalyst's address.
    await setRequestStatus(owner, sent.id, "VISIT_PLANNED");
    const planned = await db.mailMessage.findMany({ where: { to: member.email, kind: "visit-planned" } });
    expect(planned).toHaveLength(1);
    expect(planned[0]!.text).toContain(`/mes-demandes/${sent.id}`);
    expect(planned[0]!.text).not.toContain(owner.email);
    await setRequestStatus(owner, sent.id, "CLOSED");
    expect((await db.contactRequest.findUniqueOrThrow({ where: { id: sent.id } })).closedAt).toBeInstanceOf(Date);
    expect((await expectAppError(replyToRequest(member, sent.id, { body: "Encore une question." }), "CONFLICT")).message).toContain("close");
    expect((await expectAppError(replyToRequest(owner, sent.id, { body: "Un dernier mot." }), "CONFLICT")).message).toContain("rouvrir");
    await setRequestStatus(owner, sent.id, "ANSWERED");
    await replyToRequest(member, sent.id, { body: "Encore une question." });
    expect(await db.auditLog.count({ where: { action: "contact.status", targetId: sent.id } })).toBe(3);
  });
});
