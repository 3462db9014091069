import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

test('an older version can be previewed and restored', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'Budget day' });
  await editor.focusBody();
  await app.page.keyboard.type('The first take of the budget story.');
  await editor.waitUntilSaved();

  await editor.saveVersion('First take');

  await editor.focusBody();
  await app.page.keyboard.press('ControlOrMeta+a');
  await app.page.keyboard.type('A rewrite that the desk did not like.');
  await editor.waitUntilSaved();

  await editor.button('History').click();
  const history = app.page.getByRole('complementary', { name: 'History' });
  const version = history.getByRole('button', { name: /First take/ });
  await expect(version).toContainText('7 words');
  await version.click();
  const preview = history.getByRole('article', { name: 'Preview of the selected version' });
  await expect(preview).toContainText('The first take of the budget story.');
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(editor.body).toHaveText('The first take of the budget story.');
  await editor.waitUntilSaved();

  const list = await app.engine.call('drafts:list', {});
  const id = list.ok ? (list.value.items[0]?.id ?? '') : '';
  const draft = await app.engine.call('drafts:get', { id });
  expect(draft.ok && JSON.stringify(draft.value.body)).toContain('The first take of the budget story.');
  await expect(history.getByRole('button', { name: /Restored/ }).first()).toBeVisible();
});

test('the status is shown and changed from the editor', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'Status story' });
  await editor.setStatus('In review');
  await editor.waitUntilSaved();
  await editor.backToLibrary();
  const library = new LibraryPage(app.page);
  await expect(library.draft('Status story')).toContainText('In review');
  const history = await app.engine.call('drafts:list', { status: 'in_review' });
  expect(history.ok && history.value.total).toBe(1);
});

test('restoring an older version of an approved draft sends it back to review, and the history says why', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'Approved story' });
  await editor.focusBody();
  await app.page.keyboard.type('The first take.');
  await editor.waitUntilSaved();
  await editor.saveVersion('First take');
  await editor.focusBody();
  await app.page.keyboard.press('ControlOrMeta+a');
  await app.page.keyboard.type('The approved take.');
  await editor.waitUntilSaved();
  await editor.setStatus('Approved');
  await expect(app.page.getByRole('combobox', { name: 'Status' })).toHaveValue('approved');

  await editor.button('History').click();
  const history = app.page.getByRole('complementary', { name: 'History' });
  await history.getByRole('button', { name: /First take/ }).click();
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(editor.body).toHaveText('The first take.');
  await expect(app.page.getByRole('combobox', { name: 'Status' })).toHaveValue('in_review');
  await expect(history.getByRole('button', { name: /back to In review, as the approved text changed/ })).toBeVisible();
  const list = await app.engine.call('drafts:list', { status: 'in_review' });
  expect(list.ok && list.value.total).toBe(1);
});
