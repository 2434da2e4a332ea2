// The sign-in form's return path (issue 14, finding 2): never another site, always a valid header.
import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/validation/auth";

const callback = (value: string) => signInSchema.shape.callbackUrl.parse(value);

describe("signInSchema callbackUrl", () => {
  it("sends targets that a browser reads as another site home", () => {
    expect(callback("/\t/evil.test")).toBe("/");
    expect(callback("/\r\n/evil.test")).toBe("/");
    expect(callback("/\\evil.test")).toBe("/");
    expect(callback("//evil.test")).toBe("/");
  });

  it("never returns a character that is invalid in a Location header", () => {
    for (const value of ["/a\nb", "/\u3002evil.test", "/é", "/\u0000x"]) expect(callback(value)).toMatch(/^\/[\x21-\x7e]*$/);
  });

  it("keeps the site's own paths", () => {
    expect(callback("/alliances/silver-geek")).toBe("/alliances/silver-geek");
  });
});
