// Root layout: French shell with skip link, header (navigation by role) and footer.
import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { SiteHeader } from "@/components/shell/site-header";
import { SiteFooter } from "@/components/shell/site-footer";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: "%s — Essaim" },
    description: t("description"),
    metadataBase: new URL(process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  };
}

// Pages with richer client components (the alliance editor) add their own provider.
const CLIENT_NAMESPACES = ["auth", "errors"] as const;

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#7f4700" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("shell");
  const user = await getCurrentUser();
  const messages = await getMessages();
  // Client components only get the namespaces they use: a lighter page on a modest phone.
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((key) => [key, messages[key]]));
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#contenu" className="skip-link">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader user={user} />
          <main id="contenu" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
