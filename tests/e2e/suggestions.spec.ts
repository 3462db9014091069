import { seriousAxeViolations } from './axe';
import { expect, test } from './fixtures';
import type { LaunchedApp } from './harness';
import { LibraryPage } from './pages/LibraryPage';
import { ExportDialogPage } from './pages/ExportDialogPage';

const headline = 'Minister resigns after the vote';
const opening = 'The minister resigns on Tuesday after the vote.';

/** A draft with one paragraph, and Your name set, through the engine; the page is loaded again to list it. */
async function seedDraft(app: LaunchedApp): Promise<void> {
  const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: opening }] }] };
  const created = await app.engine.call('drafts:create', { changes: { headline, authorName: 'Asha Rao', slug: 'minister-resigns', body } });
  if (!created.ok) throw new Error(created.error.message);
  const person = await app.engine.call('review:setPerson', { name: 'Edna Editor' });
  if (!person.ok) throw new Error(person.error.message);
  await app.page.reload();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an editor suggests a word and a cut; the reporter accepts one and rejects the other (${colorScheme})`, async ({ launch }, testInfo) => {
    const app = await launch({ colorScheme });
    await seedDraft(app);
    const editor = await new LibraryPage(app.page).open(headline);
    const { page } = app;

    const suggest = editor.button('Suggest edits');
    await expect(suggest).toHaveAttribute('aria-pressed', 'false');
    await suggest.click();
    await expect(suggest).toHaveAttribute('aria-pressed', 'true');

    await editor.body.getByText(opening).click();
    await page.keyboard.press('End');
    for (let step = 0; step < ' after the vote.'.length; step += 1) await page.keyboard.press('ArrowLeft');
    for (let step = 0; step < ' on Tuesday'.length; step += 1) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ControlOrMeta+X');
    await page.keyboard.press('Home');
    for (let step = 0; step < 'The minister'.length; step += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' quickly');

    // Nothing is lost while they are suggestions: the cut words are still there, struck through.
    await expect(editor.body.locator('ins')).toHaveText([/^ quickly$/]);
    await expect(editor.body.locator('del')).toHaveText([/^ on Tuesday$/]);
    await expect(editor.body.locator('ins .nd-suggestion-by')).toHaveAttribute('title', /^Suggested by Edna Editor, /);

    await page.getByRole('button', { name: 'Comments 0', exact: true }).click();
    // Suggestions are listed in the Comments panel.
    const panel = page.getByRole('complementary', { name: 'Comments' });
    await expect(panel.getByRole('heading', { name: 'Suggested edits (2)' })).toBeVisible();
    await expect(panel.getByRole('listitem')).toHaveText([/^Insert “quickly”Edna Editor, .*AcceptReject$/, /^Delete “on Tuesday”Edna Editor, .*AcceptReject$/]);
    expect(await seriousAxeViolations(page, { include: ['aside[aria-label="Comments"]'] })).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`suggestions-${colorScheme}.png`) });

    await panel.getByRole('button', { name: 'Accept: Insert “quickly”' }).click();
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    await expect(panel.getByRole('heading', { name: 'Suggested edits (1)' })).toBeVisible();

    await editor.button('Export HTML').click();
    const exportDialog = new ExportDialogPage(page);
    await expect(exportDialog.item('1 suggested edit is waiting: accept or reject it.')).toBeVisible();
    await expect(exportDialog.saveButton).toBeDisabled();
    await expect(exportDialog.preview).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(exportDialog.dialog).toBeHidden();

    await panel.getByRole('button', { name: 'Reject: Delete “on Tuesday”' }).click();
    await expect(panel.getByText('No suggested edits are waiting.')).toBeVisible();
    await expect(editor.body).toHaveText('The minister quickly resigns on Tuesday after the vote.');
    await expect(editor.body.locator('ins, del')).toHaveCount(0);
    await editor.waitUntilSaved();
  });
}
