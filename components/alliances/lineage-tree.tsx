// An alliance's lineage as nested lists: origin → replicas → replicas of replicas.
import Link from "next/link";
import type { LineageNode } from "@/lib/replications/service";

export function LineageTree({ node, currentLabel }: { node: LineageNode; currentLabel: string }) {
  return (
    <ul className="list-none space-y-1 border-l-2 border-brand-200 pl-4 first:border-l-0 first:pl-0">
      <Branch node={node} currentLabel={currentLabel} />
    </ul>
  );
}

function Branch({ node, currentLabel }: { node: LineageNode; currentLabel: string }) {
  return (
    <li data-testid="lineage-node">
      {node.current ? (
        <strong aria-current="page">
          {node.name} <span className="text-sm font-normal text-stone-700">({currentLabel})</span>
        </strong>
      ) : (
        <Link href={`/alliances/${node.slug}`} className="underline underline-offset-4">
          {node.name}
        </Link>
      )}
      {node.communeName && <span className="text-sm text-stone-700"> — {node.communeName}</span>}
      {node.children.length > 0 && (
        <ul className="mt-1 list-none space-y-1 border-l-2 border-brand-200 pl-4">
          {node.children.map((child) => (
            <Branch key={child.id} node={child} currentLabel={currentLabel} />
          ))}
        </ul>
      )}
    </li>
  );
}
