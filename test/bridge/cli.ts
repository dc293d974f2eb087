// Standalone entry of the loopback test bridge (bundled to out/test-bridge/server.mjs so it can
// run with plain Node anywhere, e.g. `ip netns exec gd-pc node out/test-bridge/server.mjs ...`).
// Prints one JSON line {"url","origin","token"} on stdout, then serves until SIGTERM/SIGINT or
// until stdin closes (so it never outlives the test that started it).
import { resolve } from 'node:path';
import { createNodeEngineDeps } from '../../electron/engine';
import { createNodeFixDeps, FixService } from '../../electron/engine/fixes';
import { createBridgeHandlers } from './handlers';
import type { Broadcast } from './handlers';
import { startBridgeServer } from './server';

function parseArgs(argv: string[]): {
  root: string;
  resolvers: string[];
  controls: string[];
  reportDir?: string;
  static: boolean;
  fixes: boolean;
} {
  const out = {
    root: 'out/renderer',
    resolvers: [] as string[],
    controls: [] as string[],
    reportDir: undefined as string | undefined,
    static: false,
    fixes: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--static') {
      out.static = true;
      continue;
    }
    // Real quick fixes, confirmed without asking: only for lab walks, whose environment points the
    // fixes at the lab PC's own files (GATEWAY_DOCTOR_RESOLV_CONF, GATEWAY_DOCTOR_STATE_DIR).
    if (a === '--fixes') {
      out.fixes = true;
      continue;
    }
    const v = argv[++i];
    if (v === undefined) throw new Error(`missing value for ${a}`);
    if (a === '--root') out.root = v;
    else if (a === '--resolver') out.resolvers.push(v);
    else if (a === '--control') out.controls.push(v);
    else if (a === '--report-dir') out.reportDir = v;
    else throw new Error(`unknown option ${a}`);
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let send: Broadcast = () => undefined;
  const bridge = args.static
    ? null
    : createBridgeHandlers(
        {
          deps: () =>
            createNodeEngineDeps({
              ...(args.resolvers.length ? { resolvers: args.resolvers } : {}),
              ...(args.controls.length ? { controls: args.controls } : {}),
            }),
          ...(args.reportDir ? { reportDir: args.reportDir } : {}),
          ...(args.fixes
            ? {
                fixes: {
                  service: new FixService(await createNodeFixDeps({ env: process.env, packaged: false })),
                  confirm: true,
                },
              }
            : {}),
        },
        (channel, payload) => send(channel, payload),
      );
  const server = await startBridgeServer({
    root: resolve(args.root),
    handlers: bridge?.handlers ?? null,
    onBroadcast: (b) => {
      send = b;
    },
  });
  process.stdout.write(
    `${JSON.stringify({ url: server.url, origin: server.origin, token: server.token })}\n`,
  );
  const stop = () => {
    bridge?.dispose();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch((error: unknown) => {
  process.stderr.write(`test bridge: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
