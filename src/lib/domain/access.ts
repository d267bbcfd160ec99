/**
 * Who may do what: the "who sees what" table of PRODUCT.md as pure functions of facts about the person
 * and the thing. The server gathers the facts (role, organisation, assessor assignment, status); these
 * functions decide. Tested as a matrix.
 */

export const roles = ['admin', 'committee', 'assessor', 'respondent'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export interface Actor {
	id: number;
	role: Role;
	organisationId: number | null;
	isLead: boolean;
}

/** Managing users, organisations, framework versions, the audit log and backups. */
export const canAdminister = (actor: Actor | null) => actor?.role === 'admin';

/** Creating and running rounds. */
export const canManageRounds = (actor: Actor | null) =>
	actor?.role === 'admin' || actor?.role === 'committee';

/** Seeing every organisation's work in every round (committee reviewers; administrators for support). */
export const seesAllRounds = (actor: Actor | null) =>
	actor?.role === 'committee' || actor?.role === 'admin';

export const assessmentStatuses = [
	'not_started',
	'in_progress',
	'submitted',
	'in_review',
	'returned',
	'validated',
	'published'
] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

/** Facts about one assessment relative to one person. */
export interface AssessmentFacts {
	organisationId: number;
	status: AssessmentStatus;
	/** The person is an assessor assigned to this organisation in this round. */
	assigned: boolean;
	/** The round is blind (self-ratings hidden from the assessor until they saved their own). */
	blind: boolean;
	/** The round runs interviews only: there is no self-evaluation. */
	interviewOnly: boolean;
	/** The round is open (self-evaluation possible); closed rounds freeze the respondents' side. */
	roundOpen: boolean;
}

export interface AssessmentPermissions {
	/** Open the assessment at all. */
	read: boolean;
	/** See self-ratings, comments and evidence of the organisation. */
	readSelf: boolean;
	/** Write self-ratings (respondents, while in progress or returned). */
	writeSelf: boolean;
	/** See assessor ratings and dimension assessments. */
	readAssessor: boolean;
	/** Write assessor ratings and dimension assessments (until validated). */
	writeAssessor: boolean;
	/** See final ratings and targets. */
	readFinal: boolean;
	/** Write final ratings and targets (committee, until published). */
	writeFinal: boolean;
	/** Read interview notes (confidential). */
	readInterviewNotes: boolean;
	/** Add evidence to the organisation's questions. */
	addEvidence: boolean;
	/** Comment on questions. */
	comment: boolean;
}

const none: AssessmentPermissions = {
	read: false,
	readSelf: false,
	writeSelf: false,
	readAssessor: false,
	writeAssessor: false,
	readFinal: false,
	writeFinal: false,
	readInterviewNotes: false,
	addEvidence: false,
	comment: false
};

export function assessmentPermissions(actor: Actor | null, a: AssessmentFacts): AssessmentPermissions {
	if (!actor) return none;
	const published = a.status === 'published';
	switch (actor.role) {
		case 'committee':
			return {
				read: true,
				readSelf: true,
				writeSelf: false,
				readAssessor: true,
				writeAssessor: false,
				readFinal: true,
				writeFinal: a.status === 'validated',
				readInterviewNotes: true,
				addEvidence: false,
				comment: true
			};
		case 'admin':
			return { ...none, read: true, readSelf: true, readAssessor: true, readFinal: true };
		case 'assessor':
			if (!a.assigned) return none;
			return {
				read: true,
				readSelf: !a.interviewOnly,
				writeSelf: false,
				readAssessor: true,
				writeAssessor: a.status !== 'validated' && a.status !== 'published',
				readFinal: true,
				writeFinal: false,
				readInterviewNotes: true,
				addEvidence: a.status !== 'validated' && a.status !== 'published',
				comment: a.status !== 'published'
			};
		case 'respondent': {
			if (actor.organisationId !== a.organisationId) return none;
			const editable =
				!a.interviewOnly &&
				a.roundOpen &&
				(a.status === 'not_started' || a.status === 'in_progress' || a.status === 'returned');
			return {
				read: true,
				readSelf: true,
				writeSelf: editable,
				readAssessor: published,
				writeAssessor: false,
				readFinal: published,
				writeFinal: false,
				readInterviewNotes: false,
				addEvidence: editable,
				comment: a.status !== 'published'
			};
		}
	}
}

/**
 * In a blind round an assessor sees a question's self-rating only once they saved their own rating for it.
 */
export function selfRatingVisibleToAssessor(blind: boolean, assessorHasRated: boolean): boolean {
	return !blind || assessorHasRated;
}
