/**
 * The home page per role: only what that role may see, and what waits for them.
 */
import type { Db } from '../db';
import type { AuthedUser } from '../auth/guards';
import { countUsers } from '../repositories/users';
import { getOrganisation, listOrganisations } from '../repositories/organisations';
import { vietnamDay, type Locale } from '$lib/domain/text';

export type Home =
	| { role: 'public' }
	| { role: 'admin'; users: number; organisations: number }
	| { role: 'committee' }
	| { role: 'assessor' }
	| { role: 'respondent'; organisation: { id: number; name: string } | null; isLead: boolean };

export async function homeFor(db: Db, user: AuthedUser | null, locale: Locale, now = new Date()): Promise<Home> {
	const today = vietnamDay(now);
	if (!user) return { role: 'public' };
	switch (user.role) {
		case 'admin':
			return {
				role: 'admin',
				users: await countUsers(db),
				organisations: (await listOrganisations(db, { day: today, locale })).length
			};
		case 'committee':
			return { role: 'committee' };
		case 'assessor':
			return { role: 'assessor' };
		case 'respondent': {
			const org = user.organisationId ? await getOrganisation(db, user.organisationId, today, locale) : null;
			return { role: 'respondent', organisation: org ? { id: org.id, name: org.name } : null, isLead: user.isLead };
		}
	}
}
