/**
 * How the replication reaches the platform. The app's port goes through the host (Electron main
 * or the browser-mode services host), which adds the bearer token: the token never enters the
 * renderer. Tests in Node use a port that calls the platform with fetch directly.
 */
export interface PlatformPort {
  /** One JSON request to a platform path (e.g. /sync/leads/pull); resolves with any HTTP status. */
  request(request: PlatformRequest): Promise<PlatformReply>;
  /**
   * Opens the server-sent-events stream at a path (e.g. /sync/leads/stream). Calls onOpen when
   * connected (the replication answers with a RESYNC), onMessage with each `data:` payload, and
   * onError when the connection fails or ends (the caller reconnects with backoff). Returns close.
   */
  stream(path: string, handlers: PlatformStreamHandlers): () => void;
}

export interface PlatformRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export interface PlatformReply {
  status: number;
  /** Parsed JSON, or null for an empty or non-JSON body. */
  body: unknown;
}

export interface PlatformStreamHandlers {
  onOpen(): void;
  onMessage(data: string): void;
  onError(error: Error): void;
}

/** A request that never reached the platform (offline, refused, timed out). */
export class PlatformUnreachableError extends Error {
  override name = 'PlatformUnreachableError';
}
