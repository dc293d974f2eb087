import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

/**
 * One screen: a section named by its heading. The heading takes focus when the screen
 * appears, so screen-reader and keyboard users start at the new question.
 */
export function Screen({
  title,
  step,
  children,
  focus = true,
}: {
  title: string;
  step?: string;
  children: ReactNode;
  focus?: boolean;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section className="screen" aria-labelledby={id}>
      {step ? <p className="step">{step}</p> : null}
      <h1 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}
