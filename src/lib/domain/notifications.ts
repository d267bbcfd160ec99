/**
 * Who hears about what. A workflow transition tells the people whose work it touches: the organisation's
 * respondents when their work is returned, validated or published; the assigned assessors when it is
 * submitted for their review; the committee when a validated assessment waits to be published. Deadline
 * reminders go out when a deadline (end of that day in Vietnam) is three days away or less.
 */
import type { AssessmentStatus } from './access';

export const notificationKinds = [
	'returned',
	'submitted',
	'validated',
	'to_publish',
	'published',
	'deadline_self',
	'deadline_review'
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Groups of recipients a transition reaches, resolved by the server from the assessment. */
export type RecipientGroup = 'respondents' | 'assessors' | 'committee';

export interface Audience {
	group: RecipientGroup;
	kind: NotificationKind;
}

/** The audiences of a workflow transition (none for the implicit start/resume, review starts and re-openings). */
export function audiencesOf(transition: string): Audience[] {
	switch (transition) {
		case 'return':
			return [{ group: 'respondents', kind: 'returned' }];
		case 'submit':
			return [{ group: 'assessors', kind: 'submitted' }];
		case 'validate':
			return [
				{ group: 'respondents', kind: 'validated' },
				{ group: 'committee', kind: 'to_publish' }
			];
		case 'publish':
			return [{ group: 'respondents', kind: 'published' }];
		default:
			return [];
	}
}

/** A reminder goes out when this many whole days or fewer are left before the end of the deadline day. */
export const REMINDER_DAYS = 3;

/**
 * The deadline days that are `REMINDER_DAYS` days away or less from `today` (a `YYYY-MM-DD` day in Vietnam):
 * today itself and the next three days. A deadline is the end of its day, so on day D − 3 three whole days
 * and some hours are left.
 */
export function reminderDays(today: string): string[] {
	const [y, m, d] = today.split('-').map(Number);
	return Array.from({ length: REMINDER_DAYS + 1 }, (_, i) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
}

/** Statuses in which a deadline still concerns someone: the self-evaluation's or the review's. */
export function deadlineKindFor(status: AssessmentStatus, mode: 'self_then_validation' | 'interview_only'): 'deadline_self' | 'deadline_review' | null {
	if (mode === 'interview_only') return status === 'not_started' || status === 'in_review' ? 'deadline_review' : null;
	if (status === 'not_started' || status === 'in_progress' || status === 'returned') return 'deadline_self';
	if (status === 'submitted' || status === 'in_review') return 'deadline_review';
	return null;
}

/** The key that makes a reminder unique per person: one per assessment, deadline kind and deadline day. */
export function reminderKey(kind: 'deadline_self' | 'deadline_review', assessmentId: number, day: string): string {
	return `${kind}:${assessmentId}:${day}`;
}
