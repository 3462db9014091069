import { expect, type Locator, type Page } from '@playwright/test';

/** The pictures in the editor: figure cards, their fields, and how pictures get in (drop, paste). */
export class FiguresPage {
  readonly page: Page;
  readonly body: Locator;

  constructor(page: Page) {
    this.page = page;
    this.body = page.getByRole('textbox', { name: 'Article body' });
  }

  /** Every figure card in the body, in order. */
  get figures(): Locator {
    return this.body.locator('[data-node-card].node-card--figure');
  }

  field(figure: Locator, label: 'Caption' | 'Credit' | 'Alt text'): Locator {
    return figure.getByLabel(label, { exact: true });
  }

  /** Waits until a figure's picture has loaded through the app's protocol, and returns its natural width. */
  async loadedWidth(figure: Locator): Promise<number> {
    const image = figure.locator('img');
    await expect.poll(() => image.evaluate((element) => (element instanceof HTMLImageElement && element.complete ? element.naturalWidth : 0))).toBeGreaterThan(0);
    return image.evaluate((element) => (element instanceof HTMLImageElement ? element.naturalWidth : 0));
  }

  /** The body's top-level blocks as short words: p, h2, figure, … */
  async blockShape(): Promise<string> {
    return this.body.evaluate((element) => [...element.children].map((child) => (child.querySelector('.node-card--figure') ? 'figure' : child.tagName.toLowerCase())).join(' '));
  }

  /** Drops files on a paragraph of the body, as the system's file manager would. */
  async dropFiles(target: Locator, files: { name: string; type: string; base64: string }[]): Promise<void> {
    const box = await target.boundingBox();
    if (box === null) throw new Error('drop target not visible');
    await target.evaluate(
      (element, { items, x, y }) => {
        const transfer = new DataTransfer();
        for (const item of items) transfer.items.add(new File([Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0))], item.name, { type: item.type }));
        for (const type of ['dragenter', 'dragover', 'drop']) element.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer, clientX: x, clientY: y }));
      },
      { items: files, x: box.x + box.width / 2, y: box.y + box.height - 2 },
    );
  }

  /** Pastes into the body what a clipboard would hold: picture files and/or HTML. */
  async paste(content: { files?: { name: string; type: string; base64: string }[]; html?: string }): Promise<void> {
    await this.body.evaluate((element, { files, html }) => {
      const transfer = new DataTransfer();
      for (const item of files ?? []) transfer.items.add(new File([Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0))], item.name, { type: item.type }));
      if (html) transfer.setData('text/html', html);
      element.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }));
    }, content);
  }
}
