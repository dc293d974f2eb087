// The owner's command catalog: every source gets a checklist (a generic one when nothing more is
// known), every command is reachable, labelled in every language and uses only known values, and
// values are quoted so that no value can become shell syntax (proved against a real shell).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CDN_SOURCE_IDS,
  OWNER_CHECK_IDS,
  OWNER_CHECKS,
  OWNER_PLACEHOLDERS,
  SOURCE_IDS,
  VERDICTS,
  VERDICT_IDS,
  buildOwnerChecklist,
  detectOwnerStack,
  fillOwnerCommand,
  formatUtc,
  quotePosixArg,
  quotePowerShellArg,
  textsFor,
} from '../../../electron/contract/values';
import type { OwnerChecklist, VerdictId } from '../../../electron/contract/values';

const TARGET = { host: 'site.example', port: 443, url: 'https://site.example/' };
const AT = '2026-12-02T16:25:30.000Z';

function checklist(
  verdictId: VerdictId,
  source: string | null,
  cdn: string | null = null,
  headers: Record<string, string> = {},
): OwnerChecklist {
  return buildOwnerChecklist({ verdictId, target: TARGET, at: AT, response: { source, cdn, headers } });
}
const commands = (c: OwnerChecklist): string[] => c.items.flatMap((i) => i.commands.map((x) => x.command));
const ids = (c: OwnerChecklist): string[] => c.items.flatMap((i) => i.commands.map((x) => x.id));

describe('owner checklist per stack', () => {
  it('gives every source id, and ids added later, commands for a server error', () => {
    for (const source of [...SOURCE_IDS, 'vercel', 'netlify', 'kong']) {
      const c = checklist('site-server-error', source);
      expect(commands(c).length, source).toBeGreaterThan(2);
    }
    // an id nobody has listed falls back to the generic server checks
    expect(ids(checklist('site-server-error', 'kong'))).toEqual(
      ids(checklist('site-server-error', 'unknown')),
    );
  });

  it('adds the CDN bypass for every CDN, and the origin stack behind it when known', () => {
    for (const cdn of CDN_SOURCE_IDS) {
      const alone = checklist('cdn-origin-error', cdn);
      expect(alone.stack.edge).toBe(cdn);
      expect(commands(alone)).toContain(
        'curl -sv --resolve site.example:443:ORIGIN_IP https://site.example/ -o /dev/null',
      );
    }
    const behind = checklist('cdn-origin-error', 'nginx', 'cloudflare');
    expect(behind.stack).toEqual({ edge: 'cloudflare', origin: ['nginx'], phpVersion: null });
    expect(ids(behind)).toEqual(expect.arrayContaining(['cdn-bypass', 'cloudflare-ips']));
    // a new CDN id in the one list gets the CDN checks without any change here
    expect(detectOwnerStack({ source: 'unknown', cdn: 'bunny', headers: {} }).edge).toBe('bunny');
  });

  it('names the stack’s own logs and services, filled with the error’s time window in UTC', () => {
    const nginx = commands(checklist('site-server-error', 'nginx'));
    expect(nginx).toContain('sudo tail -n 100 /var/log/nginx/error.log');
    expect(nginx).toContain(
      "sudo journalctl -u nginx --since '2026-12-02 16:20:30 UTC' --until '2026-12-02 16:30:30 UTC'",
    );
    const apache = commands(checklist('site-server-error', 'apache'));
    expect(apache).toContain('sudo apachectl configtest');
    expect(apache.join('\n')).not.toContain('nginx');
    const iis = checklist('site-server-error', 'iis');
    expect(iis.items.flatMap((i) => i.commands).every((x) => x.shell === 'powershell')).toBe(true);
    expect(commands(iis).join('\n')).toContain("StartTime = [datetime]'2026-12-02T16:20:30Z'");
    const heroku = commands(checklist('site-server-error', 'heroku'));
    expect(heroku).toContain('heroku logs --num 200 --app APP_NAME');
    expect(heroku.join('\n')).not.toContain('journalctl');
  });

  it('reads PHP-FPM (with its version) and Node from the response headers', () => {
    const php = checklist('site-server-error', 'nginx', null, { 'X-Powered-By': 'PHP/8.2.12' });
    expect(php.stack.origin).toEqual(['nginx', 'php-fpm']);
    expect(commands(php)).toContain('sudo systemctl status php8.2-fpm');
    const unversioned = checklist('site-server-error', 'nginx', null, { 'x-powered-by': 'PHP' });
    expect(unversioned.stack.origin).toEqual(['nginx']);
    const node = checklist('site-server-error', 'unknown', null, { 'x-powered-by': 'Express' });
    expect(node.stack.origin).toEqual(['node']);
    expect(commands(node)).toContain('pm2 logs --lines 100 --nostream');
  });

  it('adds what the verdict asks whatever the stack, under the verdict’s own steps', () => {
    const tls = checklist('tls-certificate-error', null);
    expect(tls.items.map((i) => i.step)).toEqual([...VERDICTS['tls-certificate-error'].ownerSteps]);
    expect(commands(tls)[0]).toBe(
      'openssl s_client -connect site.example:443 -servername site.example </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName',
    );
    expect(ids(checklist('site-dns-failing', null))).toEqual(['dns-trace', 'dns-dnssec', 'dns-records']);
    const v6 = buildOwnerChecklist({
      verdictId: 'tls-certificate-error',
      target: { host: '2001:db8::1', port: 8443, url: 'https://[2001:db8::1]:8443/' },
      at: AT,
      response: null,
    });
    expect(commands(v6)[0]).toContain("-connect '[2001:db8::1]:8443' ");
  });

  it('reaches every command from some verdict and stack, each labelled in every language', () => {
    const layers = [...SOURCE_IDS, 'php-fpm', 'node', null];
    const reached = new Set<string>();
    for (const v of VERDICT_IDS)
      for (const layer of layers) {
        const c = buildOwnerChecklist({
          verdictId: v,
          target: TARGET,
          at: AT,
          response: {
            source: layer === 'php-fpm' || layer === 'node' ? 'nginx' : layer,
            cdn: null,
            headers:
              layer === 'php-fpm'
                ? { 'x-powered-by': 'PHP/8.3' }
                : layer === 'node'
                  ? { 'x-powered-by': 'Express' }
                  : {},
          },
        });
        ids(c).forEach((id) => reached.add(id));
      }
    expect(OWNER_CHECK_IDS.filter((id) => !reached.has(id))).toEqual([]);
    for (const lang of ['en', 'de'] as const)
      for (const id of OWNER_CHECK_IDS)
        expect(textsFor(lang).owner.checks[id].trim(), `${lang} ${id}`).not.toBe('');
  });

  it('uses only known placeholders, and every command serves an owner step of some verdict', () => {
    const steps = new Set(VERDICT_IDS.flatMap((v) => VERDICTS[v].ownerSteps));
    for (const id of OWNER_CHECK_IDS) {
      const names = [...OWNER_CHECKS[id].command.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
      for (const n of names) expect(OWNER_PLACEHOLDERS as readonly string[], id).toContain(n);
      expect(steps.has(OWNER_CHECKS[id].step), id).toBe(true);
    }
  });

  it('has owner wording for the same verdicts in every language', () => {
    expect(Object.keys(textsFor('de').owner.verdicts).sort()).toEqual(
      Object.keys(textsFor('en').owner.verdicts).sort(),
    );
    for (const v of Object.keys(textsFor('en').owner.verdicts))
      expect(VERDICTS[v as VerdictId].ownerActs || v === 'proxy-error').toBe(true);
  });
});

describe('UTC time', () => {
  it('formats any offset as UTC, and refuses a time that is none', () => {
    expect(formatUtc('2026-12-02T17:20:05+01:00')).toBe('2026-12-02 16:20:05 UTC');
    expect(formatUtc('2026-12-31T23:59:59.999-02:00')).toBe('2027-01-01 01:59:59 UTC');
    expect(formatUtc(new Date(Date.UTC(999, 0, 2, 3, 4, 5)))).toBe('0999-01-02 03:04:05 UTC');
    expect(formatUtc('yesterday')).toBeNull();
    expect(checklist('site-server-error', 'nginx').errorTimeUtc).toBe('2026-12-02 16:25:30 UTC');
  });

  it('leaves a placeholder for the owner when the time is unreadable', () => {
    const c = buildOwnerChecklist({
      verdictId: 'site-server-error',
      target: TARGET,
      at: 'nope',
      response: { source: 'nginx', cdn: null, headers: {} },
    });
    expect(c.errorTimeUtc).toBeNull();
    expect(commands(c)).toContain('sudo journalctl -u nginx --since ERROR_TIME --until ERROR_TIME');
  });
});

describe('quoting of filled values', () => {
  const sh = (command: string): string => execFileSync('/bin/sh', ['-c', command], { encoding: 'utf8' });

  it('keeps plain values bare and quotes the rest for POSIX shells', () => {
    expect(quotePosixArg('site.example')).toBe('site.example');
    expect(quotePosixArg("a'b c")).toBe("'a'\\''b c'");
    expect(fillOwnerCommand('dig {{host}} {{other}}', 'posix', { host: 'x;rm -rf ~' })).toBe(
      "dig 'x;rm -rf ~' {{other}}",
    );
  });

  it('passes any value to the shell as exactly one word, even inside a word', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0')),
        (host) => {
          const out = sh(fillOwnerCommand("printf '%s|' {{host}} x{{host}}:443", 'posix', { host }));
          expect(out).toBe(`${host}|x${host}:443|`);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never lets a hostile host run anything in a real catalog command', () => {
    const mark = join(tmpdir(), `gd-owner-${process.pid}`);
    const host = `$(touch ${mark})\`touch ${mark}\`';touch ${mark};'\n"$HOME" *`;
    const c = buildOwnerChecklist({
      verdictId: 'site-dns-failing',
      target: { ...TARGET, host },
      at: AT,
      response: null,
    });
    // the real commands, with dig and delv replaced by a function that prints its arguments
    const stub = 'dig() { printf \'<%s>\' "$@"; echo; }; delv() { dig "$@"; }; ';
    const out = commands(c).map((command) => sh(stub + command).trim());
    expect(out).toEqual([`<+trace><${host}>`, `<${host}>`, `<+short><${host}><A><${host}><AAAA>`]);
    expect(existsSync(mark)).toBe(false);
  });

  it('quotes PowerShell values as verbatim strings, doubling every kind of single quote', () => {
    expect(quotePowerShellArg('2026-12-02T16:20:30Z')).toBe("'2026-12-02T16:20:30Z'");
    expect(quotePowerShellArg("it's $(x)")).toBe("'it''s $(x)'");
    expect(quotePowerShellArg('a\u2019b')).toBe("'a\u2019\u2019b'");
    expect(quotePowerShellArg('-Force')).toBe("'-Force'");
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (v) => {
        const q = quotePowerShellArg(v);
        expect(q.startsWith("'") && q.endsWith("'")).toBe(true);
        // inside the quotes every single-quote character comes in pairs: none can end the string
        const inner = q.slice(1, -1);
        expect(inner.replace(/(['\u2018\u2019\u201a\u201b])\1/g, '')).not.toMatch(
          /['\u2018\u2019\u201a\u201b]/,
        );
      }),
    );
  });
});
