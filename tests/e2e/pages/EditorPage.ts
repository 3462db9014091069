import { expect, type Locator, type Page } from '@playwright/test';

/** The article fields by their labels, as the issue names them. */
export const fieldLabels = {
  kicker: 'Kicker',
  headline: 'Headline',
  dek: 'Standfirst',
  authorName: 'Author',
  authorBio: 'Author bio',
  dateline: 'Dateline',
  section: 'Section',
} as const;

export type TextFieldName = keyof typeof fieldLabels;
const textFieldNames: TextFieldName[] = ['kicker', 'headline', 'dek', 'authorName', 'authorBio', 'dateline', 'section'];

/** The article editor, as a reporter uses it. */
export class EditorPage {
  readonly page: Page;
  readonly body: Locator;
  readonly saveStatus: Locator;
  readonly toolbar: Locator;

  constructor(page: Page) {
    this.page = page;
    this.body = page.getByRole('textbox', { name: 'Article body' });
    this.saveStatus = page.locator('.status-bar .save-status');
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  }

  field(name: TextFieldName): Locator {
    return this.page.getByLabel(fieldLabels[name], { exact: true });
  }

  get tagsInput(): Locator {
    return this.page.getByLabel('Tags', { exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.body).toBeVisible();
    await expect(this.field('headline')).toBeVisible();
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  async fill(values: Partial<Record<TextFieldName, string>>): Promise<void> {
    for (const name of textFieldNames) {
      const value = values[name];
      if (value !== undefined) await this.field(name).fill(value);
    }
  }

  async addTags(tags: string[]): Promise<void> {
    for (const tag of tags) {
      await this.tagsInput.fill(tag);
      await this.tagsInput.press('Enter');
    }
  }

  tag(name: string): Locator {
    return this.page.getByRole('list', { name: 'Tags added' }).getByRole('listitem').filter({ hasText: name });
  }

  async openPublishing(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: /^Publishing/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** Clicks into the body and waits for it to have focus (typing before that would be lost). */
  async focusBody(): Promise<void> {
    await this.body.click();
    await expect(this.body).toBeFocused();
  }

  /** Puts the caret at the very end of the body. */
  async goToBodyEnd(): Promise<void> {
    await this.focusBody();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  async addLinkToSelection(url: string): Promise<void> {
    await this.button('Link').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Link address').fill(url);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
    // The body takes focus back on the next frame; keys pressed before then would go nowhere.
    await expect(this.body).toBeFocused();
  }

  async backToLibrary(): Promise<void> {
    await this.button('Library').click();
    await expect(this.page.getByRole('searchbox', { name: 'Search drafts' })).toBeVisible();
  }

  async setStatus(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Status' }).selectOption({ label });
  }

  /** Keeps a named version with "Save version", and waits until its dialog has closed. */
  async saveVersion(label: string): Promise<void> {
    await this.button('Save version').click();
    const dialog = this.page.getByRole('dialog', { name: 'Save a version' });
    await dialog.getByLabel('Version label').fill(label);
    await dialog.getByRole('button', { name: 'Keep version' }).click();
    await expect(dialog).toBeHidden();
  }
}
