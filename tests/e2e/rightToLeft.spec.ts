import { mkdir } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

const headline = 'بوتين يدعو شي إلى موسكو لتعزيز العلاقات العسكرية';
const arabic = {
  language: 'ar',
  kicker: 'عاجل',
  headline,
  dek: 'قال شي إن الصين ستواصل اتخاذ موقف موضوعي وعادل من الحرب.',
  authorName: 'Sadaf Hasan',
  dateline: 'موسكو',
  section: 'العالم',
  tags: ['روسيا', 'الصين'],
  body: {
    type: 'doc' as const,
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'دعا الرئيس الروسي فلاديمير بوتين يوم الجمعة نظيره الصيني شي جين بينغ لزيارة موسكو.' }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'مؤتمر عبر الفيديو' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '“We are ready to work together,” Putin said in English.' }] },
      { type: 'adSlot', attrs: { format: 'inline', placement: 'manual' } },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'التعاون العسكري' }] }] }] },
      { type: 'relatedLink', attrs: { href: 'https://news.example.com/world/zelenskiy', title: 'Ukraine’s President Zelenskiy Attends U.S. Congress', label: 'Also Read:' } },
    ],
  },
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an Arabic article is laid out right to left in the library and the editor (${colorScheme})`, async ({ launch }, testInfo) => {
    const app = await launch({ colorScheme });
    const created = await app.engine.call('drafts:create', { changes: arabic });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.slug).toBe('بوتين-يدعو-شي-إلى-موسكو-لتعزيز-العلاقات-العسكرية');
    await app.page.reload();

    const library = new LibraryPage(app.page);
    const row = library.draft(headline);
    await expect(row.locator('.draft-row__headline')).toHaveAttribute('dir', 'auto');
    await expect(row.locator('.draft-row__meta bdi')).toHaveText(['Sadaf Hasan', 'العالم']);
    await mkdir(testInfo.outputDir, { recursive: true });
    await app.page.screenshot({ path: testInfo.outputPath(`rtl-library-${colorScheme}.png`) });

    const editor = await library.open(headline);
    const page = app.page.locator('.page');
    await expect(page).toHaveAttribute('dir', 'rtl');
    await expect(page).toHaveAttribute('lang', 'ar');
    for (const name of ['kicker', 'headline', 'dek', 'authorName', 'dateline', 'section'] as const) await expect(editor.field(name)).toHaveAttribute('dir', 'auto');
    // Arabic paragraphs run right to left, the English quote left to right, each by its own text.
    const paragraphs = editor.body.locator(':scope > p');
    await expect(paragraphs.first()).toHaveAttribute('dir', 'auto');
    expect(await paragraphs.first().evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await paragraphs.nth(1).evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await expect(editor.body.locator('bdi.node-card__title')).toHaveText('Ukraine’s President Zelenskiy Attends U.S. Congress');
    // The toolbar is the app's, in English: it stays left to right.
    expect(await app.page.locator('.toolbar').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await expect(app.page.locator('.publishing__summary')).toContainText('/بوتين-يدعو-شي');

    await app.page.mouse.move(4, 400);
    await app.page.screenshot({ path: testInfo.outputPath(`rtl-editor-${colorScheme}.png`) });
    await app.page.locator('.editor-main').screenshot({ path: testInfo.outputPath(`rtl-page-${colorScheme}.png`) });
  });
}
