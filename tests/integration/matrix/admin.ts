/**
 * Notifications (every signed-in person, their own only) and the administrator's audit log and backups.
 * Marking another person's notification read answers 404, like one that does not exist. The one post
 * that changes something for administrators makes a backup into the test server's own folder.
 */
import { expectFor, type MatrixEntry, type Outcome, type Person } from './types';

const signedIn: Record<Person, Outcome> = expectFor(200, { anonymous: 'login' });
const adminOnly = (outcome: Outcome): Record<Person, Outcome> => expectFor(403, { anonymous: 'login', admin: outcome });

export const adminEntries: MatrixEntry[] = [
	{ route: '/notifications', method: 'GET', path: () => '/notifications', expect: signedIn },
	{
		route: '/notifications',
		method: 'POST',
		path: () => '/notifications?/read',
		form: (w) => ({ id: String(w.ids.notificationAssessor) }),
		expect: expectFor(404, { anonymous: 'login', assessor: 200 })
	},
	{ route: '/notifications', method: 'POST', path: () => '/notifications?/readAll', expect: signedIn },
	{ route: '/admin/audit', method: 'GET', path: (w) => `/admin/audit?organisation=${w.ids.orgA}&entity=assessment&from=2026-09-01&to=2026-12-31`, expect: adminOnly(200) },
	{ route: '/admin/audit/export', method: 'GET', path: (w) => `/admin/audit/export?organisation=${w.ids.orgA}&from=2026-11-01`, expect: adminOnly(200) },
	{ route: '/admin/backups', method: 'GET', path: () => '/admin/backups', expect: adminOnly(200) },
	{ route: '/admin/backups', method: 'POST', path: () => '/admin/backups?/create', expect: adminOnly(200) },
	{ route: '/admin/backups/[name]', method: 'GET', path: () => '/admin/backups/sansang-20000101T000000Z.db', expect: adminOnly(404) }
];
