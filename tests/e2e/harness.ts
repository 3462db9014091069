import { chromium, type Browser, type BrowserServer, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../../electron/core/engine';
import type { Host } from '../../electron/core/host';
import { createFlushRequests, type FlushRequests } from '../../electron/core/shell/createFlushRequests';
import { createIpcGate } from '../../electron/core/shell/createIpcGate';
import { flushWithWatchdog } from '../../electron/core/shell/flushWithWatchdog';
import { shellChannels } from '../../electron/shared/contract/shellChannels';
import { bundlePreload } from './preload/bundlePreload';
import { findChromium } from '../findChromium';
import { startStaticServer, type StaticServer } from './staticServer';

export type LaunchOptions = {
  /** The database file; launching twice on one path is reopening the app. */
  dbPath: string;
  /** What the native save dialog answers (null: cancelled). */
  savePath?: string;
  /** What the native open dialog answers (null: cancelled). */
  openPath?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
};

export type LaunchedApp = {
  page: Page;
  /** The engine behind the page, for writing "from elsewhere" and reading what was saved. */
  engine: Engine;
  /** URLs the app asked the shell to open in the system browser. */
  openedUrls: string[];
  /** Files the app asked the shell to show in the file manager. */
  shownFiles: string[];
  /** The languages the page asked the shell's spellchecker to use, in order. */
  spellCheckLanguages: string[];
  /** Like closing the window: the page flushes its edits (as the shell asks it to), then all closes. */
  close: () => Promise<void>;
  /** Like a crash: the browser process is killed with no flush; the engine and server then close. */
  kill: () => Promise<void>;
  /** Sends a menu command (`new-draft`, `export`, ...) as the shell's menu would. */
  sendCommand: (command: string) => Promise<void>;
};

export const rendererRoot = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const FLUSH_WATCHDOG_MS = 10_000;
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function scriptedHost(options: LaunchOptions, openedUrls: string[], shownFiles: string[]): Host {
  return {
    chooseSavePath: async () => options.savePath ?? null,
    chooseOpenPath: async () => options.openPath ?? null,
    openExternal: async (url) => {
      openedUrls.push(url);
    },
    showInFolder: async (filePath) => {
      shownFiles.push(filePath);
    },
  };
}

/**
 * Opens the built renderer in Chromium with the shipped preload (electron/preload) giving the page
 * `window.newsdesk`, backed by the real engine on `dbPath` through the shell's IPC gate and the engine's
 * `dispatch`, as in Electron; only the transport differs (Playwright bindings for ipcRenderer).
 * Values cross as JSON, as over IPC.
 */
export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  if (!existsSync(`${rendererRoot}/index.html`)) {
    throw new Error(`The renderer is not built (${rendererRoot}/index.html is missing): run \`npm run build:renderer\` first.`);
  }
  const openedUrls: string[] = [];
  const shownFiles: string[] = [];
  const engine = createEngine({ dbPath: options.dbPath, host: scriptedHost(options, openedUrls, shownFiles), preloadPublishing: true });
  let server: StaticServer | null = null;
  let browserServer: BrowserServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startStaticServer(rendererRoot, engine.db);
    // A browser server, so that `kill()` can end the real process the way a crash would.
    const found = findChromium();
    if (found !== null && 'error' in found) throw new Error(found.error);
    browserServer = await chromium.launchServer({ ...(found === null ? {} : { executablePath: found.path }), args: launchArgs });
    browser = await chromium.connect(browserServer.wsEndpoint());
    const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: options.viewport ?? { width: 1280, height: 860 } });
    const gate = createIpcGate({ allowedOrigins: [new URL(server.url).origin], dispatch: engine.dispatch });
    await context.exposeBinding('__newsdeskInvoke', async (source, channel: unknown, inputJson: unknown) => {
      const input: unknown = typeof inputJson === 'string' ? JSON.parse(inputJson) : undefined;
      const isMainFrame = source.frame === source.page.mainFrame();
      return JSON.stringify(await gate({ senderUrl: source.frame.url(), isMainFrame, channel, input }));
    });
    const flushRequests = createFlushRequests();
    const spellCheckLanguages: string[] = [];
    await context.exposeBinding('__newsdeskShellSend', (_source, channel: unknown, reply: unknown) => {
      if (channel === shellChannels.spellCheckLanguage && typeof reply === 'string') spellCheckLanguages.push(reply);
      if (channel !== shellChannels.flushDone || typeof reply !== 'object' || reply === null || !('id' in reply)) return;
      flushRequests.settle(reply.id, 'ok' in reply ? reply.ok : false);
    });
    await context.addInitScript({ content: await bundlePreload() });
    const page = await context.newPage();
    // What electron/main does with the engine's live events: webContents.send on the same shell channel.
    engine.context.live.onEvent((event) => {
      if (!page.isClosed()) void emitToPage(page, shellChannels.liveEvent, event).catch(() => undefined);
    });
    await page.goto(server.url);
    return appHandle({ page, engine, browser, browserServer, server, openedUrls, shownFiles, spellCheckLanguages, flushRequests });
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await browserServer?.close().catch(() => undefined);
    await server?.close();
    engine.close();
    throw error;
  }
}

type Running = {
  page: Page;
  engine: Engine;
  browser: Browser;
  browserServer: BrowserServer;
  server: StaticServer;
  openedUrls: string[];
  shownFiles: string[];
  spellCheckLanguages: string[];
  flushRequests: FlushRequests;
};

/** What the main process does with `webContents.send`: a message on a shell channel to the preload. */
async function emitToPage(page: Page, channel: string, payload: unknown): Promise<void> {
  await page.evaluate(`window.__newsdeskShellEmit(${JSON.stringify(channel)}, ${JSON.stringify(payload)})`);
}

/** The flush-before-close handshake of electron/main/requestFlush.ts, with the harness's longer watchdog. */
async function requestFlush(page: Page, flushRequests: FlushRequests): Promise<void> {
  const { id, reply } = flushRequests.begin();
  const sent = emitToPage(page, shellChannels.flushRequest, id).then(
    () => true,
    () => false,
  );
  const outcome = await flushWithWatchdog(async () => (await sent) && reply, FLUSH_WATCHDOG_MS);
  if (outcome !== 'flushed') flushRequests.abandon(id);
}

function appHandle({ page, engine, browser, browserServer, server, openedUrls, shownFiles, spellCheckLanguages, flushRequests }: Running): LaunchedApp {
  let closed = false;
  const shutDown = async (flush: boolean) => {
    if (closed) return;
    closed = true;
    if (flush && !page.isClosed()) {
      await requestFlush(page, flushRequests);
    }
    if (!flush) browserServer.process().kill('SIGKILL');
    await browser.close().catch(() => undefined);
    await browserServer.close().catch(() => undefined);
    await server.close();
    engine.close();
  };
  return {
    page,
    engine,
    openedUrls,
    shownFiles,
    spellCheckLanguages,
    close: () => shutDown(true),
    kill: () => shutDown(false),
    sendCommand: async (command) => {
      await emitToPage(page, shellChannels.command, command);
    },
  };
}
