import { customerStages, leadGroups } from '../../../core/reference';

export interface ReferenceOption {
  id: string;
  name: string;
}

export interface ReferenceLabels {
  groups: readonly ReferenceOption[];
  stages: readonly ReferenceOption[];
  groupLabel(id: string): string;
  stageLabel(id: string): string;
}

interface Ordered extends ReferenceOption {
  order: number;
}

/** Labels for the given groups and stages; an id not among them shows as itself. */
export function labelsFor(groupList: readonly Ordered[], stageList: readonly Ordered[]): ReferenceLabels {
  const groups = [...groupList].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name }));
  const stages = [...stageList].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name }));
  const groupNames = new Map<string, string>(groups.map((g) => [g.id, g.name]));
  const stageNames = new Map<string, string>(stages.map((s) => [s.id, s.name]));
  return {
    groups,
    stages,
    groupLabel: (id) => groupNames.get(id) ?? id,
    stageLabel: (id) => stageNames.get(id) ?? id,
  };
}

/** The default names from core/reference, for code outside React (event descriptions). */
export const referenceLabels: ReferenceLabels = labelsFor(leadGroups, customerStages);
