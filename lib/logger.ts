// The one logger (pino, JSON lines in production, readable in development).
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { app: "essaim" },
  redact: { paths: ["email", "*.email", "token", "*.token", "url"], censor: "[masqué]" },
});
