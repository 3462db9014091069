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

/** WCAG 2.2 A and AA (with 2.0 and 2.1) and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

const axeOptions = {
  runOnly: { type: 'tag', values: axeTags },
  // Label in Name (WCAG 2.5.3) is still "experimental" in axe-core 4.14, so off unless asked for.
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

/**
 * Runs axe-core 4.14 (the installed copy, injected with page.evaluate so the page's CSP does not
 * block it) with the WCAG 2.2 A/AA and best-practice rules and Label in Name, and returns the
 * serious and critical violations, of the whole page or only of the parts `include` names.
 */
export async function seriousAxeViolations(page: Page, scope: { include?: string[] } = {}): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const context = scope.include ? JSON.stringify({ include: scope.include.map((selector) => [selector]) }) : 'document';
  const results: unknown = await page.evaluate(`axe.run(${context}, ${JSON.stringify(axeOptions)})`);
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
