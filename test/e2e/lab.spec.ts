// The renderer in Chromium against the REAL engine through the test bridge, both inside the
// network lab's PC namespace: real faults (nginx 502, dead DNS, router down, broken proxy).
// Skipped with the reason when the lab cannot run here (not root, no namespaces, tools missing).
import { chromium, expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { textsEn } from '../../electron/contract/values';
import { CHROMIUM_ARGS } from './playwright.config';
import { expectNoAxeViolations } from './support/axe';
import { LAB, SCENARIOS, applyScenario, labAvailable, labDown, labEnv, labUp } from '../lab/lab';
import { REPO, RENDERER, SHOTS } from './support/paths';
import { spawnBridge } from './support/spawn-bridge';
import type { SpawnedBridge } from './support/spawn-bridge';

const WANTED = ['healthy', 'site-502-refused', 'dns-resolver-failing', 'local-network-down', 'proxy-error'];
const lab = labAvailable();

test.describe('in the network lab', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  test.skip(!lab.ok, `network lab not available: ${lab.reason}`);

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    await labUp();
  });
  test.afterAll(async () => {
    test.setTimeout(300_000);
    await labDown();
  });

  for (const name of WANTED) {
    const scenario = SCENARIOS.find((s) => s.name === name);
    test(`${name}: the wizard shows ${scenario?.verdict ?? '?'}`, async () => {
      if (!scenario) throw new Error(`scenario ${name} is missing from test/lab/scenarios.json`);
      await applyScenario(name);
      // Each launch gets a fresh temporary profile from Playwright.
      const browser: Browser = await chromium.launch({
        executablePath: `${REPO}test/e2e/support/chromium-in-pc.sh`,
        args: CHROMIUM_ARGS,
        env: labEnv({ GD_NETNS: LAB.pcNamespace }),
      });
      let bridge: SpawnedBridge | null = null;
      try {
        bridge = await spawnBridge({
          prefix: ['ip', 'netns', 'exec', LAB.pcNamespace],
          args: [
            '--root',
            RENDERER,
            ...LAB.resolvers.alternatives.flatMap((r) => ['--resolver', r]),
            ...LAB.controls.flatMap((c) => ['--control', c]),
          ],
          env: labEnv(scenario.env),
        });
        const context = await browser.newContext({
          locale: 'en-US',
          timezoneId: 'UTC',
          viewport: { width: 1000, height: 800 },
        });
        const page: Page = await context.newPage();
        await page.goto(bridge.url);
        await expect(
          page.getByRole('heading', { level: 1, name: 'Which website will not load?' }),
        ).toBeVisible();
        await expectNoAxeViolations(page, `${name}: site`);
        await page.getByRole('textbox', { name: 'Website address' }).fill(scenario.url);
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.getByText('The page does not load at all').click();
        await expectNoAxeViolations(page, `${name}: symptom`);
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.getByText('I am visiting it').click();
        await expectNoAxeViolations(page, `${name}: role`);
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.getByRole('list', { name: 'Checks' })).toBeVisible();
        await expectNoAxeViolations(page, `${name}: checks`);
        const title = textsEn.verdicts[scenario.verdict].title;
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 60_000 });
        await page.getByText('Technical details').click();
        await page.screenshot({ path: `${SHOTS}/lab-${name}.png`, fullPage: true });
        await expectNoAxeViolations(page, `${name}: verdict`);
        await page.getByRole('button', { name: 'Make a report' }).click();
        await expect(page.getByRole('heading', { level: 2, name: 'Preview' })).toBeVisible();
        await expect(page.locator('pre.report-preview')).toContainText(new URL(scenario.url).hostname);
        await expectNoAxeViolations(page, `${name}: report`);
      } finally {
        await browser.close();
        await bridge?.stop();
      }
    });
  }
});
