import type { NextConfig } from 'next';
import { env } from './lib/env';
import { staticSecurityHeaders } from './lib/security/policy.mjs';
import { buildId } from './lib/cache/build-id';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Metadata and not-found pages render in the HTML for every reader, not streamed in by JavaScript:
  // a reader without JavaScript must still get a real 404 page with the quick exit on it.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  serverExternalPackages: ['@electric-sql/pglite'],
  // Shared ISR/data cache (Redis when REDIS_URL is set) and one build ID per release: see docs/deploy.md.
  cacheHandler: require.resolve('./lib/cache/redis-cache-handler.mjs'),
  generateBuildId: buildId,
  // One server everywhere: the image, `npm start` and the tests run server/index.mjs on this output.
  output: 'standalone',
  // Compression is the edge's job (deploy/nginx, or the CDN): the origin sends identity bodies,
  // which server/csp.mjs can hash without decoding and the edge compresses once per cached copy.
  compress: false,
  // The offline seed space is read from disk at run time, so traced builds must carry it.
  outputFileTracingIncludes: { '/**': ['./content-models/seed/*.json'] },
  experimental: {
    serverActions: {
      // Next already rejects a foreign Origin; this names the public host for when a proxy rewrites Host.
      allowedOrigins: [new URL(env.SITE_URL).host],
      // Our forms carry a few short fields; a small cap turns floods into cheap 413s.
      bodySizeLimit: '64kb',
    },
  },
  async rewrites() {
    // An open letter's count as JSON sits next to its page; a page and a route cannot share a segment.
    return [{ source: '/act/:slug([a-z0-9-]{1,100}).json', destination: '/api/letters/:slug' }];
  },
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders() }];
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    // The optimiser fetches only what pages show: the seed space's pictures, imported images and
    // Contentful's asset host on its own port. Without localPatterns any local URL was fetched
    // (an optimiser URL naming a page rendered that page for nothing); without a port, any port
    // on Contentful's host.
    localPatterns: [{ pathname: '/seed-assets/**' }, { pathname: '/_next/static/media/**' }],
    remotePatterns: [{ protocol: 'https', hostname: 'images.ctfassets.net', port: '' }],
  },
};

export default nextConfig;
