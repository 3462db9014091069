import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { test, expect } from './fixtures';
import type { LaunchedApp } from './harness';
import { EditorPage } from './pages/EditorPage';
import { InsertersPage } from './pages/InsertersPage';
import { LibraryPage } from './pages/LibraryPage';
import { seedArticleBody } from '../unit/fixtures/seedArticleBody';

// Screenshots are artifacts to look at; NEWSDESK_SCREENSHOTS moves them out of Playwright's output folder.
const screenshots = `${process.env.NEWSDESK_SCREENSHOTS ?? fileURLToPath(new URL('../../test-results/inserters', import.meta.url))}/`;
mkdirSync(screenshots, { recursive: true });
const feed = fileURLToPath(new URL('../fixtures/feeds/world-rss.xml', import.meta.url));
/** Serves the RSS fixture as the website would, for the app's main process to download. */
async function serveFeed(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(readFileSync(feed)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The feed server has no TCP address.');
  return { url: `http://127.0.0.1:${address.port}/world/feed.xml`, close: () => server.close() };
}
const zelenskiy = 'Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function openDraft(app: LaunchedApp, headline: string, body: object): Promise<{ editor: EditorPage; inserters: InsertersPage }> {
  const created = await app.engine.call('drafts:create', { changes: { headline, body: { type: 'doc', ...body } } });
  if (!created.ok) throw new Error(created.error.message);
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await app.page.reload();
  const editor = await library.open(headline);
  await editor.waitUntilReady();
  return { editor, inserters: new InsertersPage(app.page) };
}

async function savedBodyTypes(app: LaunchedApp, page: Page, headline: string): Promise<string[]> {
  await new EditorPage(page).waitUntilSaved();
  const found = await app.engine.call('drafts:search', { query: headline });
  const id = found.ok ? found.value.items[0]?.id : undefined;
  if (id === undefined) throw new Error('draft not found');
  const draft = await app.engine.call('drafts:get', { id });
  if (!draft.ok) throw new Error(draft.error.message);
  return (draft.value.body.content ?? []).map((block) => {
    const node = block as { type: string; attrs?: { format?: string; placement?: string } };
    return node.type === 'adSlot' ? `ad:${node.attrs?.format}:${node.attrs?.placement}` : node.type;
  });
}

test('inserts, moves, reformats, deletes and undoes an ad slot', async ({ launch }) => {
  const app = await launch();
  const body = { content: ['One.', 'Two.', 'Three.', 'Four.'].map(paragraph) };
  const { inserters } = await openDraft(app, 'Ad slot handling', body);

  await inserters.caretAfterParagraph(1);
  await inserters.button('Insert ad slot').click();
  await expect(inserters.ad('inline')).toBeVisible();
  await expect.poll(() => inserters.blockShape()).toBe('p p ad p p');

  await inserters.ad('inline').getByRole('button', { name: 'Move up' }).click();
  await expect.poll(() => inserters.blockShape()).toBe('p ad p p p');

  await inserters.ad('inline').getByLabel('Format').selectOption('leaderboard');
  await expect(inserters.ad('leaderboard')).toContainText('Leaderboard · 728x90');

  await inserters.ad('leaderboard').focus();
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('ArrowDown');
  await expect.poll(() => inserters.blockShape()).toBe('p p p ad p');
  await expect(inserters.ad('leaderboard')).toBeFocused();
  await app.page.screenshot({ path: `${screenshots}ad-slot-moved.png` });
  expect(await savedBodyTypes(app, app.page, 'Ad slot handling')).toEqual(['paragraph', 'paragraph', 'paragraph', 'ad:leaderboard:manual', 'paragraph']);

  await inserters.ad('leaderboard').getByRole('button', { name: 'Delete' }).click();
  await expect(inserters.ads).toHaveCount(0);
  await expect(inserters.body).toBeFocused();
  await app.page.keyboard.press('ControlOrMeta+z');
  await expect(inserters.ad('leaderboard')).toBeVisible();
  await expect.poll(() => inserters.blockShape()).toBe('p p p ad p');
  await app.page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(inserters.ads).toHaveCount(0);

  await inserters.caretAfterParagraph(0);
  await app.page.keyboard.press('ControlOrMeta+Alt+a');
  await expect(inserters.ad('inline')).toBeVisible();
  await expect(inserters.ad('inline')).toContainText('This ad comes after 1 paragraph; the first ad goes after paragraph 3.');

  await inserters.dragBlock(inserters.ads.first(), inserters.body.locator(':scope > p').nth(3));
  await expect.poll(() => inserters.blockShape()).toBe('p p p ad p');

  await inserters.caretAfterParagraph(3);
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.type('/ad');
  await inserters.waitForCaretAtEndOf('/ad');
  await app.page.keyboard.press('Enter');
  await expect(inserters.ads).toHaveCount(2);
  await expect.poll(() => inserters.blockShape()).toBe('p p p ad p ad p');
});

test('places ads automatically on the seed article body, and warns about hand-placed ones', async ({ launch }) => {
  const app = await launch();
  const { inserters } = await openDraft(app, 'Putin Invites Xi to Moscow', seedArticleBody({ withAds: false }));
  await expect(inserters.ads).toHaveCount(0);
  await inserters.button('Place ads automatically').click();
  await expect(inserters.ads).toHaveCount(3);
  await expect.poll(() => inserters.blockShape()).toBe('p h2 p p ad p p p ad p p p ad p p p p p related');
  await expect(inserters.ads.first()).toContainText('placed automatically');
  await inserters.ads.first().scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: `${screenshots}seed-auto-ads.png` });
  const types = await savedBodyTypes(app, app.page, 'Putin Invites Xi to Moscow');
  expect(types.filter((type) => type === 'ad:inline:auto')).toHaveLength(3);

  await inserters.ads.first().focus();
  await app.page.keyboard.press('ControlOrMeta+z');
  await expect(inserters.ads).toHaveCount(0);

  await new EditorPage(app.page).backToLibrary();
  const seeded = await openDraft(app, 'Seed with hand-placed ads', seedArticleBody());
  await expect(seeded.inserters.ads).toHaveCount(5);
  await expect(seeded.inserters.ads.last()).toContainText('This ad ends the article; put it between paragraphs.');
  await expect(seeded.inserters.ads.first()).toContainText('the first ad goes after paragraph 3');
  await seeded.inserters.ads.last().scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: `${screenshots}seed-warnings.png` });
  expect(await seriousAxeViolations(app.page)).toEqual([]);
});

test('imports a feed, finds an article in the dialog, links it, and both inserts survive a relaunch', async ({ launch }) => {
  const app = await launch();
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await app.page.getByRole('button', { name: 'Site settings' }).click();
  const inserters = new InsertersPage(app.page);
  const website = await serveFeed();
  await inserters.importFeedInSettings(website.url);
  website.close();
  const settings = app.page.getByRole('dialog', { name: 'Site settings' });
  await settings.getByLabel('Most ads in an article').fill('4');
  await settings.getByLabel('Base URL').fill('https://news.example.com');
  await app.page.screenshot({ path: `${screenshots}site-settings.png` });
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toBeHidden();
  const saved = await app.engine.call('settings:get', {});
  expect(saved.ok && saved.value.adRules.maxAds).toBe(4);
  await app.sendCommand('settings');
  await expect(settings).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  const editor = await library.newDraft();
  await editor.fill({ headline: 'Xi to visit Moscow in spring' });
  await editor.focusBody();
  await app.page.keyboard.type('Putin invited Xi to Moscow for a state visit.');
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.type('Military cooperation will grow, Putin said.');

  await inserters.button('Insert related link').click();
  const dialog = app.page.getByRole('dialog', { name: 'Insert related link' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Suggested articles' }).getByRole('button').first()).toContainText('Putin and Xi hold video call');
  await dialog.getByRole('searchbox', { name: 'Search articles' }).fill('zelensk');
  const result = dialog.getByRole('list', { name: 'Search results' }).getByRole('button', { name: new RegExp(`^${zelenskiy.slice(0, 30)}`) });
  await expect(result).toContainText('World · 22 Dec 2022');
  await app.page.screenshot({ path: `${screenshots}related-dialog.png` });
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  await result.click();
  await dialog.getByLabel('Label').selectOption('Read more:');
  await dialog.getByRole('button', { name: 'Insert link' }).click();
  await expect(dialog).toBeHidden();
  await expect(inserters.related(zelenskiy, 'Read more:')).toBeVisible();

  await inserters.caretAfterParagraph(0);
  await inserters.button('Insert ad slot').click();
  await expect(inserters.ad('inline')).toBeVisible();
  await editor.waitUntilSaved();
  await app.page.screenshot({ path: `${screenshots}related-inserted.png` });
  await app.close();

  const reopened = await launch();
  const again = await new LibraryPage(reopened.page).open('Xi to visit Moscow in spring');
  await again.waitUntilReady();
  const after = new InsertersPage(reopened.page);
  await expect.poll(() => after.blockShape()).toBe('p ad p related');
  await expect(after.related(zelenskiy, 'Read more:')).toContainText('https://news.example.com/world/zelenskiy-attends-us-congress-urges-more-military-aid');

  await after.related(zelenskiy, 'Read more:').getByRole('button', { name: 'Edit' }).click();
  const edit = reopened.page.getByRole('dialog', { name: 'Edit related link' });
  await expect(edit.getByLabel('Headline')).toHaveValue(zelenskiy);
  await edit.getByLabel('Article address').fill('javascript:alert(document.cookie)');
  await edit.getByRole('button', { name: 'Save link' }).click();
  await expect(edit.getByRole('alert')).toHaveText('Choose an article, or paste its web address (https://…) or a path on the site (/world/…).');
  await edit.getByLabel('Article address').fill('/world/zelenskiy-attends-us-congress-urges-more-military-aid');
  await edit.getByLabel('Label').selectOption('Also Read:');
  await edit.getByRole('button', { name: 'Save link' }).click();
  await expect(after.related(zelenskiy, 'Also Read:')).toContainText('/world/zelenskiy-attends-us-congress-urges-more-military-aid');
  await expect(after.body).toBeFocused();
  await reopened.page.keyboard.press('ControlOrMeta+z');
  await expect(after.related(zelenskiy, 'Read more:')).toBeVisible();
});
