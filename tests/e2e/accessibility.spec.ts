import { expect, test } from './fixtures';
import { seriousAxeViolations } from './axe';
import { LibraryPage } from './pages/LibraryPage';

test('the library, the editor with its panels, and the trash have no serious axe violations', async ({ launch }) => {
  const app = await launch();
  const library = new LibraryPage(app.page);
  const editor = await library.newDraft();
  await editor.fill({ headline: 'Accessible story', kicker: 'Explainer', authorName: 'Lee Park' });
  await editor.addTags(['Access']);
  await editor.focusBody();
  await app.page.keyboard.type('A paragraph with words.');
  await editor.openPublishing();
  await editor.waitUntilSaved();
  await editor.button('History').click();
  await expect(app.page.getByRole('complementary', { name: 'History' })).toBeVisible();
  expect(await seriousAxeViolations(app.page)).toEqual([]);

  await editor.backToLibrary();
  await library.list.focus();
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  await library.search('paragraph');
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  await library.searchBox.fill('');
  await library.showTrash();
  expect(await seriousAxeViolations(app.page)).toEqual([]);
});

test('the editor works in the dark theme too', async ({ launch }, testInfo) => {
  const app = await launch({ colorScheme: 'dark' });
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'Night shift' });
  await editor.button('Save version').click();
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  const shot = await app.page.screenshot({ path: testInfo.outputPath('save-version-dark.png') });
  await testInfo.attach('save-version-dark', { body: shot, contentType: 'image/png' });
});

test('a window at its narrowest (720 px) shows every editor control without scrolling sideways', async ({ launch }, testInfo) => {
  const app = await launch({ viewport: { width: 720, height: 560 } });
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'Narrow window' });
  for (const panel of [null, 'Checklist'] as const) {
    if (panel) await editor.button(panel).click();
    for (const name of ['Library', 'History', 'Checklist', 'Save version', 'Export HTML', 'Trash']) {
      const box = await app.page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 720, `${name} is inside the window`).toBe(true);
    }
    const overflow = await app.page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const main = document.querySelector('.editor-main');
      return { page: root.scrollWidth - root.clientWidth, article: main ? main.scrollWidth - main.clientWidth : 0 };
    });
    expect(overflow).toEqual({ page: 0, article: 0 });
  }
  await app.page.screenshot({ path: testInfo.outputPath('narrow-editor.png') });
});
