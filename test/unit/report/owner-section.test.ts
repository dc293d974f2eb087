// The report's owner section takes its commands from the same catalog as the window's checklist.
import { describe, expect, it } from 'vitest';
import { buildOwnerChecklist } from '../../../electron/contract/values';
import type { DiagnosisResult } from '../../../electron/contract';
import {
  DEFAULT_REDACTION,
  buildReport,
  renderChecked,
  renderHtml,
  renderMarkdown,
} from '../../../electron/engine/report';
import { buildReportModel } from '../../../electron/engine/report/model';
import { sampleResult } from '../../bridge/fixtures';

function cloudflareNginx(): DiagnosisResult {
  const base = sampleResult('cdn-origin-error');
  const attempts = (base.probe?.attempts ?? []).map((a) => ({
    ...a,
    recognition: a.recognition ? { ...a.recognition, cdn: 'cloudflare' as const } : null,
  }));
  return { ...base, probe: { attempts } };
}

describe('report owner section', () => {
  it('lists each owner step with the commands the window shows, labelled', () => {
    const result = cloudflareNginx();
    const m = buildReportModel(result);
    const window = buildOwnerChecklist({
      verdictId: result.verdict.id,
      target: result.target,
      at: result.startedAt,
      response: {
        source: 'nginx',
        cdn: 'cloudflare',
        headers: { server: 'nginx', 'content-type': 'text/html' },
      },
    });
    expect(m.verdict.ownerSteps.map((s) => s.commands.map((c) => c.command))).toEqual(
      window.items.map((i) => i.commands.map((c) => c.command)),
    );
    const origin = m.verdict.ownerSteps.find((s) => s.id === 'owner-cdn-origin');
    expect(origin?.commands[0]).toMatchObject({
      id: 'cdn-bypass',
      shell: 'posix',
      label: expect.stringMatching(/^Ask your origin directly/),
      command: 'curl -sv --resolve site.example:443:ORIGIN_IP https://site.example/ -o /dev/null',
    });
    const de = buildReportModel(result, 'de').verdict.ownerSteps.find((s) => s.id === 'owner-cdn-origin');
    expect(de?.commands[0]?.label).toMatch(/^Ihren Ursprungsserver direkt/);
    expect(de?.commands[0]?.command).toBe(origin?.commands[0]?.command);
  });

  it('renders the commands as code in HTML and Markdown, and passes the export checks', () => {
    const m = buildReport(cloudflareNginx(), { redaction: DEFAULT_REDACTION });
    const html = renderChecked(m, 'html');
    expect(html).toContain(
      '<pre class="cmd"><code>curl -sv --resolve site.example:443:ORIGIN_IP https://site.example/ -o /dev/null</code></pre>',
    );
    const md = renderChecked(m, 'md');
    expect(md).toContain(
      '  ```sh\n  curl -sv --resolve site.example:443:ORIGIN_IP https://site.example/ -o /dev/null\n  ```',
    );
  });

  it('escapes a hostile command in HTML and keeps it inside its Markdown fence', () => {
    const m = buildReportModel(sampleResult('site-server-error'));
    const step = m.verdict.ownerSteps[0];
    if (!step) throw new Error('no owner step');
    const hostile = {
      ...m,
      verdict: {
        ...m.verdict,
        ownerSteps: [
          {
            ...step,
            commands: [
              {
                id: 'cdn-bypass' as const,
                label: 'x',
                shell: 'posix' as const,
                command: '</code><script>alert(1)</script> ```` end',
              },
            ],
          },
        ],
      },
    };
    expect(renderHtml(hostile)).toContain('&lt;/code&gt;&lt;script&gt;');
    expect(renderHtml(hostile)).not.toContain('<script>alert');
    expect(renderMarkdown(hostile)).toContain(
      '  `````sh\n  </code><script>alert(1)</script> ```` end\n  `````',
    );
  });
});
