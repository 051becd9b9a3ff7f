import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

interface ResponsiveImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** The image's rendered width per breakpoint, so the browser picks the smallest file that fits. */
  sizes: string;
  className?: string;
  /** The page's LCP image: preloaded, fetched first and never lazy. */
  priority?: boolean;
  /** Live Preview's inspector tags (draft mode only). */
  tags?: Record<string, string> | undefined;
}

/**
 * An optimised image (srcset, AVIF/WebP, width and height) rendered as a plain <img> on the
 * server. next/image's <Image> is a client component: every picture cost a module to load and a
 * component to hydrate on the phone, for an element that never changes after it arrives.
 */
export function ResponsiveImage({ src, alt, width, height, sizes, className, priority = false, tags }: ResponsiveImageProps) {
  const { props } = getImageProps({ src, alt, width, height, sizes, className, ...(priority ? { preload: true, fetchPriority: 'high' as const } : {}) });
  // next/image's `color: transparent` only hides alt text while loading; dropping it keeps every
  // page free of style attributes, so the CSP needs no hashes for them.
  const { style: _style, ...img } = props;
  if (priority) {
    preload(img.src, { as: 'image', fetchPriority: 'high', ...(img.srcSet ? { imageSrcSet: img.srcSet } : {}), ...(img.sizes ? { imageSizes: img.sizes } : {}) });
  }
  // alt is in img already; naming it here lets the accessibility lint see it.
  // eslint-disable-next-line @next/next/no-img-element -- the <img> carries next/image's own optimised props
  return <img {...img} {...tags} alt={alt} />;
}
