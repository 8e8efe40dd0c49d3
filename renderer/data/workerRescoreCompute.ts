import type { DerivedLeadState } from '../../core/brain/leadBrain';
import { createInThreadRescoreCompute, type RescoreChunk, type RescoreCompute } from './rescoreCompute';

type Answer = { id: number; derived: (DerivedLeadState | null)[] } | { id: number; error: string };

/**
 * Runs the arithmetic of full passes in a Web Worker, so 100,000 leads never freeze the page.
 * If the worker cannot start (an old or locked-down host), the pass runs on the page in chunks
 * instead and says so in the console; nothing is lost, the UI is only less smooth.
 */
export function createWorkerRescoreCompute(): RescoreCompute {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./rescoreWorker.ts', import.meta.url), { type: 'module', name: 'lead-center-rescoring' });
  } catch (error) {
    console.warn('Lead Center: rescoring runs on the page, the worker could not start', error);
    return createInThreadRescoreCompute();
  }
  let nextId = 0;
  const waiting = new Map<number, { resolve: (d: (DerivedLeadState | null)[]) => void; reject: (e: Error) => void }>();
  worker.onmessage = (message: MessageEvent<Answer>) => {
    const answer = message.data;
    const pending = waiting.get(answer.id);
    if (!pending) return;
    waiting.delete(answer.id);
    if ('error' in answer) pending.reject(new Error(`Rescoring failed: ${answer.error}`));
    else pending.resolve(answer.derived);
  };
  worker.onerror = (event) => {
    const error = new Error(`The rescoring worker stopped: ${event.message}`);
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  return {
    derive: (chunk: RescoreChunk) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, chunk });
      }),
    close: () => worker.terminate(),
  };
}
