import { useTranslation } from 'react-i18next';
import { HopChart, chartHops } from './hop-chart';
import type { DiagnosisResult } from '../../electron/contract';
import { checkNote, failingAttemptOf, languageOf, reasonLine } from '../../electron/contract/values';

/**
 * The owner's view: which layer answered, headers, DNS answers per resolver, timings,
 * gateway, traceroute, the rules that decided. Technical words belong here only.
 */
export function TechnicalView({ result }: { result: DiagnosisResult }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const noteOf = (c: DiagnosisResult['checks'][number]): string => checkNote(lang, c).reason ?? '';
  const ms = (v: number | null | undefined): string =>
    v === null || v === undefined ? t('tech.none') : t('tech.ms', { value: Math.round(v) });
  const attempts = result.probe?.attempts ?? [];
  const failing = failingAttemptOf(attempts);
  const rec = failing?.recognition ?? null;
  const headers = failing ? Object.entries(failing.headers) : [];
  return (
    <div className="tech">
      <h3>{t('tech.layer')}</h3>
      {failing ? (
        <ul className="plain">
          <li>
            {failing.status !== null
              ? t('tech.layerValue', {
                  source: t(`sources.${rec?.source ?? 'unknown'}`),
                  status: failing.status,
                })
              : t('tech.noAnswer', { error: failing.error ?? '?' })}
          </li>
          {rec?.variant ? <li>{t('tech.variant', { variant: rec.variant })}</li> : null}
          {rec?.cdn ? <li>{t('tech.cdn', { cdn: t(`sources.${rec.cdn}`) })}</li> : null}
          {rec?.traceId ? <li className="mono">{t('tech.traceId', { id: rec.traceId })}</li> : null}
        </ul>
      ) : (
        <p>{t('tech.none')}</p>
      )}

      {attempts.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('tech.attempts')}>
          <table>
            <caption>{t('tech.attempts')}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('tech.address')}</th>
                <th scope="col">{t('tech.via')}</th>
                <th scope="col">{t('tech.status')}</th>
                <th scope="col">{t('tech.dnsMs')}</th>
                <th scope="col">{t('tech.connectMs')}</th>
                <th scope="col">{t('tech.tlsMs')}</th>
                <th scope="col">{t('tech.firstByteMs')}</th>
                <th scope="col">{t('tech.totalMs')}</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a, i) => (
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td className="mono">{a.address ?? t('tech.none')}</td>
                  <td>{a.via}</td>
                  <td>{a.status ?? a.error ?? t('tech.none')}</td>
                  <td>{ms(a.timings.dnsMs)}</td>
                  <td>{ms(a.timings.connectMs)}</td>
                  <td>{ms(a.timings.tlsMs)}</td>
                  <td>{ms(a.timings.firstByteMs)}</td>
                  <td>{ms(a.timings.totalMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {headers.length > 0 ? (
        <>
          <h3>{t('tech.headers')}</h3>
          <dl className="headers mono">
            {headers.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      {result.dns && result.dns.answers.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('tech.dns')}>
          <table>
            <caption>{t('tech.dns')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tech.resolver')}</th>
                <th scope="col">{t('tech.role')}</th>
                <th scope="col">{t('tech.rcode')}</th>
                <th scope="col">{t('tech.addresses')}</th>
                <th scope="col">{t('tech.latency')}</th>
              </tr>
            </thead>
            <tbody>
              {result.dns.answers.map((a, i) => (
                <tr key={i}>
                  <td className="mono">{a.resolver}</td>
                  <td>{a.role}</td>
                  <td>{a.error ?? a.rcode ?? t('tech.none')}</td>
                  <td className="mono">{a.addresses.join(', ') || t('tech.none')}</td>
                  <td>{ms(a.latencyMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {result.gateway ? (
        <>
          <h3>{t('tech.gateway')}</h3>
          <p className="mono">
            {result.gateway.address === null
              ? t('tech.noGateway')
              : t('tech.gatewayValue', {
                  address: result.gateway.address ?? t('tech.none'),
                  method: result.gateway.method,
                  loss: result.gateway.lossPct ?? t('tech.none'),
                  latency:
                    result.gateway.latencyMs === null
                      ? t('tech.none')
                      : Math.round(result.gateway.latencyMs * 10) / 10,
                })}
          </p>
        </>
      ) : null}

      {result.traceroute && result.traceroute.hops.length > 0 ? (
        <HopChart hops={chartHops(result.traceroute.hops, result.traceroute)} />
      ) : null}
      {result.traceroute && result.traceroute.hops.length > 0 ? (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t('tech.trace', { tool: result.traceroute.tool })}
        >
          <table>
            <caption>{t('tech.trace', { tool: result.traceroute.tool })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tech.hop')}</th>
                <th scope="col">{t('tech.address')}</th>
                <th scope="col">{t('tech.latency')}</th>
                <th scope="col">%</th>
              </tr>
            </thead>
            <tbody>
              {result.traceroute.hops.map((h) => (
                <tr key={h.ttl}>
                  <td>{h.ttl}</td>
                  <td className="mono">{h.probes.find((p) => p.address)?.address ?? '*'}</td>
                  <td>{h.probes.map((p) => (p.rttMs === null ? '*' : p.rttMs.toFixed(1))).join(' / ')}</td>
                  <td>{h.lossPct}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {result.verdict.reasons.length > 0 ? (
        <>
          <h3>{t('tech.reasons')}</h3>
          <ul className="plain mono small">
            {result.verdict.reasons.map((r, i) => (
              <li key={i}>
                {r.checkId} · {r.code}: {reasonLine(lang, r)}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t('tech.checks')}</h3>
      <ul className="plain mono small">
        {result.checks.map((c) => (
          <li key={c.id}>
            {c.id}: {c.status} ({ms(c.durationMs)}){c.problems.length ? ` [${c.problems.join(', ')}]` : ''}
            {noteOf(c) ? ` — ${noteOf(c)}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
