import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ShareLinks } from '@/components/share/share-links';
import { getOpenLetter, getOpenLetters } from '@/lib/content/open-letters';
import { pathFor } from '@/lib/content/paths';
import { absoluteUrl } from '@/lib/seo/metadata';

export const metadata: Metadata = { title: 'Thank you for adding your name', robots: { index: false, follow: false } };

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getOpenLetters()).map((l) => ({ slug: l.slug }));
}

/** After Confirm: thanks, plain share links (no third-party script), and the next thing to do. */
export default async function SignedPage({ params }: Props) {
  const letter = await getOpenLetter((await params).slug);
  if (!letter) notFound();
  return (
    <div className="page-container py-10">
      <div className="max-w-prose space-y-4">
        <h1 className="text-step-4">Thank you: your name is on the letter</h1>
        <p>
          Your name is now counted on <a href={pathFor('openLetter', letter.slug)}>{letter.title}</a>. The count on the letter’s page catches up
          within a few seconds.
        </p>
        <p>The more names the letter carries, the harder it is to ignore. Please ask others to add theirs.</p>
      </div>
      <ShareLinks url={absoluteUrl(pathFor('openLetter', letter.slug))} title={letter.title} what="letter" />
      <section aria-labelledby="next-heading" className="mt-10">
        <h2 id="next-heading" className="text-step-2">
          What else you can do
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            <a href="/act">See every way to take action</a>, including writing to your MP.
          </li>
          <li>
            <a href="/donate">Donate to the campaign</a>
          </li>
        </ul>
      </section>
    </div>
  );
}
