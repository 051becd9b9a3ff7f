import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResponsiveImage } from '@/components/ui/responsive-image';

const base = { src: '/seed-assets/hero-court.webp', alt: 'Pillars under a roof', width: 1200, height: 675, sizes: '100vw' };
const render = (props: Partial<Parameters<typeof ResponsiveImage>[0]> = {}) =>
  renderToStaticMarkup(createElement(ResponsiveImage, { ...base, ...props }));

describe('ResponsiveImage', () => {
  it('renders an optimised, sized <img> with no style attribute for the CSP to allow', () => {
    const html = render({ className: 'rounded' });
    expect(html).toMatch(/^<img [^>]*\/>$/);
    expect(html).toContain('alt="Pillars under a roof"');
    expect(html).toContain('width="1200"');
    expect(html).toContain('height="675"');
    expect(html).toContain('sizes="100vw"');
    expect(html).toMatch(/srcSet="\/_next\/image\?url=%2Fseed-assets%2Fhero-court\.webp&amp;w=\d+&amp;q=75 \d+w,/);
    expect(html).toContain('class="rounded"');
    expect(html).not.toContain('style=');
  });

  it('lazy-loads ordinary images but fetches a priority image first and eagerly', () => {
    expect(render()).toContain('loading="lazy"');
    expect(render()).not.toContain('fetchPriority');
    const hero = render({ priority: true });
    expect(hero).not.toContain('loading="lazy"');
    expect(hero).toContain('fetchPriority="high"');
  });
});
