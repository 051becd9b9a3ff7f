import type { Metadata } from 'next';
import { getPolicyAsks } from '@/lib/content/asks';
import { inspectorTags } from '@/lib/content/inspector';
import { AskStatusTag } from '@/components/asks/ask-status';
import { pathFor } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Our asks',
    description: 'What the #FixTheCMS campaign is asking the government to change about the Child Maintenance Service, and why.',
    path: '/asks',
  });
}

export default async function AsksPage() {
  const [asks, tag] = await Promise.all([getPolicyAsks(), inspectorTags()]);
  return (
    <div className="page-container py-10">
      <h1 className="text-step-4">Our asks</h1>
      <p className="mt-3 max-w-prose text-step-1">What we want the government to change, and the evidence for each change.</p>
      <ol className="mt-8 space-y-8">
        {asks.map((ask) => (
          <li key={ask.id} className="border-t border-line pt-4">
            <h2 className="text-step-2">
              <a href={pathFor('policyAsk', ask.slug)} {...tag(ask.id, 'title')}>
                {ask.title}
              </a>
            </h2>
            <div className="mt-2">
              <AskStatusTag status={ask.status} />
            </div>
            <p className="mt-2 max-w-prose" {...tag(ask.id, 'statement')}>
              {ask.statement}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
