import type { Metadata } from 'next';
import { HomeLink, TokenPage } from '@/components/newsletter/token-pages';

export const metadata: Metadata = { title: 'Check your inbox', robots: { index: false, follow: false } };

export default function LinkSentPage() {
  return (
    <TokenPage title="Check your inbox">
      <p>
        If the address still needs confirming, we have sent a new link to it. We send at most one email every 10 minutes, so if you
        asked recently, use the link you already have.
      </p>
      <HomeLink />
    </TokenPage>
  );
}
