import { documentToReactComponents, type Options } from '@contentful/rich-text-react-renderer';
import { BLOCKS, INLINES, type Document } from '@contentful/rich-text-types';
import type { ReactNode } from 'react';
import type { RichTextDocument, RichTextNode } from '@/lib/content/core/fields';
import { ResponsiveImage } from '@/components/ui/responsive-image';

function isInternal(uri: string): boolean {
  return uri.startsWith('/') && !uri.startsWith('//');
}

/**
 * Headings inside content start at h2 because the page supplies the h1; h1 nodes are never
 * enabled in the model, but any that slip through are demoted so the outline stays valid.
 */
const options: Options = {
  renderNode: {
    [BLOCKS.HEADING_1]: (_node, children) => <h2>{children}</h2>,
    [BLOCKS.HEADING_2]: (_node, children) => <h2>{children}</h2>,
    [BLOCKS.HEADING_3]: (_node, children) => <h3>{children}</h3>,
    [BLOCKS.QUOTE]: (_node, children) => <blockquote>{children}</blockquote>,
    [BLOCKS.EMBEDDED_ASSET]: (node) => {
      const image = (node as unknown as RichTextNode).data.image;
      if (!image) return null;
      return (
        <figure>
          <ResponsiveImage
            src={image.url}
            alt={image.alt}
            width={image.width}
            height={image.height}
            sizes="(min-width: 48rem) 42rem, 100vw"
            className="h-auto w-full rounded"
          />
        </figure>
      );
    },
    [INLINES.HYPERLINK]: (node, children: ReactNode) => {
      const uri = String((node.data as { uri?: string }).uri ?? '');
      if (isInternal(uri)) return <a href={uri}>{children}</a>;
      // External links leave no referrer and cannot reach back into this tab.
      return (
        <a href={uri} rel="noreferrer noopener">
          {children}
        </a>
      );
    },
  },
};

export function RichText({ document }: { document: RichTextDocument }) {
  return <div className="prose-body">{documentToReactComponents(document as unknown as Document, options)}</div>;
}
