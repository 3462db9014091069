/**
 * The text of a feed's bytes, in the encoding its HTTP header or XML declaration names
 * (UTF-8 when neither does, or when the name is unknown).
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null = null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /encoding=["']([\w-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
