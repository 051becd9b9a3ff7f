import { SignupForm } from '@/components/newsletter/signup-form';
import { operatorLine, type Operator } from '@/lib/operator';
import { LinkList } from '@/components/ui/link-list';
import { linksIn } from './site-links';

export function SiteFooter({ campaignName, footerText, operator }: { campaignName: string; footerText: string; operator: Operator | null }) {
  return (
    <footer className="mt-16 border-t border-line bg-surface py-8">
      <div className="page-container grid gap-6 md:grid-cols-[2fr_1fr]">
        <div>
          <h2 className="text-step-1">{campaignName}</h2>
          <p className="mt-2 max-w-prose text-muted">{footerText}</p>
          {operator ? (
            <p className="mt-2 max-w-prose" data-testid="operator-line">
              {operatorLine(operator)}
            </p>
          ) : null}
        </div>
        <nav aria-label="Footer">
          <LinkList links={linksIn('footer')} className="space-y-1" />
        </nav>
        <div className="md:col-span-2">
          <SignupForm source="footer" />
        </div>
      </div>
    </footer>
  );
}
