import type { Locator, Page } from '@playwright/test';

/** The "Export HTML" dialog: checklist, preview, page/fragment choice, save, mark as published. */
export class ExportDialogPage {
  readonly dialog: Locator;
  readonly checklist: Locator;
  readonly preview: Locator;
  readonly saveButton: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export HTML' });
    this.checklist = this.dialog.getByRole('list', { name: 'Checklist items' });
    this.preview = this.dialog.locator('iframe[title="Preview of the exported page"]');
    this.saveButton = this.dialog.getByRole('button', { name: 'Save HTML…' });
    this.status = this.dialog.getByRole('status');
  }

  /** The checklist item whose message contains `text`. */
  item(text: string): Locator {
    return this.checklist.getByRole('button', { name: new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  }
}
