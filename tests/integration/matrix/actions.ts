/**
 * Named form actions not already reached by their area's entries. Each posts a body that the action must
 * refuse after its access check (missing or impossible fields, an id that does not exist), so running the
 * matrix changes no data: people allowed to act get the validation outcome (400, 404, 409), the others are
 * refused (403/404) or sent to sign in.
 */
import { expectFor, type MatrixEntry, type Outcome, type Person } from './types';

const adminOnly = (o: Outcome): Record<Person, Outcome> => expectFor(403, { anonymous: 'login', admin: o });
const readersOfA: Record<Person, Outcome> = expectFor(200, { anonymous: 'login', respondentB: 404, otherAssessor: 404 });
const signedIn = (o: Partial<Record<Person, Outcome>>) => expectFor(403, { anonymous: 'login', ...o });

export const actionEntries: MatrixEntry[] = [
	{ route: '/login', method: 'POST', path: () => '/login', form: () => ({ email: 'nobody@sansang.example', password: 'not-the-password' }), expect: expectFor('redirect', { anonymous: 400 }) },
	{ route: '/admin/frameworks', method: 'POST', path: () => '/admin/frameworks?/import', form: () => ({}), expect: adminOnly(400) },
	{ route: '/admin/organisations/[id]', method: 'POST', path: (w) => `/admin/organisations/${w.ids.orgA}?/rename`, form: () => ({ nameVi: '', validFrom: '' }), expect: adminOnly(400) },
	{ route: '/admin/organisations/merge', method: 'POST', path: () => '/admin/organisations/merge', form: () => ({}), expect: adminOnly(400) },
	{ route: '/admin/organisations/new', method: 'POST', path: () => '/admin/organisations/new', form: () => ({}), expect: adminOnly(400) },
	{ route: '/admin/users/[id]', method: 'POST', path: (w) => `/admin/users/${w.ids.userA}?/update`, form: () => ({ role: 'emperor' }), expect: adminOnly(400) },
	{ route: '/admin/users/[id]', method: 'POST', path: () => '/admin/users/999999?/disable', expect: adminOnly(404) },
	{ route: '/admin/users/[id]', method: 'POST', path: () => '/admin/users/999999?/password', form: () => ({ password: 'x' }), expect: adminOnly(404) },
	{
		route: '/assessments/[id]/evidence',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.dgA}/evidence?/document`,
		// A form without a title or file is refused before the service's permission check (which the `?/link`
		// entry exercises with a valid body): readers get the form errors, nothing is stored.
		form: () => ({ title: '' }),
		expect: { ...readersOfA, respondentA: 400, leadA: 400, assessor: 400, committee: 400, admin: 400 }
	},
	{
		route: '/assessments/[id]/evidence',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.dgA}/evidence?/relink`,
		form: () => ({ evidenceId: '999999' }),
		expect: { ...readersOfA, respondentA: 404, leadA: 404, assessor: 404, committee: 404, admin: 404 }
	},
	{
		route: '/assessments/[id]/s/[section]',
		method: 'POST',
		path: (w) => `/assessments/${w.ids.dgA}/s/DG-1?/comment`,
		form: () => ({ questionCode: 'DG-1.1', body: ' ' }),
		expect: { ...readersOfA, respondentA: 400, leadA: 400, assessor: 400, committee: 400, admin: 403 }
	},
	{
		// Hà Nội already has a draft: its editors are sent to edit that one, nothing is created.
		route: '/reports/[id]',
		method: 'POST',
		path: (w) => `/reports/${w.ids.reportDraft}?/draft`,
		expect: signedIn({ assessor: 'redirect', otherAssessor: 'redirect', committee: 'redirect' })
	},
	{ route: '/reports/[id]/edit', method: 'POST', path: (w) => `/reports/${w.ids.reportDraft}/edit?/save`, form: () => ({ item: '999999', baseVersion: '1', textVi: 'x' }), expect: signedIn({ assessor: 404, otherAssessor: 404, committee: 404 }) },
	{ route: '/reports/[id]/edit', method: 'POST', path: (w) => `/reports/${w.ids.reportDraft}/edit?/move`, form: () => ({ item: '999999', direction: 'up' }), expect: signedIn({ assessor: 404, otherAssessor: 404, committee: 404 }) },
	{ route: '/reports/[id]/edit', method: 'POST', path: (w) => `/reports/${w.ids.reportDraft}/edit?/remove`, form: () => ({ item: '999999' }), expect: signedIn({ assessor: 404, otherAssessor: 404, committee: 404 }) }
];
