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

test('the export dialog, the checklist panel, a multiple selection and the settings pass axe (WCAG 2.2 A/AA, best practices, Label in Name)', async ({ launch }) => {
  const app = await launch();
  for (const headline of ['First of three', 'Second of three', 'Third of three']) {
    await app.engine.call('drafts:create', { changes: { headline } });
  }
  await app.page.reload();
  const library = new LibraryPage(app.page);
  await expect(library.list.getByRole('option')).toHaveCount(3);
  await library.list.focus();
  await app.page.keyboard.press('Control+a');
  await expect.poll(() => library.selectedHeadlines()).toHaveLength(3);
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  await library.action('Move to trash').click();
  await library.showTrash();
  await library.list.focus();
  await app.page.keyboard.press('Control+a');
  await expect.poll(() => library.selectedHeadlines()).toHaveLength(3);
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  await library.action('Restore').click();
  await expect(app.page.getByRole('status').filter({ hasText: '3 drafts restored' })).toBeVisible();
  await library.showDrafts();

  await app.page.getByRole('button', { name: 'Site settings' }).click();
  await expect(app.page.getByRole('dialog', { name: 'Site settings' })).toBeVisible();
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  await app.page.keyboard.press('Escape');

  const editor = await library.open('Second of three');
  await editor.button('Export HTML').click();
  await expect(app.page.getByRole('dialog', { name: 'Export HTML' })).toBeVisible();
  // The dialog itself; the body toolbar behind it has its own spec.
  expect(await seriousAxeViolations(app.page, { include: ['.export-dialog'] })).toEqual([]);
  await app.page.keyboard.press('Escape');
  await editor.button('Checklist').click();
  const checklist = app.page.getByRole('complementary', { name: 'Pre-publish checklist' });
  await expect(checklist).toBeVisible();
  expect(await seriousAxeViolations(app.page, { include: ['.checklist-side', '.editor-header', '.article-fields'] })).toEqual([]);
  await app.page.keyboard.press('Escape');
  await editor.button('History').click();
  expect(await seriousAxeViolations(app.page, { include: ['.history', '.editor-header'] })).toEqual([]);
});
