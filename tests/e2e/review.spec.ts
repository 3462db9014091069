import type { Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { LaunchedApp } from './harness';
import { ComparePage } from './pages/ComparePage';
import { LibraryPage } from './pages/LibraryPage';
import { seedArticleBody } from '../unit/fixtures/seedArticleBody';
import { insertedParagraph, knownEdits, seedArticleRevisions } from '../shared/seedArticleRevisions';

const revisions = seedArticleRevisions(seedArticleBody());

/**
 * The reference article's first revision as a draft, through the engine (the reporter's first
 * take); with `second`, a revision "First take" of it and the second revision saved over it.
 * The page is loaded again to list it.
 */
async function seedDraft(app: LaunchedApp, second = false): Promise<string> {
  const created = await app.engine.call('drafts:create', { changes: { headline: revisions.first.fields.headline, slug: 'putin-xi', body: revisions.first.body } });
  if (!created.ok) throw new Error(created.error.message);
  if (second) {
    await app.engine.call('revisions:create', { draftId: created.value.id, label: 'First take' });
    const changes = { headline: revisions.second.fields.headline, body: revisions.second.body };
    const saved = await app.engine.call('drafts:save', { id: created.value.id, baseVersion: created.value.version, changes });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  await app.page.reload();
  return created.value.id;
}

/** Presses Tab until the named button has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name, exact: true });
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('an editor marks reviewed, the reporter changes a word, and the editor sees exactly that change', async ({ launch }) => {
  const app = await launch();
  await seedDraft(app);
  const library = new LibraryPage(app.page);
  let editor = await library.open(revisions.first.fields.headline);

  await editor.button('Mark reviewed').click();
  const nameDialog = app.page.getByRole('dialog', { name: 'Your name' });
  await nameDialog.getByLabel('Your name').fill('Edna Editor');
  await nameDialog.getByRole('button', { name: 'Continue' }).click();
  await expect(nameDialog).toBeHidden();
  await editor.button('History').click();
  await expect(app.page.getByRole('complementary', { name: 'History' }).getByRole('button', { name: /Reviewed by Edna Editor/ })).toBeVisible();
  await editor.button('History').click();

  // The reporter replaces "Tuesday" with "Monday" in the first paragraph.
  await editor.body.getByText('During a videoconference').click();
  await expect(editor.body).toBeFocused();
  await app.page.keyboard.press('ControlOrMeta+Home');
  for (let step = 0; step < 'RUSSIA: Vladimir Putin on '.length; step += 1) await app.page.keyboard.press('ArrowRight');
  for (let step = 0; step < 'Tuesday'.length; step += 1) await app.page.keyboard.press('Shift+ArrowRight');
  await app.page.keyboard.type('Monday');
  await editor.waitUntilSaved();
  await editor.backToLibrary();

  await expect(library.draft(revisions.first.fields.headline)).toContainText('Changed since review');
  await app.page.getByRole('combobox', { name: 'Review' }).selectOption({ label: 'Needs my review' });
  await expect(library.list.getByRole('option')).toHaveCount(1);

  editor = await library.open(revisions.first.fields.headline);
  const banner = app.page.getByRole('region', { name: 'Changed since you reviewed it' });
  await expect(banner).toContainText('1 change');
  await banner.getByRole('button', { name: 'Show the changes' }).click();

  const compare = new ComparePage(app.page);
  await compare.waitUntilShown();
  await expect(compare.count).toHaveText('1 change');
  expect(await compare.changeList()).toEqual(['Replaced “Tuesday” with “Monday”']);
  await expect(compare.article.locator('ins')).toHaveText(['Monday']);
  await expect(compare.article.locator('del')).toHaveText(['Deleted: Tuesday']);
  await compare.button('Back to the draft').click();
  await expect(editor.body).toContainText('Vladimir Putin on Monday invited');
});

test('History compares two revisions, and Next and Previous change walk through them by keyboard', async ({ launch }) => {
  const app = await launch();
  await seedDraft(app, true);

  const editor = await new LibraryPage(app.page).open(revisions.second.fields.headline);
  await editor.button('History').click();
  const history = app.page.getByRole('complementary', { name: 'History' });
  await history.getByRole('button', { name: /First take/ }).click();
  await history.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'Current text' });
  await history.getByRole('button', { name: 'Compare', exact: true }).click();

  const compare = new ComparePage(app.page);
  await compare.waitUntilShown();
  await expect(compare.count).toHaveText('6 changes');
  expect(await compare.changeList()).toEqual(knownEdits);
  const fields = compare.root.getByRole('table', { name: 'Changed fields' });
  await expect(fields.getByRole('row', { name: /Headline/ }).locator('del')).toHaveText('Deleted: Strengthen');
  await expect(fields.getByRole('row', { name: /Headline/ }).locator('ins')).toHaveText('Inserted: Deepen');

  await tabTo(app.page, 'Next change');
  await app.page.keyboard.press('Enter');
  await expect(compare.announcement).toHaveText(/^Change 1 of 6: Headline:/);
  await expect(fields.getByRole('row', { name: /Headline/ })).toBeFocused();

  await tabTo(app.page, 'Next change');
  await app.page.keyboard.press('Enter');
  await expect(compare.announcement).toHaveText('Change 2 of 6: Replaced “Tuesday” with “Monday”');
  await expect(app.page.locator(':focus')).toHaveText('Deleted: Tuesday');

  await app.page.keyboard.press('Alt+ArrowDown');
  await expect(compare.announcement).toHaveText(`Change 3 of 6: Inserted “${insertedParagraph}”`);
  await expect(app.page.locator(':focus')).toHaveText(insertedParagraph);
  await app.page.keyboard.press('Alt+ArrowDown');
  await expect(compare.announcement).toHaveText('Change 4 of 6: Ad slot (inline) moved');
  await expect(app.page.locator(':focus')).toHaveAttribute('data-change-label', 'Moved here');

  await tabTo(app.page, 'Previous change');
  await app.page.keyboard.press('Enter');
  await expect(compare.announcement).toHaveText(`Change 3 of 6: Inserted “${insertedParagraph}”`);
  await expect(compare.article.locator('del.diff-del')).toHaveText(['Deleted: Tuesday', 'Deleted: resigns']);
  await expect(compare.article.locator('.diff-block--removed')).toContainText('Removed');

  expect(await seriousAxeViolations(app.page)).toEqual([]);
});

test('the workflow: send for review, return to the reporter with a note shown in History, assign and filter', async ({ launch }) => {
  const app = await launch();
  await app.engine.call('review:setPerson', { name: 'Edna Editor' });
  await seedDraft(app);
  const library = new LibraryPage(app.page);
  const editor = await library.open(revisions.first.fields.headline);

  await editor.button('Send for review').click();
  await expect(app.page.getByRole('combobox', { name: 'Status' })).toHaveValue('in_review');
  await editor.button('Return to reporter').click();
  const dialog = app.page.getByRole('dialog', { name: 'Return to reporter' });
  await dialog.getByLabel('What should the reporter change?').fill('Source for the 32% figure?');
  await dialog.getByRole('button', { name: 'Return to reporter' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.page.getByRole('combobox', { name: 'Status' })).toHaveValue('draft');
  await editor.button('History').click();
  await expect(app.page.getByRole('complementary', { name: 'History' })).toContainText('Returned to reporter by Edna Editor: Source for the 32% figure?');

  await editor.button('Assign').click();
  const assign = app.page.getByRole('dialog', { name: 'Assign this draft' });
  await assign.getByLabel('Assign to (leave empty for nobody)').fill('Edna Editor');
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(editor.button('Assigned to Edna Editor')).toBeVisible();
  await editor.backToLibrary();
  await app.engine.call('drafts:create', { changes: { headline: 'Somebody else’s story' } });
  await app.page.reload();
  await app.page.getByRole('combobox', { name: 'Review' }).selectOption({ label: 'Assigned to me' });
  await expect(library.list.getByRole('option')).toHaveCount(1);
  await expect(library.draft(revisions.first.fields.headline)).toContainText('Assigned to Edna Editor');
});

for (const setting of [
  { name: 'dark', options: { colorScheme: 'dark' as const } },
  { name: 'narrow', options: { viewport: { width: 720, height: 600 } } },
]) {
  test(`the compare view reads in the ${setting.name} window, with no serious axe violations`, async ({ launch }, testInfo) => {
    const app = await launch(setting.options);
    await seedDraft(app, true);
    const editor = await new LibraryPage(app.page).open(revisions.second.fields.headline);
    await editor.button('History').click();
    const history = app.page.getByRole('complementary', { name: 'History' });
    await history.getByRole('button', { name: /First take/ }).click();
    await history.getByRole('button', { name: 'Compare', exact: true }).click();
    const compare = new ComparePage(app.page);
    await compare.waitUntilShown();
    await compare.button('Next change').click();
    await compare.button('Next change').click();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    const overflow = await app.page.evaluate(() => {
      const main = document.querySelector('.compare');
      return main ? main.scrollWidth - main.clientWidth : -1;
    });
    expect(overflow).toBe(0);
    await app.page.screenshot({ path: testInfo.outputPath(`compare-${setting.name}.png`) });
  });
}
