import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

type SelectFieldProps = { label: ReactNode; className?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'>;

/**
 * A labelled dropdown. The name comes from the label text only (aria-labelledby): a select inside
 * its label would otherwise be named with its option texts too.
 */
export function SelectField({ label, className, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <label className={className}>
      <span id={id}>{label}</span>
      <select aria-labelledby={id} {...select}>
        {children}
      </select>
    </label>
  );
}
