/** Liveness probe for load balancers and the security tests; says nothing about internals. */
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
