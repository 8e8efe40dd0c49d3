import type { FastifyBaseLogger } from 'fastify';
import type { UserDirectory } from '../auth/userDirectory';
import type { PlatformConfig } from '../config';
import type { Queryable } from '../db/database';
import type { DocumentStore } from '../store/documentStore';

/** What the marketplace API, the tracking and the public pages need from the server. */
export interface PublicDeps {
  store: DocumentStore;
  config: PlatformConfig;
  db: Queryable;
  log: FastifyBaseLogger;
  /** For the admin-only endpoints' bearer check. */
  users: UserDirectory;
  /** The clock (tests may fix it); Date.now by default. */
  now?: () => number;
}
