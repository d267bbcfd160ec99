/**
 * Shared types of the access matrix (BUDGETS.md S1). Each area of the app lists its routes in its own
 * file in this folder; `../access-matrix.ts` gathers them, and the test fails when a route has no entry.
 */
export const people = ['anonymous', 'respondentA', 'leadA', 'respondentB', 'assessor', 'otherAssessor', 'committee', 'admin'] as const;
export type Person = (typeof people)[number];

/** Demo accounts playing each part: A = Bộ Tài chính (Ministry of Finance), B = Đà Nẵng. */
export const emails: Record<Exclude<Person, 'anonymous'>, string> = {
	respondentA: 'taichinh@sansang.example',
	leadA: 'taichinh.lanhdao@sansang.example',
	respondentB: 'danang.lanhdao@sansang.example',
	assessor: 'chuyengia@sansang.example',
	otherAssessor: 'expert@sansang.example',
	committee: 'uyban@sansang.example',
	admin: 'quantri@sansang.example'
};

/** `login`: redirected to sign in; `redirect`: another 303; numbers: the HTTP status. */
export type Outcome = 200 | 400 | 401 | 403 | 404 | 409 | 422 | 'login' | 'redirect';

/** Ids found in the demo database that the entries point at (see `world.ts`). */
export interface World {
	ids: Record<string, number>;
}

export interface MatrixEntry {
	/** Route id as SvelteKit names it (folder path under src/routes). */
	route: string;
	method: 'GET' | 'POST';
	path: (w: World) => string;
	/** Form fields for POST entries. */
	form?: (w: World) => Record<string, string | string[]>;
	/** JSON body for POST entries to JSON endpoints (instead of a form). */
	json?: (w: World) => unknown;
	expect: Record<Person, Outcome>;
}

export const everyone = (outcome: Outcome): Record<Person, Outcome> =>
	Object.fromEntries(people.map((p) => [p, outcome])) as Record<Person, Outcome>;

/** Build an expectation from a default and exceptions. */
export const expectFor = (fallback: Outcome, exceptions: Partial<Record<Person, Outcome>>): Record<Person, Outcome> => ({
	...everyone(fallback),
	...exceptions
});
