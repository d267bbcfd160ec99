/**
 * The assessment workflow, enforced on the server: each transition is allowed to one role from one state.
 *
 *   not started → in progress → submitted → in review → (returned → in progress …) → validated → published
 *
 * In an interview-only round there is no self-evaluation: the assessor starts the review from "not started".
 */
import type { AssessmentStatus, Role } from './access';

export const transitionNames = [
	'start',
	'submit',
	'resume',
	'start_review',
	'start_interview_review',
	'return',
	'validate',
	'publish',
	'reopen',
	'reopen_review'
] as const;
export type TransitionName = (typeof transitionNames)[number];

export interface Transition {
	name: TransitionName;
	from: AssessmentStatus;
	to: AssessmentStatus;
	role: Role;
	/** Only an organisation lead may take it (respondent sign-off). */
	leadOnly?: boolean;
	/** A comment is required (what to revise, why it is re-opened). */
	commentRequired?: boolean;
	/** Allowed only in rounds of this mode. */
	mode?: 'self_then_validation' | 'interview_only';
	/** Taken by the system when a respondent first saves, rather than by a button. */
	implicit?: boolean;
}

export const transitions: readonly Transition[] = [
	{ name: 'start', from: 'not_started', to: 'in_progress', role: 'respondent', implicit: true, mode: 'self_then_validation' },
	{ name: 'submit', from: 'in_progress', to: 'submitted', role: 'respondent', leadOnly: true, mode: 'self_then_validation' },
	{ name: 'resume', from: 'returned', to: 'in_progress', role: 'respondent', implicit: true, mode: 'self_then_validation' },
	{ name: 'start_review', from: 'submitted', to: 'in_review', role: 'assessor', mode: 'self_then_validation' },
	{ name: 'start_interview_review', from: 'not_started', to: 'in_review', role: 'assessor', mode: 'interview_only' },
	{ name: 'return', from: 'in_review', to: 'returned', role: 'assessor', commentRequired: true, mode: 'self_then_validation' },
	{ name: 'validate', from: 'in_review', to: 'validated', role: 'assessor' },
	{ name: 'publish', from: 'validated', to: 'published', role: 'committee' },
	{ name: 'reopen', from: 'published', to: 'validated', role: 'committee', commentRequired: true },
	{ name: 'reopen_review', from: 'validated', to: 'in_review', role: 'committee', commentRequired: true }
];

export type TransitionRefusal = 'unknown' | 'wrong_state' | 'wrong_role' | 'not_lead' | 'wrong_mode' | 'not_assigned';

export interface TransitionActor {
	role: Role;
	isLead: boolean;
	/** Respondent of the assessed organisation, or assessor assigned to it. */
	involved: boolean;
}

/** Whether `actor` may take transition `name` from `status`; the reason when not. */
export function checkTransition(
	name: string,
	status: AssessmentStatus,
	actor: TransitionActor,
	mode: 'self_then_validation' | 'interview_only'
): { ok: true; transition: Transition } | { ok: false; reason: TransitionRefusal } {
	const candidates = transitions.filter((t) => t.name === name);
	if (candidates.length === 0) return { ok: false, reason: 'unknown' };
	// Who may take it comes before when: a person without the role learns nothing about the state.
	if (!candidates.some((c) => c.role === actor.role)) return { ok: false, reason: 'wrong_role' };
	const t = candidates.find((c) => c.from === status);
	if (!t) return { ok: false, reason: 'wrong_state' };
	if (t.mode && t.mode !== mode) return { ok: false, reason: 'wrong_mode' };
	if ((t.role === 'respondent' || t.role === 'assessor') && !actor.involved) return { ok: false, reason: 'not_assigned' };
	if (t.leadOnly && !actor.isLead) return { ok: false, reason: 'not_lead' };
	return { ok: true, transition: t };
}

/** Transitions a person could take now (buttons to show), implicit ones excluded. */
export function availableTransitions(
	status: AssessmentStatus,
	actor: TransitionActor,
	mode: 'self_then_validation' | 'interview_only'
): Transition[] {
	return transitions.filter((t) => !t.implicit && checkTransition(t.name, status, actor, mode).ok);
}
