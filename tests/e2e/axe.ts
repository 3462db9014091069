import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core finding, as much as a failing test needs to say. */
export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

type AxeResults = { violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] };

function isAxeResults(value: unknown): value is AxeResults {
  return typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'violations'));
}

/**
 * Runs axe-core (the installed copy, injected with page.evaluate so the page's CSP does not block
 * it) and returns the serious and critical violations.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const results: unknown = await page.evaluate('axe.run(document, { resultTypes: ["violations"] })');
  if (!isAxeResults(results)) throw new Error('axe-core did not return results.');
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const wcag22Tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on `selector` with the WCAG 2.2 A/AA and best-practice rules, plus
 * `label-content-name-mismatch` (WCAG 2.5.3, Label in Name) switched on by name: axe releases
 * before 4.14 ship it as experimental, outside every tag; returns every violation, whatever its impact.
 */
export async function wcag22Violations(page: Page, selector: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const options = { runOnly: { type: 'tag', values: wcag22Tags }, rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] };
  const results: unknown = await page.evaluate(`axe.run(${JSON.stringify(selector)}, ${JSON.stringify(options)})`);
  if (!isAxeResults(results)) throw new Error('axe-core did not return results.');
  return results.violations.map((violation) => ({ id: violation.id, impact: violation.impact ?? null, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
}
