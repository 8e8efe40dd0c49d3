import type { NextBandAdvice as Advice } from '../../../../core/scoring/nextBand';

/** "What would move this lead to warm": the summary and the cheapest steps there. */
export function NextBandAdvice({ advice }: { advice: Advice }) {
  if (advice.target === null) {
    return (
      <div className="ld-next-band" data-testid="next-band">
        <h4>Top band</h4>
        <p>{advice.summary}</p>
      </div>
    );
  }
  return (
    <div className="ld-next-band" data-testid="next-band">
      <h4>What would move this lead to {advice.target}</h4>
      <p>{advice.summary}</p>
      {advice.steps.length > 0 ? (
        <ol className="ld-steps">
          {advice.steps.map((step) => (
            <li key={step.criterionId}>{step.text}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
