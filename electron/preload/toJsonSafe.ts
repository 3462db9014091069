/** A value made JSON-safe, or the reason it could not be. */
export type JsonSafe = { ok: true; value: unknown } | { ok: false };

/**
 * Copies a value the way JSON would: plain objects, arrays, strings, finite numbers, booleans and
 * null survive; functions, symbols and undefined members are dropped; Dates become ISO strings.
 * Cycles and BigInts cannot be sent at all. Only such values cross from the page to the main process.
 */
export function toJsonSafe(value: unknown): JsonSafe {
  if (value === undefined) return { ok: true, value: undefined };
  try {
    const text = JSON.stringify(value);
    return { ok: true, value: text === undefined ? undefined : JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
