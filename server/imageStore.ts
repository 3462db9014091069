import BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/** Where the server keeps pictures, by id: each once, as its bundle (manifest and full-size copy). */
export type ServerImages = {
  has: (id: string) => Promise<boolean>;
  get: (id: string) => Promise<Uint8Array | null>;
  /** Keeps a picture; one already kept under that id stays as it is. */
  put: (id: string, bundle: Uint8Array, uploadedBy: string, now: Date) => Promise<void>;
  close: () => Promise<void>;
};

/** Pictures in a SQLite file of the server's data folder (the default, beside documents.sqlite). */
export function sqliteImages(file: string): ServerImages {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS images (
    id TEXT PRIMARY KEY CHECK (id GLOB 'sha256-*' AND length(id) = 71),
    bundle BLOB NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TEXT NOT NULL
  ) STRICT`);
  const has = db.prepare<[string], number>('SELECT 1 FROM images WHERE id = ?').pluck();
  const get = db.prepare<[string], Buffer>('SELECT bundle FROM images WHERE id = ?').pluck();
  const put = db.prepare<[string, Uint8Array, string, string]>('INSERT OR IGNORE INTO images (id, bundle, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?)');
  return {
    has: (id) => Promise.resolve(has.get(id) !== undefined),
    get: (id) => Promise.resolve(get.get(id) ?? null),
    put: (id, bundle, uploadedBy, now) => {
      put.run(id, bundle, uploadedBy, now.toISOString());
      return Promise.resolve();
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

/** Pictures in PostgreSQL (`--database`), so every server process on one database serves them. */
export function postgresImages(pool: pg.Pool): ServerImages {
  const ready = pool.query(
    'CREATE TABLE IF NOT EXISTS newsdesk_images (id text PRIMARY KEY, bundle bytea NOT NULL, uploaded_by text NOT NULL, uploaded_at timestamptz NOT NULL)',
  );
  return {
    async has(id) {
      await ready;
      return (await pool.query('SELECT 1 FROM newsdesk_images WHERE id = $1', [id])).rowCount === 1;
    },
    async get(id) {
      await ready;
      const row = (await pool.query<{ bundle: Buffer }>('SELECT bundle FROM newsdesk_images WHERE id = $1', [id])).rows[0];
      return row === undefined ? null : new Uint8Array(row.bundle);
    },
    async put(id, bundle, uploadedBy, now) {
      await ready;
      await pool.query('INSERT INTO newsdesk_images (id, bundle, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING', [
        id,
        Buffer.from(bundle.buffer, bundle.byteOffset, bundle.byteLength),
        uploadedBy,
        now,
      ]);
    },
    // The pool is the documents' too; the server ends it.
    close: () => Promise.resolve(),
  };
}
