import type { Metadata } from 'next';
import { TokenPage } from '@/components/newsletter/token-pages';

export const metadata: Metadata = { title: 'You are subscribed', robots: { index: false, follow: false } };

export default function ConfirmedPage() {
  return (
    <TokenPage title="You are subscribed">
      <p>Thank you. You will get occasional emails about the campaign. Every email has a link to unsubscribe.</p>
      <p>
        <a href="/get-involved">More ways to get involved</a>
      </p>
    </TokenPage>
  );
}
