/**
 * Reports: drafts belong to the assessment team (the committee, and an organisation's assigned assessors
 * for its agency report); administrators read; a final agency report opens to its organisation's people
 * once the organisation's results are published; the national synthesis to everyone once it is final and
 * the whole round is published. Entries that would change data are made to fail (or run in an order that
 * keeps the outcome fixed).
 */
import { existsSync } from 'node:fs';
import { expectFor, type MatrixEntry, type Outcome, type Person } from './types';

const signedIn = (o: Partial<Record<Person, Outcome>>) => expectFor(403, { anonymous: 'login', ...o });
/** The PDF is 200 where Chromium is installed; without it the person is sent back to the report, which says so. */
const pdf: Outcome = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => p && existsSync(p)) ? 200 : 'redirect';

export const reportsEntries: MatrixEntry[] = [
	{
		route: '/rounds/[id]/reports',
		method: 'GET',
		path: (w) => `/rounds/${w.ids.round}/reports`,
		expect: signedIn({ respondentA: 200, leadA: 200, respondentB: 200, assessor: 200, otherAssessor: 200, committee: 200, admin: 200 })
	},
	{
		// The assessor of A starts A's report; then a draft exists, so the committee is told to edit it instead.
		route: '/rounds/[id]/reports',
		method: 'POST',
		path: (w) => `/rounds/${w.ids.round}/reports?/create`,
		form: (w) => ({ kind: 'agency', organisation: String(w.ids.orgA) }),
		expect: signedIn({ assessor: 'redirect', committee: 409 })
	},
	{
		route: '/reports/[id]',
		method: 'GET',
		path: (w) => `/reports/${w.ids.reportFinal}`,
		expect: signedIn({ assessor: 200, committee: 200, admin: 200 })
	},
	{
		// A final report cannot be frozen again: readers are told so, others refused.
		route: '/reports/[id]',
		method: 'POST',
		path: (w) => `/reports/${w.ids.reportFinal}?/freeze`,
		expect: signedIn({ assessor: 409, committee: 409, admin: 409 })
	},
	{
		route: '/reports/[id]/edit',
		method: 'GET',
		path: (w) => `/reports/${w.ids.reportDraft}/edit`,
		expect: signedIn({ assessor: 200, otherAssessor: 200, committee: 200 })
	},
	{
		// Empty passage: editors get the form error, nothing changes.
		route: '/reports/[id]/edit',
		method: 'POST',
		path: (w) => `/reports/${w.ids.reportDraft}/edit?/add`,
		form: () => ({ section: 'DG-1', kind: 'recommendation', textVi: ' ', textEn: '' }),
		expect: signedIn({ assessor: 400, otherAssessor: 400, committee: 400 })
	},
	{
		route: '/reports/[id]/pdf',
		method: 'GET',
		path: (w) => `/reports/${w.ids.reportNational}/pdf`,
		expect: signedIn({ committee: pdf, admin: pdf })
	}
];
