/** Validation problems keyed by path ("criteria.3.weight"); '' holds problems about the whole. */
export type SettingsProblems = ReadonlyMap<string, string>;

export interface PathIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** First message per path, from a schema's issues. */
export function problemsFromIssues(issues: readonly PathIssue[]): SettingsProblems {
  const problems = new Map<string, string>();
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!problems.has(key)) problems.set(key, issue.message);
  }
  return problems;
}

/** The problem at `path` or under it (a list's own refinement and its items). */
export function problemAt(problems: SettingsProblems, path: string): string | undefined {
  const exact = problems.get(path);
  if (exact !== undefined) return exact;
  for (const [key, message] of problems) if (key.startsWith(`${path}.`)) return message;
  return undefined;
}
