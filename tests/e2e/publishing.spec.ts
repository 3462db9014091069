import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildDocx } from '../unit/publishing/docxFixture';
import { expect, test } from './fixtures';
import { seriousAxeViolations } from './axe';
import { ExportDialogPage } from './pages/ExportDialogPage';

test('imports a Word file, fixes what the checklist flags, previews and saves the page', async ({ launch, dbPath }) => {
  const folder = dirname(dbPath);
  const docxPath = join(folder, 'storm.docx');
  const savePath = join(folder, 'storm.html');
  await writeFile(docxPath, buildDocx());
  const app = await launch({ openPath: docxPath, savePath });
  const { page } = app;

  await app.sendCommand('import');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Storm Hits the Coast as Rivers Rise');
  await expect(page.getByText('1 unsafe link removed (text kept)')).toBeVisible();

  await page.getByRole('button', { name: 'Export HTML', exact: true }).click();
  const exportDialog = new ExportDialogPage(page);
  await expect(exportDialog.item('The article has no author.')).toBeVisible();
  await exportDialog.item('The article has no author.').click();
  await expect(exportDialog.dialog).toBeHidden();
  await expect(page.getByLabel('Author', { exact: true })).toBeFocused();
  await page.keyboard.type('Asha Rao');

  await page.getByRole('button', { name: 'Export HTML', exact: true }).click();
  await expect(exportDialog.item('The article has no author.')).toHaveCount(0);
  await expect(exportDialog.preview).toHaveAttribute('sandbox', '');
  await expect(exportDialog.preview.contentFrame().getByRole('heading', { level: 1 })).toHaveText('Storm Hits the Coast as Rivers Rise');
  // The page's own stylesheet reaches the sandboxed preview: the headline is 2.2rem (browser default: 32px).
  await expect(exportDialog.preview.contentFrame().locator('h1')).toHaveCSS('font-size', '35.2px');
  await exportDialog.saveButton.click();
  await expect(exportDialog.status).toHaveText(`Saved to ${savePath}`);
  const html = await readFile(savePath, 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('<p class="nd-byline">By <span class="nd-author" dir="auto">Asha Rao</span></p>');
  expect(html).toContain('<span class="nd-dateline">CHENNAI:</span>');
});

test('an article without a headline cannot be exported; the checklist goes to the headline', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await app.sendCommand('new-draft');
  await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
  await app.sendCommand('export');
  const exportDialog = new ExportDialogPage(page);
  await expect(exportDialog.item('The article has no headline.')).toBeVisible();
  await expect(exportDialog.saveButton).toBeDisabled();
  await expect(exportDialog.preview).toHaveCount(0);
  await exportDialog.item('The article has no headline.').click();
  await expect(page.getByLabel('Headline', { exact: true })).toBeFocused();
});

test('pasting from Google Docs keeps headings, lists, bold and italic and drops the styling', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await app.sendCommand('new-draft');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await expect(body).toBeFocused();
  const html = await readFile(new URL('../fixtures/paste/google-docs.html', import.meta.url), 'utf8');
  // The page has the DOM; this file is type-checked for Node, so the paste is sent as a script.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/html', ${JSON.stringify(html)});
    data.setData('text/plain', 'Budget talks stall');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
  await expect(body.locator('h2').first()).toHaveText('Budget talks stall');
  await expect(body.locator('strong').first()).toHaveText('PARIS:');
  await expect(body.locator('em').first()).toHaveText('again');
  await expect(body.locator('ul > li')).toHaveText(['Pensions', 'Defence spending']);
  await expect(body.locator('[style], img, b#docs-internal-guid-5c3f1a2b-7fff-1e2d-4a6b-0c9d8e7f6a5b')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveText(/Pasted\. 1 image left out\./);
});

test('a Markdown file dropped on the window becomes a draft, which can be marked published', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const markdown = '---\nheadline: Dropped Story\nauthor: Asha Rao\n---\nMUMBAI: The copy arrived by drag and drop.\n';
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.items.add(new File([${JSON.stringify(markdown)}], 'dropped.md', { type: 'text/markdown' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  })()`);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Dropped Story');
  await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue('MUMBAI');

  await page.getByRole('button', { name: 'Export HTML', exact: true }).click();
  const exportDialog = new ExportDialogPage(page);
  await exportDialog.dialog.getByLabel('Website address').fill('https://news.example.com/india/dropped-story');
  await exportDialog.dialog.getByRole('button', { name: 'Mark as published' }).click();
  await expect(exportDialog.dialog.getByText('Marked as published. Other articles can now link to it.')).toBeVisible();
  await exportDialog.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('published');
  await page.getByLabel('Author bio', { exact: true }).fill('Covers the city.');
  const listed = await app.engine.call('drafts:list', { status: 'published' });
  expect(listed.ok && listed.value.items.map((item) => item.headline)).toEqual(['Dropped Story']);
  const id = listed.ok ? (listed.value.items[0]?.id ?? '') : '';
  // The edit made after publishing saves on top of the published version: no conflict.
  await expect
    .poll(async () => {
      const saved = await app.engine.call('drafts:get', { id });
      return saved.ok ? [saved.value.authorBio, saved.value.publishedUrl] : [];
    })
    .toEqual(['Covers the city.', 'https://news.example.com/india/dropped-story']);
  await expect(page.getByText(/changed elsewhere|conflict/i)).toHaveCount(0);
  const found = await app.engine.call('catalog:search', { query: 'Dropped Story' });
  expect(JSON.stringify(found)).toContain('https://news.example.com/india/dropped-story');
});

test('the checklist beside the article follows the writing and goes to each item', async ({ launch }, testInfo) => {
  const app = await launch();
  const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The council met on TK to vote.' }] }] };
  const created = await app.engine.call('drafts:create', { changes: { headline: 'Council vote', body } });
  if (!created.ok) throw new Error(created.error.message);
  const { page } = app;
  await page.reload();
  await page.getByRole('option', { name: 'Council vote' }).dblclick();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Council vote');

  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Pre-publish checklist' });
  const item = (text: string) => panel.getByRole('button', { name: new RegExp(text) });
  await expect(item('The article has no author.')).toBeVisible();
  await expect(item('A TK placeholder is left in the copy.')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('checklist-beside-the-article.png') });

  await item('The article has no author.').click();
  await expect(page.getByLabel('Author', { exact: true })).toBeFocused();
  await page.keyboard.type('Asha Rao');
  await expect(item('The article has no author.')).toHaveCount(0);

  await item('A TK placeholder is left in the copy.').click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
  await page.keyboard.press('End');
  for (let step = 0; step < 'TK to vote.'.length; step += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('Monday to vote.');
  await expect(item('A TK placeholder is left in the copy.')).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: 'Checklist: all clear' })).toBeVisible();
});
