import { readImportFile } from '../../import/readImportFile';
import type { CliCommand } from '../cliCommand';

/** `newsdesk import FILE`: a new draft from a .md, .txt, .docx or .html file; prints its id. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a .md, .txt, .docx or .html file as a new draft and print its id',
  usage: 'import FILE',
  details: ['Removed links and unresolved related links are reported on stderr', 'Exit codes: 0 imported, 2 the file could not be read'],
  options: {},
  positionals: { min: 1, max: 1 },
  async run(args, { io, json, engine }) {
    const source = await readImportFile(args.positionals[0] ?? '');
    const running = engine();
    const { draft, report } = await (await import('../../publishing/importIntoDatabase')).importIntoDatabase(running.db, source, running.context.now());
    for (const link of report.removedLinks) io.stderr(`removed a link to ${link.href.slice(0, 100)} (text kept: "${link.text.slice(0, 60)}")\n`);
    for (const title of report.unresolvedRelated) io.stderr(`related link not found in the catalog: "${title.slice(0, 100)}"; export will stop until it has a URL\n`);
    if (report.droppedImages > 0) io.stderr(`left out ${report.droppedImages} image${report.droppedImages === 1 ? '' : 's'}\n`);
    io.stdout(json ? `${JSON.stringify({ id: draft.id, slug: draft.slug, report })}\n` : `${draft.id}\n`);
  },
};
