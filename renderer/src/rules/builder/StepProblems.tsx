import type { RuleProblem } from '../../../../core/rules/ruleTypes';

/** The validation problems that belong to this step, in words. */
export function StepProblems({ problems, id }: { problems: readonly RuleProblem[]; id: string }) {
  if (problems.length === 0) return null;
  return (
    <div className="step-problems" id={id} role="alert">
      <p>
        <strong>To fix on this step:</strong>
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}
