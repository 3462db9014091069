import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePage, loadVectors } from './hostilePages';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const origin = 'https://export.newsdesk.test';
const allowedElements = new Set(['html', 'head', 'meta', 'title', 'link', 'script', 'style', 'body', 'main', 'article', 'header', 'p', 'h1', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br', 'span', 'time', 'div', 'aside']);

/** What the page did and holds, as the browser reports it after the export has loaded. */
type Findings = { ran: string[]; forbidden: string[] };

/** Installed before any of the page's own content: every way a payload could show that it ran. */
const hooksScript = `
  const ran = [];
  Object.defineProperty(window, '__ran', { value: ran });
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    Object.defineProperty(window, name, { value: (...args) => void ran.push(name + '(' + String(args[0]) + ')') });
  }
  for (const name of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[name];
    console[name] = (...args) => { ran.push('console.' + name + '(' + String(args[0]) + ')'); original(...args); };
  }
`;

/** Run in the page: what ran, and every element or attribute the contract forbids. */
const inspectScript = (allowed: string[]) => `(() => {
  const allowed = new Set(${JSON.stringify(allowed)});
  const forbidden = [];
  const scripts = [...document.querySelectorAll('script')];
  if (scripts.length !== 1 || scripts[0].getAttribute('type') !== 'application/ld+json' || scripts[0].attributes.length !== 1) forbidden.push(scripts.length + ' script elements');
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (!allowed.has(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') forbidden.push('<' + tag + '>');
    if (tag === 'meta' && element.hasAttribute('http-equiv')) forbidden.push('meta http-equiv');
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || ['style', 'target', 'srcdoc', 'formaction', 'src', 'action'].includes(name)) forbidden.push(tag + '[' + name + ']');
      if (/^(javascript|vbscript|data):/i.test(attribute.value.replace(/[\u0000-\u0020]/g, '')) && ['href', 'content', 'xlink:href'].includes(name)) forbidden.push(tag + '[' + name + '=' + attribute.value.slice(0, 40) + ']');
    }
  }
  for (const anchor of document.querySelectorAll('a[href]')) {
    const href = anchor.getAttribute('href');
    if (!/^(https?:|mailto:|tel:|[/](?![/]))/i.test(href)) forbidden.push('a[href=' + href.slice(0, 40) + ']');
  }
  return { ran: [...(window.__ran || ['hooks missing'])], forbidden };
})()`;

function isFindings(value: unknown): value is Findings {
  return typeof value === 'object' && value !== null && 'ran' in value && 'forbidden' in value && Array.isArray(value.ran) && Array.isArray(value.forbidden);
}

let browser: Browser;
let page: Page;
const pages = new Map<string, string>();
const requests: string[] = [];
const dialogs: string[] = [];
const navigations: string[] = [];

async function open(name: string, html: string): Promise<Findings & { requests: string[]; dialogs: string[]; navigations: string[] }> {
  pages.set(name, html);
  requests.length = 0;
  dialogs.length = 0;
  navigations.length = 0;
  await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
  await page.evaluate('new Promise((resolve) => setTimeout(resolve, 0))');
  const findings: unknown = await page.evaluate(inspectScript([...allowedElements]));
  if (!isFindings(findings)) throw new Error('the page could not be inspected');
  return { ...findings, requests: [...requests], dialogs: [...dialogs], navigations: [...navigations] };
}

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is needed for the security test; none at ${chromiumPath} (set CHROMIUM_PATH).`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  await page.addInitScript({ content: hooksScript });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (!frame.url().startsWith(origin)) navigations.push(frame.url());
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const html = url.origin === origin ? pages.get(url.pathname.slice(1).replace(/\.html$/, '')) : undefined;
    if (html !== undefined && route.request().isNavigationRequest()) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return;
    }
    requests.push(url.href.slice(0, 100));
    await route.abort();
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('exported pages in Chromium', () => {
  it('notices a payload that runs, so a quiet result means something', async () => {
    const findings = await open('control', '<!doctype html><html lang="en"><head><title>x</title></head><body><img src="x" onerror="alert(1)"><script>console.log("ran")</script></body></html>');
    expect(findings.ran).toEqual(expect.arrayContaining(['alert(1)', 'console.log(ran)']));
    expect(findings.forbidden).toEqual(expect.arrayContaining(['<img>', 'img[onerror]']));
    expect(findings.requests.length).toBeGreaterThan(0);
  });

  it('runs none of DOMPurify\'s vectors placed in copy, links and every field, and shows no forbidden markup', async () => {
    const vectors = loadVectors();
    expect(vectors.length).toBeGreaterThan(200);
    const failures: string[] = [];
    // The next page is rendered while the browser checks the current one.
    let next = hostilePage(vectors[0]?.payload ?? '');
    for (const [index, vector] of vectors.entries()) {
      const html = await next;
      next = hostilePage(vectors[index + 1]?.payload ?? '');
      const findings = await open(`vector-${index}`, html);
      const problems = [...findings.ran, ...findings.forbidden, ...findings.requests.map((url) => `request ${url}`), ...findings.dialogs.map((text) => `dialog ${text}`), ...findings.navigations.map((url) => `navigated ${url}`)];
      if (problems.length > 0) failures.push(`#${index} ${vector.title ?? vector.payload.slice(0, 60)}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
