import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { formFailure, formSuccess, formToObject, translate } from '$lib/server/forms';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { isInvolved } from '$lib/server/services/assessment-access';
import { pageSourceFor } from '$lib/server/services/questionnaire';
import { statusHistory, transitionAssessment } from '$lib/server/services/workflow';
import { snapshotsOf } from '$lib/server/services/snapshots';
import { commentsOf } from '$lib/server/services/comments';
import { DomainError } from '$lib/server/services/errors';
import { answersOf } from '$lib/server/repositories/assessments';
import { availableTransitions } from '$lib/domain/workflow';
import { progress } from '$lib/domain/progress';
import type { AssessmentStatus } from '$lib/domain/access';
import { users } from '$lib/server/db/schema';

export const load = (async (event) => {
	const { user, view } = await requireAssessment(event);
	const db = getDb();
	const source = pageSourceFor(user);
	const own = new Map(answersOf(db, view.assessment.id, [source]).map((r) => [r.questionCode, r]));
	const names = new Map(db.select({ id: users.id, name: users.name }).from(users).all().map((u) => [u.id, u.name]));
	return {
		/** Progress of the source this person answers. */
		progress: progress(view.framework, view.organisation.kind, own),
		source,
		/** Workflow buttons this person may press now. */
		transitions: availableTransitions(view.assessment.status as AssessmentStatus, { role: user.role, isLead: user.isLead, involved: isInvolved(view, user) }, view.round.mode as 'self_then_validation' | 'interview_only').map((t) => ({ name: t.name, commentRequired: !!t.commentRequired })),
		history: statusHistory(db, view.assessment.id).map((e) => ({ ...e, user: e.userId ? (names.get(e.userId) ?? '—') : '—' })),
		snapshots: snapshotsOf(db, view.assessment.id).map((s) => ({ version: s.snapshotVersion, publishedAt: s.publishedAt, correctionNote: s.correctionNote })),
		/** What the assessor asked to revise (comments sent with "return"), newest first. */
		returnNotes: commentsOf(db, view.assessment.id).filter((c) => c.kind === 'return').reverse(),
		isLead: user.role === 'respondent' && user.isLead
	};
}) satisfies PageServerLoad;

export const actions = {
	transition: async (event) => {
		const { user, view } = await requireAssessment(event);
		const form = formToObject(await event.request.formData());
		const name = String(form.name ?? '');
		try {
			await transitionAssessment(getDb(), user, view.assessment.id, name, form.comment ? String(form.comment) : null);
		} catch (e) {
			if (e instanceof DomainError) {
				const missing = e.key === 'error_submit_missing' && typeof e.params.codes === 'string' ? e.params.codes.split(', ') : [];
				const field = e.field === 'comment' ? 'comment' : '_form';
				return formFailure(e.status, { form: 'transition', values: form, errors: { [field]: translate(e.key, e.params) } }, { missing });
			}
			throw e;
		}
		return formSuccess(m.assessment_transition_done(), 'transition');
	}
} satisfies Actions;
