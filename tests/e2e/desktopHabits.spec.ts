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

test('a key pressed before the page reports the caret moved acts where the caret is: Enter after End keeps the selected word', async ({ launch }) => {
  const { page } = await launch();
  const editor = await new LibraryPage(page).newDraft();
  await editor.focusBody();
  await page.keyboard.type('Read the report');
  for (let index = 0; index < 'report'.length; index += 1) await page.keyboard.press('Shift+ArrowLeft');
  // What a busy laptop does with End then Enter: the caret moves, and Enter arrives before
  // Chromium's selectionchange task has told the editor. Both happen here in one task.
  await page.evaluate(() => {
    const paragraph = document.querySelector('[aria-label="Article body"] p');
    const text = paragraph?.lastChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) throw new Error('no text to put the caret in');
    document.getSelection()?.collapse(text, text.textContent?.length ?? 0);
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
  });
  await page.keyboard.type('Next');
  await expect(editor.body.locator('p')).toHaveText(['Read the report', 'Next']);
});
