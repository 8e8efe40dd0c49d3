import { createChunkDeriver, type RescoreChunk } from './rescoreCompute';

// The Web Worker side of a full rescoring pass: pure arithmetic, no storage. Chunks arrive with an
// id and go back with it, so the page can match answers to requests.
const derive = createChunkDeriver();
// The renderer project compiles with the DOM lib; the two members a worker uses are typed here.
const scope = self as unknown as { onmessage: ((message: MessageEvent<{ id: number; chunk: RescoreChunk }>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (message: MessageEvent<{ id: number; chunk: RescoreChunk }>) => {
  const { id, chunk } = message.data;
  try {
    scope.postMessage({ id, derived: derive(chunk) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
