import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Root of the platform fixtures (copied public samples + real captures from this machine). */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/platform/', import.meta.url));

/** Reads a fixture file as UTF-8 (path relative to test/fixtures/platform). */
export function fixture(rel: string): string {
  return readFileSync(FIXTURE_DIR + rel, 'utf8');
}

/** stderr captured next to a fixture (`name.stderr.txt`), or '' when the tool wrote none. */
export function fixtureStderr(rel: string): string {
  const p = FIXTURE_DIR + rel.replace(/\.txt$/, '.stderr.txt');
  return existsSync(p) ? readFileSync(p, 'utf8') : '';
}

/** Fixture files in a folder whose names match a pattern (stderr companions excluded). */
export function fixtureNames(dir: string, re: RegExp): string[] {
  return readdirSync(FIXTURE_DIR + dir)
    .filter((f) => re.test(f) && !f.endsWith('.stderr.txt'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** Every line of every fixture: realistic material for the random-line property tests. */
export function allFixtureLines(): string[] {
  const lines: string[] = [];
  for (const dir of ['linux', 'macos', 'windows', 'linux-captured']) {
    for (const f of readdirSync(FIXTURE_DIR + dir))
      lines.push(...readFileSync(`${FIXTURE_DIR}${dir}/${f}`, 'utf8').split(/\r?\n/));
  }
  return lines;
}
