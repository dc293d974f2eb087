import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge, DiagnosisResult } from '../../electron/contract';
import { Screen } from '../components/screen';
import { useHistory } from '../hooks/use-history';
import { siteLabel } from '../wizard/site-url';

/** Screen 7: recent diagnoses (persisted by main). Opening one shows its verdict. */
export function HistoryScreen({
  bridge,
  onOpen,
  onBack,
}: {
  bridge: Bridge;
  onOpen: (result: DiagnosisResult) => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { state, get } = useHistory(bridge);
  const [problem, setProblem] = useState<'missing' | 'error' | null>(null);
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const open = async (runId: string) => {
    setProblem(null);
    try {
      const result = await get(runId);
      if (result) onOpen(result);
      else setProblem('missing');
    } catch {
      setProblem('error');
    }
  };
  return (
    <Screen title={t('history.title')}>
      {state.status === 'loading' ? <p role="status">{t('history.loading')}</p> : null}
      {state.status === 'error' ? <p role="alert">{t('app.error')}</p> : null}
      {state.status === 'done' && state.entries.length === 0 ? <p>{t('history.empty')}</p> : null}
      {state.status === 'done' && state.entries.length > 0 ? (
        <ul className="history">
          {state.entries.map((e) => (
            <li key={e.runId}>
              <button
                type="button"
                className="step-button"
                aria-label={t('history.open', { site: siteLabel(e.url) })}
                onClick={() => void open(e.runId)}
              >
                <span className="history-site">{siteLabel(e.url)}</span>
                <span className="history-verdict">{t(`verdicts.${e.verdictId}.title`)}</span>
                <span className="muted">{format.format(new Date(e.finishedAt))}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? <p role="alert">{t(problem === 'missing' ? 'history.missing' : 'app.error')}</p> : null}
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('app.back')}
        </button>
      </div>
    </Screen>
  );
}
