import { createHash, randomBytes } from 'node:crypto';
import type { LoginResponse, PlatformRole, PlatformUser } from '../../core/sync/protocol';
import type { Queryable } from '../db/database';
import { decoyHash, hashPassword, verifyPassword } from './password';

export type SellerTier = 'premium' | 'standard' | 'basic';

export interface NewUser {
  id: string;
  email: string;
  name: string;
  role: PlatformRole;
  teamId: string;
  password: string;
  tier?: SellerTier;
  categories?: string[];
  sellerScore?: number;
}

/** Teams, users and their tokens. A token is handed out once; only its sha256 is stored. */
export interface UserDirectory {
  createTeam(id: string, name: string): Promise<void>;
  createUser(user: NewUser): Promise<PlatformUser>;
  countUsers(): Promise<number>;
  /** null for an unknown email, a wrong password or a disabled user alike. */
  login(email: string, password: string): Promise<LoginResponse | null>;
  /** The user a bearer token belongs to; null when unknown, expired, revoked or the user is disabled. */
  authenticate(token: string): Promise<PlatformUser | null>;
  revokeToken(token: string): Promise<boolean>;
  revokeUserTokens(userId: string): Promise<number>;
  findUser(id: string): Promise<PlatformUser | null>;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: PlatformRole;
  team_id: string;
  password_hash: string;
  disabled: boolean;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function toUser(row: UserRow): PlatformUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, teamId: row.team_id };
}

export function createUserDirectory(db: Queryable, options: { tokenTtlMs: number; now?: () => number }): UserDirectory {
  const now = options.now ?? Date.now;
  return {
    async createTeam(id, name) {
      await db.query('INSERT INTO teams (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name', [id, name]);
    },
    async createUser(user) {
      const hash = await hashPassword(user.password);
      const email = user.email.trim().toLowerCase();
      await db.query(
        `INSERT INTO users (id, email, name, role, team_id, password_hash, tier, categories, seller_score, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [user.id, email, user.name, user.role, user.teamId, hash, user.tier ?? 'standard', JSON.stringify(user.categories ?? []), user.sellerScore ?? 0, now()],
      );
      return { id: user.id, email, name: user.name, role: user.role, teamId: user.teamId };
    },
    async countUsers() {
      const { rows } = await db.query<{ n: number | string }>('SELECT count(*)::int AS n FROM users');
      return Number(rows[0]?.n ?? 0);
    },
    async login(email, password) {
      const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE email = $1', [email.trim().toLowerCase()]);
      const row = rows[0];
      // Unknown emails cost a full hash too, so timing does not tell which emails exist.
      const matches = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
      if (!row || !matches || row.disabled) return null;
      const token = randomBytes(32).toString('base64url');
      const createdAt = now();
      const expiresAt = createdAt + options.tokenTtlMs;
      await db.query('INSERT INTO tokens (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [tokenHash(token), row.id, createdAt, expiresAt]);
      return { token, expiresAt, user: toUser(row) };
    },
    async authenticate(token) {
      if (token.length < 20 || token.length > 200) return null;
      const { rows } = await db.query<UserRow>(
        `SELECT users.* FROM tokens JOIN users ON users.id = tokens.user_id
         WHERE tokens.token_hash = $1 AND tokens.revoked_at IS NULL AND tokens.expires_at > $2 AND NOT users.disabled`,
        [tokenHash(token), now()],
      );
      return rows[0] ? toUser(rows[0]) : null;
    },
    async revokeToken(token) {
      const { rows } = await db.query('UPDATE tokens SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL RETURNING token_hash', [tokenHash(token), now()]);
      return rows.length > 0;
    },
    async revokeUserTokens(userId) {
      const { rows } = await db.query('UPDATE tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL RETURNING token_hash', [userId, now()]);
      return rows.length;
    },
    async findUser(id) {
      const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] ? toUser(rows[0]) : null;
    },
  };
}
