// The prebuilt `newsdesk` bundle (dist/cli/, made by scripts/build-cli.js): whether it is current,
// and running it with V8's code cache, so Node neither compiles TypeScript nor parses the bundle
// afresh at every start.
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** dist/cli, or NEWSDESK_CLI_BUNDLE (the build's own warm-up run, and tests of this loader). */
export const cliBundleFolder = process.env.NEWSDESK_CLI_BUNDLE || path.join(root, 'dist', 'cli');

function modifiedAt(file) {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Number.NaN;
}

/**
 * True when the bundle exists and none of the repository files it was built from (inputs.json)
 * changed since; a missing source counts as unchanged, as in an installed copy.
 */
export function bundleIsCurrent(folder = cliBundleFolder) {
  const built = modifiedAt(path.join(folder, 'newsdesk.cjs'));
  if (Number.isNaN(built)) return false;
  try {
    const { inputs } = JSON.parse(fs.readFileSync(path.join(folder, 'inputs.json'), 'utf8'));
    return inputs.every((input) => !(modifiedAt(path.join(root, input)) > built));
  } catch {
    return false;
  }
}

function readCodeCache(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Saves V8's code for the bundle, atomically; a read-only install just goes without. */
function saveCodeCache(script, file) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

/** Runs `newsdesk ARGV` from the bundle and resolves to its exit code; leaves a code cache when there was none (or V8 refused it). */
export async function runBundle(argv, folder = cliBundleFolder) {
  const bundle = path.join(folder, 'newsdesk.cjs');
  const cacheFile = path.join(folder, 'newsdesk.cache');
  const cachedData = readCodeCache(cacheFile);
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, folder);
  const code = await module.exports.main(argv);
  if (cachedData === undefined || script.cachedDataRejected) saveCodeCache(script, cacheFile);
  return code;
}
