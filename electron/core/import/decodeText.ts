import { AppError } from '../../shared/contract/result';

/**
 * Reads bytes as UTF-8 text (a byte-order mark is dropped, line ends become `\n`). Binary files,
 * other encodings and text with no words are refused with one clear line.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new AppError('unreadable_input', `${name} is not a text file.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('unreadable_input', `${name} is not UTF-8 text; save it as UTF-8 and import it again.`);
  }
  text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new AppError('unreadable_input', `${name} is empty.`);
  return text;
}
