import { expect, type Locator, type Page } from '@playwright/test';

// Tiptap keeps its editor on the ProseMirror element; a string keeps DOM types out of the Node build.
const caretParagraphScript = `(() => {
  const { $from } = document.querySelector('[aria-label="Article body"]').editor.state.selection;
  return $from.parentOffset === $from.parent.content.size ? $from.parent.textContent : null;
})()`;

/** The three ways to every inserter: the toolbar button, its shortcut, and its `/` command. */
export type InsertWay = 'toolbar' | 'shortcut' | 'slash';

/** A related link as the dialog takes it. */
export type RelatedLinkInput = { href: string; title: string };

/** The ad-slot and related-link controls of the editor, and the dialogs they open. */
export class InsertersPage {
  readonly page: Page;
  readonly body: Locator;
  readonly toolbar: Locator;
  /** The line under the toolbar where Auto ads says what it did. */
  readonly report: Locator;
  /** The `/` command menu's list of options. */
  readonly slashMenu: Locator;

  constructor(page: Page) {
    this.page = page;
    this.body = page.getByRole('textbox', { name: 'Article body' });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    this.report = page.locator('.toolbar-report');
    this.slashMenu = page.getByRole('listbox', { name: 'Commands' });
  }

  /** Inserts an ad slot of the default format at the caret, one of three ways; the body keeps the focus. */
  async insertAd(way: InsertWay): Promise<void> {
    if (way === 'toolbar') await this.button('Ad slot').click();
    if (way === 'shortcut') await this.page.keyboard.press('ControlOrMeta+Alt+a');
    if (way === 'slash') await this.runSlashCommand('ad', 'Ad slot');
  }

  /** Inserts a related link at the caret through its dialog, opened one of three ways. */
  async insertRelated(way: InsertWay, link: RelatedLinkInput): Promise<void> {
    if (way === 'toolbar') await this.button('Also Read link').click();
    if (way === 'shortcut') await this.page.keyboard.press('ControlOrMeta+Alt+r');
    if (way === 'slash') await this.runSlashCommand('related', 'Also Read link');
    const dialog = this.page.getByRole('dialog', { name: 'Insert related link' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Article address').fill(link.href);
    await dialog.getByLabel('Headline').fill(link.title);
    await dialog.getByRole('button', { name: 'Insert link' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.body).toBeFocused();
  }

  /** Types `/word` at the caret and runs the command with Enter once the menu offers it first. */
  async runSlashCommand(word: string, label: string): Promise<void> {
    await this.page.keyboard.type(`/${word}`);
    await expect(this.slashOption(label)).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
    await expect(this.slashMenu).toBeHidden();
  }

  slashOption(label: string): Locator {
    return this.slashMenu.getByRole('option', { name: new RegExp(`^${label}`) });
  }

  /** The toolbar's buttons that Tab reaches: the toolbar pattern keeps exactly one. */
  get toolbarTabStops(): Locator {
    return this.toolbar.locator('button[tabindex="0"]');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Every ad card in the body, in order. */
  get ads(): Locator {
    return this.body.getByRole('group', { name: /^Advertisement, / });
  }

  ad(format: string): Locator {
    return this.body.getByRole('group', { name: `Advertisement, ${format}`, exact: true });
  }

  related(headline: string, label = 'Also Read:'): Locator {
    return this.body.getByRole('group', { name: `${label} ${headline}`, exact: true });
  }

  /** The body's top-level blocks as short words: p, h2, ad, related, … */
  async blockShape(): Promise<string> {
    return this.body.evaluate((element) =>
      [...element.children]
        .map((child) => {
          if (child.querySelector('[data-node-card]')) return child.querySelector('.node-card--ad') ? 'ad' : 'related';
          return child.tagName.toLowerCase();
        })
        .join(' '),
    );
  }

  /**
   * Puts the caret at the end of the body's paragraph number `index` (from 0), and waits until the
   * editor's own selection is there (the browser tells ProseMirror of a click a moment later).
   */
  async caretAfterParagraph(index: number): Promise<void> {
    const paragraph = this.body.locator(':scope > p').nth(index);
    const text = (await paragraph.textContent()) ?? '';
    await paragraph.click();
    await this.page.keyboard.press('End');
    await this.waitForCaretAtEndOf(text);
  }

  /** Waits until the editor's caret is at the end of a paragraph that reads `text`. */
  async waitForCaretAtEndOf(text: string): Promise<void> {
    await expect.poll(() => this.page.evaluate(caretParagraphScript)).toBe(text);
  }

  /** Drags a card by its handle and drops it at the start of `target` (both scrolled into view first). */
  async dragBlock(card: Locator, target: Locator): Promise<void> {
    await target.scrollIntoViewIfNeeded();
    await card.scrollIntoViewIfNeeded();
    const from = await card.locator('[data-drag-handle]').boundingBox();
    const to = await target.boundingBox();
    if (from === null || to === null) throw new Error('nothing to drag, or nowhere to drop');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    for (let step = 1; step <= 10; step += 1) {
      const share = step / 10;
      await this.page.mouse.move(from.x + (to.x + 4 - from.x) * share, from.y + (to.y + 4 - from.y) * share);
    }
    await this.page.mouse.up();
  }

  /** Imports a feed from its web address through the Site settings dialog. */
  async importFeedInSettings(url: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Site settings' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Feed URL').fill(url);
    await dialog.getByRole('button', { name: 'Import feed' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();
  }
}
