import { cleanPastedHtml, type PasteReport } from '../../../electron/shared/paste/cleanPastedHtml';

/**
 * The editor's `transformPastedHTML`: clipboard HTML from Word, Google Docs, LibreOffice or a web
 * page becomes the article's own markup. What was taken out (unsafe links, images) is reported.
 */
export function pasteTransform(onReport: (report: PasteReport) => void = () => {}): (html: string) => string {
  return (html) => {
    const cleaned = cleanPastedHtml(html, new DOMParser());
    if (cleaned.removedLinks.length > 0 || cleaned.droppedImages > 0) onReport({ removedLinks: cleaned.removedLinks, droppedImages: cleaned.droppedImages });
    return cleaned.html;
  };
}

/** What a paste left out, in words for a notice. */
export function describePasteReport(report: PasteReport): string {
  const links = report.removedLinks.length;
  const parts = [
    links > 0 ? `${links} link${links === 1 ? '' : 's'} with an address the website does not allow (${report.removedLinks.map((link) => link.href.slice(0, 40)).join(', ')}) pasted as plain text` : '',
    report.droppedImages > 0 ? `${report.droppedImages} image${report.droppedImages === 1 ? '' : 's'} left out` : '',
  ].filter((part) => part !== '');
  return `Pasted. ${parts.join('; ')}.`;
}
