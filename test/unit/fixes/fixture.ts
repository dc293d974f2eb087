import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a fixture from test/fixtures/fixes/. */
export function fixture(rel: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/fixes/${rel}`, import.meta.url)), 'utf8');
}

/** Splits a pasted terminal session ("$ cmd" lines) into each command's output. */
export function sessionOutputs(text: string): { command: string; output: string }[] {
  const out: { command: string; output: string }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ')) out.push({ command: line.slice(2), output: '' });
    else if (out.length > 0) {
      const last = out[out.length - 1];
      if (last) last.output += `${line}\n`;
    }
  }
  return out;
}
