// A bare dynamic page with no data: the throughput baseline that benchmarks compare
// real pages against, measured in the same run (scripts/bench.ts).
import type { Metadata } from "next";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Référence de performance", robots: { index: false } };

export default function BenchBaselinePage() {
  return <p>Essaim</p>;
}
