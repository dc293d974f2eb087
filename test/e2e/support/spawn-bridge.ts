import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO } from './paths';

export interface SpawnedBridge {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts the bundled test bridge (out/test-bridge/server.mjs) as its own process, optionally
 * through a prefix such as `ip netns exec gd-pc`, and waits for its JSON "ready" line.
 * The bridge exits when its stdin closes, so it never outlives the test.
 */
export async function spawnBridge(o: {
  prefix?: string[];
  args: string[];
  env: NodeJS.ProcessEnv;
}): Promise<SpawnedBridge> {
  const argv = [...(o.prefix ?? []), process.execPath, `${REPO}out/test-bridge/server.mjs`, ...o.args];
  const child: ChildProcess = spawn(argv[0] ?? 'node', argv.slice(1), {
    cwd: REPO,
    env: o.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout ?? process.stdin });
  const ready = await new Promise<{ url: string; origin: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`test bridge did not start: ${stderr}`)), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test bridge exited (${code}): ${stderr}`));
    });
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as { url: string; origin: string });
    });
  });
  return {
    ...ready,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
