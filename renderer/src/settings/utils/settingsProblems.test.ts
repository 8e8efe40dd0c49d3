import { describe, expect, it } from 'vitest';
import { groupSettings } from '../../../../core/settings/groupSettings';
import { problemAt, problemsFromIssues } from './settingsProblems';

describe('settings problems', () => {
  it('keys the first message by path', () => {
    const problems = problemsFromIssues([
      { path: ['criteria', 3, 'weight'], message: 'too big' },
      { path: ['criteria', 3, 'weight'], message: 'second' },
      { path: [], message: 'whole' },
    ]);
    expect(problems.get('criteria.3.weight')).toBe('too big');
    expect(problems.get('')).toBe('whole');
    expect(problemAt(problems, 'criteria.3')).toBe('too big');
    expect(problemAt(problems, 'criteria.4')).toBeUndefined();
  });

  it('reads real schema issues', () => {
    const parsed = groupSettings.safeParse({ names: { untouched: 'Nurturing' }, custom: [] });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(problemAt(problemsFromIssues(parsed.error.issues), 'names')).toBe('two groups have the same name');
  });
});
