import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiagnosisResultSchema } from '../../../electron/contract';
import type { DiagnosisResult } from '../../../electron/contract';

export const RESULT_FIXTURES = ['site-502-cloudflare', 'isp-path-degraded', 'leak-seeded'] as const;
export type ResultFixture = (typeof RESULT_FIXTURES)[number];

/** Loads a diagnosis result fixture, validated by the contract schema (a bad fixture fails loudly). */
export function loadResult(name: ResultFixture): DiagnosisResult {
  const path = fileURLToPath(new URL(`../../fixtures/results/${name}.json`, import.meta.url));
  return DiagnosisResultSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The private values seeded into leak-seeded.json, one per redaction kind (two IPs: v4 and v6). */
export const SEEDED = {
  'public-ip': ['81.2.69.160', '2a02:8108:1234:5600::1bad'],
  mac: ['3c:22:fb:9a:10:7e'],
  hostname: ['zephyr-ws42'],
  username: ['jdoe42'],
  query: ['Zx81SecretTok42', 'frag-7Hq9Ww'],
} as const;

export const ALL_SEEDED: string[] = Object.values(SEEDED).flat();
