import { expect, test } from './fixtures';
import { seriousAxeViolations } from './axe';
import { LibraryPage } from './pages/LibraryPage';
import { SettingsDialogPage } from './pages/SettingsDialogPage';

test('settings problems are named in plain words under their fields, and nothing is saved until they are fixed', async ({ launch }, testInfo) => {
  const app = await launch();
  await new LibraryPage(app.page).waitUntilShown();
  const settings = new SettingsDialogPage(app.page);
  await settings.open();
  await settings.field('Base URL').fill('news.example.com');
  await settings.formatId(2).fill('inline');
  await settings.saveButton.click();

  await expect(settings.field('Base URL')).toBeFocused();
  await expect(settings.field('Base URL')).toHaveAccessibleDescription(/The base URL must be a web address starting with http/);
  await expect(settings.formatId(2)).toHaveAccessibleDescription('Another format already has the id “inline”; each format needs its own.');
  await expect(settings.dialog).not.toContainText('baseUrl');
  await expect(settings.dialog).not.toContainText('changes.');
  await expect(settings.dialog.getByRole('alert')).toContainText('2 settings need fixing');
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  for (const [name, colorScheme, width] of [['light', 'light', 1100], ['dark', 'dark', 1100], ['narrow', 'light', 720]] as const) {
    await app.page.emulateMedia({ colorScheme });
    await app.page.setViewportSize({ width, height: 720 });
    await app.page.screenshot({ path: testInfo.outputPath(`settings-error-${name}.png`) });
  }
  const stored = await app.engine.call('settings:get', {});
  expect(stored.ok && stored.value.baseUrl).toBe('');

  await settings.field('Base URL').fill('https://news.example.com');
  await settings.formatId(2).fill('native');
  await settings.saveButton.click();
  await expect(settings.dialog).toBeHidden();
  await expect(app.page.getByRole('button', { name: 'Site settings' })).toBeFocused();
  const saved = await app.engine.call('settings:get', {});
  expect(saved.ok && saved.value.baseUrl).toBe('https://news.example.com');
});

test('closing the settings with unsaved changes asks first', async ({ launch }) => {
  const app = await launch();
  await new LibraryPage(app.page).waitUntilShown();
  const settings = new SettingsDialogPage(app.page);
  await settings.open();
  await settings.field('Site name').fill('The Coast Times');
  await settings.cancelButton.click();
  const keep = settings.dialog.getByRole('button', { name: 'Keep editing' });
  await expect(keep).toBeFocused();
  await keep.click();
  await expect(settings.field('Site name')).toHaveValue('The Coast Times');

  await app.page.keyboard.press('Escape');
  await settings.dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(settings.dialog).toBeHidden();
  const stored = await app.engine.call('settings:get', {});
  expect(stored.ok && stored.value.siteName).toBe('Newsdesk');

  // Nothing changed: Cancel and Escape simply close.
  await settings.open();
  await app.page.keyboard.press('Escape');
  await expect(settings.dialog).toBeHidden();
});
