import { useTranslation } from 'react-i18next';
import type { DiagnosisResult } from '../../electron/contract';
import { failingAttemptOf, ownerChecklistOf } from '../../electron/contract/values';
import type { OwnerChecklist, OwnerCommand } from '../../electron/contract/values';
import { CopyButton } from '../components/copy-button';
import { Screen } from '../components/screen';
import { siteLabel } from '../wizard/site-url';
import { isChecklistStep } from '../wizard/tree';
import type { ChecklistNode } from '../wizard/tree';

/** The owner's checklist for a result: the verdict's server steps with the stack's commands. */
export function checklistFor(result: DiagnosisResult): OwnerChecklist {
  return ownerChecklistOf(result, failingAttemptOf(result.probe?.attempts ?? []));
}

function Command({ command }: { command: OwnerCommand }) {
  const { t } = useTranslation();
  const label = t(`ownerChecks.${command.id}`);
  return (
    <li className="owner-command">
      <p className="owner-command-label">
        {label}
        {command.shell === 'powershell' ? <span className="badge">{t('owner.powershell')}</span> : null}
      </p>
      <div className="copy-row">
        <pre className="command-text" lang="en">
          <code>{command.command}</code>
        </pre>
        <CopyButton text={command.command} label={t('owner.copyCommand', { label })} />
      </div>
    </li>
  );
}

/** One fact with its value and a copy button. */
function Fact({ term, value, copyLabel }: { term: string; value: string; copyLabel: string }) {
  return (
    <div className="owner-fact">
      <dt>{term}</dt>
      <dd className="copy-row">
        <code className="mono">{value}</code>
        <CopyButton text={value} label={copyLabel} />
      </dd>
    </div>
  );
}

/**
 * The owner's one checklist page: the error's time (UTC) and trace id, what answered, then
 * every server step of the verdict in order with the copyable commands for the stack that
 * answered, the response headers and the error page, and one "check again" at the end.
 */
export function ChecklistScreen({
  node,
  result,
  onCheckAgain,
  onReport,
  onBack,
}: {
  node: ChecklistNode;
  result: DiagnosisResult;
  onCheckAgain: () => void;
  onReport: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const checklist = checklistFor(result);
  const failing = failingAttemptOf(result.probe?.attempts ?? []);
  const rec = failing?.recognition ?? null;
  const headers = failing ? Object.entries(failing.headers) : [];
  const headerText = headers.map(([k, v]) => `${k}: ${v}`).join('\n');
  const stack = [checklist.stack.edge, ...checklist.stack.origin].filter((x): x is string => x !== null);
  const items = checklist.items.filter((i) => isChecklistStep(i.step));
  const pageTitle = failing?.page?.title ?? null;
  const snippet = failing?.page?.snippet ?? null;
  const pageText = [pageTitle, snippet].filter((x) => x).join('\n');
  return (
    <Screen title={t(node.titleKey)}>
      <p className="subtitle">
        {t('verdict.heading', { site: siteLabel(result.target.input || result.target.url) })}
      </p>
      <p className="lead">{t('owner.intro')}</p>

      <h2>{t('owner.facts')}</h2>
      <dl className="owner-facts">
        {checklist.errorTimeUtc ? (
          <Fact term={t('owner.errorTime')} value={checklist.errorTimeUtc} copyLabel={t('owner.copyTime')} />
        ) : null}
        {rec?.traceId ? (
          <Fact term={t('owner.traceId')} value={rec.traceId} copyLabel={t('owner.copyTrace')} />
        ) : null}
        {failing ? (
          <div className="owner-fact">
            <dt>{t('owner.answered')}</dt>
            <dd className="mono">
              {failing.status !== null
                ? t('tech.layerValue', { source: rec?.source ?? 'unknown', status: failing.status })
                : t('tech.noAnswer', { error: failing.error ?? '?' })}
              {rec?.variant ? ` · ${rec.variant}` : ''}
            </dd>
          </div>
        ) : null}
        <div className="owner-fact">
          <dt>{t('owner.stack')}</dt>
          <dd className={stack.length ? 'mono' : undefined}>
            {stack.length ? stack.join(' → ') : t('owner.stackUnknown')}
          </dd>
        </div>
      </dl>
      {checklist.errorTimeUtc ? <p className="muted">{t('owner.errorTimeHint')}</p> : null}

      <ol className="owner-steps">
        {items.map((item) => (
          <li key={item.step} className="owner-step">
            <h2>{t(`actions.${item.step}.title`)}</h2>
            <p>{t(`actions.${item.step}.body`)}</p>
            {item.commands.length > 0 ? (
              <ul className="owner-commands">
                {item.commands.map((c) => (
                  <Command key={c.id} command={c} />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>

      {headers.length > 0 ? (
        <section className="owner-evidence" aria-label={t('tech.headers')}>
          <div className="copy-row">
            <h2>{t('tech.headers')}</h2>
            <CopyButton text={headerText} label={t('owner.copyHeaders')} />
          </div>
          <pre className="command-text" lang="en">
            <code>{headerText}</code>
          </pre>
        </section>
      ) : null}
      {pageTitle || snippet ? (
        <section className="owner-evidence" aria-label={t('owner.page')}>
          <div className="copy-row">
            <h2>{t('owner.page')}</h2>
            <CopyButton text={pageText} label={t('owner.copyPage')} />
          </div>
          {pageTitle ? <p lang="en">{t('owner.pageTitle', { title: pageTitle })}</p> : null}
          {snippet ? (
            <blockquote className="page-snippet" lang="en">
              {snippet}
            </blockquote>
          ) : null}
        </section>
      ) : null}

      <p className="muted">{t('owner.checkAgainHint')}</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('app.back')}
        </button>
        <button type="button" className="secondary" onClick={onReport}>
          {t('verdict.report')}
        </button>
        <button type="button" className="primary" onClick={onCheckAgain}>
          {t('verdict.checkAgain')}
        </button>
      </div>
    </Screen>
  );
}
