import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli/main';
import { createEngine } from '../../../electron/core/engine';
import { contract } from '../../../electron/shared/contract/index';
import { seedArticleBody } from '../fixtures/seedArticleBody';
import { knownEdits, seedArticleRevisions } from '../../shared/seedArticleRevisions';
import { valueOf } from '../support/testEngine';

const folder = mkdtempSync(join(tmpdir(), 'newsdesk-diff-cli-'));
const dbPath = join(folder, 'newsdesk.sqlite');
let firstRevision = 0;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(async () => {
  const engine = createEngine({ dbPath });
  const { first, second } = seedArticleRevisions(seedArticleBody());
  const draft = valueOf(await engine.call('drafts:create', { changes: { headline: first.fields.headline, slug: 'putin-xi', body: first.body } }));
  firstRevision = valueOf(await engine.call('revisions:create', { draftId: draft.id, label: 'First take' })).id;
  valueOf(await engine.call('drafts:save', { id: draft.id, baseVersion: draft.version, changes: { headline: second.fields.headline, body: second.body } }));
  engine.close();
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv, '--db', dbPath], { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), env: {} });
  return { code, stdout, stderr };
}

describe('newsdesk diff', () => {
  it('prints the changes from the previous revision to the current text, one per line', async () => {
    const result = await run('diff', 'putin-xi');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[1]).toMatch(/^ {2}from revision \d+ “First take” \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/);
    expect(lines[2]).toMatch(/^ {2}to {3}the current text/);
    expect(lines.slice(4)).toEqual(['6 changes:', ...knownEdits.map((edit, index) => `${String(index + 1).padStart(4)}. ${edit}`), '']);
  });

  it('prints the documented JSON with --json, and compares the other way with --from current --to REV', async () => {
    const result = await run('diff', 'putin-xi', '--from', 'current', '--to', String(firstRevision), '--json');
    expect(result.code).toBe(0);
    const comparison = contract['review:compare'].output.parse(JSON.parse(result.stdout));
    expect(comparison.from.revisionId).toBeNull();
    expect(comparison.to.revisionId).toBe(firstRevision);
    expect(comparison.changes.find((change) => change.kind === 'card')).toMatchObject({ card: 'adSlot', action: 'moved' });
    expect(comparison.changes.find((change) => change.kind === 'text')).toMatchObject({ deleted: 'Monday', inserted: 'Tuesday' });
  });

  it('says in one line what is wrong, with the usual exit codes', async () => {
    expect(await run('diff', 'putin-xi', '--from', 'yesterday')).toMatchObject({ code: 2, stdout: '', stderr: 'newsdesk diff: --from must be a revision number (as listed in History) or "current" (got "yesterday")\n' });
    expect(await run('diff', 'no-such-draft')).toMatchObject({ code: 1, stderr: 'newsdesk diff: no draft has the id or slug "no-such-draft"\n' });
    expect(await run('diff', 'putin-xi', '--from', '99999')).toMatchObject({ code: 1, stderr: 'newsdesk diff: That revision does not exist.\n' });
  });
});
