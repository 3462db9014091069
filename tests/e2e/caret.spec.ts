import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { LibraryPage } from './pages/LibraryPage';

function longBody(paragraphs: number) {
  return {
    type: 'doc' as const,
    content: Array.from({ length: paragraphs }, (_, index) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `Paragraph ${index + 1}: the council met on Tuesday and voted on the bridge, the ferry and the harbour.` }],
    })),
  };
}

type Edges = { caretTop: number; caretBottom: number; toolbarBottom: number; articleBottom: number };

/**
 * Where the caret is drawn, against the bottom of the stuck toolbar and the bottom of the article's
 * scroller, in the next frame painted: what the reporter sees.
 */
async function edges(page: Page): Promise<Edges> {
  return page.evaluate(async () => {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const selection = document.getSelection();
    if (selection === null || selection.rangeCount === 0) throw new Error('no caret');
    const caret = selection.getRangeAt(0).getClientRects()[0] ?? selection.getRangeAt(0).getBoundingClientRect();
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Formatting"]');
    const article = document.querySelector('main.editor-main');
    if (toolbar === null || !(article instanceof HTMLElement)) throw new Error('no toolbar or article');
    return {
      caretTop: caret.top,
      caretBottom: caret.bottom,
      toolbarBottom: toolbar.getBoundingClientRect().bottom,
      articleBottom: article.getBoundingClientRect().top + article.clientHeight,
    };
  });
}

test('typed text comes into view: below the toolbar stuck over the article, above the window’s bottom edge', async ({ launch }) => {
  const app = await launch({ viewport: { width: 1280, height: 720 } });
  const created = await app.engine.call('drafts:create', { changes: { headline: 'Council votes on the bridge', body: longBody(40) } });
  if (!created.ok) throw new Error(created.error.message);
  await app.page.reload();
  await new LibraryPage(app.page).select('Council votes on the bridge');
  await app.page.keyboard.press('Enter');
  const editor = new EditorPage(app.page);
  await editor.waitUntilReady();

  // The caret at the end of paragraph 20; the reporter scrolls (as with the wheel) until its line
  // sits under the toolbar, then types.
  const paragraph = editor.body.locator('p').nth(19);
  await paragraph.click();
  await app.page.keyboard.press('End');
  await expect(editor.body).toBeFocused();
  await app.page.evaluate(() => {
    const article = document.querySelector('main.editor-main');
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Formatting"]');
    const caret = document.getSelection()?.getRangeAt(0).getClientRects()[0];
    if (!(article instanceof HTMLElement) || toolbar === null || caret === undefined) throw new Error('no article');
    const toolbarBox = toolbar.getBoundingClientRect();
    article.scrollTop += caret.top - (toolbarBox.top + 4);
  });
  const hidden = await edges(app.page);
  expect(hidden.caretTop).toBeLessThan(hidden.toolbarBottom);

  await app.page.keyboard.type(' Late');
  await expect(paragraph).toContainText('harbour. Late');
  const typed = await edges(app.page);
  expect(typed.caretTop).toBeGreaterThanOrEqual(typed.toolbarBottom);
  expect(typed.caretBottom).toBeLessThanOrEqual(typed.articleBottom);

  // New paragraphs at the end of the article, past the bottom of the window: each stays in view.
  await app.page.keyboard.press('Control+End');
  for (let line = 1; line <= 12; line += 1) {
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type(`Update ${line}.`);
  }
  await expect(editor.body.locator('p').last()).toHaveText('Update 12.');
  const end = await edges(app.page);
  expect(end.caretBottom).toBeLessThanOrEqual(end.articleBottom);
  expect(end.caretTop).toBeGreaterThanOrEqual(end.toolbarBottom);

  // Enter held down (repeated keydowns, as the keyboard's auto-repeat sends them): the last new line is in view.
  for (let repeat = 0; repeat < 20; repeat += 1) await app.page.keyboard.down('Enter');
  await app.page.keyboard.up('Enter');
  await app.page.keyboard.type('Held.');
  await expect(editor.body.locator('p').last()).toHaveText('Held.');
  const held = await edges(app.page);
  expect(held.caretBottom).toBeLessThanOrEqual(held.articleBottom);
  expect(held.caretTop).toBeGreaterThanOrEqual(held.toolbarBottom);

  // Back to the top with Control+Home: the first line comes out from under the toolbar.
  await app.page.keyboard.press('Control+Home');
  await expect(editor.body).toBeFocused();
  const top = await edges(app.page);
  expect(top.caretTop).toBeGreaterThanOrEqual(top.toolbarBottom);
});
