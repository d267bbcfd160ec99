/**
 * Rounds screens. The demo 2026 round is open, has A and B in scope, the assessor assigned to A and the
 * other assessor to B: every signed-in person may see it (respondents and assessors only their own rows,
 * which the browser test checks). Only the committee and administrators change rounds. Posts that the
 * committee and administrators may make carry invalid input, so the matrix never changes the round.
 */
import { expectFor, type MatrixEntry, type Outcome, type Person } from './types';

const signedIn: Record<Person, Outcome> = expectFor(200, { anonymous: 'login' });
const managers = (outcome: Outcome): Record<Person, Outcome> =>
	expectFor(403, { anonymous: 'login', committee: outcome, admin: outcome });

export const roundsEntries: MatrixEntry[] = [
	{ route: '/rounds', method: 'GET', path: () => '/rounds', expect: signedIn },
	{ route: '/rounds/new', method: 'GET', path: () => '/rounds/new', expect: managers(200) },
	{
		route: '/rounds/new',
		method: 'POST',
		path: () => '/rounds/new',
		form: (w) => ({
			nameVi: '',
			year: '2026',
			mode: 'self_then_validation',
			framework_dg: 'dg-sansang-1.0',
			organisationIds: String(w.ids.orgA)
		}),
		expect: managers(400)
	},
	{ route: '/rounds/[id]', method: 'GET', path: (w) => `/rounds/${w.ids.round}`, expect: signedIn },
	// A round that does not exist is not found, whoever asks.
	{
		route: '/rounds/[id]',
		method: 'GET',
		path: () => '/rounds/999999',
		expect: expectFor(404, { anonymous: 'login' })
	},
	{
		route: '/rounds/[id]',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}?/status`,
		form: () => ({ transition: 'demolish' }),
		expect: managers(400)
	},
	{
		route: '/rounds/[id]',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}?/deadlines`,
		form: () => ({ selfDeadline: 'not-a-day', reviewDeadline: '' }),
		expect: managers(400)
	},
	{
		route: '/rounds/[id]',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}?/assessors`,
		form: (w) => ({ organisationId: String(w.ids.orgA), assessorIds: 'not-an-id' }),
		expect: managers(400)
	},
	{
		route: '/rounds/[id]',
		method: 'POST',
		path: () => '/rounds/999999?/deadlines',
		form: () => ({ selfDeadline: '2026-12-01', reviewDeadline: '' }),
		expect: managers(404)
	},
	// The demo round is open: its scope can no longer be edited.
	{
		route: '/rounds/[id]/edit',
		method: 'GET',
		path: (w) => `/rounds/${w.ids.round}/edit`,
		expect: managers(409)
	},
	{
		route: '/rounds/[id]/edit',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/edit`,
		form: (w) => ({
			nameVi: 'Đổi tên',
			year: '2026',
			mode: 'self_then_validation',
			framework_dg: 'dg-sansang-1.0',
			organisationIds: String(w.ids.orgA)
		}),
		expect: managers(409)
	},
	{ route: '/rounds/[id]/edit', method: 'GET', path: () => '/rounds/999999/edit', expect: managers(404) }
];
