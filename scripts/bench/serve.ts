// The benchmark's app server, in a process of its own (so that its memory is the server's alone):
// `node --expose-gc --import tsx scripts/bench/serve.ts <port> [--no-page-cache]`, with
// DATABASE_URL and AUTH_SECRET set. On SIGUSR2 it collects garbage and prints its memory as one
// line `MEMORY {json}`: the live heap, which grows only if something leaks.
import { startServer } from "../../server";

const port = Number(process.argv[2]);
const databaseUrl = process.env.DATABASE_URL!;
startServer({ port, hostname: "127.0.0.1", databaseUrl, pageCache: !process.argv.includes("--no-page-cache") }).then(
  (server) => {
    process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
    process.on("SIGUSR2", () => {
      (globalThis as { gc?: () => void }).gc?.();
      const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
      process.stdout.write(`MEMORY ${JSON.stringify({ rss, heapUsed, heapTotal, external, pageCache: server.pageCacheStats() })}\n`);
    });
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
