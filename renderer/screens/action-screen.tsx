import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge, FixDescriptor, FixId, FixParams } from '../../electron/contract';
import { fixUnavailableLine, languageOf, textsFor } from '../../electron/contract/values';
import { FixDialog } from '../components/fix-dialog';
import { Screen } from '../components/screen';
import { useFixRun } from '../hooks/use-fix-run';
import type { ActionNode } from '../wizard/tree';
import type { StepValues } from './verdict-screen';

type BrowserId = NonNullable<FixParams['browser']>;
/** Product names: not translated. */
const BROWSERS: Readonly<Record<BrowserId, string>> = {
  chrome: 'Google Chrome',
  edge: 'Microsoft Edge',
  firefox: 'Firefox',
  safari: 'Safari',
  chromium: 'Chromium',
  brave: 'Brave',
};
/** Fixes whose steps or command depend on the person's usual browser. */
const ASKS_BROWSER: readonly FixId[] = [
  'guide-clear-site-cache',
  'open-private-window',
  'open-other-browser',
];
const NEEDS_URL: readonly FixId[] = ['open-private-window', 'open-other-browser'];

function BrowserPicker({
  value,
  onChange,
}: {
  value: BrowserId | '';
  onChange: (b: BrowserId | '') => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="browser-picker">
      <label htmlFor={id} className="label">
        {t('action.browserLabel')}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => onChange(e.target.value as BrowserId | '')}
      >
        <option value="">{t('action.browserUnknown')}</option>
        {(Object.keys(BROWSERS) as BrowserId[]).map((b) => (
          <option key={b} value={b}>
            {BROWSERS[b]}
          </option>
        ))}
      </select>
    </div>
  );
}

function GuidedSteps({ bridge, fixId, params }: { bridge: Bridge; fixId: FixId; params: FixParams }) {
  const { t, i18n } = useTranslation();
  const texts = textsFor(languageOf(i18n.language));
  const { state, preview } = useFixRun(bridge);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void preview(fixId, params);
  }, [preview, fixId, params]);
  if (state.status !== 'preview' || state.preview.steps.length === 0) return null;
  return (
    <div className="guided">
      <h2>{t('fix.steps')}</h2>
      <ol className="steps">
        {state.preview.stepIds
          ? state.preview.stepIds.map((id, i) => <li key={i}>{texts.guideSteps[id]}</li>)
          : state.preview.steps.map((s, i) => (
              <li key={i} lang="en">
                {s}
              </li>
            ))}
      </ol>
    </div>
  );
}

/**
 * A next step: its instructions, the quick fix when there is one (previewed in a dialog),
 * and what comes after (check again, watch, report, or ask the outside service).
 */
export function ActionScreen({
  bridge,
  node,
  fix,
  siteUrl,
  runId,
  values = {},
  onRecheck,
  onWatch,
  onReport,
  onBack,
}: {
  bridge: Bridge;
  node: ActionNode;
  fix: FixDescriptor | undefined;
  siteUrl: string;
  /** The diagnosis this step follows (main proposes DNS servers from it). */
  runId?: string | undefined;
  /** What the step's texts name (`stepValues` of the result). */
  values?: StepValues;
  onRecheck: (opts: { external: boolean }) => void;
  onWatch: () => void;
  onReport: () => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState(false);
  const [consent, setConsent] = useState(false);
  const [browser, setBrowser] = useState<BrowserId | ''>('');
  const usable = fix?.available ? fix : undefined;
  const stableParams = useMemo<FixParams>(
    () => ({
      ...(usable && NEEDS_URL.includes(usable.id) ? { url: siteUrl } : {}),
      ...(browser ? { browser } : {}),
      ...(usable?.id === 'switch-dns' && runId ? { runId } : {}),
    }),
    [usable, siteUrl, browser, runId],
  );
  return (
    <Screen title={t(node.titleKey, values)}>
      <p className="lead">{t(node.bodyKey, values)}</p>
      {usable && ASKS_BROWSER.includes(usable.id) ? (
        <BrowserPicker value={browser} onChange={setBrowser} />
      ) : null}
      {usable?.kind === 'guided' ? (
        <GuidedSteps key={browser} bridge={bridge} fixId={usable.id} params={stableParams} />
      ) : null}
      {usable?.kind === 'command' ? (
        <div className="quick-fix">
          <button type="button" className="primary" onClick={() => setDialog(true)}>
            {t('verdict.quickFix')}: {t(node.titleKey, values)}
          </button>
        </div>
      ) : null}
      {fix && !fix.available ? (
        <p className="muted">
          {t('fix.unavailable')} {fixUnavailableLine(languageOf(i18n.language), fix.unavailable)}
        </p>
      ) : null}
      {node.effect === 'external-check' && consent ? (
        <div className="notice" role="alertdialog" aria-labelledby="consent-text">
          <p id="consent-text">{t('action.externalConsent')}</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setConsent(false)}>
              {t('action.externalNo')}
            </button>
            <button type="button" className="primary" onClick={() => onRecheck({ external: true })}>
              {t('action.externalYes')}
            </button>
          </div>
        </div>
      ) : null}
      {node.effect === 'recheck' ? <p className="muted">{t('action.checkAgainHint')}</p> : null}
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('app.back')}
        </button>
        {node.effect === 'report' ? (
          <button type="button" className="secondary" onClick={onReport}>
            {t('verdict.report')}
          </button>
        ) : null}
        {node.effect === 'watch' ? (
          <button type="button" className="primary" onClick={onWatch}>
            {t('watch.start')}
          </button>
        ) : node.effect === 'external-check' ? (
          <button type="button" className="primary" onClick={() => setConsent(true)} disabled={consent}>
            {t(node.titleKey, values)}
          </button>
        ) : (
          <button
            type="button"
            className={usable?.kind === 'command' ? 'secondary' : 'primary'}
            onClick={() => onRecheck({ external: false })}
          >
            {t('action.done')}
          </button>
        )}
      </div>
      {dialog && usable ? (
        <FixDialog
          bridge={bridge}
          fixId={usable.id}
          title={t(node.titleKey, values)}
          params={stableParams}
          onClose={() => setDialog(false)}
          onDone={() => onRecheck({ external: false })}
        />
      ) : null}
    </Screen>
  );
}
