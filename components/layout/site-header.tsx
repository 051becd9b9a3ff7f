import { LinkList } from '@/components/ui/link-list';
import { linksIn } from './site-links';

export function SiteHeader({ campaignName }: { campaignName: string }) {
  return (
    <header className="border-b-4 border-brand bg-surface">
      <div className="page-container flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <a href="/" className="text-step-2 font-bold text-ink no-underline">
          {campaignName}
        </a>
        <nav aria-label="Main">
          <LinkList links={linksIn('main')} className="flex flex-wrap gap-x-4 gap-y-1" linkClassName="font-semibold" />
        </nav>
      </div>
    </header>
  );
}
