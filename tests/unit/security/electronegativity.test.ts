import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contentSecurityPolicy } from '../../../electron/core/shell/contentSecurityPolicy';

// Electronegativity (Doyensec) looks for Electron misconfigurations. It always exits 0, so its findings
// are read here: every finding must be one of the accepted ones below, each with the reason it is
// acceptable, and the files must all parse (a file it cannot read would hide findings).

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const electronVersion = z.object({ version: z.string() }).parse(JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'))).version;

const Scan = z.object({
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
  issues: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      location: z.object({ line: z.number(), column: z.number() }),
      severity: z.object({ name: z.string() }),
      confidence: z.object({ name: z.string() }),
    }),
  ),
});
type Finding = z.infer<typeof Scan>['issues'][number];

type Accepted = { id: string; file: RegExp; line?: RegExp; why: string };
const accepted: Accepted[] = [
  {
    id: 'PRELOAD_JS_CHECK',
    file: /(^|\/)(createMainWindow\.ts|main\.js)$/,
    why: 'A reminder to review the preload: it exposes only named contract methods and two events, never ipcRenderer (tests/unit/boundaries.test.ts, tests/unit/shell/preloadApi.test.ts).',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: /(^|\/)(electronHost\.ts|secureSession\.ts|main\.js)$/,
    line: /openExternal\(url\d*\)/,
    why: 'Every URL passes isExternalUrl first: http, https and mailto only (tests/unit/shell/links.test.ts).',
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: /(^|\/)(secureSession\.ts|main\.js)$/,
    line: /Content-Security-Policy/,
    why: 'The policy is built at run time, which the tool cannot read ("invalid CSP, review"); the policy itself is evaluated below with the same evaluator.',
  },
  ...['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK'].map((id) => ({
    id,
    file: /(^|\/)main\.js$/,
    line: /this\.window = new BrowserWindow\(this\)/,
    why: "happy-dom's own BrowserWindow class (the DOM the HTML export renders in), not Electron's.",
  })),
];

/** A function exported by a CommonJS module without types. */
function exported(module: unknown, name: string): (...args: unknown[]) => unknown {
  const value: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, name) : undefined;
  if (typeof value !== 'function') throw new Error(`${name} is not exported`);
  return (...args) => Reflect.apply(value, module, args) as unknown;
}

function constructed(module: unknown, name: string, args: unknown[]): object {
  const value: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, name) : undefined;
  if (typeof value !== 'function') throw new Error(`${name} is not exported`);
  const instance: unknown = Reflect.construct(value, args);
  if (typeof instance !== 'object' || instance === null) throw new Error(`${name} made no object`);
  return instance;
}

async function scan(input: string): Promise<z.infer<typeof Scan>> {
  const runner: unknown = require('@doyensec/electronegativity');
  if (typeof runner !== 'function') throw new Error('electronegativity exports no runner');
  // The release check downloads Electron's release list; the version is known, so it is skipped.
  const options = { input, output: null, isSarif: false, customScan: [], excludeFromScan: ['availablesecurityfixesglobalcheck'], isRelative: true, isVerbose: false, electronVersionOverride: electronVersion };
  return Scan.parse(await Reflect.apply(runner, undefined, [options]));
}

function unaccepted(findings: Finding[], input: string): string[] {
  return findings
    .filter((finding) => {
      const lineText = finding.file === 'N/A' ? '' : (fs.readFileSync(path.join(input, finding.file), 'utf8').split('\n')[finding.location.line - 1] ?? '');
      return !accepted.some((rule) => rule.id === finding.id && rule.file.test(finding.file) && (rule.line === undefined || rule.line.test(lineText)));
    })
    .map((finding) => `${finding.id} (${finding.severity.name}, ${finding.confidence.name}) at ${finding.file}:${finding.location.line}`);
}

describe('electronegativity', () => {
  let bundles: string;

  beforeAll(() => {
    bundles = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-electronegativity-'));
    const built = path.join(bundles, 'built');
    // Its parser stops at class private fields, so the shipped bundles are lowered to ES2020 for it.
    execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.js'), '--outdir', built, '--target', 'es2020'], { stdio: 'ignore' });
    fs.copyFileSync(path.join(built, 'main/index.cjs'), path.join(bundles, 'main.js'));
    fs.copyFileSync(path.join(built, 'preload/index.cjs'), path.join(bundles, 'preload.js'));
    fs.rmSync(built, { recursive: true, force: true });
  }, 180_000);
  afterAll(() => fs.rmSync(bundles, { recursive: true, force: true }));

  it('finds nothing but the accepted findings in electron/ (main, preload, engine, contract)', async () => {
    const input = path.join(root, 'electron');
    const result = await scan(input);
    expect(result.errors).toEqual([]);
    expect(unaccepted(result.issues, input)).toEqual([]);
    expect(result.issues.some((finding) => finding.id === 'PRELOAD_JS_CHECK')).toBe(true);
  }, 180_000);

  it('finds nothing but the accepted findings in the bundles the app ships, dependencies included', async () => {
    const result = await scan(bundles);
    expect(result.errors).toEqual([]);
    expect(unaccepted(result.issues, bundles)).toEqual([]);
    expect(result.issues.map((finding) => finding.id)).not.toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(result.issues.map((finding) => finding.id)).not.toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
  }, 180_000);

  it("rates the app's Content-Security-Policy free of high and medium weaknesses", () => {
    const evaluator: unknown = require('@doyensec/csp-evaluator');
    const version = z.object({ Version: z.object({ CSP3: z.unknown() }) }).parse(evaluator).Version.CSP3;
    const parsed = constructed(evaluator, 'CspParser', [contentSecurityPolicy()]);
    const rating = constructed(evaluator, 'CspEvaluator', [Reflect.get(parsed, 'csp'), version]);
    const findings = z.array(z.object({ severity: z.number(), directive: z.string() })).parse(exported(rating, 'evaluate')());
    // Severities: 10 high, 20 syntax, 30 medium, 40 possibly high, 50 possibly medium, 60 info.
    const serious = findings.filter((finding) => finding.severity === 10 || finding.severity === 30 || finding.severity === 40);
    expect(serious).toEqual([]);
    // Accepted: `script-src 'self'` ("possibly medium": app:// serves only the built page, no JSONP or
    // uploads) and `style-src-attr` ("syntax": a CSP3 directive the evaluator predates; Chromium has it).
    const others = findings.filter((finding) => !serious.includes(finding)).map((finding) => `${finding.severity} ${finding.directive}`);
    expect(others.every((entry) => entry === "50 script-src" || entry === '20 style-src-attr')).toBe(true);
  });
});
