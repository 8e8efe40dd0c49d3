import { describe, expect, it } from 'vitest';
import { builderSteps, problemsAt, stepAfter, stepOfProblem } from './builderSteps';

describe('builderSteps', () => {
  it('sends every part of a rule to the step that edits it', () => {
    expect(stepOfProblem('trigger')).toBe('trigger');
    expect(stepOfProblem('criteria')).toBe('criteria');
    expect(stepOfProblem('actions')).toBe('actions');
    expect(stepOfProblem('mode')).toBe('mode');
    expect(stepOfProblem('priority')).toBe('mode');
    expect(stepOfProblem('sunset')).toBe('mode');
    expect(stepOfProblem('name')).toBe('save');
  });

  it('lists the problems of one step only', () => {
    const problems = [
      { part: 'actions' as const, index: 0, message: 'Action 1: choose a tag' },
      { part: 'sunset' as const, index: null, message: 'the sunset date is in the past' },
    ];
    expect(problemsAt(problems, 'actions').map((p) => p.message)).toEqual(['Action 1: choose a tag']);
    expect(problemsAt(problems, 'mode')).toHaveLength(1);
    expect(problemsAt(problems, 'trigger')).toEqual([]);
  });

  it('moves within the six steps', () => {
    expect(builderSteps.map((s) => s.id)).toEqual(['trigger', 'criteria', 'actions', 'mode', 'preview', 'save']);
    expect(stepAfter('trigger', -1)).toBe('trigger');
    expect(stepAfter('trigger', 1)).toBe('criteria');
    expect(stepAfter('save', 1)).toBe('save');
    expect(stepAfter('preview', -2)).toBe('actions');
  });
});
