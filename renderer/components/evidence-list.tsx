import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CheckId, CheckResult, EvidenceValue } from '../../electron/contract';
import { mtuHopPhrase } from '../../electron/contract/values';
import { CHECK_LABELS } from '../wizard/tree';

const num = (v: EvidenceValue | undefined): number | null => (typeof v === 'number' ? v : null);
const str = (v: EvidenceValue | undefined): string | null => (typeof v === 'string' ? v : null);

/** The one measured value that answers the check's question, in figures (no words to translate). */
function measuredValue(c: CheckResult): string | null {
  const e = c.evidence;
  const parts: (string | null)[] = [];
  switch (c.id) {
    case 'site-probe': {
      const statuses = Array.isArray(e.statuses) ? e.statuses.map((s) => (s === null ? '—' : String(s))) : [];
      parts.push(statuses.length ? `HTTP ${statuses.join(' · ')}` : null);
      break;
    }
    case 'control-sites':
      parts.push(num(e.total) !== null ? `${num(e.answered) ?? 0}/${num(e.total)}` : null);
      break;
    case 'gateway':
      parts.push(str(e.address), num(e.rttAvgMs) !== null ? `${num(e.rttAvgMs)} ms` : null);
      parts.push(num(e.lossPct) !== null ? `${num(e.lossPct)} %` : null);
      break;
    case 'system-resolvers':
      parts.push(
        Array.isArray(e.resolvers) ? e.resolvers.filter((r) => typeof r === 'string').join(', ') : null,
      );
      break;
    case 'dns-swap':
      parts.push(num(e.fastestAlternativeMs) !== null ? `${num(e.fastestAlternativeMs)} ms` : null);
      break;
    case 'traceroute':
      parts.push(num(e.destinationLossPct) !== null ? `${num(e.destinationLossPct)} %` : null);
      break;
    case 'proxy':
      parts.push(str(e.proxy));
      break;
    case 'firewall':
      parts.push(str(e.address), num(e.pingLossPct) !== null ? `${num(e.pingLossPct)} %` : null);
      break;
    default:
      break;
  }
  const text = parts.filter((p): p is string => p !== null && p !== '').join(' · ');
  return text === '' ? null : text;
}

/** Where large packets stop, in words ("Large packets are lost from hop 2 (…), on the link …"). */
function mtuHopLine(c: CheckResult, t: TFunction): string | null {
  const p = c.id === 'path-mtu' ? mtuHopPhrase(c.evidence) : null;
  return p ? t('mtuHop.lost', { ...p.values, link: t(`mtuHop.links.${p.link}`, p.values) }) : null;
}

/**
 * The plain evidence: each check's question, its answer and its measured value. A problem the
 * verdict rests on is the cause; other problems follow from it and are marked so.
 */
export function EvidenceList({
  checks,
  causes = [],
}: {
  checks: CheckResult[];
  causes?: readonly CheckId[];
}) {
  const { t } = useTranslation();
  return (
    <ul className="checks compact">
      {checks
        // A skipped outside check means nobody asked for it: not evidence.
        .filter((c) => !(c.id === 'external-vantage' && c.status === 'skipped'))
        .map((c) => {
          const followOn = c.status === 'problem' && causes.length > 0 && !causes.includes(c.id);
          const value = measuredValue(c) ?? mtuHopLine(c, t);
          return (
            <li key={c.id} className={`check check-${followOn ? 'follow-on' : c.status}`}>
              <span className="check-icon" aria-hidden="true" />
              <span className="check-text">
                <span className="check-label">{t(CHECK_LABELS[c.id])}</span>
                <span className="check-state">
                  {followOn ? t('checking.state.followOn') : t(`checking.state.${c.status}`)}
                  {value ? <span className="check-value"> · {value}</span> : null}
                </span>
              </span>
            </li>
          );
        })}
    </ul>
  );
}
