// Packaging check: electron-builder packs the built app for Linux (--dir) around a stub
// Electron, fully offline, and the resulting app.asar holds the built app and only the
// production dependencies. The real Electron binary is never downloaded or run.
import { extractFile, listPackage } from '@electron/asar';
import { execFile, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const built =
  existsSync(join(root, 'out/main/index.js')) && existsSync(join(root, 'out/renderer/index.html'));
if (!built && !process.env['CI']) {
  console.warn('SKIPPED packaging check: out/ is not built — run `npm run build` first (npm test does).');
}

/** The electronFuses block of electron-builder.yml as name -> boolean. */
function declaredFuses(yml: string): Record<string, boolean> {
  const block = /^electronFuses:\n((?: {2}(?:\w+: (?:true|false)|# [^\n]*)\n)+)/m.exec(yml)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']),
  );
}

/** Every package reachable from the root's production dependencies (the asar may hold these only). */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const queue = Object.keys(pkg.dependencies);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const dir of findPackageDirs(name)) {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        optionalDependencies?: Record<string, string>;
      };
      queue.push(...Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }));
    }
  }
  return seen;
}

/** The installed copies of a package: top level and nested node_modules. */
function findPackageDirs(name: string): string[] {
  const found: string[] = [];
  const walk = (nodeModules: string, depth: number): void => {
    if (depth > 6 || !existsSync(nodeModules)) return;
    const direct = join(nodeModules, name);
    if (existsSync(join(direct, 'package.json'))) found.push(direct);
    for (const entry of readdirSync(nodeModules)) {
      if (entry.startsWith('.')) continue;
      const dirs = entry.startsWith('@')
        ? readdirSync(join(nodeModules, entry)).map((s) => join(nodeModules, entry, s))
        : [join(nodeModules, entry)];
      for (const d of dirs) walk(join(d, 'node_modules'), depth + 1);
    }
  };
  walk(join(root, 'node_modules'), 0);
  return found;
}

/** Package names found in asar paths like /node_modules/a/node_modules/@s/b/index.js. */
function packagesIn(paths: string[]): Set<string> {
  const names = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      if (parts[i] !== 'node_modules') continue;
      const first = parts[i + 1] ?? '';
      const name = first.startsWith('@') ? `${first}/${parts[i + 2] ?? ''}` : first;
      if (name && !name.endsWith('/') && !name.startsWith('.')) names.add(name);
    }
  }
  return names;
}

/** A TCP listener standing in for a proxy: any connection means something tried the network. */
function trapServer(): Promise<{ server: Server; port: number; hits: () => number }> {
  let count = 0;
  const server = createServer((socket) => {
    count += 1;
    socket.destroy();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0, hits: () => count });
    }),
  );
}

/** Linux only: run without any network at all when the kernel lets us (user + net namespace). */
function isolatedNetworkAvailable(): boolean {
  return process.platform === 'linux' && spawnSync('unshare', ['-rn', 'true']).status === 0;
}

describe.skipIf(!built && !process.env['CI'])(
  'packaging (electron-builder --dir, stub Electron, offline)',
  () => {
    const work = mkdtempSync(join(tmpdir(), 'gd-pack-'));
    const stub = join(work, 'electron-stub');
    const output = join(work, 'dist');
    const cache = join(work, 'cache');
    let listing: string[] = [];
    let log = '';
    let trapHits = 0;
    let isolated = false;

    beforeAll(async () => {
      expect(built, 'out/ must be built before the packaging check (npm run build)').toBe(true);
      // The stub: what an unpacked Electron for Linux looks like to electron-builder — the
      // `electron` executable (renamed to the app's), resources/, locales/ (pruned to
      // electronLanguages), LICENSE and version. The executable only says it is a stub.
      mkdirSync(join(stub, 'resources'), { recursive: true });
      mkdirSync(join(stub, 'locales'), { recursive: true });
      mkdirSync(cache);
      writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub Electron: not runnable" >&2\nexit 1\n');
      chmodSync(join(stub, 'electron'), 0o755);
      for (const locale of ['en-US', 'de', 'fr', 'ja'])
        writeFileSync(join(stub, 'locales', `${locale}.pak`), 'stub');
      writeFileSync(join(stub, 'LICENSE'), 'stub');
      writeFileSync(join(stub, 'version'), '45.4.1');
      // Fuses are flipped inside the real binary, which a stub does not have: this run uses
      // the real config with only electronFuses switched off (the yml's fuses are asserted below).
      const config = join(work, 'electron-builder.offline.json');
      writeFileSync(
        config,
        JSON.stringify({ extends: join(root, 'electron-builder.yml'), electronFuses: null }),
      );

      const trap = await trapServer();
      const proxy = `http://127.0.0.1:${trap.port}`;
      // electron-builder goes quiet when it sees VITEST; its log is part of what we check.
      const inherited = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')),
      );
      const env: NodeJS.ProcessEnv = {
        ...inherited,
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        ELECTRON_BUILDER_CACHE: cache,
        npm_config_offline: 'true',
        HTTP_PROXY: proxy,
        HTTPS_PROXY: proxy,
        http_proxy: proxy,
        https_proxy: proxy,
        ALL_PROXY: proxy,
        NO_PROXY: '',
        no_proxy: '',
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
      };
      const builderArgs = [
        join(root, 'node_modules/.bin/electron-builder'),
        '--dir',
        '--linux',
        '--config',
        config,
        `-c.electronDist=${stub}`,
        `-c.directories.output=${output}`,
      ];
      isolated = isolatedNetworkAvailable();
      const [file, args] = isolated
        ? ['unshare', ['-rn', ...builderArgs]]
        : [builderArgs[0] as string, builderArgs.slice(1)];
      const result = await new Promise<{ code: number; out: string }>((resolve) => {
        execFile(
          file,
          args,
          { cwd: root, env, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
          (error, stdout, stderr) => {
            resolve({
              code: error ? ((error as { code?: number }).code ?? 1) : 0,
              out: `${stdout}${stderr}`,
            });
          },
        );
      });
      log = result.out;
      trapHits = trap.hits();
      trap.server.close();
      expect(result.code, `electron-builder failed:\n${log}`).toBe(0);
      listing = listPackage(join(output, 'linux-unpacked/resources/app.asar'), { isPack: false });
    }, 120_000);

    afterAll(() => {
      rmSync(work, { recursive: true, force: true });
    });

    it('packs without touching the network or downloading anything', () => {
      expect(trapHits, 'a request went to the proxy trap').toBe(0);
      expect(readdirSync(cache), 'electron-builder cached a download').toEqual([]);
      expect(log).toMatch(/using custom unpacked Electron distribution/);
      expect(log).not.toMatch(/downloading/i);
    });

    it('lays out the Linux app: renamed executable, app.asar, pruned locales', () => {
      const dir = join(output, 'linux-unpacked');
      expect(existsSync(join(dir, 'gateway-doctor'))).toBe(true);
      expect(existsSync(join(dir, 'resources/app.asar'))).toBe(true);
      expect(readdirSync(join(dir, 'locales')).sort()).toEqual(['de.pak', 'en-US.pak']);
    });

    it('holds the built app and its manifest', () => {
      for (const file of [
        '/out/main/index.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
        '/package.json',
      ]) {
        expect(listing, `${file} missing from app.asar`).toContain(file);
      }
      const manifest = JSON.parse(
        extractFile(join(output, 'linux-unpacked/resources/app.asar'), 'package.json').toString('utf8'),
      ) as { main: string; name: string };
      expect(manifest.main).toBe(pkg.main);
      expect(listing).toContain(`/${manifest.main}`);
    });

    it('holds no source, tests, CLI or test-bridge build, or source maps', () => {
      const forbidden = listing.filter(
        (p) =>
          /^\/(electron|renderer|test|assets|\.ci|out\/cli)(\/|$)/.test(p) ||
          (/\.map$/.test(p) && !p.startsWith('/node_modules/')),
      );
      expect(forbidden).toEqual([]);
      expect(listing.filter((p) => /^\/[^/]+$/.test(p)).sort()).toEqual([
        '/node_modules',
        '/out',
        '/package.json',
      ]);
      // Only the three app builds: out/cli (the CLI) and out/test-bridge (e2e) must not ship.
      expect(listing.filter((p) => /^\/out\/[^/]+$/.test(p)).sort()).toEqual([
        '/out/main',
        '/out/preload',
        '/out/renderer',
      ]);
    });

    it('holds production dependencies only', () => {
      const inAsar = packagesIn(listing);
      const allowed = productionClosure();
      for (const dep of Object.keys(pkg.dependencies)) expect(inAsar, `${dep} missing`).toContain(dep);
      expect([...inAsar].filter((name) => !allowed.has(name))).toEqual([]);
      const devOnly = Object.keys(pkg.devDependencies).filter((d) => !allowed.has(d));
      expect(devOnly.filter((d) => inAsar.has(d))).toEqual([]);
      for (const name of [
        'react',
        'react-dom',
        'vite',
        'electron',
        'typescript',
        'vitest',
        'electron-builder',
        'eslint',
      ]) {
        expect(inAsar.has(name), `${name} must not ship`).toBe(false);
      }
      const summary = [
        `app.asar: ${listing.length} entries; network: ${isolated ? 'none (isolated namespace)' : 'proxy trap'}, ${trapHits} connection(s)`,
        `  app files: ${listing.filter((p) => /^\/(out|package\.json)/.test(p) && !listing.some((q) => q.startsWith(`${p}/`))).join(' ')}`,
        `  node_modules (${inAsar.size} packages, all production): ${[...inAsar].sort().join(' ')}`,
      ].join('\n');
      console.log(summary);
    });

    it('can satisfy every import of the built main process', () => {
      const main = extractFile(
        join(output, 'linux-unpacked/resources/app.asar'),
        'out/main/index.js',
      ).toString('utf8');
      const specifiers = new Set(
        [...main.matchAll(/(?:^import [^;]*? from |\bimport\(|\brequire\()["']([^"'./][^"']*)["']/gm)].map(
          (m) => m[1] as string,
        ),
      );
      const inAsar = packagesIn(listing);
      const missing = [...specifiers].filter((spec) => {
        if (spec === 'electron' || spec.startsWith('node:') || builtinModules.includes(spec)) return false;
        const name = spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : (spec.split('/')[0] ?? spec);
        return !inAsar.has(name);
      });
      expect(specifiers.size).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    });

    it('has the icons every target needs, rendered from assets/icon.svg', () => {
      const pngSize = (file: string): [number, number] => {
        const b = readFileSync(join(root, file));
        expect(b.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
        return [b.readUInt32BE(16), b.readUInt32BE(20)];
      };
      for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
        expect(pngSize(`assets/icons/${size}x${size}.png`)).toEqual([size, size]);
      }
      const ico = readFileSync(join(root, 'assets/icon.ico'));
      expect(ico.readUInt16BE(0) === 0 && ico.readUInt16LE(2) === 1, 'icon.ico header').toBe(true);
      const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
      expect(icoSizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
      const icns = readFileSync(join(root, 'assets/icon.icns'));
      expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
      expect(icns.includes(Buffer.from('ic10')), 'icon.icns lacks the 1024 px (ic10) image').toBe(true);
      expect(readFileSync(join(root, 'assets/icon.svg'), 'utf8')).toMatch(
        /^<svg[^>]+viewBox="0 0 1024 1024"/,
      );
    });
  },
);

// Reads only the yml: runs without a build.
describe('electron-builder.yml', () => {
  it('electron-builder.yml declares the Electron fuses (switched off only for the stub run)', () => {
    const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(declaredFuses(yml)).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(yml).toMatch(/^asar: true$/m);
    expect(yml).toMatch(/^appId: app\.gatewaydoctor\.desktop$/m);
    expect(yml).toMatch(/^productName: Gateway Doctor$/m);
  });
});
