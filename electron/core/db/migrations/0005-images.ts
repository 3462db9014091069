import type { Migration } from '../migration';

const tables = `
CREATE TABLE images (
  id TEXT PRIMARY KEY CHECK (id GLOB 'sha256-*' AND length(id) = 71),
  format TEXT NOT NULL CHECK (format IN ('jpeg', 'png', 'webp', 'gif', 'avif')),
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  source_bytes INTEGER NOT NULL CHECK (source_bytes > 0),
  caption TEXT NOT NULL DEFAULT '',
  credit TEXT NOT NULL DEFAULT '',
  removed TEXT NOT NULL DEFAULT '[]' CHECK (json_type(removed) = 'array'),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE image_files (
  id INTEGER PRIMARY KEY,
  image_id TEXT NOT NULL REFERENCES images (id) ON DELETE CASCADE,
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  format TEXT NOT NULL CHECK (format IN ('jpeg', 'png', 'webp', 'gif')),
  bytes BLOB NOT NULL,
  UNIQUE (image_id, width)
) STRICT;

ALTER TABLE drafts ADD COLUMN lead_image TEXT CHECK (lead_image IS NULL OR json_type(lead_image) = 'object');
`;

/**
 * Pictures, stored once by content hash inside the database (so a backup, a revision and a moved
 * file keep them): the image with what its own metadata said, and its copies (every width the page
 * and export use, the largest being the full-size copy), all without location or device metadata.
 * Drafts get the lead image.
 */
export const migration: Migration = {
  version: 5,
  name: 'images',
  up(db) {
    db.exec(tables);
  },
};
