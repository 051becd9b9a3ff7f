import { describe, expect, it } from 'vitest';
import { isLocalPath } from '@/lib/security/local-path';

describe('isLocalPath', () => {
  it.each(['/', '/news/a-slug', '/timeline', '/about'])('accepts %s', (p) => expect(isLocalPath(p)).toBe(true));
  it.each(['//evil.example', '/\\evil.example', 'https://evil.example', 'evil', '/news/../x', '/a?b=1', '/a#x', '', '/a//b', '/%2F%2Fevil'])(
    'refuses %s',
    (p) => expect(isLocalPath(p)).toBe(false),
  );
});
