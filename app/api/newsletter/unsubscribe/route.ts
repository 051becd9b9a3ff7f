import { NextResponse, type NextRequest } from 'next/server';
import { log } from '@/lib/log.mjs';
import { newsletterDeps } from '@/lib/newsletter/deps';
import { LIMITED_MESSAGE, UNSUBSCRIBE_PER_IP } from '@/lib/newsletter/limits';
import { unsubscribeByToken } from '@/lib/newsletter/service';
import { requestContext } from '@/lib/newsletter/service';
import { isWellFormedToken } from '@/lib/newsletter/tokens';
import { scheduleDrain, spoolOneClick } from '@/lib/newsletter/unsubscribe-spool';
import { consume } from '@/lib/rate-limit';
import { clientIp } from '@/lib/security/client-ip';
import { hashIdentifier } from '@/lib/security/hash';

const TEXT = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

/**
 * RFC 8058 one-click unsubscribe: the mailbox provider POSTs `List-Unsubscribe=One-Click` to
 * the URL in the List-Unsubscribe header. No session, no cookie: the token is the authority.
 */
export async function POST(request: NextRequest) {
  const ip = clientIp(request.headers);
  if (!(await consume(UNSUBSCRIBE_PER_IP, hashIdentifier(ip, 'ip'))).allowed) {
    return new NextResponse(LIMITED_MESSAGE, { status: 429, headers: { ...TEXT, 'Retry-After': '600' } });
  }
  const token = request.nextUrl.searchParams.get('token');
  if (!isWellFormedToken(token)) return new NextResponse('This unsubscribe link is not valid.', { status: 400, headers: TEXT });
  const ctx = requestContext({ ip, userAgent: request.headers.get('user-agent') });
  const at = new Date();
  let outcome: 'unsubscribed' | 'invalid';
  try {
    outcome = await unsubscribeByToken(await newsletterDeps(), token, 'one-click', ctx);
  } catch (error) {
    // The provider may never ask again: keep the request on disk and apply it when the database is back.
    log('error', 'newsletter.one_click_failed', { message: (error as Error).message });
    try {
      await spoolOneClick(token, ctx, at, newsletterDeps);
      return new NextResponse('We have your request and will unsubscribe you within minutes.', { status: 202, headers: TEXT });
    } catch (spoolError) {
      log('error', 'newsletter.one_click_spool_failed', { message: (spoolError as Error).message });
      return new NextResponse('Sorry, we could not unsubscribe you just now. Please try again shortly.', { status: 503, headers: TEXT });
    }
  }
  // The database answers again: apply anything spooled while it was down (a restart included).
  scheduleDrain(newsletterDeps, undefined, 0);
  if (outcome === 'invalid') return new NextResponse('This unsubscribe link is not valid or has expired.', { status: 404, headers: TEXT });
  return new NextResponse('You are unsubscribed. You will not get any more campaign emails from us.', { status: 200, headers: TEXT });
}

/** Someone opened the header's link in a browser: show the page with a button; a GET changes nothing. */
export function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token');
  const target = isWellFormedToken(token) ? `/unsubscribe?token=${token}` : '/unsubscribe';
  // A relative Location keeps the visitor on whichever host they came in by.
  return new NextResponse(null, { status: 303, headers: { Location: target, 'Cache-Control': 'no-store' } });
}
