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
