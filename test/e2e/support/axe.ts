import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Runs axe (WCAG 2.x A/AA + best practices) on the page and expects no violation. `exclude`
 * leaves elements out: axe cannot run inside a sandboxed frame that allows no scripts (the report
 * preview) and would wait for it until the test times out; its `iframes: false` option does not
 * stop that wait, excluding the frame does.
 */
export async function expectNoAxeViolations(
  page: Page,
  where: string,
  o: { exclude?: string } = {},
): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  const results = await (o.exclude ? builder.exclude(o.exclude) : builder).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${where}`).toEqual([]);
}
