import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { ExportDialogPage } from './pages/ExportDialogPage';
import { LibraryPage } from './pages/LibraryPage';

function paragraph(text: string) {
  return { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

test('Ctrl+N puts the caret in the headline, so the first words typed are the headline', async ({ launch }) => {
  const app = await launch();
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await app.page.keyboard.press('Control+n');
  const editor = new EditorPage(app.page);
  await expect(editor.field('headline')).toBeFocused();
  await app.page.keyboard.type('Storm closes the bridge');
  await expect(editor.field('headline')).toHaveValue('Storm closes the bridge');

  // The menu's New Draft does the same.
  await editor.backToLibrary();
  await app.sendCommand('new-draft');
  await expect(editor.field('headline')).toHaveValue('');
  await expect(editor.field('headline')).toBeFocused();
});

test('a draft opens where the reporter left its body, and focus comes back to its row in the library', async ({ launch }) => {
  const app = await launch();
  for (const headline of ['Harbour reopens', 'Bridge closed', 'Ferry strike']) {
    await app.engine.call('drafts:create', { changes: { headline, body: paragraph(`${headline}: the first line.`) } });
  }
  await app.page.reload();
  const library = new LibraryPage(app.page);
  await expect(library.list.getByRole('option')).toHaveCount(3);
  await library.select('Bridge closed');
  await app.page.keyboard.press('Enter');
  const editor = new EditorPage(app.page);
  await editor.waitUntilReady();
  // Never written in this session: the body, at its start.
  await expect(editor.body).toBeFocused();
  await app.page.keyboard.press('End');
  await app.page.keyboard.press('ArrowLeft');
  await app.page.keyboard.type(' (updated)');

  await app.page.keyboard.press('Control+Shift+L');
  await expect(library.list).toBeFocused();
  expect(await library.activeHeadline()).toBe('Bridge closed');

  await app.page.keyboard.press('Enter');
  await expect(editor.body).toBeFocused();
  await app.page.keyboard.type('!');
  await expect(editor.body).toContainText('Bridge closed: the first line (updated)!.');

  // Alt+Left goes back too, from a field as well as from the body.
  await editor.field('section').click();
  await app.page.keyboard.press('Alt+ArrowLeft');
  await expect(library.list).toBeFocused();
  expect(await library.activeHeadline()).toBe('Bridge closed');
  await editor.waitUntilSaved().catch(() => undefined);
  const saved = await app.engine.call('drafts:list', { sort: 'headline', direction: 'asc' });
  expect(saved.ok && saved.value.items.map((item) => item.headline)).toEqual(['Bridge closed', 'Ferry strike', 'Harbour reopens']);
});

test('the menu’s Back to Library and the Library button give focus to the draft’s row, never to nothing', async ({ launch }) => {
  const app = await launch();
  await app.engine.call('drafts:create', { changes: { headline: 'Only story', body: paragraph('Copy.') } });
  await app.page.reload();
  const library = new LibraryPage(app.page);
  const editor = await library.open('Only story');
  await app.sendCommand('library');
  await expect(library.list).toBeFocused();
  expect(await library.activeHeadline()).toBe('Only story');

  await library.open('Only story');
  await editor.button('Library').click();
  await expect(library.list).toBeFocused();
  expect(await app.page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('Escape closes Export, History and the Checklist, and focus goes back to the button that opened each', async ({ launch }) => {
  const app = await launch();
  const library = new LibraryPage(app.page);
  const editor = await library.newDraft();
  await editor.fill({ headline: 'Panels and dialogs' });
  await editor.focusBody();
  await app.page.keyboard.type('Some copy.');

  await editor.button('Export HTML').click();
  const exportDialog = new ExportDialogPage(app.page);
  await expect(exportDialog.dialog).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(exportDialog.dialog).toBeHidden();
  await expect(editor.button('Export HTML')).toBeFocused();

  await editor.button('History').click();
  const history = app.page.getByRole('complementary', { name: 'History' });
  await history.getByRole('button', { name: 'Close history' }).focus();
  await app.page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await expect(editor.button('History')).toBeFocused();

  await editor.button('Checklist').click();
  const checklist = app.page.getByRole('complementary', { name: 'Pre-publish checklist' });
  await checklist.getByRole('button', { name: 'Close checklist' }).focus();
  await app.page.keyboard.press('Escape');
  await expect(checklist).toBeHidden();
  await expect(editor.button('Checklist')).toBeFocused();
});

test('arrow keys on the Status select change nothing until Enter, and Enter writes one revision', async ({ launch }) => {
  const app = await launch();
  const created = await app.engine.call('drafts:create', { changes: { headline: 'Status by keyboard', body: paragraph('Copy.') } });
  if (!created.ok) throw new Error(created.error.message);
  const id = created.value.id;
  await app.page.reload();
  const library = new LibraryPage(app.page);
  const editor = await library.open('Status by keyboard');
  const revisionsBefore = await app.engine.call('revisions:list', { draftId: id });
  const status = app.page.getByRole('combobox', { name: 'Status' });
  await status.focus();
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('approved');
  const meanwhile = await app.engine.call('drafts:statusHistory', { id });
  expect(meanwhile.ok && meanwhile.value.map((change) => change.status)).toEqual(['draft']);

  await app.page.keyboard.press('Enter');
  await expect.poll(async () => {
    const history = await app.engine.call('drafts:statusHistory', { id });
    return history.ok ? history.value.map((change) => change.status) : [];
  }).toEqual(['draft', 'approved']);
  const revisionsAfter = await app.engine.call('revisions:list', { draftId: id });
  expect(revisionsAfter.ok && revisionsBefore.ok && revisionsAfter.value.length - revisionsBefore.value.length).toBe(1);

  // Escape takes back a choice not yet made; leaving the select makes it.
  await app.page.keyboard.press('ArrowUp');
  await app.page.keyboard.press('Escape');
  await expect(status).toHaveValue('approved');
  await app.page.keyboard.press('ArrowDown');
  await editor.field('section').focus();
  await expect.poll(async () => {
    const draft = await app.engine.call('drafts:get', { id });
    return draft.ok ? draft.value.status : null;
  }).toBe('published');
});
