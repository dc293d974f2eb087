import { useTranslation } from 'react-i18next';
import type { Bridge } from '../../electron/contract';
import { Screen } from '../components/screen';
import {
  ALWAYS_REDACTED,
  languageOf,
  REDACTION_KINDS,
  textsFor,
  VERDICTS,
} from '../../electron/contract/values';
import type { VerdictId } from '../../electron/contract/values';
import { useReport } from '../hooks/use-report';

const DONE_KEYS = {
  save: ['report.saved', 'report.notSaved'],
  copy: ['report.copied', 'app.error'],
  email: ['report.emailed', 'app.error'],
} as const;

/**
 * Report preview with redaction toggles per kind, then save / copy / email. Who the report is
 * for, and so the mail button, comes from the verdict catalog (`reportTo`); when it helps
 * nobody else, the screen offers to save it for yourself and has no mail button.
 */
export function ReportScreen({
  bridge,
  runId,
  verdictId,
  onBack,
}: {
  bridge: Bridge;
  runId: string;
  verdictId: VerdictId;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const report = useReport(bridge, runId, lang);
  const { redaction, preview, last } = report;
  const counts = preview.status === 'done' ? preview.preview.redacted : {};
  const recipient = textsFor(lang).recipients[VERDICTS[verdictId].reportTo];
  return (
    <Screen title={t('report.title')}>
      <p className="lead">{t('report.for', { recipient: recipient.label })}</p>
      <p>{recipient.why}</p>
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
        {REDACTION_KINDS.map((kind) => {
          // Credentials are never evidence: hidden whenever redaction is on, so not a choice.
          const always = ALWAYS_REDACTED.includes(kind);
          const hidden = redaction.enabled && (always || redaction.kinds.includes(kind));
          // A count only beside a ticked box: what is shown is what the report hides.
          const count = hidden ? (counts[kind] ?? 0) : 0;
          return (
            <div className="check-row nested" key={kind}>
              <input
                id={`redact-${kind}`}
                type="checkbox"
                disabled={always || !redaction.enabled}
                checked={hidden}
                onChange={(e) => report.toggleKind(kind, e.target.checked)}
              />
              <label htmlFor={`redact-${kind}`}>
                {t(`report.kind.${kind}`)}
                {always ? <span className="muted"> ({t('report.always')})</span> : null}
                {count > 0 ? <span className="muted"> ({t('report.hidden', { count })})</span> : null}
              </label>
            </div>
          );
        })}
      </fieldset>
      <h2>{t('report.preview')}</h2>
      {preview.status === 'loading' ? <p role="status">{t('report.loading')}</p> : null}
      {preview.status === 'error' ? <p role="alert">{t('app.error')}</p> : null}
      {preview.status === 'done' ? (
        // The engine's report page, escaped when it was rendered, shown in a frame that may run
        // nothing and reach nothing: no scripts, no same origin, no forms, no navigation.
        <iframe
          className="report-preview"
          sandbox=""
          srcDoc={preview.preview.html}
          title={t('report.previewFrame')}
          referrerPolicy="no-referrer"
        />
      ) : null}
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('report.back')}
        </button>
        <button type="button" className="secondary" onClick={() => void report.act('copy')}>
          {t('report.copy')}
        </button>
        {recipient.email !== null ? (
          <button type="button" className="secondary" onClick={() => void report.act('email')}>
            {recipient.email}
          </button>
        ) : null}
        <button type="button" className="primary" onClick={() => void report.act('save')}>
          {recipient.email === null ? t('report.saveForMe') : t('report.save')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {last ? t(DONE_KEYS[last.action][last.ok ? 0 : 1]) : null}
      </p>
    </Screen>
  );
}
