export const NAV_ITEMS = [
  { href: '/news', label: 'News' },
  { href: '/research', label: 'Research' },
  { href: '/asks', label: 'Our asks' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/get-involved', label: 'Get involved' },
  { href: '/donate', label: 'Donate' },
] as const;

export function SiteHeader({ campaignName }: { campaignName: string }) {
  return (
    <header className="border-b-4 border-brand bg-surface">
      <div className="page-container flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <a href="/" className="text-step-2 font-bold text-ink no-underline">
          {campaignName}
        </a>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="font-semibold">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
