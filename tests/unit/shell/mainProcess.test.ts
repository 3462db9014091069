import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../electron/shared/contract/index';
import { shellChannels } from '../../../electron/shared/contract/shellChannels';
import { preventable, type FakeWebContents, type Recorded } from './fakeElectron';
import { appFrame, loadMainBundle } from './loadMainBundle';

// Runs the real main-process bundle (as esbuild makes it for dist/main) against a fake `electron`
// module: what the shell wires up is checked here even though the Electron binary cannot be
// installed. Electron's own behaviour is not simulated beyond what main relies on.

let loaded: Awaited<ReturnType<typeof loadMainBundle>>;
let record: Recorded;
let profile: string;
const invoke = (channel: string, input: unknown, senderFrame?: unknown) => loaded.invoke(channel, input, senderFrame);
const mainWindow = () => loaded.mainWindow();

/** Plays the page: answers the next flush request after saving through IPC. */
function answerFlushRequests(contents: FakeWebContents, beforeReply: () => Promise<void>, ok = true): void {
  const seen = contents.sent.length;
  const timer = setInterval(() => {
    const request = contents.sent.slice(seen).find(([channel]) => channel === shellChannels.flushRequest);
    if (!request) return;
    clearInterval(timer);
    void beforeReply().then(() => record.ipcListeners.get(shellChannels.flushDone)?.({ senderFrame: appFrame }, { id: request[1], ok }));
  }, 5);
}

beforeAll(async () => {
  loaded = await loadMainBundle();
  record = loaded.record;
  profile = loaded.profile;
  expect(record.errorBoxes).toEqual([]);
}, 60_000);

afterAll(() => loaded.dispose());

describe('the main process', () => {
  it('registers app:// as a standard, secure scheme and serves the page from it with the CSP', async () => {
    expect(record.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const serve = record.protocolHandlers.get('app');
    if (!serve) throw new Error('app:// is not handled');
    const page = await serve(new Request('app://newsdesk/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Newsdesk</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await serve(new Request('app://newsdesk/%2e%2e/profile/newsdesk.sqlite'))).status).toBe(404);
  });

  it('opens one sandboxed, isolated window on app://newsdesk with the built preload', () => {
    expect(loaded.fake.control.windows).toHaveLength(1);
    const window = mainWindow();
    expect(window.loadedUrl).toBe('app://newsdesk/index.html');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    const preload = Reflect.get(Object(window.options.webPreferences), 'preload');
    expect(typeof preload === 'string' && fs.existsSync(preload)).toBe(true);
  });

  it('denies every permission', () => {
    const answers: boolean[] = [];
    record.permissionRequest?.({}, 'media', (granted: boolean) => answers.push(granted));
    record.permissionRequest?.({}, 'notifications', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(record.permissionCheck?.({}, 'clipboard-read')).toBe(false);
  });

  it('handles every contract channel, refusing pages from other origins', async () => {
    expect([...record.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
    const planted = await invoke('drafts:create', { changes: { headline: 'Planted' } }, { url: 'https://evil.example/', parent: null });
    expect(planted).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const created = await invoke('drafts:create', { changes: { headline: 'Storm hits coast' } });
    expect(created).toMatchObject({ ok: true, value: { headline: 'Storm hits coast' } });
    expect(await invoke('drafts:list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    expect(fs.existsSync(path.join(profile, 'newsdesk.sqlite'))).toBe(true);
  });

  it('keeps the page from navigating, framing other pages or opening windows, and sends web links to the browser', () => {
    const contents = mainWindow().webContents;
    const navigation = preventable({ url: 'https://evil.example/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    const frame = preventable({ url: 'https://evil.example/', isMainFrame: false });
    contents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
    const preview = preventable({ url: 'about:srcdoc', isMainFrame: false });
    contents.emit('will-frame-navigate', preview);
    expect(preview.defaultPrevented).toBe(false);
    const webview = preventable();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/story' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(record.openedExternally).toEqual(['https://example.com/story']);
  });

  it('sends File > New Draft to the page', () => {
    const file = Array.isArray(record.menuTemplate) ? record.menuTemplate.find((menu) => Reflect.get(Object(menu), 'label') === '&File') : undefined;
    const submenu: unknown = Reflect.get(Object(file), 'submenu');
    const newDraft = Array.isArray(submenu) ? submenu.find((item) => Reflect.get(Object(item), 'id') === 'new-draft') : undefined;
    const click: unknown = Reflect.get(Object(newDraft), 'click');
    expect(typeof click).toBe('function');
    if (typeof click === 'function') Reflect.apply(click, undefined, []);
    expect(mainWindow().webContents.sent).toContainEqual([shellChannels.command, 'new-draft']);
  });

  it('shows the edit menu with the spellchecker\'s suggestions on a right-click, over the window, and acts on the choice', () => {
    const window = mainWindow();
    const contents = window.webContents;
    const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: false, canDelete: true, canEditRichly: true };
    contents.emit('context-menu', preventable(), { isEditable: true, selectionText: '', misspelledWord: 'goverment', dictionarySuggestions: ['government'], editFlags, x: 10, y: 20 });
    const popup = record.popups.at(-1);
    expect(popup?.window).toBe(window);
    const items = Array.isArray(popup?.template) ? popup.template : [];
    const labels = items.map((item: unknown) => String(Reflect.get(Object(item), 'label') ?? '—'));
    expect(labels).toEqual(['government', '—', 'Add to Dictionary', '—', 'Cut', 'Copy', 'Paste', 'Paste as Plain Text', '—', 'Select All']);
    const clickOn = (label: string) => {
      const click: unknown = Reflect.get(Object(items.find((item: unknown) => Reflect.get(Object(item), 'label') === label)), 'click');
      if (typeof click === 'function') Reflect.apply(click, undefined, []);
    };
    clickOn('government');
    clickOn('Add to Dictionary');
    expect(contents.replacedMisspellings).toEqual(['government']);
    expect(contents.session.dictionaryWords).toEqual(['goverment']);

    const shown = record.popups.length;
    contents.emit('context-menu', preventable(), { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags });
    expect(record.popups).toHaveLength(shown);
  });

  it('checks spelling in the language of the open draft, as the page reports it from the app', () => {
    const report = (language: unknown, senderFrame: unknown = appFrame) => record.ipcListeners.get(shellChannels.spellCheckLanguage)?.({ senderFrame }, language);
    const session = mainWindow().webContents.session;
    report('pt');
    expect(session.spellCheckerLanguages).toEqual(['pt-BR']);
    report('en-GB');
    expect(session.spellCheckerLanguages).toEqual(['en-GB']);
    report('ar');
    expect(session.spellCheckerEnabled).toBe(false);
    report('fr');
    expect(session).toMatchObject({ spellCheckerEnabled: true, spellCheckerLanguages: ['fr'] });
    report('<img src=x onerror=alert(1)>');
    report({ language: 'de' });
    report('de', { url: 'https://evil.example/', parent: null });
    expect(session).toMatchObject({ spellCheckerEnabled: true, spellCheckerLanguages: ['fr'] });
  });

  it('backs up the database at startup', async () => {
    await loaded.backupMade();
  });

  it('asks before closing when the page could not save, and keeps the window on Keep Editing', async () => {
    const window = mainWindow();
    answerFlushRequests(window.webContents, async () => {}, false);
    window.close();
    await vi.waitFor(() => expect(record.messageBoxes).toHaveLength(1));
    expect(record.messageBoxes[0]).toMatchObject({ message: 'Your latest changes could not be saved.', buttons: ['Keep Editing', 'Close Without Saving'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.destroyed).toBe(false);
  });

  it('reloads a page whose renderer crashed, not one that exited cleanly', () => {
    const window = mainWindow();
    window.webContents.emit('render-process-gone', preventable(), { reason: 'clean-exit', exitCode: 0 });
    expect(window.webContents.reloads).toBe(0);
    window.webContents.crashed = true;
    window.webContents.emit('render-process-gone', preventable(), { reason: 'crashed', exitCode: 139 });
    expect(window.webContents.reloads).toBe(1);
    expect(window.webContents.crashed).toBe(false);
  });

  it('on quit, lets the page save its pending edits before the database closes, and remembers the window', async () => {
    const window = mainWindow();
    let savedDuringFlush: unknown;
    answerFlushRequests(window.webContents, async () => {
      savedDuringFlush = await invoke('drafts:create', { changes: { headline: 'Saved while closing' } });
    });
    const closed = new Promise<void>((resolve) => loaded.fake.electron.app.once('will-quit', () => resolve()));
    loaded.fake.electron.app.quit();
    await closed;
    expect(savedDuringFlush).toMatchObject({ ok: true });
    expect(window.destroyed).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(profile, 'window-state.json'), 'utf8'))).toEqual({ x: 40, y: 30, width: 1100, height: 760, maximized: false });
    const afterClose = await invoke('drafts:list', {});
    expect(afterClose).toMatchObject({ ok: false });
  });
});
