import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceList } from '../screens/choice-list';
import type { Choice } from '../screens/choice-list';

/**
 * The body of a one-question wizard screen: the help line that names the group, the choices,
 * anything the question adds below them, and the "pick one" error after a bare Continue.
 */
export function ChoiceQuestion<V extends string>({
  name,
  helpId,
  help,
  choices,
  value,
  missing,
  onChange,
  children,
}: {
  name: string;
  helpId: string;
  help: string;
  choices: readonly Choice<V>[];
  value: V | null;
  missing: boolean;
  onChange: (value: V) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p id={helpId} className="help">
        {help}
      </p>
      <ChoiceList
        name={name}
        labelledBy={helpId}
        invalid={missing}
        value={value}
        onChange={onChange}
        choices={choices}
      />
      {children}
      {missing ? (
        <p className="field-error" role="alert">
          {t('questions.symptom.required')}
        </p>
      ) : null}
    </>
  );
}
