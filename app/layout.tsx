import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { ExitGuardScript } from '@/components/quick-exit/exit-guard';
import { QuickExit } from '@/components/quick-exit/quick-exit';
import { env } from '@/lib/env';
import { isPreview } from '@/lib/content/core/read';
import { getSiteSettings } from '@/lib/content/site-settings';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: settings.campaignName, template: `%s | ${settings.campaignName}` },
    description: settings.strapline,
    // Search engines may index the site, but nothing should be prefetched from third parties.
    formatDetection: { telephone: false },
    // Backs up the Referrer-Policy header (lib/security/policy.mjs): the quick-exit destination and
    // every other origin learn nothing, while our own form posts keep a real Origin header.
    referrer: 'same-origin',
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b5560',
};

/** `preview` is the draft-only slot (app/@preview): rendered only in draft mode, so readers never load its scripts. */
export default async function RootLayout({ children, preview }: { children: ReactNode; preview: ReactNode }) {
  const [settings, draft] = await Promise.all([getSiteSettings(), isPreview()]);
  return (
    <html lang="en-GB">
      <head>
        <ExitGuardScript />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <QuickExit destination={settings.exitDestinationUrl} />
        {draft ? preview : null}
        <SiteHeader campaignName={settings.campaignName} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter campaignName={settings.campaignName} footerText={settings.footerText} operator={settings.operator} />
      </body>
    </html>
  );
}
