-- Teams, users and their login tokens.
CREATE TABLE teams (
  id text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE users (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('seller', 'manager', 'admin')),
  team_id text NOT NULL REFERENCES teams (id),
  password_hash text NOT NULL,
  tier text NOT NULL DEFAULT 'standard' CHECK (tier IN ('premium', 'standard', 'basic')),
  categories jsonb NOT NULL DEFAULT '[]'::jsonb,
  seller_score integer NOT NULL DEFAULT 0,
  created_at bigint NOT NULL,
  disabled boolean NOT NULL DEFAULT false
);

CREATE TABLE tokens (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  revoked_at bigint
);
CREATE INDEX tokens_user ON tokens (user_id);

-- Every replicated document, per owner. seq is given in commit order (sync_counter under an
-- advisory lock), so a pull from a checkpoint never misses a write that committed later.
CREATE TABLE documents (
  owner_id text NOT NULL,
  collection text NOT NULL,
  id text NOT NULL,
  team_id text NOT NULL,
  seq bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  -- An email once shown to the team (not a draft) stays visible to its manager.
  team_visible boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL,
  PRIMARY KEY (owner_id, collection, id)
);
CREATE INDEX documents_collection_seq ON documents (collection, seq);
CREATE INDEX documents_seq ON documents (seq);
CREATE INDEX documents_owner_seq ON documents (owner_id, collection, seq);
CREATE INDEX documents_team_seq ON documents (team_id, collection, seq);
CREATE INDEX documents_dispatch_token ON documents ((data->>'token')) WHERE collection = 'dispatches';
CREATE INDEX documents_email_unsubscribe ON documents ((data->>'unsubscribeToken')) WHERE collection = 'emails';
CREATE INDEX documents_lead_email ON documents (owner_id, lower(data->>'email')) WHERE collection = 'leads';

CREATE TABLE sync_counter (
  id integer PRIMARY KEY CHECK (id = 1),
  value bigint NOT NULL
);
INSERT INTO sync_counter (id, value) VALUES (1, 0);

-- The RFQs the marketplace sent and who got them.
CREATE TABLE distributions (
  id text PRIMARY KEY,
  at bigint NOT NULL,
  rfq jsonb NOT NULL,
  direct_seller_id text NOT NULL,
  copies jsonb NOT NULL,
  reasons jsonb NOT NULL
);
CREATE INDEX distributions_at ON distributions (at);
