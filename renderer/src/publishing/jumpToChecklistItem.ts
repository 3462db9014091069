import type { ChecklistLocation } from '../../../electron/shared/checklist/checklistItem';

const fieldInputs: Record<string, string> = {
  kicker: 'field-kicker',
  headline: 'field-headline',
  dek: 'field-dek',
  authorName: 'field-author',
  authorBio: 'field-bio',
  dateline: 'field-dateline',
  section: 'field-section',
  tags: 'field-tags',
  slug: 'field-slug',
  seoTitle: 'field-seo-title',
  seoDescription: 'field-seo-description',
  leadImage: 'field-lead-image',
};

function focusField(field: string): void {
  const id = fieldInputs[field] ?? '';
  let input = document.getElementById(id);
  const toggle = document.getElementById('publishing-toggle');
  if (input instanceof HTMLElement && input.closest('[hidden]') && toggle?.getAttribute('aria-expanded') === 'false') {
    toggle.click();
    input = document.getElementById(id);
  }
  const target = input?.matches('input, textarea, select') ? input : input?.querySelector<HTMLElement>('input, textarea, select');
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

function focusBlock(blockIndex: number): void {
  const body = document.querySelector<HTMLElement>('.body-editor__content .ProseMirror');
  const block = body?.children.item(blockIndex);
  if (!body || !(block instanceof HTMLElement)) return;
  block.scrollIntoView({ block: 'center' });
  body.focus();
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(block);
  range.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(range);
  block.classList.add('checklist-target');
  window.setTimeout(() => block.classList.remove('checklist-target'), 1500);
}

/** Takes the reporter to what a checklist item is about: the field's input, or the body block. */
export function jumpToChecklistItem(location: ChecklistLocation): void {
  if ('field' in location) focusField(location.field);
  else focusBlock(location.blockIndex);
}
