import { DiagnosisResultSchema, HistoryEntrySchema } from '../contract';
import type { DiagnosisResult, HistoryEntry } from '../contract';

/** Finished diagnoses, newest first. */
export interface HistoryStore {
  list(): HistoryEntry[];
  get(runId: string): DiagnosisResult | null;
  add(result: DiagnosisResult): void;
}

/** The key/value part of electron-store the history needs (structural, for tests). */
export interface KeyValueBacking {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const KEY = 'diagnoses';
const HISTORY_LIMIT = 50;

/**
 * History kept in a key/value backing (electron-store in the app). What is read back is
 * validated: a damaged or older file yields the valid entries only, never a crash.
 */
export function createHistoryStore(backing: KeyValueBacking, limit = HISTORY_LIMIT): HistoryStore {
  function readAll(): DiagnosisResult[] {
    const raw = backing.get(KEY);
    if (!Array.isArray(raw)) return [];
    const valid: DiagnosisResult[] = [];
    for (const item of raw) {
      const parsed = DiagnosisResultSchema.safeParse(item);
      if (parsed.success) valid.push(parsed.data);
    }
    return valid;
  }
  return {
    list() {
      return readAll().map((r) =>
        HistoryEntrySchema.parse({
          runId: r.runId,
          url: r.target.url,
          verdictId: r.verdict.id,
          finishedAt: r.finishedAt,
        }),
      );
    },
    get(runId) {
      return readAll().find((r) => r.runId === runId) ?? null;
    },
    add(result) {
      const rest = readAll().filter((r) => r.runId !== result.runId);
      backing.set(KEY, [result, ...rest].slice(0, limit));
    },
  };
}

/** An in-memory backing (tests, and the fallback when the store file cannot be opened). */
export function createMemoryBacking(): KeyValueBacking {
  const data = new Map<string, unknown>();
  return { get: (k) => data.get(k), set: (k, v) => void data.set(k, v) };
}
