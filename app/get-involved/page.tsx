import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SignupForm } from '@/components/newsletter/signup-form';
import { PageCopy } from '@/components/rich-text/page-copy';
import { inspectorTags } from '@/lib/content/inspector';
import { getPage } from '@/lib/content/pages';
import { getActionsShownOn } from '@/lib/content/write-to-mp';
import { ActionPromo } from '@/components/write-to-mp/action-links';

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage('get-involved');
  return page ? { title: page.title, description: page.seoDescription, alternates: { canonical: '/get-involved' } } : {};
}

export default async function GetInvolvedPage() {
  const [page, actions, tag] = await Promise.all([getPage('get-involved'), getActionsShownOn('get-involved'), inspectorTags()]);
  if (!page) notFound();
  return (
    <div className="page-container py-10">
      <PageCopy page={page} tag={tag} />
      <ActionPromo actions={actions} tag={tag} />
      <div className="mt-10 max-w-prose border-t-4 border-brand pt-6">
        <SignupForm source="get-involved" id="signup" title="Sign up for email updates" />
      </div>
    </div>
  );
}
