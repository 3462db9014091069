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

test('a save made elsewhere shows in the open editor at once, and the field being typed in keeps what is typed', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'My headline' });
  await editor.focusBody();
  await app.page.keyboard.type('My first paragraph.');
  await editor.waitUntilSaved();
  const list = await app.engine.call('drafts:list', {});
  const current = list.ok ? list.value.items[0] : undefined;
  if (!current) throw new Error('The draft is not in the store.');

  await editor.field('dek').click();
  await app.page.keyboard.type('Mine');
  await editor.waitUntilSaved();
  const stored = await app.engine.call('drafts:get', { id: current.id });
  if (!stored.ok) throw new Error('The draft is not in the store.');
  const body = { type: 'doc' as const, content: [...(stored.value.body.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: 'Their paragraph.' }] }] };
  const theirs = await app.engine.call('drafts:save', { id: current.id, baseVersion: stored.value.version, changes: { headline: 'Their headline', dek: 'Their standfirst', body } });
  expect(theirs.ok).toBe(true);

  await expect(editor.field('headline')).toHaveValue('Their headline');
  await expect(editor.body).toContainText('Their paragraph.');
  await expect(editor.field('dek')).toHaveValue('Mine');
  await app.page.keyboard.type(' too');
  await editor.focusBody();
  await app.page.keyboard.press('Control+Home');
  await app.page.keyboard.type('Now ');
  await editor.waitUntilSaved();
  await expect(editor.field('dek')).toHaveValue('Mine too');

  const after = await app.engine.call('drafts:get', { id: current.id });
  expect(after.ok && [after.value.headline, after.value.dek]).toEqual(['Their headline', 'Mine too']);
  expect(after.ok && bodyText(after.value.body)).toBe('Now My first paragraph.\nTheir paragraph.');
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

test('a slug another draft uses is said, the draft keeps a free one meanwhile, and the chosen one is saved once fixed', async ({ launch }) => {
  const app = await launch();
  await app.engine.call('drafts:create', { changes: { headline: 'Taken', slug: 'taken-slug' } });
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline: 'Mine' });
  await editor.openPublishing();
  await app.page.getByLabel('Slug', { exact: true }).fill('taken-slug');
  await expect(app.page.getByRole('status').filter({ hasText: 'Another draft already uses the slug “taken-slug”' })).toContainText('saved as “taken-slug-2”');
  await app.page.screenshot({ path: test.info().outputPath('slug-taken.png') });
  await app.page.getByLabel('Slug', { exact: true }).fill('my-own-slug');
  await editor.waitUntilSaved();
  await expect(app.page.getByText('Another draft already uses')).toHaveCount(0);
  const list = await app.engine.call('drafts:list', { sort: 'headline', direction: 'asc' });
  expect(list.ok && list.value.items.map((item) => [item.headline, item.slug])).toEqual([
    ['Mine', 'my-own-slug'],
    ['Taken', 'taken-slug'],
  ]);
});
