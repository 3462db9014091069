import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { seriousAxeViolations, wcag22Violations } from './axe';
import { test, expect } from './fixtures';
import type { LaunchedApp } from './harness';
import { EditorPage } from './pages/EditorPage';
import { InsertersPage, type InsertWay } from './pages/InsertersPage';
import { LibraryPage } from './pages/LibraryPage';
import { openStoredDraft } from './openStoredDraft';
import { seedArticleBody } from '../unit/fixtures/seedArticleBody';
import { readSeedArticle } from './seedArticle';

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

async function openDraft(app: LaunchedApp, headline: string, body: { content?: unknown[] }): Promise<{ editor: EditorPage; inserters: InsertersPage }> {
  const editor = await openStoredDraft(app, { headline, body: { type: 'doc', ...body } });
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

test('a card moved by arrow keys pressed faster than the screen draws moves once a key and keeps focus', async ({ launch }) => {
  const app = await launch();
  const ad = { type: 'adSlot', attrs: { format: 'inline', placement: 'manual' } };
  const { inserters } = await openDraft(app, 'Quick keys', { content: [paragraph('One.'), ad, paragraph('Two.'), paragraph('Three.')] });
  await expect.poll(() => inserters.blockShape()).toBe('p ad p p');
  await inserters.ads.first().focus();
  // Two key presses in two tasks with no frame between them, as a held key or a fast typist under load gives.
  await app.page.evaluate(async () => {
    const press = () => document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    press();
    const channel = new MessageChannel();
    await new Promise((resolve) => {
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
    press();
  });
  await expect.poll(() => inserters.blockShape()).toBe('p p p ad');
  await expect(inserters.ads.first()).toBeFocused();
});

test('inserts, moves, reformats, deletes and undoes an ad slot', async ({ launch }) => {
  const app = await launch();
  const body = { content: ['One.', 'Two.', 'Three.', 'Four.'].map(paragraph) };
  const { inserters } = await openDraft(app, 'Ad slot handling', body);

  await inserters.caretAfterParagraph(1);
  await inserters.insertAd('toolbar');
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
  await inserters.runSlashCommand('ad', 'Ad slot');
  await expect(inserters.ads).toHaveCount(2);
  await expect.poll(() => inserters.blockShape()).toBe('p p p ad p ad p');
});

test('places ads automatically on the seed article body, and warns about hand-placed ones', async ({ launch }) => {
  const app = await launch();
  const { inserters } = await openDraft(app, 'Putin Invites Xi to Moscow', seedArticleBody({ withAds: false }));
  await expect(inserters.ads).toHaveCount(0);
  await inserters.button('Auto ads').click();
  await expect(inserters.ads).toHaveCount(3);
  await expect(inserters.report).toHaveText(/^Placed 3 ads\. Every ad now follows the rules\./);
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
  await expect(seeded.inserters.ads.first()).toContainText('the first ad goes after paragraph 3');
  // The last card is more than a screen down: drawn once scrolled to.
  await seeded.inserters.ads.last().scrollIntoViewIfNeeded();
  await expect(seeded.inserters.ads.last()).toContainText('This ad ends the article; put it between paragraphs.');
  await app.page.screenshot({ path: `${screenshots}seed-warnings.png` });
  expect(await seriousAxeViolations(app.page)).toEqual([]);
});


test('the cards of a long article are drawn near the screen, keep their place while not drawn, and work when reached', async ({ launch }) => {
  const app = await launch();
  const seed = seedArticleBody();
  const { inserters } = await openDraft(app, 'Ten seed articles in one', { content: Array.from({ length: 10 }, () => seed.content).flat() });
  await expect(inserters.ads).toHaveCount(50);
  const body = app.page.getByRole('textbox', { name: 'Article body' });
  const bodyHeight = () => body.evaluate((element) => Math.round(element.getBoundingClientRect().height));
  const drawnHeight = await bodyHeight();
  // A screen away, a card's buttons and text are not drawn; its frame keeps the height it had, so nothing moves.
  await expect(inserters.ads.last().getByRole('button', { name: 'Delete' })).toHaveCount(0);
  expect(await bodyHeight()).toBe(drawnHeight);
  const last = inserters.ads.last();
  await last.focus();
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await expect(last).toContainText('This ad ends the article; put it between paragraphs.');
  // Now the top cards are frames and the bottom ones drawn (with more warnings than the top ones): still the same height.
  expect(await bodyHeight()).toBe(drawnHeight);
  const before = (await inserters.blockShape()).split(' ');
  await last.getByRole('button', { name: 'Move up' }).click();
  const moved = [...before.slice(0, -2), ...before.slice(-2).reverse()].join(' ');
  await expect.poll(() => inserters.blockShape()).toBe(moved);
  await app.page.screenshot({ path: `${screenshots}long-article-last-card.png` });
  // Back at the top, the first card is drawn again, with its warning.
  await expect(inserters.ads.first().getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await inserters.ads.first().scrollIntoViewIfNeeded();
  await expect(inserters.ads.first()).toContainText('the first ad goes after paragraph 3');
});

test('Auto ads sets the seed article’s five misplaced hand-placed ads right, and says so on a line that covers no text', async ({ launch }) => {
  const app = await launch({ viewport: { width: 720, height: 700 } });
  const article = readSeedArticle();
  const { inserters } = await openDraft(app, 'Seed article, ads by hand', { content: article.body?.content ?? [] });
  await expect(inserters.ads).toHaveCount(5);
  await expect(inserters.body.locator('.node-card--warning')).toHaveCount(5);

  await inserters.button('Auto ads').click();
  await expect(inserters.report.getByRole('paragraph')).toHaveText(
    'Moved 2 hand-placed ads to where the rules allow, took out 2 hand-placed ads, as the article is long enough for 3 ads (one per 150 words). Every ad now follows the rules.',
  );
  await expect(inserters.ads).toHaveCount(3);
  await expect(inserters.body.locator('.node-card--warning')).toHaveCount(0);
  await expect.poll(() => inserters.blockShape()).toBe('p h2 p p p ad p p p ad p p p ad p p p p related');
  await expect(inserters.body).toBeFocused();

  const toolbarBox = await inserters.toolbar.boundingBox();
  const reportBox = await inserters.report.boundingBox();
  const firstBlock = await inserters.body.locator(':scope > *').first().boundingBox();
  if (toolbarBox === null || reportBox === null || firstBlock === null) throw new Error('the toolbar, its report or the text is not shown');
  expect(reportBox.y).toBeGreaterThanOrEqual(toolbarBox.y + toolbarBox.height);
  expect(firstBlock.y).toBeGreaterThanOrEqual(reportBox.y + reportBox.height);
  await app.page.screenshot({ path: `${screenshots}auto-ads-report-720.png` });
  expect(await wcag22Violations(app.page, '.body-editor')).toEqual([]);

  await app.page.keyboard.press('ControlOrMeta+z');
  await expect(inserters.ads).toHaveCount(5);
  await expect(inserters.report).toBeEmpty();
  await inserters.button('Auto ads').click();
  await inserters.button('Auto ads').click();
  await expect(inserters.report.getByRole('paragraph')).toHaveText('The ads already follow the rules: nothing to change.');
});

const link = { href: 'https://news.example.com/world/xi-moscow', title: 'Xi to visit Moscow in spring' };
type Insert = { name: string; run: (inserters: InsertersPage, way: InsertWay) => Promise<void>; shape: string };
const adInsert: Insert = { name: 'an ad', run: (inserters, way) => inserters.insertAd(way), shape: 'ad' };
const relatedInsert: Insert = { name: 'a related link', run: (inserters, way) => inserters.insertRelated(way, link), shape: 'related' };
const sequences: Insert[][] = [[adInsert], [relatedInsert], [adInsert, relatedInsert], [relatedInsert, adInsert]];

for (const way of ['toolbar', 'shortcut', 'slash'] as const) {
  test(`keeps every card inserted by ${way} and the words typed right after it`, async ({ launch }) => {
    const app = await launch();
    const { editor, inserters } = await openDraft(app, `Cards by ${way}`, { content: [paragraph('Putin invited Xi to Moscow.')] });
    const expected = ['p'];
    for (const [index, inserts] of sequences.entries()) {
      await inserters.caretAfterParagraph(index);
      // A `/` command starts a paragraph of its own (or follows a space).
      if (way === 'slash') await app.page.keyboard.press('Enter');
      for (const insert of inserts) {
        await insert.run(inserters, way);
        expected.push(insert.shape);
      }
      const words = `Typed after ${inserts.map((insert) => insert.name).join(' then ')}.`;
      await app.page.keyboard.type(words);
      expected.push('p');
      await expect(inserters.body.locator(':scope > p').nth(index + 1)).toHaveText(words);
      await expect.poll(() => inserters.blockShape()).toBe(expected.join(' '));
    }
    await expect(inserters.ads).toHaveCount(3);
    await expect(inserters.related(link.title)).toHaveCount(3);
    expect(await savedBodyTypes(app, app.page, `Cards by ${way}`)).toEqual(expected.map((shape) => ({ p: 'paragraph', ad: 'ad:inline:manual', related: 'relatedLink' })[shape]));
    await editor.waitUntilSaved();
  });
}

test('the toolbar is one tab stop with arrow keys inside, and every control is named by what it shows', async ({ launch }) => {
  const app = await launch();
  const article = readSeedArticle();
  const { inserters } = await openDraft(app, 'Toolbar by keyboard', { content: [paragraph('Moscow.'), ...(article.body?.content ?? [])] });
  const keyboard = app.page.keyboard;
  await inserters.caretAfterParagraph(0);
  await keyboard.press('Shift+Tab');
  await expect(inserters.button('Bold')).toBeFocused();
  await expect(inserters.toolbarTabStops).toHaveCount(1);
  await keyboard.press('ArrowRight');
  await expect(inserters.button('Italic')).toBeFocused();
  await keyboard.press('End');
  await expect(inserters.button('Add comment')).toBeFocused();
  await keyboard.press('ArrowRight');
  await expect(inserters.button('Bold')).toBeFocused();
  await keyboard.press('ArrowLeft');
  await expect(inserters.button('Add comment')).toBeFocused();
  await keyboard.press('Home');
  await keyboard.press('ArrowRight');
  await keyboard.press('ArrowRight');
  await keyboard.press('ArrowRight');
  await expect(inserters.button('H2 heading')).toBeFocused();
  await expect(inserters.toolbarTabStops).toHaveCount(1);
  await keyboard.press('Tab');
  await expect(inserters.body).toBeFocused();
  await keyboard.press('Shift+Tab');
  await expect(inserters.button('H2 heading')).toBeFocused();
  await expect(inserters.button('Undo')).toBeDisabled();
  await keyboard.press('End');
  await keyboard.press('ArrowLeft');
  await expect(inserters.button('Site settings')).toBeFocused();
  await keyboard.press('ArrowLeft');
  await expect(inserters.button('Image')).toBeFocused();
  await keyboard.press('ArrowLeft');
  await keyboard.press('ArrowLeft');
  await keyboard.press('ArrowLeft');
  await expect(inserters.button('Ad slot')).toBeFocused();
  await keyboard.press('Enter');
  await expect(inserters.ads).toHaveCount(6);
  await expect(inserters.body).toBeFocused();

  await inserters.ads.first().scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: `${screenshots}toolbar-and-cards.png` });
  expect(await wcag22Violations(app.page, '.body-editor')).toEqual([]);
});

test('typing / shows the commands, filtered as you type, chosen with arrows and Enter, closed with Escape', async ({ launch }) => {
  const app = await launch({ viewport: { width: 720, height: 560 } });
  const { inserters } = await openDraft(app, 'Slash commands', { content: [paragraph('Putin invited Xi to Moscow.')] });
  const keyboard = app.page.keyboard;
  await inserters.caretAfterParagraph(0);
  await keyboard.press('Enter');
  await keyboard.type('/');
  await expect(inserters.slashMenu.getByRole('option')).toHaveText(['H2 heading /h2', 'H3 heading /h3', 'Quote /quote', 'Bulleted list /list', 'Numbered list /numbered', 'Ad slot /ad', 'Also Read link /related', 'Image /image']);
  await expect(inserters.body).toBeFocused();
  const optionId = (label: string) => inserters.slashOption(label).getAttribute('id');
  await expect(inserters.body).toHaveAttribute('aria-activedescendant', (await optionId('H2 heading')) ?? '');

  const caret = await inserters.body.locator(':scope > p').last().boundingBox();
  const menu = await inserters.slashMenu.boundingBox();
  if (caret === null || menu === null) throw new Error('no caret line or no menu');
  expect(menu.y).toBeGreaterThanOrEqual(caret.y + caret.height - 1);
  expect(menu.x + menu.width).toBeLessThanOrEqual(720);
  await app.page.screenshot({ path: `${screenshots}slash-menu-light-720.png` });
  expect(await wcag22Violations(app.page, '.slash-menu')).toEqual([]);

  await keyboard.type('l');
  await expect(inserters.slashMenu.getByRole('option')).toHaveText(['Bulleted list /list', 'Numbered list /numbered', 'Also Read link /related']);
  await keyboard.press('ArrowUp');
  await expect(inserters.slashOption('Also Read link')).toHaveAttribute('aria-selected', 'true');
  await expect(inserters.body).toHaveAttribute('aria-activedescendant', (await optionId('Also Read link')) ?? '');
  await keyboard.press('ArrowDown');
  await expect(inserters.slashOption('Bulleted list')).toHaveAttribute('aria-selected', 'true');
  await keyboard.press('Escape');
  await expect(inserters.slashMenu).toBeHidden();
  await expect(inserters.body).not.toHaveAttribute('aria-activedescendant');
  await keyboard.press('Backspace');
  await keyboard.press('Backspace');
  await keyboard.type('/nu');
  await keyboard.press('Enter');
  await expect(inserters.slashMenu).toBeHidden();
  await keyboard.type('Numbered point');
  await expect(inserters.body.locator('ol li')).toHaveText('Numbered point');

  await keyboard.press('Enter');
  await keyboard.press('Enter');
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await keyboard.type('/');
  await inserters.slashOption('Quote').hover();
  await expect(inserters.slashOption('Quote')).toHaveAttribute('aria-selected', 'true');
  await app.page.screenshot({ path: `${screenshots}slash-menu-dark-720.png` });
  await inserters.slashOption('Quote').click();
  await keyboard.type('A quoted line');
  await expect(inserters.body.locator('blockquote')).toHaveText('A quoted line');
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

  await inserters.button('Also Read link').click();
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
  await inserters.insertAd('toolbar');
  await expect(inserters.ad('inline')).toBeVisible();
  await editor.waitUntilSaved();
  await app.page.screenshot({ path: `${screenshots}related-inserted.png` });
  await app.close();

  const reopened = await launch();
  const again = await new LibraryPage(reopened.page).open('Xi to visit Moscow in spring');
  await again.waitUntilReady();
  const after = new InsertersPage(reopened.page);
  await expect.poll(() => after.blockShape()).toBe('p ad p related p');
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

test('an ad card’s placement warnings follow the paragraphs written before it, without the card being touched', async ({ launch }) => {
  const app = await launch();
  const ad = { type: 'adSlot', attrs: { format: 'inline', placement: 'manual', slot: null, size: null } };
  const { editor, inserters } = await openDraft(app, 'Ferry strike ends', { content: [paragraph('DOVER: The ferry strike ended on Tuesday.'), ad, paragraph('Crossings resume tonight.')] });
  const warnings = inserters.ad('inline').getByRole('list', { name: 'Placement warnings' });
  await expect(warnings).toContainText('the first ad goes after paragraph 3');

  // Two more paragraphs before the ad: it now comes after the third, and says so at once.
  await editor.body.locator('p').first().click();
  await app.page.keyboard.press('End');
  for (const text of ['Unions and owners agreed on pay.', 'Queues at the port eased by noon.']) {
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type(text);
  }
  await expect(warnings).not.toContainText('the first ad goes after paragraph 3');

  // Taken back: the warning returns.
  await app.page.keyboard.press('Control+z');
  await expect(warnings).toContainText('the first ad goes after paragraph 3');
});
