import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
      // A Pages Router rule: with a root `app/[slug]` it flags plain links to route handlers (/api/…, /news/rss.xml), which must stay <a>.
      '@next/next/no-html-link-for-pages': 'off',
      // Internal links are plain anchors to static pages. next/link would hydrate a client component
      // per link and prefetch every visible route in the background: on a low-end phone that work
      // blocked the main thread for hundreds of milliseconds, and the prefetches are requests the
      // reader never chose to make (see ARCHITECTURE.md, "Links").
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next/link', message: 'Use a plain <a>: see ARCHITECTURE.md, "Links".' },
            { name: 'next/image', importNames: ['default'], message: 'Use ResponsiveImage (components/ui/responsive-image.tsx): see ARCHITECTURE.md, "Images".' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
