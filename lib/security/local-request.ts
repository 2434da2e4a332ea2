// Whether a request comes from this machine. The address is set by server.ts from the
// socket itself (any client-supplied value is overwritten), with a per-process token that
// proves it: served any other way, the header is ignored and the address is unknown.
import "server-only";
import { headers } from "next/headers";
import { isLoopbackAddress, trustedAddress } from "@/lib/security/loopback";

export const CLIENT_IP_HEADER = "x-essaim-client-ip";
export const SERVER_TOKEN_HEADER = "x-essaim-server-token";

export async function clientAddress(): Promise<string | null> {
  const list = await headers();
  return trustedAddress(list.get(CLIENT_IP_HEADER), list.get(SERVER_TOKEN_HEADER), process.env.ESSAIM_SERVER_TOKEN);
}

export async function isLocalRequest(): Promise<boolean> {
  return isLoopbackAddress(await clientAddress());
}
