import { expect, type Locator, type Page } from '@playwright/test';

/** The "Site settings" dialog: its fields, one footer with Save and Cancel. */
export class SettingsDialogPage {
  readonly page: Page;
  readonly dialog: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Site settings' });
    this.saveButton = this.dialog.getByRole('button', { name: 'Save', exact: true });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel', exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Site settings' }).click();
    await expect(this.dialog).toBeVisible();
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** The nth ad format's id field (from 0). */
  formatId(index: number): Locator {
    return this.dialog.getByRole('textbox', { name: 'Format id' }).nth(index);
  }
}
