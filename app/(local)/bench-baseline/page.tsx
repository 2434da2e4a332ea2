// A bare dynamic page with no data: the throughput baseline that benchmarks compare
// real pages against, measured in the same run (scripts/bench.ts).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta.benchBaseline");
  return { title: t("title"), robots: { index: false } };
}

export default function BenchBaselinePage() {
  return <p>Essaim</p>;
}
