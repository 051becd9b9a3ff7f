import { describe, expect, it } from 'vitest';
import { SITE_COOKIES } from '@/lib/security/policy.mjs';
import { seed } from '../support/seed';

type Node = { nodeType: string; value?: string; content?: Node[] };
const text = (node: Node): string => node.value ?? (node.content ?? []).map(text).join('');

describe('cookies page', () => {
  const page = seed.entries.find((e) => e.sys.contentType.sys.id === 'page' && (e.fields as Record<string, Record<string, unknown>>).slug?.['en-GB'] === 'cookies');

  it('lists exactly the cookies the site can set, one heading each', () => {
    expect(page).toBeDefined();
    const body = (page!.fields as Record<string, Record<string, Node>>).body!['en-GB']!;
    const listed = (body.content ?? []).filter((n) => n.nodeType === 'heading-3').map(text);
    expect(listed).toEqual(SITE_COOKIES);
  });
});
