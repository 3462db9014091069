import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './EditorPage';

/** The drafts library, as a reporter uses it. */
export class LibraryPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly newDraftButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.searchBox = page.getByRole('searchbox', { name: 'Search drafts' });
    this.newDraftButton = page.getByRole('button', { name: 'New draft' });
  }

  /** The list on screen (drafts, trash or search results). */
  get list(): Locator {
    return this.page.getByRole('listbox');
  }

  /** A draft in the list, by its headline (a row is named by all it shows, headline first). */
  draft(headline: string): Locator {
    return this.list.getByRole('option').filter({ has: this.page.locator('.draft-row__headline').getByText(headline, { exact: true }) });
  }

  async waitUntilShown(): Promise<void> {
    await expect(this.newDraftButton).toBeVisible();
  }

  async newDraft(): Promise<EditorPage> {
    await this.newDraftButton.click();
    const editor = new EditorPage(this.page);
    await editor.waitUntilReady();
    return editor;
  }

  async open(headline: string): Promise<EditorPage> {
    await this.draft(headline).click();
    const editor = new EditorPage(this.page);
    await editor.waitUntilReady();
    return editor;
  }

  /** Selects a draft with the keyboard: Home, then ArrowDown until it is the selected option. */
  async select(headline: string): Promise<void> {
    await this.list.focus();
    await this.list.press('Home');
    const count = await this.list.getByRole('option').count();
    for (let step = 0; step < count; step += 1) {
      if ((await this.draft(headline).getAttribute('aria-selected')) === 'true') return;
      await this.list.press('ArrowDown');
    }
    await expect(this.draft(headline)).toHaveAttribute('aria-selected', 'true');
  }

  /** The headlines of the selected drafts on screen. */
  async selectedHeadlines(): Promise<string[]> {
    return this.list.locator('[role="option"][aria-selected="true"]').evaluateAll((rows) => rows.map((row) => row.querySelector('.draft-row__headline')?.textContent ?? ''));
  }

  /** The row the keyboard is on (the listbox's active descendant), by its headline. */
  async activeHeadline(): Promise<string | null> {
    return this.list.evaluate((list) => {
      const id = list.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.querySelector('.draft-row__headline')?.textContent ?? null) : null;
    });
  }

  /** How far the list is scrolled. */
  async scrollTop(): Promise<number> {
    return this.list.evaluate((list) => list.scrollTop);
  }

  /** The button or select acting on the selected drafts. */
  action(name: 'Open' | 'Move to trash' | 'Restore' | 'Delete for good'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async setStatusOfSelected(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Set status' }).selectOption({ label });
  }

  /** Drops files on the window, as from the file manager. */
  async dropFiles(files: { name: string; text: string }[]): Promise<void> {
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([file.text], file.name, { type: 'text/plain' }));
      return data;
    }, files);
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await expect(this.list).toHaveAccessibleName('Search results');
  }

  async showTrash(): Promise<void> {
    await this.page.getByRole('button', { name: 'Trash', exact: true }).click();
    await expect(this.heading).toHaveText('Trash');
  }

  async showDrafts(): Promise<void> {
    await this.page.getByRole('button', { name: 'Drafts', exact: true }).click();
    await expect(this.heading).toHaveText('Drafts');
  }

  /** Selects a draft in the trash and presses one of the trash's buttons. */
  async inTrash(headline: string, action: 'Restore' | 'Delete for good'): Promise<void> {
    await this.draft(headline).click();
    await expect(this.draft(headline)).toHaveAttribute('aria-selected', 'true');
    await this.page.getByRole('button', { name: action, exact: true }).click();
  }
}
