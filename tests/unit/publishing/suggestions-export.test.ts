import { describe, expect, it } from 'vitest';
import { renderFragment } from '../../../electron/core/export/renderFragment';
import { exportHtml } from '../../../electron/core/export/exportHtml';
import { checkDraft, checklistPasses } from '../../../electron/shared/checklist/checkDraft';
import { articleSchemaProblem } from '../../../electron/core/drafts/articleSchemaCheck';
import { defaultSiteSettings } from '../../../electron/shared/model/settings';
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
