import { seriousAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { LaunchedApp } from './harness';
import { LibraryPage } from './pages/LibraryPage';
import type { EditorPage } from './pages/EditorPage';

const headline = 'Harbour wall gives way';
const claim = 'Officials blamed the tide.';

async function seedDraft(app: LaunchedApp): Promise<string> {
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const body = { type: 'doc' as const, content: [paragraph('The wall fell at 2am.'), paragraph(claim), paragraph('Roads closed until noon.')] };
  const created = await app.engine.call('drafts:create', { changes: { headline, authorName: 'Ana Ruiz', dek: 'The old town was moved to the school hall', body } });
  if (!created.ok) throw new Error(created.error.message);
  await app.page.reload();
  return created.value.id;
}

async function actAs(app: LaunchedApp, name: string): Promise<void> {
  const result = await app.engine.call('review:setPerson', { name });
  if (!result.ok) throw new Error(result.error.message);
}

async function selectParagraph(editor: EditorPage, text: string): Promise<void> {
  await editor.body.getByText(text).click();
  await editor.page.keyboard.press('End');
  await editor.page.keyboard.press('Shift+Home');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an editor comments on a sentence, the reporter replies, and the thread is resolved, reopened and shown in the text (${colorScheme})`, async ({ launch }, testInfo) => {
    const app = await launch({ colorScheme });
    const draftId = await seedDraft(app);
    const { page } = app;
    const editor = await new LibraryPage(page).open(headline);

    // Your name is asked once, on first use.
    await selectParagraph(editor, claim);
    await page.keyboard.press('Control+Alt+M');
    const nameDialog = page.getByRole('dialog', { name: 'Your name' });
    await nameDialog.getByLabel('Your name').fill('Ben Okafor');
    await nameDialog.getByRole('button', { name: 'Continue' }).click();

    const panel = page.getByRole('complementary', { name: 'Comments' });
    const newComment = panel.getByRole('form', { name: 'New comment' });
    await expect(newComment.getByLabel('Comment', { exact: true })).toBeFocused();
    await expect(newComment.locator('blockquote')).toHaveText(claim);
    await expect(editor.body.locator('.comment-highlight--active')).toHaveText(claim);
    await page.keyboard.type('Source? Who said this?');
    await newComment.getByRole('button', { name: 'Comment', exact: true }).click();

    await expect(panel.getByRole('article', { name: `Comment by Ben Okafor on “${claim}”` })).toBeVisible();
    const thread = panel.getByRole('article', { name: /^Comment by Ben Okafor/ });
    await expect(thread.locator('.comment__text')).toHaveText(['Source? Who said this?']);
    await expect(page.getByRole('button', { name: 'Comments 1', exact: true })).toHaveAttribute('aria-expanded', 'true');
    await expect(editor.body.locator('.comment-highlight')).toHaveText(claim);
    expect(await seriousAxeViolations(page, { include: ['aside[aria-label="Comments"]'] })).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`comments-${colorScheme}.png`) });

    // The reporter answers; only the author may edit or delete a comment.
    await actAs(app, 'Ana Ruiz');
    await page.reload();
    const again = await new LibraryPage(page).open(headline);
    await expect(again.body.locator('.comment-highlight')).toHaveText(claim);
    await again.body.locator('.comment-highlight').click();
    await expect(panel).toBeVisible();
    await expect(thread).toHaveClass(/comment-thread--active/);
    await expect(thread.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await thread.getByLabel('Reply').fill('The harbour master, on the record.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await expect(thread.locator('.comment__author')).toHaveText(['Ben Okafor', 'Ana Ruiz']);
    await thread.getByRole('button', { name: 'Edit' }).click();
    await thread.getByLabel('Edit comment').fill('The harbour master, on the record, at 9am.');
    await thread.getByRole('button', { name: 'Save' }).click();
    await expect(thread.locator('.comment__text').nth(1)).toHaveText('The harbour master, on the record, at 9am.');
    await expect(thread.locator('.comment__edited')).toHaveText(' (edited)');

    // Resolved threads leave the text and are listed under Resolved; Reopen brings them back.
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect(panel.getByRole('heading', { name: 'Resolved (1)' })).toBeVisible();
    await expect(again.body.locator('.comment-highlight')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Comments 0', exact: true })).toBeVisible();
    await thread.getByRole('button', { name: 'Reopen' }).click();
    await expect(again.body.locator('.comment-highlight')).toHaveText(claim);

    // Show in text selects the words, from the keyboard.
    await thread.getByRole('button', { name: 'Show in text' }).focus();
    await page.keyboard.press('Enter');
    await expect(again.body).toBeFocused();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(claim);

    // The highlight follows its words through typing inside them and a split.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('End');
    for (let step = 0; step < ' the tide.'.length; step += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' firmly');
    await expect(again.body.locator('.comment-highlight')).toHaveText('Officials blamed firmly the tide.');
    await page.keyboard.press('Enter');
    await expect(again.body.locator('.comment-highlight')).toHaveText(['Officials blamed firmly', ' the tide.']);
    await page.keyboard.press('Backspace');
    await expect(again.body.locator('.comment-highlight')).toHaveText('Officials blamed firmly the tide.');

    // Export drops the comment and the checklist warns while the thread is open.
    await again.button('Export HTML').click();
    const exportDialog = page.getByRole('dialog', { name: /Export/ });
    await expect(exportDialog.getByText('1 comment thread is open: resolve it before publishing.')).toBeVisible();
    await page.keyboard.press('Escape');
    await again.waitUntilSaved();
    const exported = await app.engine.call('export:render', { id: draftId, form: 'page' });
    if (!exported.ok || exported.value.html === null) throw new Error('the article did not export');
    expect(exported.value.html).toContain('Officials blamed firmly the tide.');
    for (const trace of ['comment', 'Source?', 'harbour master']) expect(exported.value.html).not.toContain(trace);

    // Deleting the words keeps the thread, on deleted text; the library counts open threads.
    await thread.getByRole('button', { name: 'Show in text' }).click();
    await page.keyboard.press('Backspace');
    await expect(panel.getByRole('article', { name: 'Comment by Ben Okafor on deleted text' })).toBeVisible();
    await again.waitUntilSaved();
    await again.backToLibrary();
    await expect(page.getByText('1 open comment')).toBeVisible();
  });
}
