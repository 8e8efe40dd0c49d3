import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const migrationsFolder = fileURLToPath(new URL('./migrations/', import.meta.url));
const migrationFile = /^(\d{3})_[a-z0-9_]+\.sql$/;

/**
 * Applies the .sql files in migrations/ that are not yet recorded, in name order, each in its own
 * transaction with its record, so a failed migration leaves nothing half-applied.
 */
export async function migrate(db: Database): Promise<string[]> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at bigint NOT NULL)');
  const files = (await readdir(migrationsFolder)).filter((name) => migrationFile.test(name)).sort();
  const applied: string[] = [];
  for (const name of files) {
    const sql = await readFile(`${migrationsFolder}${name}`, 'utf8');
    const done = await db.transaction(async (tx) => {
      // Two servers starting on one PostgreSQL: the lock makes the second wait and then skip.
      await tx.query('SELECT pg_advisory_xact_lock(7000)');
      const { rows } = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)', [name, Date.now()]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}

/** Our migrations are plain DDL: statements end with ';' at a line end (no functions with bodies). */
export function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
