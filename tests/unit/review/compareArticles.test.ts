import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../electron/shared/review/compareArticles';
import { describeChange } from '../../../electron/shared/review/describeChange';
import { articleSchema } from '../../../electron/shared/review/articleSchema';
import type { ArticleFields } from '../../../electron/shared/model/draft';
import { seedArticleBody } from '../fixtures/seedArticleBody';
import { insertedParagraph, knownEdits, seedArticleRevisions } from '../../shared/seedArticleRevisions';

const baseFields: ArticleFields = {
  kicker: 'Must read',
  headline: '',
  dek: 'Xi stated that China will continue to take an "objective and fair" stance',
  authorName: 'Sadaf Hasan',
  authorBio: '',
  dateline: '',
  section: 'World',
  tags: ['Russia', 'China'],
  language: 'en',
  seoTitle: '',
  seoDescription: '',
  slug: 'putin-invites-xi',
  leadImage: null,
};

function revisions() {
  const { first, second } = seedArticleRevisions(seedArticleBody());
  return {
    before: { fields: { ...baseFields, ...first.fields }, body: first.body },
    after: { fields: { ...baseFields, ...second.fields }, body: second.body },
  };
}

describe('compareArticles on two revisions of the reference article', () => {
  it('finds exactly the known edits, word by word, in reading order', () => {
    const { before, after } = revisions();
    const changes = compareArticles(before, after);
    expect(changes.map(describeChange)).toEqual(knownEdits);
  });

  it('points each body change at the words of the newer version', () => {
    const { before, after } = revisions();
    const doc = articleSchema().nodeFromJSON(after.body);
    const texts = compareArticles(before, after).flatMap((change) => (change.kind === 'text' ? [doc.textBetween(change.from, change.to)] : []));
    expect(texts).toEqual(['Monday', insertedParagraph, 'quits after vote']);
    const move = compareArticles(before, after).find((change) => change.kind === 'card' && change.action === 'moved');
    expect(move?.kind === 'card' && doc.nodeAt(move.at)?.type.name).toBe('adSlot');
  });

  it('gives the headline edit as a word diff', () => {
    const { before, after } = revisions();
    const headline = compareArticles(before, after).find((change) => change.kind === 'field');
    expect(headline?.kind === 'field' && headline.parts.filter((part) => part.kind !== 'same')).toEqual([
      { text: 'Strengthen', kind: 'removed' },
      { text: 'Deepen', kind: 'added' },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    const { before } = revisions();
    expect(compareArticles(before, structuredClone(before))).toEqual([]);
  });

  it('sees formatting and subheading levels, not only words', () => {
    const { before } = revisions();
    const after = structuredClone(before);
    const [opening, heading] = after.body.content;
    const beforeOpening = before.body.content[0];
    if (!opening || !heading || !beforeOpening) throw new Error('the fixture lost its first blocks');
    beforeOpening.content = [{ type: 'text', text: 'RUSSIA: Vladimir Putin on Tuesday.' }];
    opening.content = [{ type: 'text', text: 'RUSSIA:', marks: [{ type: 'bold' }] }, { type: 'text', text: ' Vladimir Putin on Tuesday.' }];
    heading.attrs = { level: 3 };
    const changes = compareArticles(before, after).map(describeChange);
    expect(changes).toEqual(['Formatting changed: “RUSSIA:”', 'Formatting changed: “Putin invites Xi to Russia during a video conference”']);
  });

  it('treats a paragraph removed as one deletion of its words', () => {
    const { before } = revisions();
    const after = structuredClone(before);
    const removed = after.body.content.splice(4, 1)[0];
    const changes = compareArticles(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.kind === 'text' && changes[0].deleted).toBe((removed?.content as { text: string }[])[0]?.text);
  });
});
