import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LaunchedApp } from './harness';
import { test, expect } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { FiguresPage } from './pages/FiguresPage';
import { InsertersPage } from './pages/InsertersPage';
import { LibraryPage } from './pages/LibraryPage';
import { openStoredDraft } from './openStoredDraft';
import { hasExiftool, makePhoto, withRevealingTags } from '../unit/images/photoFixtures';

const screenshots = `${process.env.NEWSDESK_SCREENSHOTS ?? fileURLToPath(new URL('../../test-results/images', import.meta.url))}/`;
mkdirSync(screenshots, { recursive: true });

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function photoFile(folder: string, name: string, width: number, height: number, tagged: boolean): Promise<string> {
  const bytes = await makePhoto(width, height);
  const path = join(folder, name);
  writeFileSync(path, tagged && hasExiftool ? withRevealingTags(bytes) : bytes);
  return path;
}

async function openDraft(app: LaunchedApp, headline: string, texts: string[]): Promise<{ editor: EditorPage; figures: FiguresPage; inserters: InsertersPage }> {
  const editor = await openStoredDraft(app, { headline, authorName: 'Asha Rao', body: { type: 'doc', content: texts.map(paragraph) } });
  return { editor, figures: new FiguresPage(app.page), inserters: new InsertersPage(app.page) };
}

async function savedFigures(app: LaunchedApp, headline: string): Promise<Record<string, unknown>[]> {
  await new EditorPage(app.page).waitUntilSaved();
  const found = await app.engine.call('drafts:search', { query: headline });
  const id = found.ok ? found.value.items[0]?.id : undefined;
  if (id === undefined) throw new Error('draft not found');
  const draft = await app.engine.call('drafts:get', { id });
  if (!draft.ok) throw new Error(draft.error.message);
  return (draft.value.body.content ?? []).flatMap((block) => {
    const node = block as { type: string; attrs?: Record<string, unknown> };
    return node.type === 'figure' ? [node.attrs ?? {}] : [];
  });
}

test('inserts a photo from the open dialog, edits its words in place, moves, deletes and undoes it, and keeps it after a relaunch', async ({ launch, dbPath }) => {
  const photo = await photoFile(dirname(dbPath), 'harbour.jpg', 1800, 1200, true);
  const app = await launch({ openPath: photo });
  const { figures, inserters } = await openDraft(app, 'Flood defences hold', ['Residents worked through the night.', 'The river peaked at dawn.', 'Schools reopen on Monday.']);

  await inserters.caretAfterParagraph(0);
  await inserters.button('Image').click();
  await expect(figures.figures).toHaveCount(1);
  const figure = figures.figures.first();
  expect(await figures.loadedWidth(figure)).toBe(1024);
  await expect.poll(() => figures.blockShape()).toBe('p figure p p');
  if (hasExiftool) {
    await expect(figures.field(figure, 'Caption')).toHaveValue('Residents fill sandbags on the harbour wall');
    await expect(figures.field(figure, 'Credit')).toHaveValue('Ana Ruiz');
    await expect(figure).toContainText('Removed for privacy: GPS location, camera make and model, camera serial number.');
  }
  await figures.field(figure, 'Caption').fill('Residents fill sandbags on Tuesday.');
  await figures.field(figure, 'Credit').fill('Ana Ruiz/Reuters');
  await figures.field(figure, 'Alt text').fill('Volunteers pass sandbags along the harbour wall');
  await app.page.screenshot({ path: `${screenshots}figure-light.png` });
  const saved = await savedFigures(app, 'Flood defences hold');
  expect(saved).toEqual([expect.objectContaining({ caption: 'Residents fill sandbags on Tuesday.', credit: 'Ana Ruiz/Reuters', alt: 'Volunteers pass sandbags along the harbour wall', ...(hasExiftool ? { width: 1200, height: 1800 } : { width: 1800, height: 1200 }) })]);

  await figure.getByRole('button', { name: 'Move down' }).click();
  await expect.poll(() => figures.blockShape()).toBe('p p figure p');
  await figure.getByRole('button', { name: 'Delete' }).click();
  await expect(figures.figures).toHaveCount(0);
  await app.page.keyboard.press('ControlOrMeta+z');
  await expect(figures.figures).toHaveCount(1);
  await expect.poll(() => figures.blockShape()).toBe('p p figure p');
  await expect(figures.field(figures.figures.first(), 'Alt text')).toHaveValue('Volunteers pass sandbags along the harbour wall');
  await savedFigures(app, 'Flood defences hold');
  await app.close();

  const reopened = await launch();
  const library = new LibraryPage(reopened.page);
  await library.waitUntilShown();
  const editor = await library.open('Flood defences hold');
  await editor.waitUntilReady();
  const again = new FiguresPage(reopened.page);
  await expect(again.figures).toHaveCount(1);
  expect(await again.loadedWidth(again.figures.first())).toBe(1024);
  await expect(again.field(again.figures.first(), 'Caption')).toHaveValue('Residents fill sandbags on Tuesday.');
});

test('takes pictures dropped on the body and pasted from the clipboard or a web page, and refuses a file that is not a picture', async ({ launch }) => {
  const app = await launch();
  const { figures } = await openDraft(app, 'Storm pictures', ['First paragraph.', 'Second paragraph.']);
  const jpeg = base64(await makePhoto(900, 600));
  const png = base64(await makePhoto(400, 300, 'png'));

  await figures.dropFiles(figures.body.locator(':scope > p').nth(0), [{ name: 'dropped.jpg', type: 'image/jpeg', base64: jpeg }]);
  await expect(figures.figures).toHaveCount(1);
  expect(await figures.loadedWidth(figures.figures.first())).toBe(900);

  await figures.body.locator(':scope > p').last().click();
  await app.page.keyboard.press('End');
  await figures.paste({ files: [{ name: 'image.png', type: 'image/png', base64: png }] });
  await expect(figures.figures).toHaveCount(2);

  const webPage = `<p>Crowds gathered <b>early</b>.</p><figure><img src="data:image/png;base64,${png}" alt="The square at noon"><figcaption>The square at noon.</figcaption></figure><p>Remote: <img src="https://example.com/x.jpg"></p>`;
  await figures.paste({ html: webPage });
  await expect(figures.figures).toHaveCount(3);
  await expect(figures.field(figures.figures.nth(2), 'Alt text')).toHaveValue('The square at noon');
  await expect(figures.field(figures.figures.nth(2), 'Caption')).toHaveValue('The square at noon.');
  await expect(app.page.getByRole('status').filter({ hasText: '1 image left out' })).toBeVisible();
  await expect(figures.body).toContainText('Crowds gathered early.');

  const before = await figures.blockShape();
  await figures.paste({ files: [{ name: 'notes.png', type: 'image/png', base64: Buffer.from('just some text').toString('base64') }] });
  await expect(app.page.getByRole('alert')).toHaveText('notes.png is not a picture Newsdesk can use: it takes JPEG, PNG, WebP, GIF and AVIF files.');
  expect(await figures.blockShape()).toBe(before);
  expect(await savedFigures(app, 'Storm pictures')).toHaveLength(3);
});

test('the checklist wants alt text, caption and credit, and export writes the figure and its pictures', async ({ launch, dbPath }) => {
  const photo = await photoFile(dirname(dbPath), 'plain.jpg', 1400, 1000, false);
  const exportPath = join(dirname(dbPath), 'out', 'flood.html');
  mkdirSync(dirname(exportPath), { recursive: true });
  const app = await launch({ openPath: photo, savePath: exportPath });
  const { figures, inserters, editor } = await openDraft(app, 'Checklist pictures', ['Only paragraph.']);
  await inserters.caretAfterParagraph(0);
  await app.page.keyboard.press('Enter');
  await app.page.keyboard.type('/image');
  await inserters.waitForCaretAtEndOf('/image');
  await app.page.keyboard.press('Enter');
  await expect(figures.figures).toHaveCount(1);

  await app.page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const checklist = app.page.getByRole('complementary', { name: 'Pre-publish checklist' });
  await expect(checklist).toContainText('A picture has no alt text: describe it for readers who cannot see it.');
  await expect(checklist).toContainText('A picture has no caption.');
  await expect(checklist).toContainText('A picture has no credit: name the photographer or agency.');
  await figures.field(figures.figures.first(), 'Alt text').fill('Water over the road');
  await expect(checklist).not.toContainText('has no alt text');
  await app.page.screenshot({ path: `${screenshots}checklist-pictures.png` });
  await editor.waitUntilSaved();

  const found = await app.engine.call('drafts:search', { query: 'Checklist pictures' });
  const id = found.ok ? (found.value.items[0]?.id ?? '') : '';
  const rendered = await app.engine.call('export:render', { id, form: 'fragment' });
  expect(rendered.ok && rendered.value.html).toMatch(/<figure class="nd-figure" data-image-id="sha256-[0-9a-f]{64}"><img src="images\/[0-9a-f]{64}-1024\.jpg" alt="Water over the road" width="1024" height="731" decoding="async" srcset="[^"]+640w, [^"]+1024w, [^"]+1400w"/);
});

for (const look of [
  { name: 'dark', colorScheme: 'dark' as const, viewport: { width: 1280, height: 860 } },
  { name: 'narrow', colorScheme: 'light' as const, viewport: { width: 720, height: 860 } },
]) {
  test(`shows a figure card in the ${look.name} look`, async ({ launch, dbPath }) => {
    const photo = await photoFile(dirname(dbPath), 'look.jpg', 1600, 1000, false);
    const app = await launch({ openPath: photo, colorScheme: look.colorScheme, viewport: look.viewport });
    const { figures, inserters } = await openDraft(app, `Look ${look.name}`, ['A paragraph before.', 'A paragraph after.']);
    await inserters.caretAfterParagraph(0);
    await inserters.button('Image').click();
    await expect(figures.figures).toHaveCount(1);
    await figures.loadedWidth(figures.figures.first());
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await figures.figures.first().scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `${screenshots}figure-${look.name}.png` });
  });
}

test('a draft from another laptop says where its picture is until the picture arrives, then shows it', async ({ launch }) => {
  const app = await launch();
  const bytes = await makePhoto(1200, 800);
  const id = `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
  const figure = { type: 'figure', attrs: { image: id, alt: 'Volunteers pass sandbags', caption: 'Sandbags on Tuesday.', credit: 'Ana Ruiz', width: 1200, height: 800 } };
  await openStoredDraft(app, { headline: 'Harbour wall from the desk', body: { type: 'doc', content: [paragraph('Residents worked through the night.'), figure] } });
  const figures = new FiguresPage(app.page);
  const card = figures.figures.first();
  await expect(card.getByRole('img', { name: 'Volunteers pass sandbags (not on this laptop yet)' })).toBeVisible();
  await expect(card).toContainText('This picture is not on this laptop yet.');
  await card.screenshot({ path: `${screenshots}figure-not-here-yet.png` });
  // What the engine does when the picture comes from the newsroom server: it is stored under the id the draft uses.
  const stored = await app.engine.call('images:add', { name: 'harbour.jpg', base64: base64(bytes) });
  expect(stored.ok && stored.value.id).toBe(id);
  expect(await figures.loadedWidth(card)).toBe(1024);
  await expect(card).not.toContainText('not on this laptop yet');
});
