import { describe, expect, it } from 'vitest';
import { renderFragment } from '../../../electron/core/export/renderFragment';
import { exportHtml } from '../../../electron/core/export/exportHtml';
import { checkDraft, checklistPasses } from '../../../electron/shared/checklist/checkDraft';
import { articleSchemaProblem } from '../../../electron/core/drafts/articleSchemaCheck';
import { defaultSiteSettings } from '../../../electron/shared/model/settings';
import { createEngine } from '../../../electron/core/engine';
import type { Host } from '../../../electron/core/host';
import { articleWith, bodyOf } from './publishingFixtures';

const site = defaultSiteSettings;
const stamp = { author: 'Ana Editor', at: '2026-12-06T10:15:00.000Z' };
const suggested = (type: 'insertion' | 'deletion', text: string, id: string) => ({ type: 'text', text, marks: [{ type, attrs: { id, ...stamp } }] });
const body = bodyOf([
  {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'The minister' },
      suggested('insertion', ' quits', 'a1c5b7e2-0000-4000-8000-000000000001'),
      { type: 'text', text: ' resigns' },
      suggested('deletion', ' on Tuesday', 'a1c5b7e2-0000-4000-8000-000000000002'),
      { type: 'text', text: '.' },
    ],
  },
]);

describe('pending suggested edits', () => {
  it('are a checklist error that counts them', () => {
    const items = checkDraft(articleWith({ body }));
    expect(items.filter((item) => item.code === 'suggestions_pending').map((item) => [item.severity, item.message])).toEqual([
      ['error', '2 suggested edits are waiting: accept or reject them.'],
    ]);
    expect(checklistPasses(items)).toBe(false);
  });

  it('block export', () => {
    expect(exportHtml(articleWith({ body }), site, 'page').html).toBeNull();
  });

  it('never reach the website markup: the text reads as before the suggestions', () => {
    const html = renderFragment(articleWith({ body, dateline: '' }), site);
    expect(html).not.toMatch(/<ins|<del|data-type="modification"|data-author|nd-suggestion/);
    expect(html).toContain('The minister resigns on Tuesday.');
    expect(html).not.toContain('quits');
  });

  it('are a body the store accepts', () => {
    expect(articleSchemaProblem(body)).toBeNull();
  });
});

describe('Mark as published', () => {
  it('is refused while suggested edits are waiting, and the draft stays as it was', async () => {
    const host: Host = { chooseSavePath: async () => null, chooseOpenPath: async () => null, openExternal: async () => {}, showInFolder: async () => {} };
    const engine = createEngine({ dbPath: ':memory:', host, now: () => new Date('2026-12-06T10:00:00.000Z') });
    const created = await engine.call('drafts:create', { changes: { headline: 'Minister resigns', body } });
    if (!created.ok) throw new Error(created.error.message);
    const refused = await engine.call('publishing:markPublished', { id: created.value.id, url: 'https://news.example.com/world/minister' });
    expect(!refused.ok && [refused.error.code, refused.error.message]).toEqual(['invalid_input', '2 suggested edits are waiting: accept or reject them.']);
    const stored = await engine.call('drafts:get', { id: created.value.id });
    expect(stored.ok && [stored.value.status, stored.value.publishedUrl]).toEqual(['draft', null]);
    engine.close();
  });
});
