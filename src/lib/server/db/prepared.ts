/**
 * Queries run on every request (the session, the assessment's context, the framework's hash), built and
 * compiled once per connection and then run with placeholders. drizzle otherwise rebuilds the SQL text of
 * every query it runs: ~40–80 µs each against ~8 µs for a prepared one (docs/performance.md).
 */
import type { DbOrTx } from '../audit';

export function preparedQuery<Q>(build: (db: DbOrTx) => Q): (db: DbOrTx) => Q {
	// A transaction shares its connection's session, so a query built on either serves both.
	const built = new WeakMap<object, Q>();
	return (db) => {
		const session = (db as unknown as { session: object }).session;
		let query = built.get(session);
		if (!query) built.set(session, (query = build(db)));
		return query;
	};
}
