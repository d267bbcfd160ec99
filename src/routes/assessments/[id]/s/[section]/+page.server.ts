import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { notFound } from '$lib/server/auth/guards';
import { formFailure, formSuccess, formToObject, translate } from '$lib/server/forms';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { canWriteOwnSource, questionnairePage, editSourceFor } from '$lib/server/services/questionnaire';
import { applyPageSave, type PageSaveResult } from '$lib/server/services/page-save';
import { holdSave, takeHeldSave } from '$lib/server/services/held-saves';
import type { Cookies } from '@sveltejs/kit';
import type { ConflictInfo } from '$lib/components/questionnaire/autosave.svelte';
import { addComment } from '$lib/server/services/comments';
import { DomainError } from '$lib/server/services/errors';
import { findSection } from '$lib/domain/frameworks/model';
import { answersFromForm } from '$lib/domain/validation/answers';
import { locale } from '$lib/i18n';

async function heldConflictsFor(cookies: Cookies, assessmentId: number): Promise<(ConflictInfo & { questionCode: string })[]> {
	const held = await takeHeldSave(getDb(), cookies);
	if (!held || held.payload.kind !== 'conflicts' || held.payload.assessmentId !== assessmentId) return [];
	return held.payload.conflicts.map((c) => ({ questionCode: c.questionCode, mine: c.mine as ConflictInfo['mine'], current: c.current as ConflictInfo['current'] }));
}

export const load = (async (event) => {
	const { user, view } = await requireAssessment(event);
	const section = findSection(view.framework, event.params.section);
	if (!section) notFound();
	const index = view.framework.sections.findIndex((s) => s.code === section.code);
	const lang = locale();
	return {
		section: {
			code: section.code,
			title: section.title[lang],
			intro: 'context' in section ? section.context[lang] : section.description[lang],
			importance: 'importance' in section ? section.importance : null
		},
		/** Questions of this pillar or dimension with the person's answers and what they may see beside them. */
		page: await questionnairePage(getDb(), user, view, section, lang, !event.isDataRequest),
		levels: view.framework.kind === 'dg' ? view.framework.scale.levels.map((l) => l[lang]) : null,
		previous: index > 0 ? view.framework.sections[index - 1].code : null,
		next: index < view.framework.sections.length - 1 ? view.framework.sections[index + 1].code : null,
		/** For the key of unsent changes kept in this browser. */
		userId: user.id,
		heldSaved: Number(event.url.searchParams.get('heldSaved') ?? 0) || 0,
		/** Answers typed before the session expired that met a newer version: shown once, to resolve. */
		heldConflicts: event.url.searchParams.has('heldSaved') ? await heldConflictsFor(event.cookies, view.assessment.id) : []
	};
}) satisfies PageServerLoad;

export const actions = {
	/** The page's save button (works without JavaScript): every changed answer of the page at once. */
	save: async (event) => {
		const form = await event.request.formData();
		const raw = formToObject(form);
		if (!event.locals.user) {
			// The session ended while the person was typing: hold the save and apply it after sign-in.
			const source = String(raw.source ?? 'self');
			await holdSave(getDb(), event.cookies, event.url.pathname, {
				kind: 'answers',
				assessmentId: Number(event.params.id),
				source,
				answers: answersFromForm(raw, source).filter((a) => raw[`hash.${a.questionCode}`] !== undefined).map((a) => ({ ...a, hash: raw[`hash.${a.questionCode}`] }))
			});
			redirect(303, `/login?expired=1&next=${encodeURIComponent(event.url.pathname)}`);
		}
		const { user, view } = await requireAssessment(event);
		const source = editSourceFor(user, view);
		if (!source || !canWriteOwnSource(user, view)) return formFailure(403, { form: 'save', errors: { _form: m.error_not_allowed_to_save() } });
		let result: PageSaveResult;
		try {
			result = await applyPageSave(getDb(), user, view.assessment.id, source, raw);
		} catch (e) {
			if (e instanceof DomainError) return formFailure(e.status, { form: 'save', errors: { _form: translate(e.key, e.params) } });
			throw e;
		}
		if (Object.keys(result.errors).length) return formFailure(400, { form: 'save', values: raw, errors: { ...result.errors, _form: m.error_form() } });
		return { ...formSuccess(m.questionnaire_saved_count({ count: result.saved }), 'save'), conflicts: result.conflicts };
	},
	comment: async (event) => {
		const { user, view } = await requireAssessment(event);
		const form = formToObject(await event.request.formData());
		const code = String(form.questionCode ?? '');
		try {
			await addComment(getDb(), user, view.assessment.id, code || null, String(form.body ?? ''));
		} catch (e) {
			if (e instanceof DomainError) return formFailure(e.status, { form: `comment.${code}`, values: form, errors: { body: translate(e.key, e.params) } });
			throw e;
		}
		return formSuccess(m.comment_added(), `comment.${code}`);
	}
} satisfies Actions;
