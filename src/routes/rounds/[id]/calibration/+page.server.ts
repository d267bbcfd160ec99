import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { notFound, requireRole } from '$lib/server/auth/guards';
import { formFailure, formSuccess, translate } from '$lib/server/forms';
import { getRound, roundFrameworkIds } from '$lib/server/repositories/rounds';
import { getFramework } from '$lib/server/repositories/frameworks';
import { calibrationRows } from '$lib/server/services/calibration';
import { saveAnswer } from '$lib/server/services/answers';
import { DomainError } from '$lib/server/services/errors';
import { answerSaveSchema } from '$lib/domain/validation/answers';
import { allQuestions } from '$lib/domain/frameworks/model';
import { locale } from '$lib/i18n';

async function context(event: Parameters<typeof requireRole>[0] & { params: { id: string } }) {
	const user = requireRole(event, 'committee', 'admin');
	const db = getDb();
	const round = getRound(db, Number(event.params.id));
	if (!round || round.status === 'draft') notFound();
	const frameworks = roundFrameworkIds(db, round.id);
	const frameworkId = frameworks.includes(event.url.searchParams.get('framework') ?? '') ? event.url.searchParams.get('framework')! : frameworks[0];
	const fw = frameworkId ? await getFramework(db, frameworkId) : null;
	if (!fw) notFound();
	return { user, db, round, fw, frameworks };
}

export const load = (async (event) => {
	const { user, db, round, fw, frameworks } = await context(event);
	const lang = locale();
	const questions = allQuestions(fw).filter((q) => q.scope === 'organisation');
	const code = questions.some((q) => q.code === event.url.searchParams.get('question')) ? event.url.searchParams.get('question')! : questions[0].code;
	const question = questions.find((q) => q.code === code)!;
	return {
		round: { id: round.id, name: lang === 'en' && round.nameEn ? round.nameEn : round.nameVi },
		frameworks,
		framework: { id: fw.id, kind: fw.kind, levels: fw.kind === 'dg' ? fw.scale.levels.map((l) => l[lang]) : null },
		questions: questions.map((q) => ({ code: q.code, label: q.label[lang] })),
		question: { code, label: question.label[lang], text: question.text[lang] },
		/** Every organisation's ratings of this question, side by side. */
		rows: calibrationRows(db, round, fw, code, lang),
		canSetFinal: user.role === 'committee'
	};
}) satisfies PageServerLoad;

export const actions = {
	final: async (event) => {
		const { user, db } = await context(event);
		if (user.role !== 'committee') return formFailure(403, { errors: { _form: m.error_not_allowed() } });
		const form = await event.request.formData();
		const assessmentId = Number(form.get('assessmentId'));
		const parsed = answerSaveSchema.safeParse({
			questionCode: form.get('questionCode'),
			source: 'final',
			rating: form.get('rating'),
			comment: form.get('comment'),
			baseVersion: form.get('baseVersion')
		});
		const formName = `final.${assessmentId}`;
		if (!parsed.success) return formFailure(400, { form: formName, errors: { _form: m.error_form() } });
		try {
			const outcome = await saveAnswer(db, user, assessmentId, parsed.data);
			if (outcome.status === 'conflict') return formFailure(409, { form: formName, errors: { _form: m.national_conflict({ name: outcome.current.updatedBy ?? m.conflict_someone() }) } });
		} catch (e) {
			if (e instanceof DomainError) return formFailure(e.status, { form: formName, errors: { _form: translate(e.key, e.params) } });
			throw e;
		}
		return formSuccess(m.calibration_saved(), formName);
	}
} satisfies Actions;
