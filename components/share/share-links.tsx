import { CopyText } from '@/components/ui/copy-text';
import { LinkList } from '@/components/ui/link-list';

/** Plain share URLs: nothing loads from the networks until the reader chooses to go there. */
export function shareTargets(url: string, title: string) {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(`${title} ${url}`);
  return [
    { label: 'Share by email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${text}` },
    { label: 'Share on WhatsApp', href: `https://wa.me/?text=${text}` },
    { label: 'Share on Bluesky', href: `https://bsky.app/intent/compose?text=${text}` },
    { label: 'Share on X', href: `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${u}` },
    { label: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
}

export function ShareLinks({ url, title, what = 'article' }: { url: string; title: string; what?: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="share-heading" className="text-step-2">
        Share this {what}
      </h2>
      <LinkList links={shareTargets(url, title)} className="mt-3 flex flex-wrap gap-x-5 gap-y-2" rel="noreferrer noopener" />
      <CopyText value={url} buttonLabel={`Copy link to this ${what}`} fieldLabel={`Link to this ${what}`} />
    </section>
  );
}
