// `npm run test:faults`: the fault battery, against a real `npm start` (production build,
// embedded PostgreSQL in .data/faults, demo data) on this machine only. It prints its figures
// and ends with "N passed, N failed".
//   1. PostgreSQL killed (SIGKILL of the postmaster) under load: app alive, 503 + Retry-After,
//      back within 10 s, every acknowledged write still there.
//   2. Pool exhaustion (every connection blocked on a lock): a 503 within 5 s, never a hang.
//   3. 20 concurrent saves of one draft: 1 saved, 19 conflicts, nothing lost.
//   4. Hostile values over every query parameter and every dynamic path segment: 0 × 5xx.
//   5. Sign-in limits through every entry point (the /connexion action, Auth.js's endpoint).
//   6. Stopping npm start stops PostgreSQL (restarted one included); after a power cut
//      (the whole process group killed) the next start starts normally.
// Options: --values N (hostile values per parameter, default 500), --keep (keep .data/faults).
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { findFreePort, runningEmbeddedUrl } from "../lib/database/embedded";
import { buildIfNeeded, ensurePrismaClient } from "./lib/project";
import { hostileValues } from "./lib/hostile-values";

const DATA_DIR = path.resolve(".data/faults");
const argValue = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const VALUES = Number(argValue("--values") ?? 500);
/** --only saves,signin,pool,kill,hostile,stop: run some scenarios only. */
const ONLY = argValue("--only")?.split(",");
const wanted = (name: string) => !ONLY || ONLY.includes(name);

type Check = { name: string; ok: boolean; detail: string };
const checks: Check[] = [];
function check(name: string, ok: boolean, detail: string) {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "✓" : "✗"} ${name} — ${detail}`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ───── The app, started as people start it ─────

type App = { child: ChildProcess; port: number; base: string; output: string[]; timed: { at: number; text: string }[]; exited: Promise<number | null> };

async function startApp(port: number): Promise<App> {
  const output: string[] = [];
  const timed: { at: number; text: string }[] = [];
  const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    detached: true, // its own process group: the "power cut" kills the whole group
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ESSAIM_DATA_DIR: DATA_DIR, PORT: String(port), NODE_ENV: "production", LOG_LEVEL: "warn", ESSAIM_DB_LOG: "1", DATABASE_URL: "", SMTP_URL: "", AUTH_URL: "" },
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let ready: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const collect = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    output.push(text);
    for (const line of text.split("\n")) if (line.trim()) timed.push({ at: Date.now(), text: line.trim() });
    if (text.includes("Essaim est prêt")) ready();
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const timeout = sleep(300_000).then(() => "timeout" as const);
  const outcome = await Promise.race([isReady.then(() => "ready" as const), exited.then(() => "exited" as const), timeout]);
  if (outcome !== "ready") throw new Error(`npm start n'a pas démarré (${outcome}) :\n${output.join("").slice(-3000)}`);
  return { child, port, base: `http://127.0.0.1:${port}`, output, timed, exited };
}

function databaseUrl(): string {
  const url = runningEmbeddedUrl(path.join(DATA_DIR, "postgres"), "essaim");
  if (!url) throw new Error("base intégrée introuvable");
  return url;
}

function postmasterPid(): number | null {
  const file = path.join(DATA_DIR, "postgres", "cluster", "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid: number | null): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function sessionCookie(email: string): Promise<string> {
  const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  const token = crypto.randomBytes(32).toString("hex");
  await sql(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [`f_${crypto.randomBytes(8).toString("hex")}`, token, user!.id]);
  return `authjs.session-token=${token}`;
}

async function get(app: App, target: string, cookie?: string, timeoutMs = 30_000): Promise<{ status: number; ms: number; retryAfter: string | null; body: string }> {
  const started = performance.now();
  try {
    const response = await fetch(app.base + target, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { status: response.status, ms: performance.now() - started, retryAfter: response.headers.get("retry-after"), body };
  } catch {
    return { status: 0, ms: performance.now() - started, retryAfter: null, body: "" };
  }
}

// ───── Server actions, called as the browser calls them ─────

function actionId(file: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.exportedName === name && entry.filename?.endsWith(file)) return id;
  throw new Error(`action ${name} introuvable`);
}

/** A form posted to an action the way React sends it (previous state, then the form). */
async function callAction(app: App, page: string, id: string, fields: Record<string, string>, cookie?: string): Promise<{ status: number; body: string }> {
  // React sends the form's fields first, then the arguments ("0") that point at them.
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", '[null,"$K1"]');
  try {
    const response = await fetch(app.base + page, {
      method: "POST",
      headers: { "Next-Action": id, Accept: "text/x-component", Origin: app.base, ...(cookie ? { cookie } : {}) },
      body: form,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, body: await response.text() };
  } catch {
    return { status: 0, body: "" };
  }
}

const SAVE_ACTION = ["app/(catalyst)/espace/alliances/[id]/modifier/actions.ts", "saveAllianceStepAction"] as const;

/** A draft of the demo catalyst's, made in the database (like the e2e fixtures). */
async function newDraft(ownerEmail: string): Promise<string> {
  const [owner] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [ownerEmail]);
  const id = `faults_${crypto.randomBytes(6).toString("hex")}`;
  await sql(`INSERT INTO "Alliance" (id, slug, name, draft, "createdById", "updatedAt") VALUES ($1, $1, 'Alliance de la batterie', $2, $3, now())`, [id, JSON.stringify({ name: "Alliance de la batterie" }), owner!.id]);
  await sql(`INSERT INTO "AllianceEditor" ("allianceId", "userId", "isOwner") VALUES ($1, $2, true)`, [id, owner!.id]);
  return id;
}

function saveFields(allianceId: string, version: number, summary: string): Record<string, string> {
  return { allianceId, version: String(version), step: "identite", intent: "save", name: "Alliance de la batterie", summary, description: "" };
}

const outcome = (body: string) => (/"ok":true/.test(body) ? "saved" : /"code":"CONFLICT"/.test(body) ? "conflict" : "other");
const savedVersion = (body: string) => Number(/"version":(\d+)/.exec(body)?.[1] ?? NaN);

// ───── 1. PostgreSQL killed under load ─────

async function killUnderLoad(app: App, catalyst: string) {
  const action = actionId(...SAVE_ACTION);
  const allianceId = await newDraft("catalyseur@essaim.test");
  const page = `/espace/alliances/${allianceId}/modifier`;
  const acknowledged = new Map<number, string>();
  let version = 1;
  let stop = false;
  let n = 0;
  const writer = (async () => {
    while (!stop) {
      const summary = `Écriture n° ${++n}`;
      const result = await callAction(app, page, action, saveFields(allianceId, version, summary), catalyst);
      const kind = outcome(result.body);
      if (result.status === 200 && kind === "saved") {
        version = savedVersion(result.body);
        acknowledged.set(version, summary);
      } else if (kind === "conflict") {
        // The save before was written although its answer was lost: go on from what is stored.
        const rows = await sql<{ v: number }>(`SELECT "draftVersion" AS v FROM "Alliance" WHERE id = $1`, [allianceId]).catch(() => []);
        if (rows[0]) version = rows[0].v;
      } else await sleep(100);
    }
  })();
  const statuses: { at: number; status: number; retryAfter: string | null }[] = [];
  const readers = Array.from({ length: 4 }, (_, i) =>
    (async () => {
      while (!stop) {
        const response = await get(app, i % 2 ? "/alliances" : "/", undefined, 15_000);
        statuses.push({ at: Date.now(), status: response.status, retryAfter: response.retryAfter });
        if (response.status !== 200) await sleep(50);
      }
    })(),
  );
  await sleep(3000);
  const before = acknowledged.size;
  const pid = postmasterPid();
  process.kill(pid!, "SIGKILL");
  const killedAt = Date.now();
  let backAt: number | null = null;
  while (Date.now() - killedAt < 20_000) {
    const probe = await get(app, "/", undefined, 5000);
    if (probe.status === 200 && postmasterPid() !== pid && alive(postmasterPid())) {
      backAt = Date.now();
      break;
    }
    await sleep(100);
  }
  await sleep(3000); // load goes on after the recovery
  stop = true;
  await Promise.all([writer, ...readers]);

  const after = statuses.filter((s) => s.at >= killedAt);
  const unavailable = after.filter((s) => s.status === 503);
  const errors = after.filter((s) => s.status >= 500 && s.status !== 503).length;
  const stored = await sql<{ version: number; summary: string }>(`SELECT version, snapshot->>'summary' AS summary FROM "AllianceRevision" WHERE "allianceId" = $1`, [allianceId]);
  const storedByVersion = new Map(stored.map((row) => [row.version, row.summary]));
  const lost = [...acknowledged].filter(([v, summary]) => storedByVersion.get(v) !== summary);
  for (const line of app.timed.filter((l) => l.at >= killedAt && /PostgreSQL (intégré|orphelin)|Redémarrage de PostgreSQL|postmaster\.pid|redo|recovery|ready to accept|shared memory|starting PostgreSQL/.test(l.text))) {
    console.log(`  (npm start, +${((line.at - killedAt) / 1000).toFixed(1)} s) ${line.text}`);
  }
  const appAlive = app.child.exitCode === null && app.child.signalCode === null;
  check("base tuée sous charge : l'application reste en vie", appAlive, appAlive ? `processus ${app.child.pid} toujours là` : `npm start terminé (${app.child.exitCode ?? app.child.signalCode}) : ${app.output.join("").slice(-1500)}`);
  check("base tuée : 503 avec Retry-After", unavailable.length > 0 && unavailable.every((s) => s.retryAfter), `${unavailable.length} réponses 503 (toutes avec Retry-After), ${errors} autres 5xx`);
  check("base tuée : pages servies à nouveau en moins de 10 s", backAt !== null && backAt - killedAt < 10_000, backAt ? `${((backAt - killedAt) / 1000).toFixed(1)} s après le SIGKILL` : "pas revenue en 20 s");
  check("base tuée : aucune écriture acquittée perdue", lost.length === 0 && acknowledged.size > before, `${acknowledged.size} écritures acquittées (${before} avant la coupure), ${lost.length} perdues`);
}

// ───── 2. Pool exhaustion ─────

async function poolExhaustion(app: App) {
  const locker = new pg.Client({ connectionString: databaseUrl() });
  await locker.connect();
  await locker.query("BEGIN");
  await locker.query(`LOCK TABLE "Alliance" IN ACCESS EXCLUSIVE MODE`);
  const flood = Array.from({ length: 30 }, (_, i) => get(app, `/alliances?q=sature${i}`, undefined, 60_000));
  await sleep(2500);
  const late = await Promise.all(Array.from({ length: 10 }, (_, i) => get(app, `/alliances?q=tardif${i}`, undefined, 60_000)));
  await sleep(500);
  await locker.query("ROLLBACK");
  await locker.end();
  const all = [...(await Promise.all(flood)), ...late];
  const slowest = Math.max(...all.map((r) => r.ms));
  const late503 = late.filter((r) => r.status === 503 && r.retryAfter);
  check("pool épuisé : 503 en moins de 5 s", late503.length === late.length && Math.max(...late.map((r) => r.ms)) < 5000, `${late503.length}/${late.length} requêtes arrivées pendant la saturation : 503 en ${Math.round(Math.max(...late.map((r) => r.ms)))} ms au plus`);
  check("pool épuisé : aucune requête sans réponse", all.every((r) => r.status > 0), `${all.length} réponses (${statusSummary(all.map((r) => r.status))}), la plus lente en ${(slowest / 1000).toFixed(1)} s`);
  const recovered = await get(app, "/alliances?q=apres");
  check("pool épuisé : service rétabli dès le verrou levé", recovered.status === 200, `GET /alliances → ${recovered.status}`);
}

function statusSummary(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort().map(([s, n]) => `${n} × ${s || "sans réponse"}`).join(", ");
}

// ───── 3. Twenty concurrent saves ─────

async function concurrentSaves(app: App, catalyst: string) {
  const action = actionId(...SAVE_ACTION);
  const allianceId = await newDraft("catalyseur@essaim.test");
  const page = `/espace/alliances/${allianceId}/modifier`;
  const summaries = Array.from({ length: 20 }, (_, i) => `Version concurrente n° ${i + 1}`);
  const results = await Promise.all(summaries.map((summary) => callAction(app, page, action, saveFields(allianceId, 1, summary), catalyst)));
  const kinds = results.map((r) => outcome(r.body));
  const winner = kinds.indexOf("saved");
  const [row] = await sql<{ version: number; summary: string }>(`SELECT "draftVersion" AS version, draft->>'summary' AS summary FROM "Alliance" WHERE id = $1`, [allianceId]);
  const saved = kinds.filter((k) => k === "saved").length;
  const conflicts = kinds.filter((k) => k === "conflict").length;
  check(
    "20 enregistrements simultanés : 1 enregistré, 19 conflits, rien de perdu",
    saved === 1 && conflicts === 19 && row!.version === 2 && row!.summary === summaries[winner],
    `${saved} enregistré, ${conflicts} conflits, ${20 - saved - conflicts} autres ; brouillon en version ${row!.version}${row!.summary === summaries[winner] ? " avec le texte du gagnant" : ""}${saved === 1 ? "" : ` (réponse : ${results[0]!.status} ${results[0]!.body.slice(0, 900)})`}`,
  );
}

// ───── 4. Hostile values ─────

/** Every query parameter of every page and route, by path (dynamic segments: see below). */
const QUERY_PARAMETERS: Record<string, string[]> = {
  "/": [],
  "/alliances": ["q", "domaine", "stade", "partenaire", "region", "departement", "essaimage", "visites", "tri", "page"],
  "/impact": ["q", "domaine", "stade", "partenaire", "region", "departement", "essaimage", "visites", "tableau"],
  "/impact/export": ["tableau", "q", "domaine", "region"],
  "/trouver-un-pair": ["commune", "lieu", "lat", "lng", "domaine", "rayon", "visites", "quoi", "page"],
  "/connexion": ["callbackUrl"],
  "/connexion/erreur": ["error"],
  "/boite-d-envoi": ["a"],
  "/espace": ["soumise"],
  "/espace/demandes": ["debloque"],
  "/mes-demandes": [],
  "/admin/journal": ["acteur", "cible", "action", "du", "au", "page"],
  "/admin/journal/export": ["acteur", "cible", "action", "du", "au"],
  "/admin/moderation": ["decision"],
  "/admin/signalements": ["decision"],
  "/admin/impact": ["code"],
  "/admin/utilisateurs": ["q", "role", "statut", "page"],
  "/api/communes": ["q"],
  "/api/organisations": ["q"],
};

/** Pages with a dynamic segment: the template, and its query parameters. */
const DYNAMIC_ROUTES: { template: string; query: string[] }[] = [
  { template: "/alliances/[slug]", query: ["mesure"] },
  { template: "/catalyseurs/[id]", query: [] },
  { template: "/invitation/[token]", query: [] },
  { template: "/espace/alliances/[id]/modifier", query: ["etape", "plan", "enregistre", "retiree"] },
  { template: "/espace/alliances/[id]/impact", query: [] },
  { template: "/espace/alliances/[id]/filiation", query: ["q"] },
  { template: "/espace/demandes/[id]", query: ["fait"] },
  { template: "/mes-demandes/[id]", query: ["envoyee", "fait"] },
  { template: "/admin/moderation/[id]", query: [] },
  { template: "/admin/utilisateurs/[id]", query: [] },
];

/** Every page and route in app/, as a URL template (route groups dropped). */
function appRoutes(dir = "app", prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith("_")) continue;
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      routes.push(...appRoutes(path.join(dir, entry.name), prefix + segment));
    } else if (/^(page|route)\.tsx?$/.test(entry.name)) routes.push(prefix || "/");
  }
  return routes;
}

async function hostile(app: App, admin: string) {
  const known = new Set([...Object.keys(QUERY_PARAMETERS), ...DYNAMIC_ROUTES.map((r) => r.template), "/api/auth/[...nextauth]", "/api/health", "/deconnexion", "/connexion/verification", "/reseau/essaimage", "/admin", "/espace/profil", "/espace/alliances/nouvelle", "/bench-baseline", "/compte-supprime", "/mon-compte", "/mon-compte/export", "/admin/utilisateurs/[id]/export"]);
  const missing = appRoutes().filter((route) => !known.has(route));
  check("valeurs hostiles : chaque route de app/ est couverte", missing.length === 0, missing.length ? `non couvertes : ${missing.join(", ")}` : `${appRoutes().length} routes`);

  const [alliance] = await sql<{ id: string; slug: string }>(`SELECT id, slug FROM "Alliance" WHERE "publicationStatus" = 'PUBLISHED' ORDER BY name LIMIT 1`);
  const values = hostileValues(VALUES);
  const targets: string[] = [];
  for (const [route, params] of Object.entries(QUERY_PARAMETERS)) for (const param of params) for (const value of values) targets.push(`${route}?${param}=${value}`);
  for (const route of DYNAMIC_ROUTES) {
    const [before, after] = route.template.split(/\[[^\]]+\]/) as [string, string];
    for (const value of values) targets.push(`${before}${value}${after}`);
    const real = route.template.includes("[slug]") ? alliance!.slug : alliance!.id;
    for (const param of route.query) for (const value of values) targets.push(`${before}${real}${after}?${param}=${value}`);
  }
  const started = Date.now();
  const failures: string[] = [];
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < targets.length) {
        const target = targets[next++]!;
        const response = await get(app, target, admin, 30_000);
        statuses.push(response.status);
        if (response.status >= 500 || response.status === 0) failures.push(`${response.status} ${target}`);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const parameters = Object.values(QUERY_PARAMETERS).flat().length + DYNAMIC_ROUTES.reduce((sum, r) => sum + r.query.length, 0);
  check(
    `valeurs hostiles : 0 × 5xx (${values.length} valeurs × ${parameters} paramètres et ${DYNAMIC_ROUTES.length} segments)`,
    failures.length === 0,
    `${targets.length} requêtes en ${seconds.toFixed(0)} s (${(targets.length / seconds).toFixed(0)}/s) : ${statusSummary(statuses)}${failures.length ? ` ; par exemple ${failures.slice(0, 5).join(" | ")}` : ""}`,
  );
}

// ───── 5. Sign-in limits ─────

async function signInLimits(app: App) {
  const action = actionId("app/(public)/connexion/actions.ts", "requestMagicLinkAction");
  const email = `limites-${crypto.randomBytes(4).toString("hex")}@essaim.test`;
  for (let i = 0; i < 8; i++) await callAction(app, "/connexion", action, { email, callbackUrl: "/" });
  const perAddress = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "MailMessage" WHERE "to" = $1`, [email]))[0]!.n;
  check("connexion : 5 liens au plus par adresse (formulaire)", perAddress === 5, `8 demandes → ${perAddress} e-mails`);

  const before = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "MailMessage"`))[0]!.n;
  const csrf = await fetch(app.base + "/api/auth/csrf");
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const token = csrf.ok ? ((await csrf.json()) as { csrfToken?: string }).csrfToken ?? "" : "";
  const direct: number[] = [];
  for (let i = 0; i < 12; i++) {
    const response = await fetch(app.base + "/api/auth/signin/nodemailer", { method: "POST", headers: { cookie, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ email: `direct-${i}-${email}`, csrfToken: token, callbackUrl: "/" }), redirect: "manual" });
    direct.push(response.status);
  }
  const after = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "MailMessage"`))[0]!.n;
  check("connexion : le point d'entrée d'Auth.js n'envoie rien", after === before && direct.every((s) => s < 500), `12 demandes directes (${statusSummary(direct)}) → ${after - before} e-mails`);

  // Per client: 30 links every 15 minutes, whatever the addresses.
  const start = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "MailMessage"`))[0]!.n;
  for (let i = 0; i < 40; i++) await callAction(app, "/connexion", action, { email: `client-${i}-${email}`, callbackUrl: "/" });
  const sent = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "MailMessage"`))[0]!.n - start;
  check("connexion : 30 liens au plus par client", sent === 30 - 8, `40 adresses différentes depuis ce client → ${sent} e-mails (le client en avait déjà demandé 8)`);
}

// ───── 6. Stop and power cut ─────

/** SIGTERM to npm start's process group, as a terminal or a service manager sends it; ms until every process of it is gone (null: still there after 30 s). */
async function stopGroup(app: App): Promise<number | null> {
  const started = Date.now();
  try {
    process.kill(-app.child.pid!, "SIGTERM");
  } catch {
    return 0;
  }
  while (Date.now() - started < 30_000) {
    try {
      process.kill(-app.child.pid!, 0);
    } catch {
      return Date.now() - started;
    }
    await sleep(100);
  }
  return null;
}

async function stopAndPowerCut(app: App) {
  const pid = postmasterPid();
  const stoppedIn = await stopGroup(app);
  check("arrêt de npm start : PostgreSQL (redémarré) arrêté avec lui", stoppedIn !== null && !alive(pid), `npm start et ses processus terminés en ${stoppedIn === null ? "plus de 30 s" : `${(stoppedIn / 1000).toFixed(1)} s`}, postmaster ${pid} ${alive(pid) ? "encore là" : "arrêté"}`);

  const port = await findFreePort();
  const second = await startApp(port);
  const pidBefore = postmasterPid();
  // Power cut: every process of the group at once, no chance to clean up.
  process.kill(-second.child.pid!, "SIGKILL");
  await second.exited;
  await sleep(500);
  const stale = fs.existsSync(path.join(DATA_DIR, "postgres", "cluster", "postmaster.pid"));
  const started = Date.now();
  const third = await startApp(await findFreePort()).catch((error: unknown) => error as Error);
  const ok = !(third instanceof Error) && (await get(third, "/")).status === 200;
  check(
    "coupure de courant : le démarrage suivant se fait normalement",
    ok && !alive(pidBefore),
    third instanceof Error ? third.message.slice(0, 300) : `postmaster.pid ${stale ? "resté" : "absent"} après la coupure ; redémarré et servi en ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!(third instanceof Error)) await stopGroup(third);
}

async function main(): Promise<number> {
  ensurePrismaClient();
  buildIfNeeded();
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const started = Date.now();
  const app = await startApp(await findFreePort());
  console.log(`npm start prêt en ${((Date.now() - started) / 1000).toFixed(0)} s (base intégrée neuve, données de démonstration)\n`);
  let stopped = false;
  try {
    const catalyst = await sessionCookie("catalyseur@essaim.test");
    const admin = await sessionCookie("admin@essaim.test");
    if (wanted("saves")) await concurrentSaves(app, catalyst);
    if (wanted("signin")) await signInLimits(app);
    if (wanted("pool")) await poolExhaustion(app);
    if (wanted("kill")) await killUnderLoad(app, catalyst);
    if (wanted("hostile")) await hostile(app, admin);
    if (wanted("stop")) {
      await stopAndPowerCut(app);
      stopped = true;
    }
  } catch (error) {
    check("batterie", false, error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    if (!stopped) await stopGroup(app);
    if (!process.argv.includes("--keep")) fs.rmSync(DATA_DIR, { recursive: true, force: true });
  }
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`\nBatterie de pannes en ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
