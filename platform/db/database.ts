import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Anything SQL can be sent to: the database itself or one open transaction. */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

export type DatabaseKind = 'pglite' | 'postgres';

/** The platform's database: PGlite on a laptop or in tests, PostgreSQL when DATABASE_URL is set. */
export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs work in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… ; null uses PGlite. */
  databaseUrl: string | null;
  /** PGlite's data folder, or 'memory' for a database that lives as long as the process. */
  dataDir: string;
  /** A PostgreSQL schema to work in (created if missing): tests get a fresh one each. */
  schema?: string;
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.schema !== undefined && !schemaName.test(options.schema)) throw new RangeError(`not a schema name: "${options.schema}"`);
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.schema) : openPglite(options.dataDir, options.schema);
}

async function openPglite(dataDir: string, schema: string | undefined): Promise<Database> {
  const db = await PGlite.create(dataDir === 'memory' ? undefined : dataDir);
  // PGlite is one connection: setting the search path once holds for every later query.
  if (schema) await db.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema};`);
  const query = async <Row extends object>(on: Pick<PGlite, 'query'>, sql: string, params?: readonly unknown[]) => {
    const result = await on.query<Row>(sql, params ? [...params] : undefined);
    return { rows: result.rows };
  };
  return {
    kind: 'pglite',
    query: (sql, params) => query(db, sql, params),
    // PGlite queues every other query behind an open transaction, like a single connection would.
    transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => query(tx, sql, params) })),
    close: () => db.close(),
  };
}

async function openPostgres(url: string, schema: string | undefined): Promise<Database> {
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const query = async <Row extends object>(on: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) => {
    const result = await on.query(sql, params ? [...params] : undefined);
    return { rows: result.rows as Row[] };
  };
  return {
    kind: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: (sql, params) => query(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Drops a schema a test worked in (PostgreSQL only; PGlite's memory database just goes away). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  if (!schemaName.test(schema)) throw new RangeError(`not a schema name: "${schema}"`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
