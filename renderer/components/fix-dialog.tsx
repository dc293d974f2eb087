import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge, FixEvent, FixId, FixParams } from '../../electron/contract';
import { fixUnavailableLine, languageOf, textsFor } from '../../electron/contract/values';
import { useFixRun } from '../hooks/use-fix-run';
import { Dialog } from './dialog';
import { DnsServersField } from './dns-servers-field';

type Outcome = Extract<FixEvent, { type: 'finished' }>['outcome'];

/**
 * A quick fix: preview of the exact commands, run, keep-or-revert countdown, outcome.
 * When the change is kept or verified, `onDone` re-runs the checks.
 */
export function FixDialog({
  bridge,
  fixId,
  title,
  params,
  onClose,
  onDone,
}: {
  bridge: Bridge;
  fixId: FixId;
  /** The step's title in the UI language. */
  title: string;
  params: FixParams;
  onClose: () => void;
  onDone: (outcome: Outcome) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const words = textsFor(lang).fixes[fixId];
  const fix = useFixRun(bridge);
  const { state } = fix;
  // the params of the preview on screen (typed DNS servers replace the proposal)
  const [shown, setShown] = useState<FixParams>(params);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void fix.preview(fixId, params);
  }, [fix, fixId, params]);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || state.status !== 'finished') return;
    if (state.outcome === 'kept' || state.outcome === 'verified') {
      done.current = true;
      onDone(state.outcome);
    }
  }, [state, onDone]);

  const closable = state.status !== 'running';
  // The heading follows the flow: a preview asks first, a run reports, the countdown asks to keep.
  const heading =
    state.status === 'running' && state.secondsLeft !== null
      ? t('fix.titleKeep')
      : state.status === 'running' || state.status === 'finished'
        ? t('fix.titleRunning')
        : t('fix.title');
  return (
    <Dialog title={heading} onClose={closable ? onClose : null}>
      {state.status === 'loading' || state.status === 'idle' ? <p role="status">{t('fix.loading')}</p> : null}
      {state.status === 'error' ? <p role="alert">{t('app.error')}</p> : null}
      {state.status === 'preview' ? (
        <>
          <p className="strong">{title}</p>
          <p>{words.description}</p>
          {!state.preview.available ? (
            <p role="alert">
              {t('fix.unavailable')} {fixUnavailableLine(lang, state.preview.unavailable)}
            </p>
          ) : null}
          {state.preview.dnsChange ? (
            <p className="strong">
              {t('fix.dnsFromTo', {
                from: state.preview.dnsChange.from.join(', ') || t('fix.automatic'),
                to: state.preview.dnsChange.to.join(', '),
              })}
            </p>
          ) : null}
          {fixId === 'switch-dns' && state.preview.available ? (
            <>
              {!state.preview.dnsChange ? <p>{t('fix.dnsNoProposal')}</p> : null}
              <DnsServersField
                initial={state.preview.dnsChange?.to ?? []}
                onShow={async (servers) => {
                  const next = { ...params, servers };
                  const ok = await fix.repreview(fixId, next);
                  if (ok) setShown(next);
                  return ok;
                }}
              />
            </>
          ) : null}
          {state.preview.commands.length > 0 ? (
            <>
              <p>{t('fix.willRun')}</p>
              <pre className="commands" tabIndex={0} aria-label={t('fix.willRun')}>
                {state.preview.commands
                  .map((argv) => argv.map((a) => (/[\s"'\\$`]/.test(a) ? JSON.stringify(a) : a)).join(' '))
                  .join('\n')}
              </pre>
            </>
          ) : null}
          {state.preview.changes.length > 0 ? (
            <>
              <p>{t('fix.changes')}</p>
              <ul className="plain mono small">
                {state.preview.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          ) : null}
          {state.preview.needsAdmin ? <p>{t('fix.needsAdmin')}</p> : null}
          <p>{t(`fix.risk.${state.preview.risk}`)}</p>
          <p>
            {t('fix.verify')} {words.verify}
          </p>
          <p>
            {t('fix.undo')} {words.undo}
          </p>
        </>
      ) : null}
      {state.status === 'running' ? (
        <div role="status" aria-live="polite">
          <p>{state.stage ? t(`fix.stage.${state.stage}`) : t('fix.loading')}</p>
          {state.secondsLeft !== null ? (
            <p className="strong">{t('fix.countdown', { count: state.secondsLeft })}</p>
          ) : null}
        </div>
      ) : null}
      {state.status === 'finished' ? (
        <div role="status">
          <p className="strong">{t(`fix.outcome.${state.outcome}`)}</p>
          {state.outcome === 'kept' || state.outcome === 'verified' ? <p>{t('fix.rechecking')}</p> : null}
        </div>
      ) : null}
      <div className="actions">
        {state.status === 'preview' ? (
          <>
            <button type="button" className="secondary" onClick={onClose}>
              {t('fix.cancel')}
            </button>
            {state.preview.available && (fixId !== 'switch-dns' || state.preview.dnsChange) ? (
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void fix.run(state.preview, {
                    ...shown,
                    ...(state.preview.dnsChange ? { servers: state.preview.dnsChange.to } : {}),
                  })
                }
              >
                {t('fix.run')}
              </button>
            ) : null}
          </>
        ) : null}
        {state.status === 'running' && state.secondsLeft !== null ? (
          <>
            <button type="button" className="secondary" onClick={() => void fix.confirm(false)}>
              {t('fix.revert')}
            </button>
            <button type="button" className="primary" onClick={() => void fix.confirm(true)}>
              {t('fix.keep')}
            </button>
          </>
        ) : null}
        {state.status === 'finished' || state.status === 'error' || state.status === 'loading' ? (
          <button type="button" className="secondary" onClick={onClose}>
            {t('action.close')}
          </button>
        ) : null}
      </div>
    </Dialog>
  );
}
