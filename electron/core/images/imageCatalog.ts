import type { Database } from 'better-sqlite3';
import { bodyBlocks, textAttr } from '../../shared/model/bodyNodes';
import type { ChecklistItem } from '../../shared/checklist/checklistItem';
import type { ExportArticle } from '../export/exportArticle';
import type { ImageCatalog } from '../export/placeFigures';
import { getImageInfo, listImageCopies } from './getImage';

/** The store's copies for export, by image id. */
export function imageCatalog(db: Database): ImageCatalog {
  return (id) => listImageCopies(db, id);
}

/**
 * Pictures the article uses that this store does not have (a draft copied from elsewhere): an
 * error each, so an export never goes out with a picture silently missing.
 */
export function missingImageItems(db: Database, article: ExportArticle): ChecklistItem[] {
  const message = 'This picture is not on this laptop (the draft came from elsewhere): connect to the newsroom server to bring it, or insert it again.';
  const items: ChecklistItem[] = [];
  if (article.leadImage && getImageInfo(db, article.leadImage.id) === null) {
    items.push({ severity: 'error', code: 'image_missing', message, location: { field: 'leadImage' } });
  }
  bodyBlocks(article.body).forEach((block, blockIndex) => {
    if (block.type === 'figure' && getImageInfo(db, textAttr(block.attrs, 'image')) === null) {
      items.push({ severity: 'error', code: 'image_missing', message, location: { blockIndex } });
    }
  });
  return items;
}
