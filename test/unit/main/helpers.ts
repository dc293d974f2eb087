import { DiagnosisResultSchema } from '../../../electron/contract';
import type { DiagnosisResult } from '../../../electron/contract';
import type { MainContext } from '../../../electron/main/handlers/context';
import type { SystemChangeQuestion } from '../../../electron/main/handlers/fix-confirm';
import { createHistoryStore, createMemoryBacking } from '../../../electron/main/history-store';

/** A small valid DiagnosisResult (validated, so a contract change shows up here). */
export function sampleResult(runId = 'run-1', url = 'https://shop.example.test/'): DiagnosisResult {
  return DiagnosisResultSchema.parse({
    schemaVersion: 1,
    runId,
    target: { input: url, url, scheme: 'https', host: 'shop.example.test', port: 443, isIp: false },
    startedAt: '2026-11-22T06:00:00.000+00:00',
    finishedAt: '2026-11-22T06:00:04.000+00:00',
    timeZone: 'UTC',
    durationMs: 4000,
    environment: { os: 'linux', osRelease: '6.1', arch: 'x64', appVersion: '0.1.0', hostname: 'pc' },
    checks: [],
    probe: null,
    dns: null,
    traceroute: null,
    gateway: null,
    verdict: {
      id: 'site-server-error',
      confidence: 'high',
      whoActs: 'site-owner',
      reasons: [],
      fixIds: [],
      visitorSteps: ['retry-later'],
      ownerSteps: ['owner-error-logs'],
      summary: 'The site is failing.',
      explanation: 'The site is failing on its side.',
    },
  });
}

/**
 * Records everything main code sends to the renderer and logs. The native confirmation
 * dialog says yes unless `confirm` answers otherwise (or throws); every question is kept.
 */
export function fakeContext(
  o: { confirm?: (q: SystemChangeQuestion) => Promise<boolean> } = {},
): MainContext & {
  events: { channel: string; payload: unknown }[];
  logs: string[];
  notifications: { title: string; body: string }[];
  opened: string[];
  questions: SystemChangeQuestion[];
} {
  const questions: SystemChangeQuestion[] = [];
  const events: { channel: string; payload: unknown }[] = [];
  const logs: string[] = [];
  const notifications: { title: string; body: string }[] = [];
  const opened: string[] = [];
  const record = (...args: unknown[]): void => void logs.push(args.map(String).join(' '));
  return {
    events,
    logs,
    notifications,
    opened,
    questions,
    sink: (channel, payload) => void events.push({ channel, payload }),
    log: { info: record, warn: record, error: record },
    history: createHistoryStore(createMemoryBacking()),
    appVersion: '0.1.0-test',
    openExternal: async (url) => {
      opened.push(url);
      return true;
    },
    notify: (title, body) => void notifications.push({ title, body }),
    chooseSavePath: async () => null,
    copyText: () => undefined,
    htmlToPdf: async () => new Uint8Array(),
    confirmSystemChange: async (q) => {
      questions.push(q);
      return o.confirm ? o.confirm(q) : true;
    },
  };
}
