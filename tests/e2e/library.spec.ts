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

test('a new search, sort or filter starts at the top with its first result selected', async ({ launch }) => {
  const app = await launch();
  for (let index = 1; index <= 60; index += 1) {
    await app.engine.call('drafts:create', { changes: { headline: `Council story ${index}`, body: paragraph(`Council budget line ${index}.`) } });
  }
  await app.page.reload();
  const library = new LibraryPage(app.page);
  await expect(app.page.getByText('60 drafts')).toBeVisible();
  await library.list.focus();
  await app.page.keyboard.press('End');
  await expect.poll(() => library.scrollTop()).toBeGreaterThan(0);

  await library.search('council');
  await expect.poll(() => library.scrollTop()).toBe(0);
  await expect(library.list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  expect(await library.selectedHeadlines()).toHaveLength(1);

  await library.searchBox.fill('');
  await library.list.focus();
  await app.page.keyboard.press('End');
  await expect.poll(() => library.scrollTop()).toBeGreaterThan(0);
  await app.page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Headline' });
  await expect.poll(() => library.scrollTop()).toBe(0);
  await expect.poll(() => library.selectedHeadlines()).toEqual(['Council story 1']);
  expect(await library.activeHeadline()).toBe('Council story 1');
});

test('headlines sort in natural order: (3), (26), (116)', async ({ launch }) => {
  const app = await launch();
  for (const headline of ['Flood defences (116)', 'flood defences (26)', 'Flood defences (3)']) {
    await app.engine.call('drafts:create', { changes: { headline } });
  }
  await app.page.reload();
  await app.page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Headline' });
  const library = new LibraryPage(app.page);
  await expect(library.list.getByRole('option')).toHaveText([/\(3\)/, /\(26\)/, /\(116\)/]);
});

test('several drafts are selected with Shift, Ctrl and Ctrl+A, then trashed, restored and given a status together', async ({ launch }, testInfo) => {
  const app = await launch();
  for (const headline of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) {
    await app.engine.call('drafts:create', { changes: { headline } });
  }
  await app.page.reload();
  await app.page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Headline' });
  const library = new LibraryPage(app.page);
  await expect(library.list.getByRole('option')).toHaveCount(5);
  await library.list.focus();
  await app.page.keyboard.press('Shift+ArrowDown');
  await app.page.keyboard.press('Shift+ArrowDown');
  await library.draft('Echo').click({ modifiers: ['ControlOrMeta'] });
  await expect.poll(() => library.selectedHeadlines()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Echo']);
  await expect(app.page.getByText('4 of 5 drafts selected')).toBeVisible();
  for (const [name, colorScheme, width] of [['light', 'light', 1100], ['dark', 'dark', 1100], ['narrow', 'light', 720]] as const) {
    await app.page.emulateMedia({ colorScheme });
    await app.page.setViewportSize({ width, height: 640 });
    await app.page.screenshot({ path: testInfo.outputPath(`library-selection-${name}.png`) });
  }
  await app.page.setViewportSize({ width: 1100, height: 720 });

  await library.action('Move to trash').click();
  await expect(app.page.getByRole('status').filter({ hasText: '4 drafts moved to the trash.' })).toBeVisible();
  await expect(library.list.getByRole('option')).toHaveText([/Delta/]);
  await library.showTrash();
  await expect(library.draft('Alpha')).toContainText('trashed just now');
  await library.draft('Bravo').click();
  await library.draft('Echo').click({ modifiers: ['Shift'] });
  await expect.poll(() => library.selectedHeadlines()).toHaveLength(3);
  await library.action('Restore').click();
  await expect(app.page.getByRole('status').filter({ hasText: '3 drafts restored to your drafts.' })).toBeVisible();
  const trash = await app.engine.call('drafts:list', { trashed: true });
  expect(trash.ok && trash.value.items.map((item) => item.headline)).toHaveLength(1);

  await library.showDrafts();
  await library.list.focus();
  await app.page.keyboard.press('Control+a');
  await expect.poll(() => library.selectedHeadlines()).toHaveLength(4);
  await library.setStatusOfSelected('Approved');
  await expect(app.page.getByRole('status').filter({ hasText: '4 drafts set to Approved.' })).toBeVisible();
  const approved = await app.engine.call('drafts:list', { status: 'approved' });
  expect(approved.ok && approved.value.total).toBe(4);
});

test('the empty library offers Import and says files can be dropped; several dropped files come in with one summary', async ({ launch }) => {
  const app = await launch();
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await expect(app.page.getByRole('button', { name: 'Import…' })).toBeVisible();
  await expect(app.page.getByText(/Drop .md, .txt, .docx or .html files/)).toBeVisible();

  await library.dropFiles([
    { name: 'harbour.md', text: '# Harbour reopens\n\nBoats are back.' },
    { name: 'bridge.txt', text: 'Bridge closed\n\nThe river rose overnight.' },
    { name: 'huge.md', text: `# Huge\n\n${'a'.repeat(10 * 1024 * 1024 + 10)}` },
  ]);
  const summary = app.page.getByRole('status').filter({ hasText: 'Imported 2 of 3 files' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('huge.md is too large to import (over 10 MB)');
  await expect(library.list.getByRole('option')).toHaveCount(2);
  await expect(app.page.getByRole('alert')).toHaveCount(0);
});

test('an import that took something out opens the draft with a notice, not an error', async ({ launch }) => {
  const app = await launch();
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await library.dropFiles([{ name: 'links.html', text: '<h1>Links story</h1><p>Read <a href="javascript:alert(1)">this</a> now.</p>' }]);
  await expect(app.page.getByLabel('Headline', { exact: true })).toHaveValue('Links story');
  await expect(app.page.getByRole('status').filter({ hasText: '1 unsafe link removed (text kept)' })).toBeVisible();
  await expect(app.page.getByRole('alert')).toHaveCount(0);
});
