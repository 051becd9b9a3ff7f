import { getOpenLetter, getOpenLetters, isOpenForSigning } from '@/lib/content/open-letters';
import { progress } from '@/lib/letters/tally';
import { pathFor } from '@/lib/content/paths';
import { getPublicCount } from '@/lib/letters/public';
import { absoluteUrl } from '@/lib/seo/metadata';

/**
 * `/act/<slug>.json` (rewritten here by next.config.ts): the public count as open data, in the
 * spirit of the Parliament petitions site's JSON. Counts only: no names, emails or postcodes.
 * Rendered per request from the data cache, under the same count tag as the page.
 */

export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getOpenLetters()).map((l) => ({ slug: l.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const letter = await getOpenLetter((await params).slug);
  if (!letter) return Response.json({ error: 'not found' }, { status: 404 });
  const count = await getPublicCount(letter.slug);
  if (!count) return Response.json({ error: 'The count is being updated. Please try again in a minute.' }, { status: 503, headers: { 'Retry-After': '30' } });
  const p = progress(count.tally.total, letter.milestones, letter.target);
  return Response.json({
    slug: letter.slug,
    title: letter.title,
    url: absoluteUrl(pathFor('openLetter', letter.slug)),
    open: isOpenForSigning(letter),
    closingDate: letter.closingDate,
    total: count.tally.total,
    target: letter.target,
    milestones: p.milestones,
    nextMilestone: p.next,
    byConstituency: count.tally.byArea.map((a) => ({ code: a.code, name: a.name, count: a.count })),
    updatedAt: count.tally.updatedAt,
  });
}
