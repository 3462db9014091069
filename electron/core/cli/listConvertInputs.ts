import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { importFormats } from '../import/importFormats';
import { isFolder } from './isFolder';
import { UsageError } from './usageError';

/** One file of a batch conversion and where its HTML goes. */
export type ConvertInput = { source: string; output: string };

const supported = 'a .md, .markdown, .txt, .docx, .html or .htm file';

function htmlName(file: string): string {
  return `${file.slice(0, file.length - extname(file).length)}.html`;
}

/** Every file Newsdesk imports under a folder, depth first in name order; hidden entries and the output folder are left out. */
async function filesUnder(folder: string, skip: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith('.') || resolve(path) === skip) continue;
    if (entry.isDirectory()) files.push(...(await filesUnder(path, skip)));
    else if (entry.isFile() && importFormats[extname(entry.name).toLowerCase()] !== undefined) files.push(path);
  }
  return files;
}

/**
 * The files a batch `convert` reads, each with its output path under `outputFolder`: a file named on
 * the command line keeps its name (`a.md` → `out/a.html`), a file found in a named folder keeps its
 * place below it (`drafts/world/a.md` → `out/world/a.html`). Two inputs that would write the same
 * file, or a folder with nothing to convert, are refused before anything is written.
 */
export async function listConvertInputs(paths: readonly string[], outputFolder: string): Promise<ConvertInput[]> {
  const skip = resolve(outputFolder);
  const inputs: ConvertInput[] = [];
  for (const path of paths) {
    if (!(await isFolder(path))) {
      inputs.push({ source: path, output: join(outputFolder, htmlName(basename(path))) });
      continue;
    }
    const files = await filesUnder(path, skip);
    if (files.length === 0) throw new UsageError(`${path} holds no article to convert (${supported})`);
    for (const file of files) inputs.push({ source: file, output: join(outputFolder, htmlName(relative(path, file))) });
  }
  const bySource = new Map<string, string>();
  for (const input of inputs) {
    const first = bySource.get(resolve(input.output));
    if (first !== undefined) throw new UsageError(`${first} and ${input.source} would both be written to ${input.output}; convert them into different folders`);
    bySource.set(resolve(input.output), input.source);
  }
  return inputs;
}

