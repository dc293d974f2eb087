// The built renderer in Debian Chromium with a scripted fake bridge: every screen, light and
// dark, with axe on each and a screenshot saved to test-results/screens.
import { expect, test } from '@playwright/test';
import { EXPECTED_CHECKS } from '../../electron/contract/values';
import type { ReportPreview } from '../../electron/contract';
import {
  assertExportClean,
  buildReport,
  DEFAULT_REDACTION,
  renderChecked,
  reportSummary,
} from '../../electron/engine/report';
import type { Page } from '@playwright/test';
import {
  SAMPLE_FIXES,
  SAMPLE_HISTORY,
  SAMPLE_REPORT,
  sampleOwnerResult,
  samplePreview,
  sampleResult,
} from '../bridge/fixtures';
import { startBridgeServer } from '../bridge/server';
import type { BridgeServer } from '../bridge/server';
import { expectNoAxeViolations } from './support/axe';
import { installFakeBridge } from './support/fake-page-bridge';
import type { FakeScenario } from './support/fake-page-bridge';
import { RENDERER, SHOTS } from './support/paths';

let server: BridgeServer;
test.beforeAll(async () => {
  server = await startBridgeServer({ root: RENDERER, handlers: null });
});
test.afterAll(async () => {
  await server.close();
});

/** The engine's real report for a sample result: the preview frame must show it styled under the CSP. */
function realPreview(): ReportPreview {
  const model = buildReport(sampleResult('site-server-error'), { redaction: DEFAULT_REDACTION });
  return {
    html: renderChecked(model, 'html'),
    markdown: renderChecked(model, 'md'),
    summary: assertExportClean(model, reportSummary),
    redacted: { ...model.redaction.counts },
  };
}

function scenario(extra: Partial<FakeScenario> = {}): FakeScenario {
  return {
    results: [sampleResult('site-server-error')],
    history: SAMPLE_HISTORY,
    fixes: SAMPLE_FIXES,
    previews: SAMPLE_FIXES.map((f) => samplePreview(f.id)),
    report: SAMPLE_REPORT,
    recognition: {
      status: 502,
      source: 'nginx',
      variant: 'nginx-bad-gateway',
      cdn: null,
      traceId: null,
      whoActs: 'site-owner',
      summary: '',
      meaning: null,
    },
    stepMs: 20,
    hold: false,
    ...extra,
  };
}

async function open(page: Page, s: FakeScenario | null): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  // The renderer must never talk to the network: only the loopback origin is allowed.
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:'))
      problems.push(`network: ${r.url()}`);
  });
  // Cast: the scenario is plain JSON; Playwright's deep serialisable-type check gives up on it.
  if (s) await page.addInitScript(installFakeBridge as (arg: unknown) => void, s as unknown);
  await page.goto(server.url);
  return problems;
}

async function shot(page: Page, name: string, scheme: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
}

/** Lets a held fake run give its verdict. */
async function releaseRun(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __gdFake: { held(): boolean } }).__gdFake.held());
  await page.evaluate(() => (window as unknown as { __gdFake: { release(): void } }).__gdFake.release());
}

async function answer(page: Page, role: RegExp = /I am visiting it/) {
  await page.getByRole('textbox', { name: 'Website address' }).fill('site.example');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('502 Bad Gateway', { exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText(role).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('first screen renders, keeps the CSP, has no axe violations', async ({ page }) => {
      const problems = await open(page, scenario());
      await expect(
        page.getByRole('heading', { level: 1, name: 'Which website will not load?' }),
      ).toBeVisible();
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(21, 24, 28)' : 'rgb(247, 247, 244)');
      await shot(page, '01-site', scheme);
      await expectNoAxeViolations(page, `first screen (${scheme})`);
      // Keyboard: the field has the focus at launch and the error is announced.
      await expect(page.getByRole('textbox', { name: 'Website address' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toHaveText('Please type the address of the website.');
      await shot(page, '01b-site-error', scheme);
      await expectNoAxeViolations(page, `first screen with error (${scheme})`);
      expect(problems).toEqual([]);
    });

    test('says so without a bridge', async ({ page }) => {
      await open(page, null);
      await expect(page.getByRole('alert')).toContainText('cannot reach its checking engine');
      await expectNoAxeViolations(page, `no bridge (${scheme})`);
    });

    test('walks question, checks, verdict, report, watch and history screens', async ({ page }) => {
      const problems = await open(
        page,
        scenario({
          hold: true,
          results: [sampleResult('site-server-error'), sampleResult('site-ok')],
          report: realPreview(),
        }),
      );
      await page.getByRole('textbox', { name: 'Website address' }).fill('site.example');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'What do you see instead of the page?' }),
      ).toBeFocused();
      await page.getByText('I will paste the text I see').click();
      await page
        .getByRole('textbox', { name: 'Text from the error page' })
        .fill('502 Bad Gateway\nnginx/1.22.1');
      await page.getByRole('button', { name: 'Read this text' }).click();
      await expect(page.getByText('The message comes from nginx.')).toBeVisible();
      await shot(page, '02-symptom', scheme);
      await expectNoAxeViolations(page, `symptom (${scheme})`);
      await page.getByRole('button', { name: 'Continue' }).click();

      await expect(
        page.getByRole('heading', { level: 1, name: 'Are you visiting this website, or do you run it?' }),
      ).toBeVisible();
      await page.getByText('I am visiting it').click();
      await shot(page, '03-role', scheme);
      await expectNoAxeViolations(page, `role (${scheme})`);
      await page.getByRole('button', { name: 'Continue' }).click();

      await expect(
        page.getByText(`${EXPECTED_CHECKS.length} of ${EXPECTED_CHECKS.length} checks done`),
      ).toBeVisible();
      await expect(
        page.getByRole('list', { name: 'Stops on the way to the website' }).getByRole('listitem'),
      ).toHaveCount(3);
      await shot(page, '04-checks', scheme);
      await expectNoAxeViolations(page, `checks (${scheme})`);
      await page.evaluate(() => (window as unknown as { __gdFake: { release(): void } }).__gdFake.release());

      await expect(
        page.getByRole('heading', { level: 1, name: 'The website itself has a problem' }),
      ).toBeVisible();
      await page.getByText('Show what we checked').click();
      await page.getByText('Technical details').click();
      await shot(page, '05-verdict', scheme);
      await expectNoAxeViolations(page, `verdict (${scheme})`);

      await page.getByRole('button', { name: 'Make a report' }).click();
      await expect(page.getByText('For: The website’s owner or support')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Email it to the website’s support' })).toBeVisible();
      // The report page itself, in a sandboxed frame, styled by its own sheet (allowed by hash).
      const frame = page.frameLocator('iframe[title="The report as it will be saved"]');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText('The website itself has a problem');
      expect(await frame.locator('h1').evaluate((h) => getComputedStyle(h).fontSize)).toBe('24px');
      await page.getByRole('checkbox', { name: /This computer’s name/ }).click();
      await expect(page.getByRole('checkbox', { name: /This computer’s name/ })).not.toBeChecked();
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
      await shot(page, '06-report', scheme);
      // The frame holds the report page, not the window's own UI: axe checks the window around it.
      await expectNoAxeViolations(page, `report (${scheme})`, { exclude: 'iframe.report-preview' });
      await page.getByRole('button', { name: 'Back to the result' }).click();

      await page.getByRole('button', { name: 'Tell me when it is back' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Tell me when it is back' })).toBeVisible();
      await shot(page, '07-action', scheme);
      await expectNoAxeViolations(page, `action (${scheme})`);
      await page.getByRole('button', { name: 'Start watching' }).click();
      await expect(
        page.getByText('Still not answering after 2 tries. Next try in 30 seconds.'),
      ).toBeVisible();
      // The watch is app-wide: the header shows it (and its Stop) on every screen.
      await expect(page.getByRole('banner').getByRole('status')).toHaveText(
        'Watching site.example — next check in 30 s',
      );
      await shot(page, '08-watch', scheme);
      await expectNoAxeViolations(page, `watch (${scheme})`);

      await page.getByRole('button', { name: 'Check everything again' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Checking site.example again' }),
      ).toBeVisible();
      await releaseRun(page);
      await expect(page.getByText('Solved: the website works now.')).toBeVisible();
      await shot(page, '09-solved', scheme);
      await expectNoAxeViolations(page, `solved (${scheme})`);

      // Solved: a clear done state; the browser steps wait behind one question.
      await expect(page.getByRole('heading', { name: 'What you can do now' })).toHaveCount(0);
      await page.getByText('Still see the error in your browser?').click();
      await page.getByRole('button', { name: /^Clear this website’s saved data/ }).click();
      await page.getByRole('combobox', { name: 'Which browser do you usually use?' }).selectOption('firefox');
      await expect(page.getByText('Find the saved data for this site.')).toBeVisible();
      await shot(page, '09b-guided', scheme);
      await expectNoAxeViolations(page, `guided steps (${scheme})`);
      await page.getByRole('button', { name: 'Back' }).click();

      await page.getByRole('button', { name: 'Recent checks' }).click();
      await expect(page.getByRole('button', { name: 'Open the result for site.example' })).toBeVisible();
      await shot(page, '10-history', scheme);
      await expectNoAxeViolations(page, `history (${scheme})`);
      await page.getByRole('button', { name: 'Open the result for site.example' }).click();
      await expect(page.getByText(/This is an earlier result/)).toBeVisible();
      expect(problems).toEqual([]);
    });

    test('owner path: technical view, quick fix preview and keep-or-revert countdown, cancelled run', async ({
      page,
    }) => {
      const owner = sampleResult('dns-resolver-failing');
      await open(page, scenario({ results: [owner, sampleResult('site-ok')], hold: true }));
      await answer(page, /I run this website/);
      await releaseRun(page);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Your computer cannot look up website names' }),
      ).toBeVisible();
      await expect(page.getByRole('table', { name: 'DNS answers per resolver' })).toBeVisible();
      await shot(page, '11-verdict-owner', scheme);
      await expectNoAxeViolations(page, `owner verdict (${scheme})`);

      await page.getByRole('button', { name: /^Switch the name lookup service/ }).click();
      await page.getByRole('button', { name: 'Quick fix: Switch the name lookup service' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toHaveAccessibleName('Before we change anything');
      await expect(dialog.getByText('resolvectl dns eth0 198.51.100.53')).toBeVisible();
      await shot(page, '12-fix-preview', scheme);
      await expectNoAxeViolations(page, `fix preview (${scheme})`);
      await dialog.getByRole('button', { name: 'Make the change' }).click();
      await expect(dialog.getByText(/put your old settings back in 20 seconds/)).toBeVisible();
      await expect(dialog).toHaveAccessibleName('Keep this change?');
      await shot(page, '13-fix-countdown', scheme);
      await expectNoAxeViolations(page, `fix countdown (${scheme})`);
      await dialog.getByRole('button', { name: 'Keep it' }).click();
      await releaseRun(page);
      await expect(page.getByText('Solved: the website works now.')).toBeVisible();

      await page.getByRole('button', { name: 'Check again' }).click();
      await page.getByRole('button', { name: 'Stop checking' }).click();
      await expect(page.getByRole('heading', { name: 'Checks stopped' })).toBeVisible();
      await shot(page, '14-cancelled', scheme);
      await expectNoAxeViolations(page, `cancelled (${scheme})`);
    });
  });
}

test('German catalog renders the first screen', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.addInitScript(installFakeBridge as (arg: unknown) => void, scenario() as unknown);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Welche Website lädt nicht?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await shot(page, '15-site-de', 'light');
  await expectNoAxeViolations(page, 'German first screen');
  await page.getByRole('textbox', { name: 'Adresse der Website' }).fill('site.example');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByText('502 Bad Gateway', { exact: true }).click();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByText('Ich besuche sie').click();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Die Website selbst hat ein Problem' }),
  ).toBeVisible();
  await shot(page, '15b-verdict-de', 'light');
  await expectNoAxeViolations(page, 'German verdict');
  await context.close();
});

test('the whole wizard works with the keyboard alone, with a visible focus ring', async ({ page }) => {
  await page.addInitScript(installFakeBridge as (arg: unknown) => void, scenario() as unknown);
  await page.goto(server.url);
  const focusRing = () =>
    page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  await expect(page.getByRole('heading', { level: 1, name: 'Which website will not load?' })).toBeVisible();
  // The address field has the focus at launch; the skip link is one Shift+Tab chain away.
  await expect(page.getByRole('textbox', { name: 'Website address' })).toBeFocused();
  expect(await focusRing()).toBe('solid');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Skip to the main content' })).toBeFocused();
  expect(await focusRing()).toBe('solid');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Website address' })).toBeFocused();
  await page.keyboard.type('site.example');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'What do you see instead of the page?' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /502 Bad Gateway/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /504 Gateway Time-out/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Are you visiting this website, or do you run it?' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The website itself has a problem' }),
  ).toBeFocused();
  const first = page.getByRole('button', { name: 'Try again a bit later' });
  for (let i = 0; i < 12 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  expect(await focusRing()).toBe('solid');
  await shot(page, '16-keyboard-focus', 'light');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Try again a bit later' })).toBeFocused();
});

test('the owner checklist: one wide page, commands to copy, one check again (1280×800)', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const problems = await open(page, scenario({ results: [sampleOwnerResult(), sampleResult('site-ok')] }));
  await answer(page, /I run this website/);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Your delivery network cannot get a good answer from your origin server',
    }),
  ).toBeVisible();
  await shot(page, '17-owner-verdict', 'light');
  await page.getByRole('button', { name: 'Open the checklist for your server' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checklist for your server' })).toBeVisible();
  // the owner view uses the window's width, not the narrow column
  const width = await page.getByRole('main').evaluate((m) => m.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(1200);
  await expect(page.getByText('cloudflare → nginx → php-fpm')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/17-owner-checklist-1280.png` });
  await shot(page, '17-owner-checklist', 'light');
  await expectNoAxeViolations(page, 'owner checklist');
  const bypass = 'curl -sv --resolve site.example:443:ORIGIN_IP https://site.example/ -o /dev/null';
  await page.getByRole('button', { name: /^Copy the command: Ask your origin directly/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bypass);
  await page.getByRole('button', { name: 'Copy the trace ID' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('8c1f2e3d4a5b6c7d-FRA');
  await expect(page.getByRole('button', { name: 'Check again' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByText('Solved: the website works now.')).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
});
