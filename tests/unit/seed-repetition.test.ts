import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { repeatedSentences } = createRequire(import.meta.url)('../../content-models/lib/repetition.cjs') as {
  repeatedSentences: (texts: unknown[]) => string[];
};

const body = (...paragraphs: string[]) => ({
  nodeType: 'document',
  content: paragraphs.map((value) => ({ nodeType: 'paragraph', content: [{ nodeType: 'text', value, marks: [] }] })),
});

describe('seed check: an entry never repeats itself', () => {
  it('finds a summary repeated as the first paragraph, whatever the case and punctuation', () => {
    const summary = 'On 11 February 2025 Gingerbread hosted a reception for the #FixTheCMS campaign.';
    expect(repeatedSentences([summary, body('On 11 February 2025, Gingerbread hosted a reception for the FixTheCMS campaign!', 'Other text here.')])).toHaveLength(1);
  });

  it('finds a sentence repeated inside the body, and lets short ones recur', () => {
    expect(repeatedSentences([body('The case was given permission to proceed. More.', 'More. The case was given permission to proceed.')])).toEqual(['the case was given permission to proceed']);
    expect(repeatedSentences(['Read more.', body('Read more.')])).toEqual([]);
  });
});
