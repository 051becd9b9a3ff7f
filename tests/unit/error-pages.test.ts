import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from '@/app/error';
import GlobalError from '@/app/global-error';
import NotFound from '@/app/not-found';

// Next passes the thrown error (with a digest) to error boundaries; none of it may reach the page.
const error = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'), { digest: '1234567890' });
const props = { error, reset: () => undefined };

describe.each([
  ['app/error.tsx', ErrorPage],
  ['app/global-error.tsx', GlobalError],
  ['app/not-found.tsx', NotFound],
])('%s', (_name, Page) => {
  it('renders a friendly message without the error, its stack or its digest', () => {
    const html = renderToStaticMarkup(createElement(Page as ComponentType<typeof props>, props));
    expect(html).toMatch(/not available right now|Page not found/);
    for (const secret of ['ECONNREFUSED', 'hunter2', '1234567890', error.stack!.split('\n')[1]!.trim(), 'digest']) {
      expect(html).not.toContain(secret);
    }
  });
});
