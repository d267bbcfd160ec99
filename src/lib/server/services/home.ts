/**
 * The home page per role: only what that role may see, and what waits for them.
 */
import type { Db } from '../db';
import type { AuthedUser } from '../auth/guards';
import { countUsers } from '../repositories/users';
import { getOrganisation, listOrganisations } from '../repositories/organisations';
import { assessmentsFor, roundsFor, type AssessmentListItem } from '../repositories/rounds';
import { daysUntilDeadline, vietnamDay, type Locale } from '$lib/domain/text';

export interface WorkItem extends AssessmentListItem {
	/** Why it waits for this person. */
	reason: 'returned' | 'to_submit' | 'to_start' | 'to_review' | 'reviewing' | 'to_publish' | 'deadline';
	/** The relevant deadline (day in Vietnam) and whole days left until its end. */
	deadline: string | null;
	daysLeft: number | null;
}

export type Home =
	| { role: 'public' }
	| { role: 'admin'; users: number; organisations: number; rounds: number }
	| { role: 'committee'; waiting: WorkItem[]; assessments: AssessmentListItem[]; rounds: { id: number; name: string; status: string; year: number }[] }
	| { role: 'assessor'; waiting: WorkItem[]; assessments: AssessmentListItem[] }
	| { role: 'respondent'; organisation: { id: number; name: string } | null; isLead: boolean; waiting: WorkItem[]; assessments: AssessmentListItem[] };

/** Days before a deadline from which it is listed as waiting. */
const DEADLINE_SOON_DAYS = 14;

function item(a: AssessmentListItem, reason: WorkItem['reason'], deadline: string | null, now: Date): WorkItem {
	return { ...a, reason, deadline, daysLeft: deadline ? daysUntilDeadline(deadline, now) : null };
}

function respondentWaiting(list: AssessmentListItem[], isLead: boolean, now: Date): WorkItem[] {
	const out: WorkItem[] = [];
	for (const a of list) {
		if (a.roundStatus !== 'open') continue;
		if (a.status === 'returned') out.push(item(a, 'returned', a.selfDeadline, now));
		else if (a.status === 'in_progress' && isLead) out.push(item(a, 'to_submit', a.selfDeadline, now));
		else if (a.status === 'not_started' || a.status === 'in_progress') {
			const days = a.selfDeadline ? daysUntilDeadline(a.selfDeadline, now) : null;
			if (a.status === 'not_started' || (days !== null && days <= DEADLINE_SOON_DAYS)) out.push(item(a, a.status === 'not_started' ? 'to_start' : 'deadline', a.selfDeadline, now));
		}
	}
	return out;
}

function assessorWaiting(list: AssessmentListItem[], now: Date): WorkItem[] {
	return list
		.filter((a) => a.status === 'submitted' || a.status === 'in_review')
		.map((a) => item(a, a.status === 'submitted' ? 'to_review' : 'reviewing', a.reviewDeadline, now));
}

export async function homeFor(db: Db, user: AuthedUser | null, locale: Locale, now = new Date()): Promise<Home> {
	const today = vietnamDay(now);
	if (!user) return { role: 'public' };
	switch (user.role) {
		case 'admin':
			return {
				role: 'admin',
				users: await countUsers(db),
				organisations: (await listOrganisations(db, { day: today, locale })).length,
				rounds: roundsFor(db, user).length
			};
		case 'committee': {
			const assessments = assessmentsFor(db, user, locale);
			return {
				role: 'committee',
				waiting: assessments.filter((a) => a.status === 'validated').map((a) => item(a, 'to_publish', null, now)),
				assessments: [],
				rounds: roundsFor(db, user).map((r) => ({ id: r.id, name: locale === 'en' && r.nameEn ? r.nameEn : r.nameVi, status: r.status, year: r.year }))
			};
		}
		case 'assessor': {
			const assessments = assessmentsFor(db, user, locale);
			return { role: 'assessor', waiting: assessorWaiting(assessments, now), assessments };
		}
		case 'respondent': {
			const org = user.organisationId ? await getOrganisation(db, user.organisationId, today, locale) : null;
			const assessments = assessmentsFor(db, user, locale);
			return {
				role: 'respondent',
				organisation: org ? { id: org.id, name: org.name } : null,
				isLead: user.isLead,
				waiting: respondentWaiting(assessments, user.isLead, now),
				assessments
			};
		}
	}
}
