// The renderer in Chromium against the REAL engine and main's real handlers through the test
// bridge, both inside the network lab's PC namespace: one walk per verdict as a home user in
// English and in German, the site-side verdicts also as the site's owner, axe on every screen.
// Skipped with the reason when the lab cannot run here (not root, no namespaces, tools missing).
import { chromium, expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { VERDICTS, ownerTextsDe, ownerTextsEn, textsDe, textsEn } from '../../electron/contract/values';
import type { Language, VerdictId } from '../../electron/contract/values';
import { de } from '../../renderer/locales/de';
import { en } from '../../renderer/locales/en';
import { actionForEngineId, isChecklistStep } from '../../renderer/wizard/tree';
import { CHROMIUM_ARGS } from './playwright.config';
import { expectNoAxeViolations } from './support/axe';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLI_BIN,
  LAB,
  SCENARIOS,
  applyScenario,
  labAvailable,
  labDown,
  labEnv,
  labUp,
  runInPc,
} from '../lab/lab';
import type { LabScenario } from '../lab/lab';
import { REPO, RENDERER, SHOTS } from './support/paths';
import { spawnBridge } from './support/spawn-bridge';

const WORDS = { en, de } as const;
const TEXTS = { en: { ...textsEn, owner: ownerTextsEn }, de: { ...textsDe, owner: ownerTextsDe } } as const;
/** Where a verdict has several scenarios, the one the walk takes (issue: these three by name). */
const PREFERRED = ['healthy', 'captive-portal', 'hosts-file-override', 'path-mtu-blackhole'];

/** The verdicts of diagnosis round two, screenshotted at both window sizes in light and dark. */
const ROUND_TWO: readonly VerdictId[] = [
  'captive-portal',
  'hosts-file-override',
  'path-mtu-blackhole',
  'local-network-degraded',
  'tls-certificate-error',
  'site-dns-failing',
  'ipv6-broken',
];
const SIZES = [
  [800, 600],
  [1280, 800],
] as const;

interface Walk {
  scenario: LabScenario;
  lang: Language;
  role: 'visitor' | 'owner';
}

function walks(): Walk[] {
  const byVerdict = new Map<VerdictId, LabScenario>();
  for (const s of [...SCENARIOS].sort(
    (a, b) => Number(PREFERRED.includes(b.name)) - Number(PREFERRED.includes(a.name)),
  ))
    if (!byVerdict.has(s.verdict)) byVerdict.set(s.verdict, s);
  const out: Walk[] = [];
  let i = 0;
  for (const scenario of byVerdict.values()) {
    out.push({ scenario, lang: 'en', role: 'visitor' }, { scenario, lang: 'de', role: 'visitor' });
    // The site's own faults are walked as its owner too, the language taking turns.
    if (VERDICTS[scenario.verdict].ownerActs)
      out.push({ scenario, lang: i++ % 2 === 0 ? 'de' : 'en', role: 'owner' });
  }
  return out;
}

const lab = labAvailable();

test.describe('in the network lab', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  test.skip(!lab.ok, `network lab not available: ${lab.reason}`);
  let browser: Browser;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    await labUp();
    // The browser runs inside the PC namespace (the bridge listens on its loopback).
    browser = await chromium.launch({
      executablePath: `${REPO}test/e2e/support/chromium-in-pc.sh`,
      args: CHROMIUM_ARGS,
      env: labEnv({ GD_NETNS: LAB.pcNamespace }),
    });
  });
  test.afterAll(async () => {
    test.setTimeout(300_000);
    await browser?.close();
    await labDown();
  });

  for (const { scenario, lang, role } of walks()) {
    const w = WORDS[lang];
    const texts = TEXTS[lang];
    const v = scenario.verdict;
    test(`${scenario.name} (${lang}, ${role}): the wizard shows ${v}`, async () => {
      await applyScenario(scenario.name);
      const bridge = await spawnBridge({
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
        locale: lang === 'de' ? 'de-DE' : 'en-US',
        timezoneId: 'UTC',
        viewport: { width: 1000, height: 800 },
      });
      try {
        const page: Page = await context.newPage();
        const label = `${scenario.name} ${lang} ${role}`;
        await page.goto(bridge.url);
        await expect(page.getByRole('heading', { level: 1, name: w.questions.site.question })).toBeVisible();
        await expect(page.getByRole('textbox', { name: w.questions.site.label })).toBeFocused();
        await expectNoAxeViolations(page, `${label}: site`);
        await page.getByRole('textbox', { name: w.questions.site.label }).fill(scenario.url);
        await page.getByRole('button', { name: w.app.continue }).click();
        await page.getByText(w.questions.symptom['no-load'].label).click();
        await expectNoAxeViolations(page, `${label}: symptom`);
        await page.getByRole('button', { name: w.app.continue }).click();
        await page.getByText(w.questions.role[role].label).click();
        await expectNoAxeViolations(page, `${label}: role`);
        await page.getByRole('button', { name: w.app.continue }).click();
        // The checks started with the address; the screen may already have passed by.
        const checks = page.getByRole('list', { name: w.checking.listLabel });
        if (await checks.isVisible()) await expectNoAxeViolations(page, `${label}: checks`);
        const owned: Partial<Record<VerdictId, { title: string }>> = texts.owner.verdicts;
        const title = (role === 'owner' ? owned[v]?.title : undefined) ?? texts.verdicts[v].title;
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 60_000 });
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expectNoAxeViolations(page, `${label}: verdict`);
        await page.screenshot({ path: `${SHOTS}/lab-${scenario.name}-${lang}-${role}.png`, fullPage: true });
        if (role === 'visitor' && ROUND_TWO.includes(v)) {
          // The new verdict screens as people see them: small and large windows, light and dark.
          for (const [width, height] of SIZES)
            for (const colorScheme of ['light', 'dark'] as const) {
              await page.setViewportSize({ width, height });
              await page.emulateMedia({ colorScheme });
              await page.evaluate(() => window.scrollTo(0, 0));
              // the main action is visible without scrolling, even in a small window
              await expect(page.locator('.next-steps button').first()).toBeInViewport();
              await page.screenshot({
                path: `${SHOTS}/verdict-${v}-${lang}-${colorScheme}-${width}x${height}.png`,
              });
            }
          await page.emulateMedia({ colorScheme: 'light' });
          await page.setViewportSize({ width: 1000, height: 800 });
        }
        if (role === 'owner') {
          // A verdict with server steps has the checklist; site-ok has nothing to check there.
          const open = page.getByRole('button', { name: w.owner.open });
          const listed = VERDICTS[v].ownerSteps.some((id) => {
            const action = actionForEngineId(id);
            return action !== undefined && action !== null && isChecklistStep(action);
          });
          expect(await open.count(), `checklist offered for ${v}`).toBe(listed ? 1 : 0);
          if ((await open.count()) === 0) return;
          await open.click();
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expectNoAxeViolations(page, `${label}: checklist`);
          await page.screenshot({
            path: `${SHOTS}/lab-${scenario.name}-${lang}-checklist.png`,
            fullPage: true,
          });
          return;
        }
        await page.getByRole('button', { name: w.verdict.report }).click();
        await expect(page.getByRole('heading', { level: 2, name: w.report.preview })).toBeVisible();
        const frame = page.frameLocator(`iframe[title="${w.report.previewFrame}"]`);
        await expect(frame.getByRole('heading', { level: 1 })).toHaveText(texts.verdicts[v].title);
        await expect(frame.locator('body')).toContainText(new URL(scenario.url).hostname);
        await expectNoAxeViolations(page, `${label}: report`, { exclude: 'iframe.report-preview' });
      } finally {
        await context.close();
        await bridge.stop();
      }
    });
  }

  test('dns-resolver-failing (en): switch-dns from the window over the real handlers, re-check, undo', async () => {
    const scenario = SCENARIOS.find((s) => s.name === 'dns-resolver-failing');
    if (!scenario) throw new Error('scenario dns-resolver-failing is missing');
    await applyScenario(scenario.name);
    const resolvConf = `/etc/netns/${LAB.pcNamespace}/resolv.conf`;
    const before = readFileSync(resolvConf);
    const state = mkdtempSync(join(tmpdir(), 'gd-lab-walk-'));
    // main's fix handlers edit the PC's own /etc/resolv.conf (ip netns exec mounts the lab's file there)
    const fixEnv = { GATEWAY_DOCTOR_STATE_DIR: state, GATEWAY_DOCTOR_RESOLV_CONF: '/etc/resolv.conf' };
    const bridge = await spawnBridge({
      prefix: ['ip', 'netns', 'exec', LAB.pcNamespace],
      args: [
        '--root',
        RENDERER,
        '--fixes',
        ...LAB.resolvers.alternatives.flatMap((r) => ['--resolver', r]),
        ...LAB.controls.flatMap((c) => ['--control', c]),
      ],
      env: labEnv({ ...scenario.env, ...fixEnv }),
    });
    const context = await browser.newContext({
      locale: 'en-US',
      timezoneId: 'UTC',
      viewport: { width: 1000, height: 800 },
    });
    try {
      const page = await context.newPage();
      await page.goto(bridge.url);
      await page.getByRole('textbox', { name: en.questions.site.label }).fill(scenario.url);
      await page.getByRole('button', { name: en.app.continue }).click();
      await page.getByText(en.questions.symptom['no-load'].label).click();
      await page.getByRole('button', { name: en.app.continue }).click();
      await page.getByText(en.questions.role.visitor.label).click();
      await page.getByRole('button', { name: en.app.continue }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: textsEn.verdicts['dns-resolver-failing'].title }),
      ).toBeVisible({ timeout: 60_000 });
      await page.getByRole('button', { name: textsEn.steps['switch-dns'].title }).first().click();
      await page.getByRole('button', { name: new RegExp(`^${en.verdict.quickFix}`) }).click();
      const dialog = page.getByRole('dialog');
      const [a, b] = LAB.resolvers.alternatives;
      // the proposal: the resolvers that answered in this diagnosis (fastest first), from the file
      // the PC really uses
      await expect(
        dialog.getByText(
          new RegExp(
            `^Your DNS servers: ${LAB.resolvers.isp} → (${a}, ${b}|${b}, ${a})$`.replaceAll('.', '\\.'),
          ),
        ),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'switch-dns preview');
      await dialog.getByRole('button', { name: en.fix.run }).click();
      await expect(dialog.getByRole('button', { name: en.fix.keep })).toBeVisible({ timeout: 30_000 });
      expect(readFileSync(resolvConf, 'utf8')).toContain(`nameserver ${LAB.resolvers.alternatives[0]}`);
      await expectNoAxeViolations(page, 'switch-dns keep or revert');
      // kept: the app checks again at once, and with the working resolvers the site answers
      await dialog.getByRole('button', { name: en.fix.keep }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: textsEn.verdicts['site-ok'].title }),
      ).toBeVisible({ timeout: 60_000 });
      await expect(page.getByRole('main').getByText(/^Solved/)).toBeVisible();
      await expectNoAxeViolations(page, 'solved after switch-dns');
      await page.screenshot({ path: `${SHOTS}/lab-switch-dns-solved.png`, fullPage: true });
    } finally {
      await context.close();
      await bridge.stop();
      // undo through the same engine and state folder: the file comes back byte for byte
      const undo = await runInPc([process.execPath, CLI_BIN, 'fix', 'undo', 'switch-dns'], fixEnv);
      rmSync(state, { recursive: true, force: true });
      expect(undo.code, undo.stdout + undo.stderr).toBe(0);
      expect(readFileSync(resolvConf).equals(before)).toBe(true);
    }
  });
});
