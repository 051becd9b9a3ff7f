// Next looks for its config upwards from the app's folder: without this file the reference would
// be built with the site's next.config.ts, whose static CSP (no script hashes) blocks Next's inline
// scripts, so the "empty page" never hydrated, and whose `compress: false` sent it uncompressed.
// The reference is what Next does by default.
const nextConfig = {};

export default nextConfig;
