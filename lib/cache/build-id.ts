import { execFileSync } from 'node:child_process';

/**
 * The build ID every instance of one release must share: `BUILD_ID` when the pipeline sets it,
 * otherwise the commit, but only for a clean checkout (two different builds of a dirty tree must
 * not share cache entries). `null` lets Next pick a random one.
 */
export function buildId(source: Record<string, string | undefined> = process.env): string | null {
  if (source.BUILD_ID) return source.BUILD_ID;
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return git('status', '--porcelain', '--untracked-files=no') === '' ? git('rev-parse', 'HEAD') : null;
  } catch {
    return null;
  }
}
