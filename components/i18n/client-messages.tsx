// Gives the client components below it the message namespaces they need (and only those).
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((key) => [key, messages[key]]))}>{children}</NextIntlClientProvider>;
}
