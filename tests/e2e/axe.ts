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

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] as const;

const axeOptions = {
  runOnly: { type: 'tag', values: axeTags },
  // Label in Name (WCAG 2.5.3), asked for by name: axe releases before 4.14 kept it outside every tag.
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

/** Runs axe-core 4.14 (injected with page.evaluate, so the page's CSP does not block it) on `context`. */
async function runAxe(page: Page, context: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const results: unknown = await page.evaluate(`axe.run(${context}, ${JSON.stringify(axeOptions)})`);
  if (!isAxeResults(results)) throw new Error('axe-core did not return results.');
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * The serious and critical violations of the WCAG 2.2 A/AA, best-practice and Label in Name rules,
 * of the whole page or only of the parts `include` names.
 */
export async function seriousAxeViolations(page: Page, scope: { include?: string[] } = {}): Promise<AxeViolation[]> {
  const context = scope.include ? JSON.stringify({ include: scope.include.map((selector) => [selector]) }) : 'document';
  const violations = await runAxe(page, context);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Every violation of the same rules on `selector`, whatever its impact. */
export async function wcag22Violations(page: Page, selector: string): Promise<AxeViolation[]> {
  return runAxe(page, JSON.stringify(selector));
}
