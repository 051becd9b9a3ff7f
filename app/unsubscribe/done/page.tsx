import type { Metadata } from 'next';
import { HomeLink, TokenPage } from '@/components/newsletter/token-pages';

export const metadata: Metadata = { title: 'You are unsubscribed', robots: { index: false, follow: false } };

export default function UnsubscribedPage() {
  return (
    <TokenPage title="You are unsubscribed">
      <p>You will not get any more campaign emails from us. You can sign up again at any time.</p>
      <HomeLink />
    </TokenPage>
  );
}
