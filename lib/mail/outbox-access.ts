// Who may see the local outbox: nobody once SMTP is configured, else only this machine.
import { isLoopbackAddress } from "@/lib/security/loopback";

export function canShowOutbox(smtpUrl: string | undefined, clientAddress: string | null | undefined): boolean {
  return !smtpUrl && isLoopbackAddress(clientAddress);
}
