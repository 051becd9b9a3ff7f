import { expect, test, type Page } from '@playwright/test';
import { parseCsp } from '@/lib/security/policy.mjs';
import { editorUrl, postToPreview, sdkMessages, startFakeEditor, subscriptionFor } from '../support/fake-contentful-editor';
import { draftNews, field, publishedOfType } from '../support/seed';
import { E2E_ENV, FAKE_EDITOR_ORIGIN, FAKE_EDITOR_PORT } from './env';

/**
 * Contentful's side-by-side Live Preview against the local seed space: a loopback page on another
 * origin stands in for the entry editor, frames the draft entry URL and talks to the site's SDK
 * with the editor's own messages.
 */
test.describe.configure({ mode: 'serial' });

const draft = draftNews()[0]!;
const stat = publishedOfType('campaignStat')[0]!;
const published = publishedOfType('newsArticle')[0]!;
const action = publishedOfType('writeToMp')[0]!;
const letter = publishedOfType('openLetter')[0]!;
const draftEntryUrl = (baseURL: string, params: Record<string, string>) =>
  `${baseURL}/api/draft?${new URLSearchParams({ secret: E2E_ENV.CONTENTFUL_PREVIEW_SECRET, ...params })}`;

let editor: Awaited<ReturnType<typeof startFakeEditor>>;
let stranger: Awaited<ReturnType<typeof startFakeEditor>>;
test.beforeAll(async () => {
  editor = await startFakeEditor(FAKE_EDITOR_PORT);
  // Any other site, to prove only the configured editor origin may frame drafts.
  stranger = await startFakeEditor(FAKE_EDITOR_PORT + 1);
});
test.afterAll(async () => {
  await editor.close();
  await stranger.close();
});

const previewFrame = (page: Page) => page.frameLocator('#preview');

async function openInEditor(page: Page, src: string) {
  await page.goto(editorUrl(FAKE_EDITOR_ORIGIN, src));
}

test('the editor shows a draft article, and an edit appears in it without a reload', async ({ page, baseURL }) => {
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/draft/entries')) posts.push(r.url());
  });
  await openInEditor(page, draftEntryUrl(baseURL!, { type: 'newsArticle', slug: field(draft, 'slug') }));
  const frame = previewFrame(page);
  await expect(frame.locator('h1')).toHaveText(field(draft, 'title'));
  await expect(frame.getByText('Preview — not live.')).toBeVisible();

  const { id, entry } = await subscriptionFor(page, draft.sys.id);
  // The SDK posted to the editor's origin only (postMessage drops other targets) and says what it found.
  const connected = (await sdkMessages(page)).find((m) => m.data.method === 'CONNECTED');
  expect(connected?.origin).toBe(new URL(baseURL!).origin);
  expect(connected?.data).toMatchObject({ isInspectorEnabled: true, isLiveUpdatesEnabled: true, locale: 'en-GB' });

  const content = page.frame({ url: /\/news\// })!;
  await content.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

  // A message from anyone but the editor's origin is ignored, even one shaped like the editor's.
  await content.evaluate(
    ({ data, subscriptionId }) => window.postMessage({ source: 'live-preview-editor', method: 'ENTRY_UPDATED', data, subscriptionId }, '*'),
    { data: { ...entry, fields: { ...entry.fields, title: 'Spoofed title' } }, subscriptionId: id },
  );

  const body = entry.fields.body as { content: { nodeType: string; content: { value?: string }[] }[] };
  const paragraph = body.content.findIndex((n) => n.nodeType === 'paragraph');
  const editedBody = structuredClone(body);
  editedBody.content[paragraph]!.content = [{ nodeType: 'text', value: 'A paragraph typed just now.', marks: [], data: {} } as never];
  const edited = { ...entry, fields: { ...entry.fields, title: 'Typed in the editor', summary: 'A new summary.', body: editedBody } };
  await postToPreview(page, { method: 'ENTRY_UPDATED', data: edited, subscriptionId: id });

  await expect(frame.locator('h1')).toHaveText('Typed in the editor');
  await expect(frame.getByText('A new summary.')).toBeVisible();
  await expect(frame.locator('.prose-body p', { hasText: 'A paragraph typed just now.' })).toBeVisible();
  expect(await content.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(posts).toHaveLength(1);

  // Mid-edit, a required field is empty: the page keeps the last valid version and says why.
  await postToPreview(page, { method: 'ENTRY_UPDATED', data: { ...edited, fields: { ...edited.fields, title: '' } }, subscriptionId: id });
  await expect(frame.locator('[data-live-status]')).toContainText('not shown yet');
  await expect(frame.locator('h1')).toHaveText('Typed in the editor');
});

test('inspector mode: titles, summaries, bodies, images and stats are tagged for click-to-edit', async ({ page, baseURL }) => {
  await openInEditor(page, draftEntryUrl(baseURL!, { type: 'newsArticle', slug: field(draft, 'slug') }));
  await expect(previewFrame(page).locator('h1')).toHaveText(field(draft, 'title'));
  await subscriptionFor(page, draft.sys.id);
  await postToPreview(page, { method: 'INSPECTOR_MODE_CHANGED', isInspectorActive: true });
  const tagged = async () => {
    const messages = (await sdkMessages(page)).filter((m) => m.data.method === 'TAGGED_ELEMENTS');
    const elements = (messages.at(-1)?.data.elements ?? []) as { attributes: { entryId: string; fieldId: string } }[];
    return elements.filter((e) => e.attributes.entryId === draft.sys.id).map((e) => e.attributes.fieldId);
  };
  await expect.poll(tagged).toEqual(expect.arrayContaining(['title', 'summary', 'body', 'heroImage', 'publishDate']));

  // Stats have no page of their own: their preview opens the home page, where each value is tagged.
  await openInEditor(page, draftEntryUrl(baseURL!, { type: 'campaignStat', id: stat.sys.id }));
  const frame = previewFrame(page);
  const value = frame.locator(`[data-contentful-entry-id="${stat.sys.id}"][data-contentful-field-id="value"]`);
  await expect(value).toHaveText(field(stat, 'value'));
  const { id, entry } = await subscriptionFor(page, stat.sys.id);
  await postToPreview(page, { method: 'ENTRY_UPDATED', data: { ...entry, fields: { ...entry.fields, value: '£999m', date: '2026-03-01' } }, subscriptionId: id });
  await expect(value).toHaveText('£999m');
  await expect(frame.locator(`time[data-contentful-entry-id="${stat.sys.id}"]`)).toHaveText('March 2026');
});

test('lists and links update too: an action page, /act and the news list', async ({ page, baseURL }) => {
  const tagged = (entryId: string, fieldId: string) => previewFrame(page).locator(`[data-contentful-entry-id="${entryId}"][data-contentful-field-id="${fieldId}"]`);

  // The action's own page: its title and introduction.
  await openInEditor(page, draftEntryUrl(baseURL!, { type: 'writeToMp', slug: field(action, 'slug') }));
  await expect(previewFrame(page).locator('h1')).toHaveText(field(action, 'title'));
  let subscription = await subscriptionFor(page, action.sys.id);
  const actionFields = { ...subscription.entry.fields, title: 'Write to your MP today', introduction: 'A first paragraph.\n\nA second one.' };
  await postToPreview(page, { method: 'ENTRY_UPDATED', data: { ...subscription.entry, fields: actionFields }, subscriptionId: subscription.id });
  await expect(previewFrame(page).locator('h1')).toHaveText('Write to your MP today');
  await expect(tagged(action.sys.id, 'introduction').locator('p')).toHaveText(['A first paragraph.', 'A second one.']);

  // /act lists both kinds of action; the draft cookie set above keeps this frame in draft mode.
  await openInEditor(page, `${baseURL}/act`);
  await expect(tagged(action.sys.id, 'title')).toHaveText(field(action, 'title'));
  await expect(tagged(letter.sys.id, 'title')).toHaveText(field(letter, 'title'));
  await expect(tagged(letter.sys.id, 'summary')).toHaveText(field(letter, 'summary'));
  subscription = await subscriptionFor(page, letter.sys.id);
  await postToPreview(page, { method: 'ENTRY_UPDATED', data: { ...subscription.entry, fields: { ...subscription.entry.fields, title: 'A letter renamed' } }, subscriptionId: subscription.id });
  await expect(tagged(letter.sys.id, 'title')).toHaveText('A letter renamed');
  subscription = await subscriptionFor(page, action.sys.id);
  await postToPreview(page, { method: 'ENTRY_UPDATED', data: { ...subscription.entry, fields: { ...subscription.entry.fields, title: 'An action renamed' } }, subscriptionId: subscription.id });
  await expect(tagged(action.sys.id, 'title')).toHaveText('An action renamed');

  // The news list: each item's title, organisation and summary.
  await openInEditor(page, `${baseURL}/news`);
  const first = previewFrame(page).locator('ol li').first().locator('[data-contentful-entry-id]').first();
  const articleId = (await first.getAttribute('data-contentful-entry-id'))!;
  subscription = await subscriptionFor(page, articleId);
  const articleFields = { ...subscription.entry.fields, title: 'A list title typed now', organisation: 'A renamed organisation' };
  await postToPreview(page, { method: 'ENTRY_UPDATED', data: { ...subscription.entry, fields: articleFields }, subscriptionId: subscription.id });
  await expect(tagged(articleId, 'title')).toHaveText('A list title typed now');
  await expect(tagged(articleId, 'organisation')).toHaveText('A renamed organisation');
});

/** The JavaScript a page downloaded, as one string. */
async function downloadedScripts(page: Page, path: string): Promise<string> {
  const bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.text().catch(() => ''));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return (await Promise.all(bodies)).join('\n');
}

test("a reader's page downloads none of Live Preview's code; a draft page does", async ({ browser, baseURL }) => {
  // `appOrigin` is the prop components/preview/live-preview.tsx starts the SDK with: no reader's code uses it.
  const marker = 'appOrigin';
  const reader = await browser.newPage();
  const readerJs = await downloadedScripts(reader, `${baseURL}/news/${field(published, 'slug')}`);
  expect(readerJs.length).toBeGreaterThan(0);
  expect(readerJs).not.toContain(marker);
  await reader.close();

  const editorTab = await browser.newPage();
  const draftJs = await downloadedScripts(editorTab, draftEntryUrl(baseURL!, { type: 'newsArticle', slug: field(draft, 'slug') }));
  await expect(editorTab.getByText('Preview — not live.')).toBeVisible();
  expect(draftJs).toContain(marker);
  await editorTab.close();
});

test('outside draft mode the same page refuses to be framed and carries no tags or cookie', async ({ page, baseURL, request }) => {
  const publicPath = `/news/${field(published, 'slug')}`;
  const reader = await request.get(publicPath, { maxRedirects: 0 });
  expect(parseCsp(reader.headers()['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
  expect(reader.headers()['x-frame-options']).toBe('DENY');
  expect(reader.headers()['set-cookie']).toBeUndefined();
  expect(await reader.text()).not.toContain('data-contentful-entry-id');

  await openInEditor(page, `${baseURL}${publicPath}`);
  await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
  // Chromium shows its own error page instead: none of the site's page is in the frame.
  await expect(previewFrame(page).getByText('Skip to main content')).toHaveCount(0);

  // A draft is framed by the configured editor only: another site gets the same refusal.
  await page.goto(editorUrl(stranger.origin, draftEntryUrl(baseURL!, { type: 'newsArticle', slug: field(draft, 'slug') })));
  await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
  await expect(previewFrame(page).getByText('Preview — not live.')).toHaveCount(0);
});

test('in draft mode the headers allow the editor origin only, and the cookie works cross-site', async ({ request }) => {
  const entry = await request.get(`/api/draft?${new URLSearchParams({ secret: E2E_ENV.CONTENTFUL_PREVIEW_SECRET, type: 'newsArticle', slug: field(draft, 'slug') })}`, { maxRedirects: 0 });
  const cookie = entry.headers()['set-cookie'] ?? '';
  expect(cookie).toMatch(/^__prerender_bypass=[^;]+; Path=\/; HttpOnly; Secure; SameSite=None; Partitioned$/);
  const page = await request.get(`/news/${field(draft, 'slug')}`, { headers: { cookie: cookie.split(';')[0]! } });
  expect(page.status()).toBe(200);
  const csp = parseCsp(page.headers()['content-security-policy'] ?? '');
  expect(csp.get('frame-ancestors')).toEqual([FAKE_EDITOR_ORIGIN]);
  expect(page.headers()['x-frame-options']).toBeUndefined();
  // Nothing else is widened for the SDK: it only posts messages to the editor window.
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')?.[0]).toBe("'self'");
  expect(csp.get('script-src')?.every((s) => s === "'self'" || s.startsWith("'sha256-"))).toBe(true);
  expect(csp.get('frame-src')).toEqual(["'none'"]);
});
