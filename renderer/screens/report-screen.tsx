import { useTranslation } from 'react-i18next';
import type { Bridge } from '../../electron/contract';
import { Screen } from '../components/screen';
import { REDACTION_KINDS } from '../../electron/contract/values';
import { useReport } from '../hooks/use-report';

const DONE_KEYS = {
  save: ['report.saved', 'report.notSaved'],
  copy: ['report.copied', 'app.error'],
  email: ['report.emailed', 'app.error'],
} as const;

/** Report preview with redaction toggles per kind, then save / copy / email. */
export function ReportScreen({
  bridge,
  runId,
  onBack,
}: {
  bridge: Bridge;
  runId: string;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const report = useReport(bridge, runId);
  const { redaction, preview, last } = report;
  const counts = preview.status === 'done' ? preview.preview.redacted : {};
  return (
    <Screen title={t('report.title')}>
      <p className="lead">{t('report.intro')}</p>
      <fieldset className="redaction">
        <legend>{t('report.privacy')}</legend>
        <div className="check-row">
          <input
            id="redact-enabled"
            type="checkbox"
            checked={redaction.enabled}
            onChange={(e) => report.setEnabled(e.target.checked)}
          />
          <label htmlFor="redact-enabled">{t('report.enabled')}</label>
        </div>
        {REDACTION_KINDS.map((kind) => (
          <div className="check-row nested" key={kind}>
            <input
              id={`redact-${kind}`}
              type="checkbox"
              disabled={!redaction.enabled}
              checked={redaction.enabled && redaction.kinds.includes(kind)}
              onChange={(e) => report.toggleKind(kind, e.target.checked)}
            />
            <label htmlFor={`redact-${kind}`}>
              {t(`report.kind.${kind}`)}
              {counts[kind] ? (
                <span className="muted"> ({t('report.hidden', { count: counts[kind] })})</span>
              ) : null}
            </label>
          </div>
        ))}
      </fieldset>
      <h2>{t('report.preview')}</h2>
      {preview.status === 'loading' ? <p role="status">{t('report.loading')}</p> : null}
      {preview.status === 'error' ? <p role="alert">{t('app.error')}</p> : null}
      {preview.status === 'done' ? (
        <>
          <h3>{t('report.summary')}</h3>
          <p className="summary">{preview.preview.summary}</p>
          <pre className="report-preview" tabIndex={0} aria-label={t('report.preview')}>
            {preview.preview.markdown}
          </pre>
        </>
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('report.back')}
        </button>
        <button type="button" className="secondary" onClick={() => void report.act('copy')}>
          {t('report.copy')}
        </button>
        <button type="button" className="secondary" onClick={() => void report.act('email')}>
          {t('report.email')}
        </button>
        <button type="button" className="primary" onClick={() => void report.act('save')}>
          {t('report.save')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {last ? t(DONE_KEYS[last.action][last.ok ? 0 : 1]) : null}
      </p>
    </Screen>
  );
}
