import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LetterPage } from '@/components/letters/letter-page';
import { WriteToMpPage } from '@/components/write-to-mp/write-to-mp-page';
import { inspectorTags } from '@/lib/content/inspector';
import { getOpenLetter, getOpenLetters, isOpenForSigning } from '@/lib/content/open-letters';
import { pathFor } from '@/lib/content/paths';
import { getWriteToMpAction, getWriteToMpActions } from '@/lib/content/write-to-mp';
import { env } from '@/lib/env';
import { getPublicCount } from '@/lib/letters/public';
import { pageMetadata } from '@/lib/seo/metadata';
import { getLettersStartedTotals, totalsLine } from '@/lib/write-to-mp/totals';

/**
 * /act/<slug>: every campaign action lives here, whatever its type, and slugs are unique across
 * the types. Each branch renders one type; a slug that is none of them is a 404.
 */

export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const [letters, writeToMp] = await Promise.all([getOpenLetters(), getWriteToMpActions()]);
  return [...letters, ...writeToMp].map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug;
  const letter = await getOpenLetter(slug);
  if (letter) return pageMetadata({ title: letter.title, description: letter.summary, path: pathFor('openLetter', letter.slug) });
  const action = await getWriteToMpAction(slug);
  if (action) return pageMetadata({ title: action.title, description: action.introduction[0] ?? action.title, path: pathFor('writeToMp', action.slug) });
  return {};
}

export default async function ActionPage({ params }: Props) {
  const [{ slug }, tag] = await Promise.all([params, inspectorTags()]);
  const letter = await getOpenLetter(slug);
  if (letter) return <LetterPage letter={letter} open={isOpenForSigning(letter)} count={await getPublicCount(slug)} tag={tag} />;
  const action = await getWriteToMpAction(slug);
  if (!action) notFound();
  const totals = await getLettersStartedTotals(action.slug);
  return <WriteToMpPage action={action} totals={totals && totals.letters > 0 ? totalsLine(totals) : null} sampleData={env.REPRESENTATIVES_SOURCE === 'sandbox'} tag={tag} />;
}
