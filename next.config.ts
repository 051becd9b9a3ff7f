import type { NextConfig } from 'next';
import './lib/env';
import { securityHeaders } from './lib/security/headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['@electric-sql/pglite'],
  // The offline seed space is read from disk at run time, so traced builds must carry it.
  outputFileTracingIncludes: { '/**': ['./content-models/seed/*.json'] },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    remotePatterns: [{ protocol: 'https', hostname: 'images.ctfassets.net' }],
  },
};

export default nextConfig;
