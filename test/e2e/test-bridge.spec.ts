// The loopback test bridge itself, in Chromium: its page script provides window.gatewayDoctor
// over fetch + SSE backed by the real engine, and it steps aside when a preload bridge exists.
// Only engine calls that send no packets are made here (recognising pasted text, history);
// real checks run in lab.spec.ts, inside the network lab.
import { expect, test } from '@playwright/test';
import { createNodeEngineDeps } from '../../electron/engine';
import { createBridgeHandlers } from '../bridge/handlers';
import type { Broadcast } from '../bridge/handlers';
import { startBridgeServer } from '../bridge/server';
import type { BridgeServer } from '../bridge/server';
import { expectNoAxeViolations } from './support/axe';
import { RENDERER } from './support/paths';

let server: BridgeServer;
let dispose: () => void = () => undefined;
test.beforeAll(async () => {
  let send: Broadcast = () => undefined;
  const bridge = createBridgeHandlers(
    // Loopback-only resolvers and controls: nothing here may leave the machine.
    { deps: () => createNodeEngineDeps({ resolvers: ['127.0.0.1'], controls: ['http://127.0.0.1:9/'] }) },
    (channel, payload) => send(channel, payload),
  );
  dispose = bridge.dispose;
  server = await startBridgeServer({
    root: RENDERER,
    // The wizard starts the checks once the address is given; real checks ping the host's router
    // and look names up, so here the start is refused (the page then says the checks failed).
    handlers: {
      ...bridge.handlers,
      'diagnosis:start': () => Promise.reject(new Error('no checks in this spec: they run in the lab')),
    },
    onBroadcast: (b) => (send = b),
  });
});
test.afterAll(async () => {
  dispose();
  await server.close();
});

test('provides the contract to the page and recognises pasted text with the real engine', async ({
  page,
}) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await page.goto(server.url);
  expect(
    await page.evaluate(
      () =>
        Object.keys((window as unknown as { gatewayDoctor: { invoke: object } }).gatewayDoctor.invoke).length,
    ),
  ).toBe(18);
  await page.getByRole('textbox', { name: 'Website address' }).fill('site.example');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('I will paste the text I see').click();
  await page
    .getByRole('textbox', { name: 'Text from the error page' })
    .fill('HTTP Error 502.3 - Bad Gateway\nThe specified CGI application encountered an error.');
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByText('The message comes from Microsoft IIS.')).toBeVisible();
  await expect(page.getByText('Error code 502.')).toBeVisible();
  await expectNoAxeViolations(page, 'symptom with a real recognition');
  await page.getByRole('button', { name: 'Recent checks' }).click();
  await expect(page.getByText('There are no earlier checks yet.')).toBeVisible();
  expect(outside).toEqual([]);
});

test('leaves an existing (preload) bridge alone', async ({ page }) => {
  await page.addInitScript(() => {
    const none = () => Promise.resolve([]);
    (window as unknown as Record<string, unknown>).gatewayDoctor = {
      invoke: new Proxy({}, { get: () => none }),
      on: new Proxy({}, { get: () => () => () => undefined }),
      marker: 'preload',
    };
  });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Which website will not load?' })).toBeVisible();
  expect(
    await page.evaluate(
      () => (window as unknown as { gatewayDoctor: { marker?: string } }).gatewayDoctor.marker,
    ),
  ).toBe('preload');
});
