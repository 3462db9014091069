import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

test('the spellchecker follows the open draft\'s language, as the reporter changes it', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const editor = await new LibraryPage(page).newDraft();
  const reported = () => [...app.spellCheckLanguages];
  await expect.poll(reported).toEqual(['en']);
  await editor.openPublishing();
  await page.getByLabel('Language', { exact: true }).fill('pt-PT');
  await expect.poll(reported).toEqual(['en', 'pt-PT']);
  await page.getByLabel('Language', { exact: true }).fill('ar');
  await expect.poll(reported).toEqual(['en', 'pt-PT', 'ar']);
});

test('Paste as Plain Text (a paste of text/plain alone) puts in the words, a paragraph a line, with no formatting', async ({ launch }) => {
  const { page } = await launch();
  const editor = await new LibraryPage(page).newDraft();
  await editor.focusBody();
  // Chromium's pasteAndMatchStyle fires the page's paste event with the clipboard's plain text only.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Flood warning for the coast\nRoads closed until noon');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor.body.locator('p')).toHaveText(['Flood warning for the coast', 'Roads closed until noon']);
  await expect(editor.body.locator('strong, em, a, h2, h3')).toHaveCount(0);
});
