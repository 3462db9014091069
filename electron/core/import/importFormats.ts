import type { ImportFormat } from './importedArticle';

/** File endings Newsdesk imports, and the format each one is read as. */
export const importFormats: Readonly<Record<string, ImportFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
};

/** The file types Newsdesk imports, for open dialogs. */
export const importExtensions = Object.keys(importFormats).map((extension) => extension.slice(1));
