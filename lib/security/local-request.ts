// Whether a request comes from this machine. The address is set by server.ts from the
// socket itself (any client-supplied value is overwritten), so it cannot be forged.
import "server-only";
import { headers } from "next/headers";
import { isLoopbackAddress } from "@/lib/security/loopback";

export const CLIENT_IP_HEADER = "x-essaim-client-ip";

export async function clientAddress(): Promise<string | null> {
  return (await headers()).get(CLIENT_IP_HEADER);
}

export async function isLocalRequest(): Promise<boolean> {
  return isLoopbackAddress(await clientAddress());
}
