import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DataController } from '@/components/privacy/data-controller';
import { RichText } from '@/components/rich-text/rich-text';
import { getPage } from '@/lib/content/pages';
import { getSiteSettings } from '@/lib/content/site-settings';
import { pageMetadata } from '@/lib/seo/metadata';

/** The privacy notice: the editors' copy, opened by the controller's details from the site-settings record. */
export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage('privacy');
  return page ? pageMetadata({ title: page.title, description: page.seoDescription, path: '/privacy' }) : {};
}

export default async function PrivacyPage() {
  const [page, settings] = await Promise.all([getPage('privacy'), getSiteSettings()]);
  if (!page) notFound();
  return (
    <article className="page-container py-10">
      <h1 className="text-step-4">{page.title}</h1>
      <div className="mt-6">
        <DataController operator={settings.operator} />
      </div>
      <div className="mt-6">
        <RichText document={page.body} />
      </div>
    </article>
  );
}
