// Hostile values for query parameters and path segments, already percent-encoded for a URL:
// malformed encodings, control and invisible characters, huge and odd numbers, injections,
// traversal, very long text, repeated parameters. Deterministic, so that a failure replays.

const BASE: string[] = [
  "", " ", "%20", "%", "%%", "%E9", "%C3%28", "%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%00", "%0A", "%0D%0A", "%09", "%7F", "%1B%5B31m",
  "%E2%80%8B", "%E2%80%AE", "%EF%BB%BF", "%EF%BF%BD", "%F0%9F%92%A5", "%E3%80%82", "%EF%BC%9D1%2B1",
  "0", "-1", "-0", "1e309", "-1e309", "NaN", "Infinity", "9007199254740993", "99999999999999999999999999", "0x1F", "1.5", "1%2C5", "%2B1", "1e-400",
  "true", "false", "null", "undefined", "%5B%5D", "%7B%7D", "%5Bobject%20Object%5D", "__proto__", "constructor", "prototype", "toString",
  "'", "%22", "%27%20OR%20%271%27%3D%271", "1%3BDROP%20TABLE%20%22User%22--", "%5C", "%5C%5C", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "%7B%7B7*7%7D%7D",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "javascript%3Aalert(1)",
  "..", "..%2F..%2Fetc%2Fpasswd", "%2E%2E%2F", "%2F%2Fevil.test", "%2F%09%2Fevil.test", "https%3A%2F%2Fevil.test", "file%3A%2F%2F%2Fetc%2Fpasswd",
  "%2A", "%3F", "%23", "%26", "%3D", "%2C%2C%2C", "%3A%3A", "a%2Cb%2Cc", "%E9t%E9", "caf%C3%A9", "%C3%A9%CC%81%CC%81%CC%81",
  "2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31T99:99", "-2026-01-01", "1970-01-01T00%3A00%3A00Z",
  "AGEING", "ageing", "AGEING%2CDIGITAL", "EMERGENCE", "ADMIN", "86194", "2A004", "97411", "00000", "ZZ", "84", "999",
];

/** At least `count` distinct hostile values (URL-encoded). */
export function hostileValues(count: number): string[] {
  const values = new Set<string>(BASE);
  for (const length of [256, 2048, 8000]) {
    values.add(encodeURIComponent("a".repeat(length)));
    values.add(encodeURIComponent("é".repeat(Math.floor(length / 2))));
  }
  // Combinations: each base value after a prefix and before a trailing junk byte or a
  // repeated parameter.
  const prefixes = ["", "x", "1", "%20", "-", "%25", "AGEING"];
  const suffixes = ["", "%00", "%E9", "%22", "&_=1", "&_=%FF"];
  outer: for (const prefix of prefixes) {
    for (const suffix of suffixes) {
      for (const base of BASE) {
        if (values.size >= count) break outer;
        values.add(`${prefix}${base}${suffix}`);
      }
    }
  }
  for (let i = 0; values.size < count; i++) values.add(`${BASE[i % BASE.length]}${i}`);
  return [...values];
}
