import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../components/screen';
import { normaliseSiteInput } from '../wizard/site-url';
import { FormActions } from '../components/form-actions';

/** Screen 1a: which website? The address field has the focus, so typing can start at once. */
export function SiteScreen({ initial, onNext }: { initial: string; onNext: (site: string) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<'empty' | 'invalid' | null>(null);
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim() === '') return setError('empty');
    const site = normaliseSiteInput(value);
    if (!site) return setError('invalid');
    onNext(site);
  };
  return (
    <Screen title={t('questions.site.question')} step={t('app.stepOf', { step: 1, total: 3 })} focus={false}>
      <form onSubmit={submit} noValidate>
        <label htmlFor={inputId} className="label">
          {t('questions.site.label')}
        </label>
        <p id={helpId} className="help">
          {t('questions.site.help')}
        </p>
        <input
          ref={input}
          id={inputId}
          className="text-input"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          autoCapitalize="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${helpId} ${errorId}` : helpId}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
        />
        {error ? (
          <p id={errorId} className="field-error" role="alert">
            {t(`questions.site.${error}`)}
          </p>
        ) : null}
        <FormActions />
      </form>
    </Screen>
  );
}
