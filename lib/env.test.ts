import { describe, expect, it } from "vitest";
import { parseEnv, InvalidEnvironmentError } from "./env";

describe("environment", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATABASE_POOL_SIZE).toBe(10);
  });

  it("stops with the name of each wrong variable and what is expected", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "abc", AUTH_SECRET: "court" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidEnvironmentError);
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL");
      expect(message).toContain("PORT");
      expect(message).toContain("AUTH_SECRET");
      expect(message).toContain("32 caractères");
    }
  });

  it("accepts a real configuration", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/essaim", SMTP_URL: "smtps://u:p@mail:465", AUTH_URL: "https://essaim.example.org", PORT: "8080" });
    expect(env.PORT).toBe(8080);
    expect(env.SMTP_URL).toBe("smtps://u:p@mail:465");
  });

  it("refuses real e-mail without the public address the sign-in links must point to", () => {
    expect(() => parseEnv({ SMTP_URL: "smtp://mail:25" })).toThrow(/AUTH_URL : obligatoire quand SMTP_URL/);
  });
});
