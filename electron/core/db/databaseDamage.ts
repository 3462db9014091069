/** Raised when a database file is damaged or is not a database at all. */
export class DatabaseDamage extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'DatabaseDamage';
  }
}

const damageCodes = /^SQLITE_(CORRUPT|NOTADB|IOERR_SHORT_READ)/;

function sqliteCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/**
 * Whether an error means the file itself is damaged (rather than locked, missing or read-only),
 * and so should be moved aside. Returns a short reason, or null.
 */
export function damageReason(error: unknown): string | null {
  if (error instanceof DatabaseDamage) return error.message;
  const code = sqliteCode(error);
  if (code === null || !damageCodes.test(code)) return null;
  return code.startsWith('SQLITE_NOTADB') ? 'the file is not a database' : 'the file is damaged';
}
