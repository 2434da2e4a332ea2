// A published value and a proposed value side by side, words removed and added highlighted
// (with <del>/<ins>, which screen readers announce, not only colour).
import { diffWordsWithSpace } from "diff";

export function DiffCells({ before, after }: { before: string; after: string }) {
  const parts = diffWordsWithSpace(before, after);
  return (
    <>
      <td className="whitespace-pre-wrap break-words py-2 pr-4 align-top" data-testid="diff-before">
        {parts
          .filter((part) => !part.added)
          .map((part, index) =>
            part.removed ? (
              <del key={index} className="bg-red-100 text-red-900">
                {part.value}
              </del>
            ) : (
              <span key={index}>{part.value}</span>
            ),
          )}
      </td>
      <td className="whitespace-pre-wrap break-words py-2 pr-4 align-top" data-testid="diff-after">
        {parts
          .filter((part) => !part.removed)
          .map((part, index) =>
            part.added ? (
              <ins key={index} className="bg-green-100 text-green-900 no-underline">
                {part.value}
              </ins>
            ) : (
              <span key={index}>{part.value}</span>
            ),
          )}
      </td>
    </>
  );
}
