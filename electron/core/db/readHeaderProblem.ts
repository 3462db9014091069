import { closeSync, openSync, readSync, statSync } from 'node:fs';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

function pageSizeOf(header: Buffer): number | null {
  const size = header.readUInt16BE(16);
  if (size === 1) return 65536;
  return size >= 512 && size <= 32768 && (size & (size - 1)) === 0 ? size : null;
}

function readHeader(filePath: string): Buffer {
  const header = Buffer.alloc(HEADER_SIZE);
  const descriptor = openSync(filePath, 'r');
  try {
    readSync(descriptor, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(descriptor);
  }
  return header;
}

// The page count in the header is only meaningful when its version-valid-for number matches the
// change counter (SQLite's own rule).
function declaredBytes(header: Buffer, pageSize: number): number | null {
  const valid = header.readUInt32BE(92) === header.readUInt32BE(24);
  const pages = header.readUInt32BE(28);
  return valid && pages > 0 ? pages * pageSize : null;
}

/**
 * Looks at the first 100 bytes of a database file without SQLite: returns why it is not a whole
 * SQLite database (too short, wrong magic, impossible page size, or, when `complete` says no
 * -wal file is pending, shorter than its header says), or null when it looks sound, is empty or
 * does not exist yet.
 */
export function readHeaderProblem(filePath: string, complete = false): string | null {
  let size: number;
  try {
    const stats = statSync(filePath);
    if (!stats.isFile()) return null;
    size = stats.size;
  } catch {
    return null;
  }
  if (size === 0) return null;
  if (size < HEADER_SIZE) return 'the file is too short to be a database';
  const header = readHeader(filePath);
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) return 'the file is not a database';
  const pageSize = pageSizeOf(header);
  if (pageSize === null) return 'the file header is damaged';
  const declared = declaredBytes(header, pageSize);
  if (complete && declared !== null && size < declared) return 'the file is damaged (cut short)';
  return null;
}
