// The switch-dns dialog over main's REAL fix handlers and the real engine (not the canned fake):
// a stored dns-resolver-failing diagnosis, opened from "Recent checks", proposes the resolver
// that answered; the preview comes from the engine reading a throwaway resolv.conf. Only the
// preview is asked for: running it would send DNS queries, which this spec never does.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeEngineDeps } from '../../electron/engine';
import { createNodeFixDeps, FIX_ENV, FixService } from '../../electron/engine/fixes';
import { createBridgeHandlers } from '../bridge/handlers';
import type { Broadcast } from '../bridge/handlers';
import { sampleResult } from '../bridge/fixtures';
import { startBridgeServer } from '../bridge/server';
import type { BridgeServer } from '../bridge/server';
import { expectNoAxeViolations } from './support/axe';
import { RENDERER } from './support/paths';

const ORIGINAL = '# fixture\nnameserver 192.0.2.1\nsearch lab.test\n';
let server: BridgeServer;
let dispose: () => void = () => undefined;
let work = '';

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gd-fix-e2e-'));
  writeFileSync(join(work, 'resolv.conf'), ORIGINAL);
  const env = {
    ...process.env,
    [FIX_ENV.resolvConf]: join(work, 'resolv.conf'),
    [FIX_ENV.stateDir]: join(work, 'state'),
  };
  const service = new FixService(await createNodeFixDeps({ env, packaged: false }));
  let send: Broadcast = () => undefined;
  const bridge = createBridgeHandlers(
    {
      deps: () => createNodeEngineDeps({ resolvers: ['127.0.0.1'], controls: ['http://127.0.0.1:9/'] }),
      fixes: { service },
    },
    (channel, payload) => send(channel, payload),
  );
  bridge.history.add(sampleResult('dns-resolver-failing'));
  dispose = bridge.dispose;
  server = await startBridgeServer({
    root: RENDERER,
    handlers: bridge.handlers,
    onBroadcast: (b) => (send = b),
  });
});
test.afterAll(async () => {
  dispose();
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

test('the DNS fix previews "your DNS A → B" from the diagnosis, with the change, from the real handlers', async ({
  page,
}) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Recent checks' }).click();
  await page.getByRole('button', { name: /^Open the result for/ }).click();
  await page
    .getByRole('button', { name: /^Switch the name lookup service/ })
    .first()
    .click();
  await page.getByRole('button', { name: /^Quick fix/ }).click();
  const dialog = page.getByRole('dialog');
  // 192.0.2.1 is in the fixture file (detected); 198.51.100.53 answered the site in the diagnosis
  await expect(dialog.getByText('Your DNS servers: 192.0.2.1 → 198.51.100.53')).toBeVisible();
  await expect(dialog.getByText(/resolv\.conf: 192\.0\.2\.1 → 198\.51\.100\.53/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'DNS servers to use' })).toHaveValue('198.51.100.53');
  await expect(dialog.getByRole('button', { name: 'Make the change' })).toBeVisible();
  // a loopback address is refused by the engine's rule (through main), and the field says so
  await dialog.getByRole('textbox', { name: 'DNS servers to use' }).fill('127.0.0.1');
  await dialog.getByRole('button', { name: 'Show this change' }).click();
  await expect(dialog.getByText(/These are not addresses of DNS servers/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'DNS servers to use' }).fill('192.0.2.77, 192.0.2.78');
  await dialog.getByRole('button', { name: 'Show this change' }).click();
  await expect(dialog.getByText('Your DNS servers: 192.0.2.1 → 192.0.2.77, 192.0.2.78')).toBeVisible();
  await expectNoAxeViolations(page, 'switch-dns preview');
  expect(readFileSync(join(work, 'resolv.conf'), 'utf8')).toBe(ORIGINAL);
});
