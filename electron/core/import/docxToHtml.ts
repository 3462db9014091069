import mammoth from 'mammoth';
import { AppError } from '../../shared/contract/result';

const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "p[style-name='Quote'] => blockquote:fresh"];

// Pictures come out as data: URLs (mammoth adds the author's alt text); import stores them as figures.
const convertImage = mammoth.images.imgElement(async (image) => ({ src: `data:${image.contentType};base64,${await image.readAsBase64String()}` }));

/** Converts a Word document to HTML with mammoth: headings, lists, links, bold, italic and pictures kept. */
export async function docxToHtml(name: string, bytes: Uint8Array): Promise<string> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('unreadable_input', `${name} is not a Word document (.docx).`);
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap, ignoreEmptyParagraphs: true, convertImage });
    return result.value;
  } catch {
    throw new AppError('unreadable_input', `${name} could not be read as a Word document; it may be damaged.`);
  }
}
