// The CSV formula guard: a cell a spreadsheet would read as a formula is prefixed with '.
import { describe, expect, it } from "vitest";
import { csvCell } from "@/lib/csv";

describe("csvCell formula guard", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+33 1 23", "'+33 1 23"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    [" =HYPERLINK(\"http://x\")", "\"' =HYPERLINK(\"\"http://x\"\")\""],
    ["\t=1+1", "'\t=1+1"],
    ["  \t+1", "'  \t+1"],
    ["\u3000=1", "'\u3000=1"],
    ["＝1+1", "'＝1+1"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠A1", "'＠A1"],
    ["\r=1", "\"'\r=1\""],
  ])("guards %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("leaves ordinary text alone", () => {
    expect(csvCell("Silver Geek")).toBe("Silver Geek");
    expect(csvCell(" espace devant")).toBe(" espace devant");
    expect(csvCell("a = b")).toBe("a = b");
    expect(csvCell(42)).toBe("42");
  });
});
