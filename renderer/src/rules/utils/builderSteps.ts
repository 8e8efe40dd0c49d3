import type { RuleProblem } from '../../../../core/rules/ruleTypes';

export type BuilderStepId = 'trigger' | 'criteria' | 'actions' | 'mode' | 'preview' | 'save';

export interface BuilderStep {
  id: BuilderStepId;
  label: string;
}

/** Seed 002's order: trigger → criteria → actions → mode and priority → preview → activate. */
export const builderSteps: readonly BuilderStep[] = [
  { id: 'trigger', label: 'Trigger' },
  { id: 'criteria', label: 'Criteria' },
  { id: 'actions', label: 'Actions' },
  { id: 'mode', label: 'Mode & priority' },
  { id: 'preview', label: 'Preview' },
  { id: 'save', label: 'Save' },
];

/** The step where the seller fixes a problem (the name is given when saving). */
export function stepOfProblem(part: RuleProblem['part']): BuilderStepId {
  switch (part) {
    case 'trigger':
      return 'trigger';
    case 'criteria':
      return 'criteria';
    case 'actions':
      return 'actions';
    case 'mode':
    case 'priority':
    case 'sunset':
      return 'mode';
    case 'name':
      return 'save';
  }
}

export function problemsAt(problems: readonly RuleProblem[], step: BuilderStepId): RuleProblem[] {
  return problems.filter((problem) => stepOfProblem(problem.part) === step);
}

/** The step `delta` away, kept within the wizard. */
export function stepAfter(current: BuilderStepId, delta: number): BuilderStepId {
  const index = builderSteps.findIndex((step) => step.id === current);
  const next = Math.min(builderSteps.length - 1, Math.max(0, index + delta));
  return (builderSteps[next] as BuilderStep).id;
}
