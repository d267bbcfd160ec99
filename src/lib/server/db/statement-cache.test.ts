import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { cacheStatements, createTestDb } from './index';

describe('kept statements', () => {
	const client = () => {
		const c = cacheStatements(new Database(':memory:'), 3);
		c.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
		c.prepare('INSERT INTO t (v) VALUES (?), (?), (?)').run('a', 'b', 'c');
		return c;
	};

	it('hands out the same compiled statement for the same SQL, in object mode even after raw()', () => {
		const c = client();
		const first = c.prepare('SELECT v FROM t ORDER BY id');
		expect(first.raw().all()).toEqual([['a'], ['b'], ['c']]);
		const again = c.prepare('SELECT v FROM t ORDER BY id');
		expect(again).toBe(first);
		expect(again.all()).toEqual([{ v: 'a' }, { v: 'b' }, { v: 'c' }]);
	});

	it('never hands out a statement that is in the middle of an iteration', () => {
		const c = client();
		const sql = 'SELECT v FROM t ORDER BY id';
		const outer = c.prepare(sql).iterate();
		expect(outer.next().value).toEqual({ v: 'a' });
		// The same SQL while the first is still iterating: a fresh statement, not "This statement is busy".
		expect(c.prepare(sql).all()).toHaveLength(3);
		expect([...outer]).toEqual([{ v: 'b' }, { v: 'c' }]);
	});

	it('keeps at most its size, dropping the least recently used', () => {
		const c = client();
		const a = c.prepare('SELECT 1 AS n');
		const b = c.prepare('SELECT 2 AS n');
		c.prepare('SELECT 3 AS n');
		expect(c.prepare('SELECT 1 AS n')).toBe(a);
		c.prepare('SELECT 4 AS n'); // a fourth: the least recently used (SELECT 2) leaves
		expect(c.prepare('SELECT 1 AS n')).toBe(a);
		expect(c.prepare('SELECT 2 AS n')).not.toBe(b);
	});

	it('still sees a schema change (SQLite recompiles a kept statement)', () => {
		const c = client();
		expect(c.prepare('SELECT * FROM t WHERE id = 1').get()).toEqual({ id: 1, v: 'a' });
		c.exec('ALTER TABLE t ADD COLUMN w TEXT');
		expect(c.prepare('SELECT * FROM t WHERE id = 1').get()).toEqual({ id: 1, v: 'a', w: null });
	});

	it('is what the app connection uses: drizzle queries give the same answers twice', () => {
		const db = createTestDb();
		const q = () => db.$client.prepare('SELECT count(*) AS n FROM sqlite_master').get();
		expect(q()).toEqual(q());
		expect(db.$client.prepare('SELECT 1')).toBe(db.$client.prepare('SELECT 1'));
	});
});
