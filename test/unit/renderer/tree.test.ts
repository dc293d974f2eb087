import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIX_IDS, STEP_IDS, VERDICT_IDS, CHECK_IDS } from '../../../electron/contract';
import { de } from '../../../renderer/locales/de';
import { en } from '../../../renderer/locales/en';
import {
  ACTIONS,
  CHECK_LABELS,
  NEXT_STEPS,
  START,
  TREE,
  nodeKeys,
  successors,
  verdictNodeId,
} from '../../../renderer/wizard/tree';
import type { WizardNode } from '../../../renderer/wizard/tree';
import { must } from './must';

type Catalog = Record<string, unknown>;
const CATALOGS: Record<string, Catalog> = { en, de };

function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** True when `key` resolves to a string, directly or as an i18next plural (`_one`/`_other`). */
function hasKey(catalog: Catalog, key: string): boolean {
  const all = leaves(catalog);
  return all.has(key) || (all.has(`${key}_one`) && all.has(`${key}_other`));
}

// Forward edges: answers, verdict outcomes, actions. "Start over" after a cancelled or failed
// run is the one way back and is left out of the termination property.
function forward(node: WizardNode): string[] {
  return node.kind === 'check' ? Object.values(node.outcomes) : successors(node);
}

describe('decision tree', () => {
  it('links only to nodes that exist', () => {
    for (const node of TREE.values())
      for (const next of successors(node)) expect(TREE.has(next), `${node.id} -> ${next}`).toBe(true);
  });

  it('has no unreachable node', () => {
    const seen = new Set<string>([START]);
    const queue = [START];
    while (queue.length) {
      const node = must(TREE.get(must(queue.shift())));
      for (const next of successors(node))
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    }
    expect([...TREE.keys()].filter((id) => !seen.has(id))).toEqual([]);
  });

  it('ends every forward path in a verdict (no dead end, no loop that skips the verdict)', () => {
    // Depth-first search over non-verdict nodes: a grey node seen again is a loop without a verdict.
    const colour = new Map<string, 'grey' | 'black'>();
    const visit = (id: string, path: string[]): void => {
      const node = must(TREE.get(id));
      if (node.kind === 'verdict') return;
      if (colour.get(id) === 'black') return;
      expect(colour.get(id), `loop without a verdict: ${[...path, id].join(' -> ')}`).not.toBe('grey');
      const next = forward(node);
      expect(next.length, `${id} is a dead end`).toBeGreaterThan(0);
      colour.set(id, 'grey');
      for (const n of next) visit(n, [...path, id]);
      colour.set(id, 'black');
    };
    for (const id of TREE.keys()) visit(id, []);
  });

  it('has a verdict node for every verdict and role, each offering at least one action', () => {
    for (const role of ['visitor', 'owner'] as const) {
      for (const v of VERDICT_IDS) {
        const node = TREE.get(verdictNodeId(role, v));
        expect(node?.kind).toBe('verdict');
        if (node?.kind === 'verdict') expect(node.actions.length).toBeGreaterThan(0);
      }
    }
    expect(Object.keys(NEXT_STEPS).sort()).toEqual([...VERDICT_IDS].sort());
  });

  it('routes every verdict the engine can give from every check node', () => {
    const checks = [...TREE.values()].filter((n) => n.kind === 'check');
    expect(checks).toHaveLength(4);
    for (const c of checks)
      if (c.kind === 'check') expect(Object.keys(c.outcomes).sort()).toEqual([...VERDICT_IDS].sort());
  });

  it('offers every manual step and every quick fix of the contract somewhere', () => {
    const offered = new Set(Object.values(NEXT_STEPS).flatMap((r) => [...r.visitor, ...r.owner]));
    const steps = new Set(
      Object.entries(ACTIONS)
        .filter(([a]) => offered.has(a as keyof typeof ACTIONS))
        .map(([, d]) => d.stepId),
    );
    const fixes = new Set(
      Object.entries(ACTIONS)
        .filter(([a]) => offered.has(a as keyof typeof ACTIONS))
        .map(([, d]) => d.fixId),
    );
    expect(STEP_IDS.filter((s) => !steps.has(s))).toEqual([]);
    expect(FIX_IDS.filter((f) => !fixes.has(f))).toEqual([]);
  });

  it('covers the visitor and owner paths from the articles', () => {
    const visitor = new Set(Object.values(NEXT_STEPS).flatMap((r) => r.visitor));
    const owner = new Set(Object.values(NEXT_STEPS).flatMap((r) => r.owner));
    for (const a of [
      'hard-refresh',
      'clear-site-cache',
      'private-window',
      'other-browser',
      'restart-router',
      'switch-dns',
      'down-for-everyone',
      'contact-isp',
      'notify-when-back',
    ] as const)
      expect(visitor.has(a), a).toBe(true);
    for (const a of [
      'owner-check-upstream',
      'owner-error-logs',
      'owner-proxy-config',
      'owner-cdn-origin',
      'owner-server-firewall',
      'owner-resources',
      'owner-recent-changes',
      'owner-dns-propagation',
      'owner-hosting-provider',
    ] as const)
      expect(owner.has(a), a).toBe(true);
  });
});

describe('catalogs', () => {
  it('contain every key the tree shows, in every language', () => {
    for (const [lang, catalog] of Object.entries(CATALOGS))
      for (const node of TREE.values())
        for (const key of nodeKeys(node)) expect(hasKey(catalog, key), `${lang}: ${key}`).toBe(true);
    for (const [lang, catalog] of Object.entries(CATALOGS))
      for (const id of CHECK_IDS) expect(hasKey(catalog, CHECK_LABELS[id]), `${lang}`).toBe(true);
  });

  it('have the same keys, no empty text, and the same placeholders', () => {
    const base = leaves(en);
    const other = leaves(de);
    expect([...other.keys()].sort()).toEqual([...base.keys()].sort());
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of base) {
      expect(text.trim().length, key).toBeGreaterThan(0);
      expect(must(other.get(key)).trim().length, key).toBeGreaterThan(0);
      expect(vars(must(other.get(key))), key).toEqual(vars(text));
    }
  });

  it('contain every literal key the renderer source passes to t()', () => {
    const root = join(__dirname, '../../../renderer');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f) && !p.includes('locales')) files.push(p);
      }
    };
    walk(root);
    const keys = new Set<string>();
    for (const f of files)
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) keys.add(must(m[1]));
    expect(keys.size).toBeGreaterThan(40);
    for (const [lang, catalog] of Object.entries(CATALOGS))
      for (const k of keys) expect(hasKey(catalog, k), `${lang}: ${k}`).toBe(true);
  });
});
