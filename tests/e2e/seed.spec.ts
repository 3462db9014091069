import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { seriousAxeViolations } from './axe';
import { LibraryPage } from './pages/LibraryPage';
import { readSeedArticle } from './seedArticle';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the seed article opens in the editor as written (${colorScheme})`, async ({ launch }, testInfo) => {
    const seed = readSeedArticle();
    const setup = await launch({ colorScheme });
    const created = await setup.engine.call('drafts:create', { changes: seed });
    if (!created.ok) throw new Error(`The seed article could not be stored: ${created.error.message}`);
    await setup.page.reload();

    const library = new LibraryPage(setup.page);
    await expect(library.draft(seed.headline ?? '')).toContainText('Sadaf Hasan');
    const editor = await library.open(seed.headline ?? '');
    await expect(editor.field('headline')).toHaveValue('Putin Invites Xi to Moscow to Strengthen Military Ties');
    await expect(editor.field('kicker')).toHaveValue('Must read');
    await expect(editor.field('dateline')).toHaveValue('RUSSIA');
    await expect(editor.tag('Ukraine')).toBeVisible();
    await expect(editor.body.locator('h2')).toHaveText('Putin invites Xi to Russia during a video conference');
    await expect(editor.body.locator('p').first()).toContainText('Vladimir Putin on Friday invited his Chinese counterpart');
    await expect(setup.page.locator('.status-bar')).toContainText(`${created.value.wordCount} words`);
    await expect(editor.saveStatus).toHaveText('Saved');

    await expect(editor.body.locator('p').first().locator('.nd-dateline')).toHaveText('RUSSIA:');
    await mkdir(testInfo.outputDir, { recursive: true });
    await setup.page.mouse.move(4, 400);
    const screenshot = await setup.page.screenshot({ path: testInfo.outputPath(`seed-article-editor-${colorScheme}.png`) });
    await testInfo.attach(`seed-article-editor-${colorScheme}`, { body: screenshot, contentType: 'image/png' });
    const full = await setup.page.locator('.editor-main').screenshot({ path: testInfo.outputPath(`seed-article-page-${colorScheme}.png`) });
    await testInfo.attach(`seed-article-page-${colorScheme}`, { body: full, contentType: 'image/png' });
    expect(await seriousAxeViolations(setup.page)).toEqual([]);
  });
}
