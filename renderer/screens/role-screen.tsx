import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../components/screen';
import { nodeOf } from '../wizard/tree';
import type { Role } from '../wizard/tree';
import { ChoiceQuestion } from '../components/choice-question';
import { FormActions } from '../components/form-actions';

/** Screen 2: visiting the site, or running it? */
export function RoleScreen({
  initial,
  onNext,
  onBack,
}: {
  initial: Role | null;
  onNext: (role: Role) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const node = nodeOf('q-role', 'question');
  const [role, setRole] = useState<Role | null>(initial);
  const [missing, setMissing] = useState(false);
  const helpId = useId();
  if (node.input !== 'role') throw new Error('q-role must ask for the role');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!role) return setMissing(true);
    onNext(role);
  };
  return (
    <Screen title={t(node.questionKey)} step={t('app.stepOf', { step: 3, total: 3 })}>
      <form onSubmit={submit} noValidate aria-labelledby={helpId}>
        <ChoiceQuestion
          name="role"
          helpId={helpId}
          help={t(node.helpKey)}
          missing={missing}
          value={role}
          onChange={(v) => {
            setRole(v);
            setMissing(false);
          }}
          choices={node.answers.map((a) => ({ value: a.value, label: t(a.labelKey), hint: t(a.hintKey) }))}
        />
        <FormActions onBack={onBack} />
      </form>
    </Screen>
  );
}
