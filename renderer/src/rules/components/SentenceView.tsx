import type { RuleDescription } from '../../../../core/rules/describeRule';

/** The rule read as one sentence: WHEN … IF … THEN …, then how often and in which order. */
export function SentenceView({ words, live = false }: { words: RuleDescription; live?: boolean }) {
  return (
    <div className="rule-sentence" data-testid="rule-sentence" aria-live={live ? 'polite' : undefined}>
      <p>
        <strong className="rule-keyword">WHEN</strong> {words.when}
      </p>
      <p>
        <strong className="rule-keyword">IF</strong> {words.if}
      </p>
      <p>
        <strong className="rule-keyword">THEN</strong> {words.then}
      </p>
      <p className="muted">{words.mode}</p>
    </div>
  );
}
