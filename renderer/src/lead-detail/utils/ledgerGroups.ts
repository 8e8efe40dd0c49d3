import type { LedgerLine } from '../../../../core/scoring/scoreLead';

export type LedgerGroupId = LedgerLine['group'];

export interface LedgerGroup {
  group: LedgerGroupId;
  title: string;
  /** Lines shown when the ledger is collapsed: those that add or take points. */
  scoring: LedgerLine[];
  /** Lines that contribute nothing (hidden behind "show all criteria"). */
  silent: LedgerLine[];
  /** Sum of contributions, in score points. */
  contribution: number;
}

const order: readonly LedgerGroupId[] = ['G1', 'G2', 'G3', 'G4', 'G5', 'behaviour'];

const titles: Record<LedgerGroupId, string> = {
  G1: 'G1 · Contact information',
  G2: 'G2 · Company',
  G3: 'G3 · Qualification (BANT-CHAMP)',
  G4: 'G4 · Engagement and orders',
  G5: 'G5 · Buyer profile',
  behaviour: 'Behaviour (recent actions, with decay)',
};

/** A line counts as silent when it neither earned points nor contributes to the score. */
export function isSilentLine(line: LedgerLine): boolean {
  return line.achieved === 0 && line.contribution === 0;
}

/**
 * The ledger in the order the criteria table uses (G1–G5, then behaviour), each group split into
 * the lines that move the score and the silent ones. Groups with no lines at all are left out;
 * lines keep their order within a group.
 */
export function groupLedger(ledger: readonly LedgerLine[]): LedgerGroup[] {
  const groups: LedgerGroup[] = [];
  for (const group of order) {
    const lines = ledger.filter((l) => l.group === group);
    if (lines.length === 0) continue;
    groups.push({
      group,
      title: titles[group],
      scoring: lines.filter((l) => !isSilentLine(l)),
      silent: lines.filter(isSilentLine),
      contribution: Math.round(lines.reduce((sum, l) => sum + l.contribution, 0) * 100) / 100,
    });
  }
  return groups;
}

/** "3.25", "-1.5", "0": contributions read in score points without trailing zeros. */
export function formatPoints(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** "+3.25", "−1.5", "0": a signed contribution for the ledger's last numeric column. */
export function formatContribution(value: number): string {
  const text = formatPoints(value);
  if (text === '—' || text === '0') return text;
  return value > 0 ? `+${text}` : `−${text.slice(1)}`;
}
