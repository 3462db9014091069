import { expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyText } from '../../electron/shared/model/bodyText';
import { freePort, issueToken, startServerProcess, type ServerProcess } from '../unit/support/deskServerProcess';
import { test } from './fixtures';
import type { LaunchedApp, LaunchOptions } from './harness';
import type { EditorPage } from './pages/EditorPage';
import { LibraryPage } from './pages/LibraryPage';
import { SettingsDialogPage } from './pages/SettingsDialogPage';

let server: ServerProcess;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'newsdesk-live-server-'));
  server = await startServerProcess({ dataDir, port: await freePort() });
});

test.afterAll(async () => {
  await server.kill();
  await rm(dataDir, { recursive: true, force: true });
});

/** Connects through Settings > Newsroom server, as a person would, and waits for the first sync. */
async function connect(app: LaunchedApp, token: string): Promise<void> {
  const settings = new SettingsDialogPage(app.page);
  await settings.open();
  await settings.field('Server address').fill(server.url);
  await settings.field('Access token').fill(token);
  await settings.dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(app.page.getByText('Synced with the newsroom').first()).toBeVisible();
  await settings.cancelButton.click();
}

/** Opens a draft that reached this laptop through the server: its row appears in the library on screen, unasked. */
async function openArrived(app: LaunchedApp, headline: string) {
  return new LibraryPage(app.page).open(headline);
}

type Launch = (options?: Partial<LaunchOptions>) => Promise<LaunchedApp>;

/** A reporter's and an editor's laptop (the editor's on its own database, in the dark theme), both connected. */
async function reporterAndEditor(launch: Launch, dbPath: string, suffix: string, options: Partial<LaunchOptions> = {}): Promise<{ ana: LaunchedApp; ben: LaunchedApp }> {
  const ana = await launch(options);
  const ben = await launch({ ...options, dbPath: dbPath.replace(/\.sqlite$/, '-ben.sqlite'), colorScheme: 'dark' });
  await connect(ana, issueToken(dataDir, `Ana Ruiz ${suffix}`, 'reporter'));
  await connect(ben, issueToken(dataDir, `Ben Okafor ${suffix}`, 'editor'));
  return { ana, ben };
}

/** A new draft with a headline and one paragraph typed into its body, saved. */
async function writeDraft(app: LaunchedApp, headline: string, text: string): Promise<EditorPage> {
  const editor = await new LibraryPage(app.page).newDraft();
  await editor.fill({ headline });
  await editor.focusBody();
  await app.page.keyboard.type(text);
  await editor.waitUntilSaved();
  return editor;
}

function presence(page: Page) {
  return page.getByRole('list', { name: 'Also here:' });
}

test('two laptops edit one draft live: typing shows within a second, presence names, offline edits merge', async ({ launch, dbPath }, testInfo) => {
  const suffix = testInfo.workerIndex + '-' + Date.now();
  const { ana, ben } = await reporterAndEditor(launch, dbPath, suffix, { viewport: { width: 720, height: 860 } });
  const anaEditor = await writeDraft(ana, 'Harbour wall gives way', 'The wall fell at dawn.');
  const benEditor = await openArrived(ben, 'Harbour wall gives way');
  await expect(benEditor.body).toHaveText('The wall fell at dawn.');

  await expect(presence(ana.page)).toContainText(`Ben Okafor ${suffix}`);
  await expect(presence(ben.page)).toContainText(`Ana Ruiz ${suffix}`);
  await ana.page.locator('.editor-header').screenshot({ path: testInfo.outputPath('presence-light.png') });
  await ben.page.locator('.editor-header').screenshot({ path: testInfo.outputPath('presence-dark.png') });

  await ana.page.keyboard.type(' Crews');
  const typedAt = Date.now();
  await expect(benEditor.body).toHaveText('The wall fell at dawn. Crews', { timeout: 5000 });
  const shownAfter = Date.now() - typedAt;
  testInfo.annotations.push({ type: 'keystroke-to-other-window', description: `${shownAfter} ms` });
  expect(shownAfter).toBeLessThan(1000);
  await expect(benEditor.field('headline')).toHaveValue('Harbour wall gives way');

  await ben.engine.call('sync:disconnect', {});
  await ana.page.keyboard.type(' came.');
  await benEditor.focusBody();
  await ben.page.keyboard.press('Control+Home');
  await ben.page.keyboard.type('Update: ');
  await benEditor.field('dek').fill('Written offline');
  await benEditor.waitUntilSaved();
  await anaEditor.waitUntilSaved();
  await expect(anaEditor.body).toHaveText('The wall fell at dawn. Crews came.');

  await ben.engine.call('sync:connect', { serverUrl: server.url, token: issueToken(dataDir, `Ben Okafor again ${suffix}`, 'editor') });
  const merged = 'Update: The wall fell at dawn. Crews came.';
  await expect(anaEditor.body).toHaveText(merged);
  await expect(benEditor.body).toHaveText(merged);
  await expect(anaEditor.field('dek')).toHaveValue('Written offline');
  const list = await ana.engine.call('drafts:list', {});
  const id = list.ok ? (list.value.items[0]?.id ?? '') : '';
  for (const app of [ana, ben]) {
    const stored = await app.engine.call('drafts:get', { id });
    expect(stored.ok && [bodyText(stored.value.body), stored.value.dek]).toEqual([merged, 'Written offline']);
  }
});

test('a viewer’s editor is read-only and says why', async ({ launch, dbPath }, testInfo) => {
  const suffix = testInfo.workerIndex + '-' + Date.now();
  const reporter = await launch();
  const viewer = await launch({ dbPath: dbPath.replace(/\.sqlite$/, '-viewer.sqlite') });
  await connect(reporter, issueToken(dataDir, `Rita Reporter ${suffix}`, 'reporter'));
  await connect(viewer, issueToken(dataDir, `Vera Viewer ${suffix}`, 'viewer'));
  await writeDraft(reporter, 'Council votes', 'The vote was close.');

  const seen = await openArrived(viewer, 'Council votes');
  await expect(seen.body).toHaveText('The vote was close.');
  await expect(viewer.page.getByRole('note')).toContainText('You can read this draft but not change it');
  await expect(seen.body).toHaveAttribute('contenteditable', 'false');
  await viewer.page.screenshot({ path: testInfo.outputPath('viewer.png') });
  await expect(seen.field('headline')).toBeDisabled();
  await expect(viewer.page.getByRole('toolbar', { name: 'Formatting' })).toHaveCount(0);
  await expect(viewer.page.getByRole('combobox', { name: 'Status' })).toBeDisabled();
  for (const name of ['Mark reviewed', 'Save version', 'Trash', 'Suggest edits']) await expect(seen.button(name)).toHaveCount(0);
  await seen.body.click();
  await viewer.page.keyboard.type('Not mine to change');
  await expect(seen.body).toHaveText('The vote was close.');
  await expect(presence(reporter.page)).toContainText(`Vera Viewer ${suffix}`);
});

test('an editor’s comment on another laptop reaches the reporter’s open draft, and the reply goes back, named by the server', async ({ launch, dbPath }, testInfo) => {
  const suffix = testInfo.workerIndex + '-' + Date.now();
  const { ana, ben } = await reporterAndEditor(launch, dbPath, suffix);
  const anaEditor = await writeDraft(ana, 'Tide blamed', 'Officials blamed the tide.');

  const benEditor = await openArrived(ben, 'Tide blamed');
  await benEditor.body.getByText('Officials blamed the tide.').click();
  await ben.page.keyboard.press('End');
  await ben.page.keyboard.press('Shift+Home');
  await benEditor.button('Add comment').click();
  const benPanel = ben.page.getByRole('complementary', { name: 'Comments' });
  await benPanel.getByLabel('Comment', { exact: true }).fill('Source?');
  await benPanel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(benPanel.locator('.comment__author')).toHaveText([`Ben Okafor ${suffix}`]);

  await expect(anaEditor.body.locator('.comment-highlight')).toHaveText('Officials blamed the tide.');
  await expect(ana.page.getByRole('button', { name: 'Comments 1', exact: true })).toBeVisible();
  await anaEditor.body.locator('.comment-highlight').click();
  const anaPanel = ana.page.getByRole('complementary', { name: 'Comments' });
  const thread = anaPanel.getByRole('article', { name: new RegExp(`^Comment by Ben Okafor ${suffix}`) });
  await expect(thread.locator('.comment__text')).toHaveText(['Source?']);
  await thread.getByLabel('Reply').fill('The harbour master.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(benPanel.locator('.comment__author')).toHaveText([`Ben Okafor ${suffix}`, `Ana Ruiz ${suffix}`]);
  await expect(benPanel.locator('.comment__text')).toHaveText(['Source?', 'The harbour master.']);
  await ben.page.screenshot({ path: testInfo.outputPath('comments-two-laptops.png') });
});
