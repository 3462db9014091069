import type { Database, Statement } from 'better-sqlite3';

/**
 * Declares a statement once, typed by its parameters and row, and returns a function giving the
 * statement compiled for a connection (compiled on first use, then reused). The SQL is a constant:
 * values always go in as bound parameters.
 */
export function statement<Bind extends unknown[] | object, Row = unknown>(sql: string): (db: Database) => Statement<Bind, Row> {
  const compiled = new WeakMap<Database, Statement<Bind, Row>>();
  return (db) => {
    let prepared = compiled.get(db);
    if (prepared === undefined) {
      prepared = db.prepare<Bind, Row>(sql);
      compiled.set(db, prepared);
    }
    return prepared;
  };
}

/**
 * For SQL picked at run time from a fixed set of shapes (sort orders, filters): one typed,
 * cached statement per shape. The SQL must still come only from constants.
 */
export function statementFamily<Bind extends unknown[] | object, Row = unknown>(): (db: Database, sql: string) => Statement<Bind, Row> {
  const family = new Map<string, (db: Database) => Statement<Bind, Row>>();
  return (db, sql) => {
    let member = family.get(sql);
    if (member === undefined) {
      member = statement<Bind, Row>(sql);
      family.set(sql, member);
    }
    return member(db);
  };
}
