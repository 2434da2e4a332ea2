// After erasing one's own account: the browser forgets its (already deleted) session.
import "server-only";
import { cookies } from "next/headers";

export async function forgetSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) if (jar.has(name)) jar.delete(name);
}
