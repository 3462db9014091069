import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

function paragraph(text: string) {
  return { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

test('search finds a draft by a word of its body, with the match highlighted', async ({ launch }) => {
  const app = await launch();
  const library = new LibraryPage(app.page);
  const editor = await library.newDraft();
  await editor.fill({ headline: 'Airship festival returns' });
  await editor.focusBody();
  await app.page.keyboard.type('A vintage zeppelin drew crowds over the bay on Sunday.');
  await editor.waitUntilSaved();
  await app.engine.call('drafts:create', { changes: { headline: 'Harbour news', body: paragraph('Boats and ferries, no airships.') } });
  await editor.backToLibrary();
  await expect(library.list.getByRole('option')).toHaveCount(2);

  // Results with snippets are taller than plain rows: each row holds its snippet, none overlaps the next.
  await library.search('airship');
  await expect(library.list.getByRole('option')).toHaveCount(2);
  const boxes = await library.list.getByRole('option').evaluateAll((rows) =>
    rows.map((row) => {
      const box = row.getBoundingClientRect();
      const snippet = row.querySelector('mark')?.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, snippetBottom: snippet?.bottom ?? 0 };
    }),
  );
  const [upper, lower] = [...boxes].sort((a, b) => a.top - b.top);
  expect(upper && lower && upper.bottom <= lower.top + 1).toBe(true);
  for (const box of boxes) expect(box.snippetBottom).toBeLessThanOrEqual(box.bottom);

  await library.search('zeppelin');
  await expect(library.list.getByRole('option')).toHaveCount(1);
  const hit = library.draft('Airship festival returns');
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText(['zeppelin']);

  await hit.click();
  await expect(app.page.getByLabel('Headline', { exact: true })).toHaveValue('Airship festival returns');
});

test('a draft moved to the trash can be restored, and deleted for good from there', async ({ launch }) => {
  const app = await launch();
  for (const headline of ['Keep this one', 'Bin this one']) {
    expect((await app.engine.call('drafts:create', { changes: { headline } })).ok).toBe(true);
  }
  await app.page.reload();
  const library = new LibraryPage(app.page);
  const editor = await library.open('Keep this one');
  await editor.button('Trash').click();
  await library.waitUntilShown();
  await expect(library.draft('Keep this one')).toHaveCount(0);
  await expect(app.page.getByRole('status')).toContainText('moved to the trash');

  await library.showTrash();
  await library.inTrash('Keep this one', 'Restore');
  await expect(library.draft('Keep this one')).toHaveCount(0);
  await library.showDrafts();
  await expect(library.draft('Keep this one')).toBeVisible();

  await library.select('Bin this one');
  await library.list.press('Delete');
  await expect(library.draft('Bin this one')).toHaveCount(0);
  await library.showTrash();
  await library.inTrash('Bin this one', 'Delete for good');
  const confirm = app.page.getByRole('dialog', { name: /Delete “Bin this one” for good/ });
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(app.page.getByText('The trash is empty.')).toBeVisible();
  const list = await app.engine.call('drafts:list', { trashed: true });
  expect(list.ok && list.value.total).toBe(0);
});

test('the keyboard moves through the list, Enter opens and Ctrl+N makes a new draft', async ({ launch }) => {
  const app = await launch();
  for (const headline of ['First story', 'Second story', 'Third story']) {
    await app.engine.call('drafts:create', { changes: { headline, body: paragraph(`${headline} body`) } });
  }
  await app.page.reload();
  const library = new LibraryPage(app.page);
  await expect(library.list.getByRole('option')).toHaveCount(3);
  await library.list.focus();
  await expect(library.draft('Third story')).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('ArrowDown');
  await expect(library.draft('Second story')).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByLabel('Headline', { exact: true })).toHaveValue('Second story');

  await app.page.getByRole('button', { name: 'Library' }).click();
  await library.waitUntilShown();
  await app.page.keyboard.press('Control+n');
  await expect(app.page.getByRole('textbox', { name: 'Article body' })).toBeVisible();
  const list = await app.engine.call('drafts:list', {});
  expect(list.ok && list.value.total).toBe(4);
});

test('thousands of drafts are paged in as the list scrolls', async ({ launch }) => {
  const app = await launch();
  for (let index = 1; index <= 1200; index += 1) {
    await app.engine.call('drafts:create', { changes: { headline: `Story number ${String(index).padStart(4, '0')}` } });
  }
  await app.page.reload();
  const library = new LibraryPage(app.page);
  await app.page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Headline' });
  await expect(app.page.getByText('1,200 drafts')).toBeVisible();
  expect(await library.list.getByRole('option').count()).toBeLessThan(100);
  await library.list.focus();
  await app.page.keyboard.press('End');
  await expect(library.draft('Story number 1200')).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByLabel('Headline', { exact: true })).toHaveValue('Story number 1200');
});
