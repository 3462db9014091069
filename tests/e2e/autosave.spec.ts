import { bodyText } from '../../electron/shared/model/bodyText';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

const sentence = 'The river rose through the night and by dawn the lower town was under water while crews worked on the bridge. '.repeat(4);

test('a crash mid-word loses at most the last second of typing', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'Flood' });
  await editor.focusBody();
  await editor.waitUntilSaved();
  const typedAt: number[] = [];
  // Type key by key, noting when each key reached the page; stop mid-word once at least 40 keys
  // and 2.5 seconds have gone by, however fast or slow the machine types.
  for (const character of sentence) {
    await app.page.keyboard.type(character);
    typedAt.push(Date.now());
    await app.page.waitForTimeout(20);
    const longEnough = typedAt.length >= 40 && Date.now() - (typedAt[0] ?? 0) > 2500;
    if (longEnough && /\w/.test(character) && /\w/.test(sentence[typedAt.length] ?? '')) break;
  }
  const killedAt = Date.now();
  await app.kill();

  const typed = sentence.slice(0, typedAt.length);
  const mustHave = typedAt.filter((time) => time <= killedAt - 1000).length;
  const reopened = await launch();
  const list = await reopened.engine.call('drafts:list', {});
  const id = list.ok ? list.value.items[0]?.id : undefined;
  expect(id).toBeDefined();
  const saved = await reopened.engine.call('drafts:get', { id: id ?? '' });
  const savedText = saved.ok ? bodyText(saved.value.body) : '';
  expect(typed.startsWith(savedText)).toBe(true);
  expect(savedText.length).toBeGreaterThanOrEqual(mustHave);
  // Typing went on for more than a second, so some keys were older than a second at the crash.
  expect(mustHave).toBeGreaterThan(0);
});

test('a conflicting save is shown and keeping mine keeps theirs in history', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'My headline' });
  await editor.focusBody();
  await app.page.keyboard.type('My first paragraph.');
  await editor.waitUntilSaved();
  const list = await app.engine.call('drafts:list', {});
  const current = list.ok ? list.value.items[0] : undefined;
  if (!current) throw new Error('The draft is not in the store.');

  const theirs = await app.engine.call('drafts:save', { id: current.id, baseVersion: current.version, changes: { headline: 'Their headline' } });
  expect(theirs.ok).toBe(true);
  await app.page.keyboard.type(' And more of mine.');

  const banner = app.page.getByRole('alertdialog', { name: 'This draft was changed somewhere else' });
  await expect(banner).toBeVisible();
  await expect(editor.saveStatus).toContainText('changed elsewhere');
  await banner.getByRole('button', { name: 'Show their version' }).click();
  await expect(banner.getByRole('article', { name: 'Their version' })).toContainText('Their headline');
  await expect(editor.field('headline')).toHaveValue('My headline');
  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(banner).toBeHidden();
  await editor.waitUntilSaved();

  const after = await app.engine.call('drafts:get', { id: current.id });
  expect(after.ok && after.value.headline).toBe('My headline');
  expect(after.ok && bodyText(after.value.body)).toBe('My first paragraph. And more of mine.');

  await editor.button('History').click();
  const history = app.page.getByRole('complementary', { name: 'History' });
  await history.getByRole('button', { name: /Their version/ }).click();
  await expect(history.getByRole('article', { name: 'Preview of the selected version' })).toContainText('Their headline');
});

test('a conflict resolved with theirs keeps mine in history', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.focusBody();
  await app.page.keyboard.type('Original words.');
  await editor.waitUntilSaved();
  const list = await app.engine.call('drafts:list', {});
  const current = list.ok ? list.value.items[0] : undefined;
  if (!current) throw new Error('The draft is not in the store.');
  const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Their rewrite.' }] }] };
  expect((await app.engine.call('drafts:save', { id: current.id, baseVersion: current.version, changes: { body } })).ok).toBe(true);

  await app.page.keyboard.type(' My addition.');
  const banner = app.page.getByRole('alertdialog', { name: 'This draft was changed somewhere else' });
  await banner.getByRole('button', { name: 'Use theirs' }).click();
  await expect(editor.body).toHaveText('Their rewrite.');
  await editor.waitUntilSaved();

  await editor.button('History').click();
  const history = app.page.getByRole('complementary', { name: 'History' });
  await history.getByRole('button', { name: /My version/ }).click();
  await expect(history.getByRole('article', { name: 'Preview of the selected version' })).toContainText('Original words. My addition.');
});

test('closing the window right after typing saves what was typed', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.focusBody();
  await app.page.keyboard.type('Last words before closing');
  await app.close();

  const reopened = await launch();
  const list = await reopened.engine.call('drafts:list', {});
  const id = list.ok ? (list.value.items[0]?.id ?? '') : '';
  const saved = await reopened.engine.call('drafts:get', { id });
  expect(saved.ok && bodyText(saved.value.body)).toBe('Last words before closing');
});

test('a refused save is shown with its reason, kept, and saved once fixed', async ({ launch }) => {
  const app = await launch();
  await app.engine.call('drafts:create', { changes: { headline: 'Taken', slug: 'taken-slug' } });
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'Mine' });
  await editor.openPublishing();
  await app.page.getByLabel('Slug', { exact: true }).fill('taken-slug');
  await expect(editor.saveStatus).toContainText('Save failed, retrying');
  await expect(editor.saveStatus).toContainText('taken-slug');
  await app.page.screenshot({ path: test.info().outputPath('save-failed.png') });
  await app.page.getByLabel('Slug', { exact: true }).fill('my-own-slug');
  await editor.waitUntilSaved();
  const list = await app.engine.call('drafts:list', { sort: 'headline', direction: 'asc' });
  expect(list.ok && list.value.items.map((item) => [item.headline, item.slug])).toEqual([
    ['Mine', 'my-own-slug'],
    ['Taken', 'taken-slug'],
  ]);
});
