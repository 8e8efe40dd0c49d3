import { useId, useMemo, useState } from 'react';
import type { Lead } from '../../../../core/model/lead';
import type { LiveScore } from '../hooks/useLiveScore';
import { formatPoints, groupLedger } from '../utils/ledgerGroups';
import { storedScoreLags } from '../utils/staleScore';
import { NextBandAdvice } from './NextBandAdvice';
import { ScoreLedgerTable } from './ScoreLedgerTable';
import '../leadDetail.css';

interface ScoreSectionProps {
  lead: Lead;
  live: LiveScore;
}

/** Why the lead scores what it scores: live score, the ledger, penalties and the way up. */
export function ScoreSection({ lead, live }: ScoreSectionProps) {
  const { result, advice } = live;
  const [showAll, setShowAll] = useState(false);
  const tableId = useId();
  const groups = useMemo(() => groupLedger(result.ledger), [result.ledger]);
  const silentCount = groups.reduce((n, g) => n + g.silent.length, 0);
  const lags = storedScoreLags(lead.score, result.score);

  return (
    <section className="detail-section ld-section" aria-labelledby="score-heading">
      <h3 id="score-heading">Score</h3>
      <div className="ld-score-line">
        <span className={`score ld-score score-${result.temperature}`} data-testid="live-score">
          {formatPoints(result.score)}
        </span>
        <span>
          of 100 · <strong data-testid="live-temperature">{result.temperature}</strong>
        </span>
        {lags ? (
          <span className="ld-note" role="status">
            stored score ({formatPoints(lead.score)}) is being updated
          </span>
        ) : null}
      </div>

      {result.penalties.length > 0 ? (
        <ul className="ld-penalties" aria-label="Penalties">
          {result.penalties.map((p) => (
            <li key={p.id}>
              <strong>
                {p.label}: {formatPoints(p.points)}
              </strong>{' '}
              — {p.reason}
            </li>
          ))}
        </ul>
      ) : null}

      <NextBandAdvice advice={advice} />

      <div className="ld-ledger-wrap">
        <ScoreLedgerTable id={tableId} groups={groups} showAll={showAll} />
      </div>
      {silentCount > 0 ? (
        <button type="button" className="ld-disclosure" aria-expanded={showAll} aria-controls={tableId} onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show only criteria with points' : `Show all criteria (${silentCount} without points)`}
        </button>
      ) : null}
    </section>
  );
}
