import { expect, test } from './fixtures';
import { fieldLabels, type EditorPage } from './pages/EditorPage';
import { LibraryPage } from './pages/LibraryPage';

const fields = {
  kicker: 'Must read',
  headline: 'Harbour wall gives way in overnight storm',
  dek: 'Residents of the old town were moved to the school hall as water rose',
  authorName: 'Ana Ribeiro',
  authorBio: 'Ana covers the coast for the Gazette',
  dateline: 'PORTO',
  section: 'Local',
};

test('a draft with every field and a formatted body is all there after a relaunch', async ({ launch }) => {
  const first = await launch();
  const library = new LibraryPage(first.page);
  const editor = await library.newDraft();
  await editor.fill(fields);
  await editor.addTags(['Storms', 'Porto']);
  await editor.openPublishing();
  await expect(first.page.getByLabel('Slug', { exact: true })).toHaveValue('harbour-wall-gives-way-in-overnight-storm');
  await first.page.getByLabel('SEO title', { exact: true }).fill('Porto harbour wall collapses in storm');
  await first.page.getByLabel('SEO description', { exact: true }).fill('The old harbour wall in Porto gave way overnight.');
  await first.page.getByLabel('Language', { exact: true }).fill('pt-PT');

  await editor.focusBody();
  const keyboard = first.page.keyboard;
  await keyboard.type('The sea wall broke at 2am, officials said.');
  await keyboard.press('Enter');
  await editor.button('H2 heading').click();
  await keyboard.type('What happened');
  await keyboard.press('Enter');
  await keyboard.type('Water reached ');
  await editor.button('Bold').click();
  await keyboard.type('two metres');
  await editor.button('Bold').click();
  await keyboard.type(' in the square. Read the report');
  for (let index = 0; index < 'report'.length; index += 1) await keyboard.press('Shift+ArrowLeft');
  await editor.addLinkToSelection('https://example.com/report');
  await keyboard.press('End');
  await keyboard.press('Enter');
  await keyboard.type('/h3');
  await keyboard.press('Enter');
  await expect(editor.button('H3 heading')).toHaveAttribute('aria-pressed', 'true');
  await keyboard.type('Voices');
  await keyboard.press('Enter');
  await editor.button('Quote').click();
  await keyboard.type('We heard it go, like thunder');
  await keyboard.press('Enter');
  await editor.button('Quote').click();
  await keyboard.type('- Sandbags at the school');
  await keyboard.press('Enter');
  await keyboard.type('Roads closed until noon');
  await expect(editor.button('Bulleted list')).toHaveAttribute('aria-pressed', 'true');
  await editor.waitUntilSaved();
  await first.close();

  const second = await launch();
  const reopened = new LibraryPage(second.page);
  const again: EditorPage = await reopened.open(fields.headline);
  for (const [name, value] of Object.entries(fields)) {
    const label = Object.entries(fieldLabels).find(([field]) => field === name)?.[1] ?? name;
    await expect(second.page.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  await expect(again.tag('Storms')).toBeVisible();
  await expect(again.tag('Porto')).toBeVisible();
  await again.openPublishing();
  await expect(second.page.getByLabel('SEO title', { exact: true })).toHaveValue('Porto harbour wall collapses in storm');
  await expect(second.page.getByLabel('SEO description', { exact: true })).toHaveValue('The old harbour wall in Porto gave way overnight.');
  await expect(second.page.getByLabel('Language', { exact: true })).toHaveValue('pt-PT');
  await expect(second.page.getByLabel('Slug', { exact: true })).toHaveValue('harbour-wall-gives-way-in-overnight-storm');

  const body = again.body;
  await expect(body.locator('p').first()).toContainText('The sea wall broke at 2am, officials said.');
  await expect(body.locator('p').first().locator('.nd-dateline')).toHaveText('PORTO:');
  await expect(body.locator('h2')).toHaveText('What happened');
  await expect(body.locator('h3')).toHaveText('Voices');
  await expect(body.locator('strong')).toHaveText('two metres');
  await expect(body.locator('a')).toHaveText('report');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.com/report');
  await expect(body.locator('blockquote')).toHaveText('We heard it go, like thunder');
  await expect(body.locator('ul > li')).toHaveText(['Sandbags at the school', 'Roads closed until noon']);
  await expect(second.page.locator('.status-bar')).toContainText('words');
});

test('the slug follows the headline until it is edited by hand', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.openPublishing();
  const slug = app.page.getByLabel('Slug', { exact: true });
  await editor.fill({ headline: 'Council approves new bridge' });
  await expect(slug).toHaveValue('council-approves-new-bridge');
  await slug.fill('bridge-vote');
  await editor.fill({ headline: 'Council approves new bridge after long debate' });
  await expect(slug).toHaveValue('bridge-vote');
  await editor.waitUntilSaved();
  const saved = await app.engine.call('drafts:list', {});
  expect(saved.ok && saved.value.items[0]?.slug).toBe('bridge-vote');
});

test('counters warn past the usual limits but never block typing', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  const long = 'A headline that goes on and on well past what the website can show in its lists';
  await editor.fill({ headline: long });
  await expect(editor.field('headline')).toHaveValue(long);
  await expect(app.page.locator('#count-headline')).toContainText(`${long.length} / 70`);
  await expect(app.page.locator('#count-headline')).toContainText(`${long.length - 70} over`);
});

test('Ctrl+K opens the link dialog; a link can be edited, removed and its bad address refused', async ({ launch }) => {
  const app = await launch();
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.focusBody();
  await app.page.keyboard.type('Call the desk');
  for (let index = 0; index < 'desk'.length; index += 1) await app.page.keyboard.press('Shift+ArrowLeft');
  await app.page.keyboard.press('ControlOrMeta+k');
  const dialog = app.page.getByRole('dialog', { name: 'Add link' });
  await dialog.getByLabel('Link address').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toContainText('Use a web address');
  await dialog.getByLabel('Link address').fill('example.com/desk');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(editor.body.locator('a')).toHaveAttribute('href', 'https://example.com/desk');
  await expect(editor.button('Link')).toHaveAttribute('aria-pressed', 'true');

  await editor.button('Link').click();
  const edit = app.page.getByRole('dialog', { name: 'Edit link' });
  await expect(edit.getByRole('link', { name: 'Open link' })).toHaveAttribute('href', 'https://example.com/desk');
  await edit.getByRole('button', { name: 'Remove link' }).click();
  await expect(editor.body.locator('a')).toHaveCount(0);
  await expect(editor.body).toHaveText('Call the desk');
});
