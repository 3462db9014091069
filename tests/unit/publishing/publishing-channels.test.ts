import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../electron/core/engine';
import type { Host } from '../../../electron/core/host';
import { buildDocx } from './docxFixture';
import { seedArticlePath } from './publishingFixtures';

const folder = mkdtempSync(join(tmpdir(), 'newsdesk-publishing-channels-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Asked = { save: { defaultPath: string }[]; open: number };

function engineWith(answers: { save?: (string | null)[]; open?: (string | null)[] } = {}): { engine: Engine; asked: Asked } {
  const asked: Asked = { save: [], open: 0 };
  const host: Host = {
    chooseSavePath: async (options) => {
      asked.save.push({ defaultPath: options.defaultPath });
      return answers.save?.shift() ?? null;
    },
    chooseOpenPath: async () => {
      asked.open += 1;
      return answers.open?.shift() ?? null;
    },
    openExternal: async () => {},
    showInFolder: async () => {},
  };
  const engine = createEngine({ dbPath: ':memory:', host, now: () => new Date('2026-11-27T10:00:00.000Z') });
  return { engine, asked };
}

async function importSeed(engine: Engine) {
  const result = await engine.call('import:data', { name: 'seed-article.md', base64: readFileSync(seedArticlePath('md')).toString('base64') });
  if (!result.ok || result.value === null) throw new Error('import failed');
  return result.value.draft;
}

describe('publishing channels', () => {
  it('imports through the open dialog, and returns null when it is cancelled', async () => {
    const { engine, asked } = engineWith({ open: [seedArticlePath('md'), null] });
    const first = await engine.call('import:file', {});
    expect(first.ok && first.value?.draft.headline).toBe('Putin Invites Xi to Moscow to Strengthen Military Ties');
    expect(first.ok && first.value?.draft.publishedAt).toBe('2023-01-28T00:00:00.000Z');
    expect(await engine.call('import:file', {})).toEqual({ ok: true, value: null });
    expect(asked.open).toBe(2);
    engine.close();
  });

  it('refuses a file path named by the page: only the native dialog chooses what is read', async () => {
    const { engine, asked } = engineWith();
    const result = await engine.dispatch('import:file', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(asked.open).toBe(0);
    engine.close();
  });

  it('imports a dropped file from its bytes, and refuses unreadable bytes with a clear error', async () => {
    const { engine } = engineWith();
    const dropped = await engine.call('import:data', { name: 'storm.docx', base64: buildDocx().toString('base64') });
    expect(dropped.ok && dropped.value.draft.headline).toBe('Storm Hits the Coast as Rivers Rise');
    expect(dropped.ok && dropped.value.report.removedLinks).toEqual([{ text: 'click here', href: 'javascript:alert(document.cookie)' }]);
    const bad = await engine.call('import:data', { name: 'x.md', base64: Buffer.from([0, 1, 2]).toString('base64') });
    expect(bad).toEqual({ ok: false, error: { code: 'unreadable_input', message: 'x.md is not a text file.' } });
    engine.close();
  });

  it('checks and renders a draft for the preview', async () => {
    const { engine } = engineWith();
    const draft = await importSeed(engine);
    const checked = await engine.call('export:check', { id: draft.id });
    expect(checked.ok && checked.value.checklist.every((item) => item.severity === 'warning')).toBe(true);
    const rendered = await engine.call('export:render', { id: draft.id, form: 'fragment' });
    expect(rendered.ok && rendered.value.html?.startsWith(`<article class="nd-article" lang="en" data-newsdesk-id="${draft.id}"`)).toBe(true);
    engine.close();
  });

  it('saves where the user chooses, atomically, and starts there next time', async () => {
    const target = join(folder, 'putin.html');
    const { engine, asked } = engineWith({ save: [target, null] });
    const draft = await importSeed(engine);
    const saved = await engine.call('export:save', { id: draft.id, form: 'page' });
    expect(saved.ok && saved.value.path).toBe(target);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/);
    expect(await engine.call('export:save', { id: draft.id, form: 'fragment' })).toMatchObject({ ok: true, value: { path: null } });
    expect(asked.save.map((entry) => entry.defaultPath)).toEqual([`${draft.slug}.html`, join(folder, `${draft.slug}.fragment.html`)]);
    engine.close();
  });

  it('refuses to save when the checklist has errors, saying which', async () => {
    const { engine, asked } = engineWith({ save: [join(folder, 'never.html')] });
    const created = await engine.call('drafts:create', { changes: { headline: '' } });
    if (!created.ok) throw new Error('create failed');
    const saved = await engine.call('export:save', { id: created.value.id, form: 'page' });
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.error.code).toBe('checklist_failed');
    expect(!saved.ok && saved.error.message).toContain('The article has no headline. (field headline)');
    expect(asked.save).toEqual([]);
    engine.close();
  });

  it('marks a draft published: URL, time and status kept, and later imports find it in the catalog', async () => {
    const { engine } = engineWith();
    const draft = await importSeed(engine);
    const url = 'https://news.example.com/world/putin-invites-xi';
    const marked = await engine.call('publishing:markPublished', { id: draft.id, url, publishedAt: '2023-01-28T09:00:00Z' });
    expect(marked.ok && [marked.value.status, marked.value.publishedUrl, marked.value.publishedAt]).toEqual(['published', url, '2023-01-28T09:00:00.000Z']);
    const refused = await engine.call('publishing:markPublished', { id: draft.id, url: 'javascript:alert(1)' });
    expect(!refused.ok && refused.error.code).toBe('invalid_input');
    const next = await engine.call('import:data', { name: 'next.md', base64: Buffer.from('---\nheadline: Next\n---\nCopy.\n\nAlso Read: Putin Invites Xi to Moscow to Strengthen Military Ties\n').toString('base64') });
    expect(next.ok && next.value.draft.body.content?.[1]).toEqual({ type: 'relatedLink', attrs: { href: url, title: 'Putin Invites Xi to Moscow to Strengthen Military Ties', label: 'Also Read:' } });
    expect(next.ok && next.value.report.unresolvedRelated).toEqual([]);
    engine.close();
  });
});
