import { expect, type Locator, type Page } from '@playwright/test';

/** The compare view, as an editor uses it. */
export class ComparePage {
  readonly page: Page;
  readonly root: Locator;
  readonly count: Locator;
  readonly changes: Locator;
  readonly article: Locator;
  readonly announcement: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByRole('main', { name: 'Compare versions' });
    this.count = this.root.locator('.compare__count');
    this.changes = this.root.getByRole('navigation', { name: 'Changes' }).getByRole('listitem');
    this.article = this.root.getByRole('document', { name: 'Article body with changes' });
    this.announcement = this.root.getByRole('status');
  }

  button(name: 'Next change' | 'Previous change' | 'Back to the draft'): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  async waitUntilShown(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.count).not.toHaveText('Comparing…');
  }

  /** Each change as the list names it, in order. */
  async changeList(): Promise<string[]> {
    return this.changes.allInnerTexts();
  }
}
