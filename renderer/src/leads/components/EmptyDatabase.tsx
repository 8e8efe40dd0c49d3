import { useEffect, useState } from 'react';
import { parseDemoSeedRequest } from '../../../../core/demo/demoSeedRequest';
import type { Progress } from '../../../data/contract';
import { navigate } from '../../app/navigate';
import { useLeadCenter } from '../../app/useLeadCenter';
import { ProgressBar } from '../../ui/ProgressBar';
import { useToastStore } from '../../ui/useToastStore';
import { loadDemoLeads } from '../utils/loadDemoLeads';

const demoSizes = [1_000, 10_000, 100_000] as const;

/** A new database: add the first lead, or load demo data to try the app. */
export function EmptyDatabase() {
  const { data } = useLeadCenter();
  const showToast = useToastStore((state) => state.showToast);
  const [seedRequest] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    return parseDemoSeedRequest({ leads: params.get('seed-demo'), seed: params.get('seed') });
  });
  const [count, setCount] = useState<number>(seedRequest?.ok ? seedRequest.value.count : 1_000);
  const [progress, setProgress] = useState<Progress | null>(null);

  async function load(amount: number = count, seed?: number) {
    setProgress({ done: 0, total: amount });
    try {
      await loadDemoLeads(data, amount, setProgress, seed);
      showToast({ message: `Loaded ${amount.toLocaleString()} demo leads` });
    } catch (error) {
      showToast({ tone: 'error', message: `Demo data failed to load: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setProgress(null);
    }
  }

  // `npm run seed-demo -- --leads N --seed S` opens the app with ?seed-demo=N&seed=S. Started
  // after the first paint, once (a remount clears the pending start).
  useEffect(() => {
    if (seedRequest === null) return;
    const timer = window.setTimeout(() => {
      if (seedRequest.ok) void load(seedRequest.value.count, seedRequest.value.seed);
      else showToast({ tone: 'error', message: `Demo data not loaded: ${seedRequest.error}` });
    }, 0);
    return () => window.clearTimeout(timer);
    // Runs on the first render of an empty database only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <section className="page" aria-labelledby="empty-heading">
      <div className="card empty-database">
        <h1 id="empty-heading">No leads yet</h1>
        <p className="muted">Capture leads at a trade show, or load demo data to look around. Everything stays on this device.</p>
        <div className="row">
          <button type="button" className="primary" autoFocus onClick={() => navigate({ name: 'capture' })}>
            Add your first lead
          </button>
        </div>
        <fieldset disabled={progress !== null}>
          <legend>Demo data</legend>
          {demoSizes.map((size) => (
            <label key={size} className="check">
              <input type="radio" name="demo-size" value={size} checked={count === size} onChange={() => setCount(size)} />
              {size.toLocaleString()} leads
            </label>
          ))}
          <button type="button" onClick={() => void load()}>
            Load demo data
          </button>
        </fieldset>
        {progress ? <ProgressBar label="Loading demo leads" progress={progress} /> : null}
      </div>
    </section>
  );
}
