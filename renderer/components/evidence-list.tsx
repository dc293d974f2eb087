import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../electron/contract';
import { CHECK_LABELS } from '../wizard/tree';

/** The plain evidence: each check's question and its answer, no jargon. */
export function EvidenceList({ checks }: { checks: CheckResult[] }) {
  const { t } = useTranslation();
  return (
    <ul className="checks compact">
      {checks
        // A skipped outside check means nobody asked for it: not evidence.
        .filter((c) => !(c.id === 'external-vantage' && c.status === 'skipped'))
        .map((c) => (
          <li key={c.id} className={`check check-${c.status}`}>
            <span className="check-icon" aria-hidden="true" />
            <span className="check-text">
              <span className="check-label">{t(CHECK_LABELS[c.id])}</span>
              <span className="check-state">{t(`checking.state.${c.status}`)}</span>
            </span>
          </li>
        ))}
    </ul>
  );
}
