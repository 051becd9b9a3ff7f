import { headers } from 'next/headers';
import { clientIp } from '@/lib/security/client-ip';

/** Who sent a form post, as the handlers see it: the address is only ever hashed, the user agent only classed. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** The client of the request a Server Action is answering. */
export async function requestClient(): Promise<ClientInfo> {
  const h = await headers();
  return { ip: clientIp(h), userAgent: h.get('user-agent') };
}
