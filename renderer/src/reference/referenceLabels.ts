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

const groups: ReferenceOption[] = [...leadGroups].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name }));
const stages: ReferenceOption[] = [...customerStages].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name }));
const groupNames = new Map<string, string>(groups.map((g) => [g.id, g.name]));
const stageNames = new Map<string, string>(stages.map((s) => [s.id, s.name]));

/** Default group and stage names from core/reference; a user-defined id shows as itself. */
export const referenceLabels: ReferenceLabels = {
  groups,
  stages,
  groupLabel: (id) => groupNames.get(id) ?? id,
  stageLabel: (id) => stageNames.get(id) ?? id,
};
