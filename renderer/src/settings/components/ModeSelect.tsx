import type { ApprovalMode } from '../../../../core/emails/approvalPolicy';

export const modeWords: Record<ApprovalMode, string> = {
  self: 'the author may approve',
  manager: 'a manager approves',
};

interface ModeSelectProps {
  label: string;
  value: ApprovalMode | undefined;
  /** What applies when nothing is chosen here, e.g. "the default: the author may approve". */
  inherited: string;
  onChange(mode: ApprovalMode | null): void;
}

/** Who approves: inherit, the author, or a manager. */
export function ModeSelect({ label, value, inherited, onChange }: ModeSelectProps) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value === 'self' || e.target.value === 'manager' ? e.target.value : null)}>
      <option value="">Same as {inherited}</option>
      <option value="self">The author may approve</option>
      <option value="manager">A manager approves</option>
    </select>
  );
}
