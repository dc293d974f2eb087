import type { ReactNode } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint: string;
}

/** A radio group of large cards, named by the screen's question. */
export function ChoiceList<V extends string>({
  name,
  labelledBy,
  choices,
  value,
  onChange,
  invalid,
  children,
}: {
  name: string;
  labelledBy: string;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  invalid?: boolean;
  children?: ReactNode;
}) {
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-invalid={invalid ? true : undefined}
      className="choices"
    >
      {choices.map((c) => {
        const id = `${name}-${c.value}`;
        return (
          <div key={c.value} className="choice">
            <input
              type="radio"
              id={id}
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
              aria-describedby={`${id}-hint`}
            />
            <label htmlFor={id}>
              <span className="choice-label">{c.label}</span>
              <span id={`${id}-hint`} className="choice-hint">
                {c.hint}
              </span>
            </label>
          </div>
        );
      })}
      {children}
    </div>
  );
}
