import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge, Recognition } from '../../electron/contract';
import { languageOf, textsFor } from '../../electron/contract/values';
import { Screen } from '../components/screen';
import { useExplain } from '../hooks/use-explain';
import { nodeOf } from '../wizard/tree';
import type { Symptom } from '../wizard/tree';
import { ChoiceQuestion } from '../components/choice-question';
import { FormActions } from '../components/form-actions';

export interface SymptomAnswer {
  symptom: Symptom;
  pasted: string;
  recognition: Recognition | null;
}

function RecognitionPanel({ recognition }: { recognition: Recognition }) {
  const { t, i18n } = useTranslation();
  const known = recognition.source !== 'unknown';
  // Page-code ids contain dots ("iis-502.3"), so their sentences come from the text catalog directly.
  const meaning =
    recognition.meaning !== null ? textsFor(languageOf(i18n.language)).pageCodes[recognition.meaning] : null;
  return (
    <div className="notice">
      <h2>{t('recognised.title')}</h2>
      {known ? (
        <p>{t('recognised.source', { source: t(`sources.${recognition.source}`) })}</p>
      ) : (
        <p>{t('recognised.unknown')}</p>
      )}
      {recognition.status !== null ? <p>{t('recognised.status', { status: recognition.status })}</p> : null}
      {meaning !== null ? <p className="meaning">{meaning}</p> : null}
      {recognition.cdn ? <p>{t('recognised.cdn', { cdn: t(`sources.${recognition.cdn}`) })}</p> : null}
      {known ? <p className="who">{t(`whoActs.${recognition.whoActs}.sentence`)}</p> : null}
      {recognition.traceId !== null ? (
        <p className="mono">{t('recognised.traceId', { id: recognition.traceId })}</p>
      ) : null}
    </div>
  );
}

/** Screen 1b: what do you see? Pick a common variant or paste the text (recognised by the engine). */
export function SymptomScreen({
  bridge,
  initial,
  onNext,
  onBack,
}: {
  bridge: Bridge;
  initial: SymptomAnswer | null;
  onNext: (a: SymptomAnswer) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const node = nodeOf('q-symptom', 'question');
  const [symptom, setSymptom] = useState<Symptom | null>(initial?.symptom ?? null);
  const [pasted, setPasted] = useState(initial?.pasted ?? '');
  const [missing, setMissing] = useState(false);
  const { state, explain } = useExplain(bridge);
  const headingId = useId();
  const pasteId = useId();
  if (node.input !== 'symptom') throw new Error('q-symptom must ask for the symptom');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!symptom) return setMissing(true);
    onNext({
      symptom,
      pasted: symptom === 'paste' ? pasted : '',
      recognition: symptom === 'paste' && state.status === 'done' ? state.recognition : null,
    });
  };
  return (
    <Screen title={t(node.questionKey)} step={t('app.stepOf', { step: 2, total: 3 })}>
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <ChoiceQuestion
          name="symptom"
          helpId={headingId}
          help={t(node.helpKey)}
          missing={missing}
          value={symptom}
          onChange={(v) => {
            setSymptom(v);
            setMissing(false);
          }}
          choices={node.answers.map((a) => ({ value: a.value, label: t(a.labelKey), hint: t(a.hintKey) }))}
        >
          {symptom === 'paste' ? (
            <div className="paste">
              <label htmlFor={pasteId} className="label">
                {t('questions.symptom.pasteLabel')}
              </label>
              <textarea
                id={pasteId}
                className="text-area"
                rows={5}
                value={pasted}
                onChange={(e) => setPasted(e.target.value)}
                spellCheck={false}
              />
              <button
                type="button"
                className="secondary"
                disabled={pasted.trim() === '' || state.status === 'loading'}
                onClick={() => void explain(pasted.trim())}
              >
                {t('questions.symptom.recognise')}
              </button>
              <div role="status" aria-live="polite">
                {state.status === 'loading' ? <p>{t('questions.symptom.recognising')}</p> : null}
                {state.status === 'done' ? <RecognitionPanel recognition={state.recognition} /> : null}
                {state.status === 'error' ? <p>{t('recognised.failed')}</p> : null}
              </div>
            </div>
          ) : null}
        </ChoiceQuestion>
        <FormActions onBack={onBack} />
      </form>
    </Screen>
  );
}
