// The benchmark's app server, in a process of its own (so that its memory is the server's alone):
// `tsx scripts/bench/serve.ts <port> [--no-page-cache]`, with DATABASE_URL and AUTH_SECRET set.
import { startServer } from "../../server";

const port = Number(process.argv[2]);
const databaseUrl = process.env.DATABASE_URL!;
startServer({ port, hostname: "127.0.0.1", databaseUrl, pageCache: !process.argv.includes("--no-page-cache") }).then(
  (server) => {
    process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
