// The network lives on Paris time: "today", "this month" and a day's bounds are Paris's,
// whatever the server's time zone (often UTC).
const TIME_ZONE = "Europe/Paris";

/** The ISO day (YYYY-MM-DD) it is in Paris at `now`. */
export function parisDay(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Midnight in Paris of an ISO day, as an instant. */
export function parisMidnight(iso: string): Date {
  const guess = new Date(iso + "T00:00:00Z");
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" }).formatToParts(guess).find((p) => p.type === "timeZoneName")?.value ?? "GMT+01:00";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset);
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 60;
  return new Date(guess.getTime() - minutes * 60_000);
}

/** The first day of the current month in Paris, as an instant. */
export function startOfParisMonth(now: Date): Date {
  return parisMidnight(`${parisDay(now).slice(0, 7)}-01`);
}
