import type { Block } from './seedArticleBlocks';

type Body = { type: 'doc'; content: Block[] };
type Fields = { headline: string };

/** A paragraph of editor JSON. */
function paragraph(text: string): Block {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function textOf(block: Block | undefined): string {
  const content = block?.content;
  if (!Array.isArray(content)) return '';
  const first: unknown = content[0];
  return typeof first === 'object' && first !== null && 'text' in first && typeof first.text === 'string' ? first.text : '';
}

function withText(block: Block, text: string): Block {
  return { ...block, content: [{ type: 'text', text }] };
}

function indexOf(blocks: Block[], start: string): number {
  const index = blocks.findIndex((block) => textOf(block).startsWith(start));
  if (index < 0) throw new Error(`The seed article has no paragraph starting "${start}".`);
  return index;
}

/** The paragraph the second revision inserts. */
export const insertedParagraph = 'Officials in Kyiv said the talks changed nothing on the ground.';
export const firstHeadline = 'Putin Invites Xi to Moscow to Strengthen Military Ties';
export const secondHeadline = 'Putin Invites Xi to Moscow to Deepen Military Ties';

/** The known edits from the first revision to the second, as the compare view and the CLI list them. */
export const knownEdits = [
  `Headline: “${firstHeadline}” → “${secondHeadline}”`,
  'Replaced “Tuesday” with “Monday”',
  `Inserted “${insertedParagraph}”`,
  'Ad slot (inline) moved',
  'Replaced “resigns” with “quits after vote”',
  'Related link “Also Read: Ukraine’s President Zelenskiy Attends U.S. Congress, Urges More Military Aid” removed',
];

/**
 * Two revisions of the reference article with known edits between them: the first dates the
 * invitation "Tuesday" and ends "The regional governor resigns."; the second says "Monday" and
 * "quits after vote", inserts one paragraph after the subheading's paragraph, moves the first ad
 * down two paragraphs, removes the related link, and edits the headline.
 */
export function seedArticleRevisions(seed: Body): { first: { fields: Fields; body: Body }; second: { fields: Fields; body: Body } } {
  const first = seed.content.map((block) => ({ ...block }));
  const opening = indexOf(first, 'RUSSIA:');
  first[opening] = withText(first[opening] ?? {}, textOf(first[opening]).replace('on Friday', 'on Tuesday'));
  const closing = indexOf(first, 'The call between');
  first[closing] = withText(first[closing] ?? {}, `${textOf(first[closing])} The regional governor resigns.`);

  const second = first.map((block) => ({ ...block }));
  second[opening] = withText(second[opening] ?? {}, textOf(second[opening]).replace('on Tuesday', 'on Monday'));
  second[closing] = withText(second[closing] ?? {}, textOf(second[closing]).replace('resigns.', 'quits after vote.'));
  const related = second.findIndex((block) => block.type === 'relatedLink');
  second.splice(related, 1);
  const ad = second.findIndex((block) => block.type === 'adSlot');
  const [movedAd] = second.splice(ad, 1);
  if (movedAd) second.splice(ad + 2, 0, movedAd);
  second.splice(indexOf(second, 'During a videoconference') + 1, 0, paragraph(insertedParagraph));

  return {
    first: { fields: { headline: firstHeadline }, body: { type: 'doc', content: first } },
    second: { fields: { headline: secondHeadline }, body: { type: 'doc', content: second } },
  };
}
