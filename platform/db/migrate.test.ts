import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitStatements } from './migrate';

describe('splitStatements', () => {
  it('splits at semicolons that end a line and drops comment lines', () => {
    expect(splitStatements('-- a comment\nCREATE TABLE a (x int);\n\nCREATE INDEX a_x ON a (x);\nINSERT INTO a VALUES (1);')).toEqual([
      'CREATE TABLE a (x int)',
      'CREATE INDEX a_x ON a (x)',
      'INSERT INTO a VALUES (1)',
    ]);
  });

  it('keeps semicolons inside a line', () => {
    expect(splitStatements("INSERT INTO a VALUES ('x;y');\n")).toEqual(["INSERT INTO a VALUES ('x;y')"]);
  });

  it('reads every migration file into statements', () => {
    const folder = fileURLToPath(new URL('./migrations/', import.meta.url));
    const files = readdirSync(folder).sort();
    expect(files[0]).toBe('001_initial.sql');
    for (const file of files) {
      expect(file).toMatch(/^\d{3}_[a-z0-9_]+\.sql$/);
      const statements = splitStatements(readFileSync(`${folder}${file}`, 'utf8'));
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect(statement).toMatch(/^(CREATE|INSERT|ALTER|DROP|UPDATE)/);
    }
  });
});
