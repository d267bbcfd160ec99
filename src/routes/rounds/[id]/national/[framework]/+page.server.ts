import type { Actions, PageServerLoad } from './$types';
import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { forbidden, notFound, requireRole } from '$lib/server/auth/guards';
import { formFailure, formSuccess, translate } from '$lib/server/forms';
import { getRound, roundFrameworkIds } from '$lib/server/repositories/rounds';
import { getFramework } from '$lib/server/repositories/frameworks';
import { nationalAnswersOf, saveNationalAnswer } from '$lib/server/services/answers';
import { DomainError } from '$lib/server/services/errors';
import { roundAssessors } from '$lib/server/db/schema';
import { allQuestions, type AnyQuestion } from '$lib/domain/frameworks/model';
import { normaliseText } from '$lib/domain/text';
import { locale } from '$lib/i18n';

async function context(event: Parameters<typeof requireRole>[0] & { params: { id: string; framework: string } }) {
	const user = requireRole(event, 'assessor', 'committee', 'admin');
	const db = getDb();
	const round = getRound(db, Number(event.params.id));
	if (!round || round.status === 'draft' || !roundFrameworkIds(db, round.id).includes(event.params.framework)) notFound();
	if (user.role === 'assessor') {
		const assigned = db.select().from(roundAssessors).where(and(eq(roundAssessors.roundId, round.id), eq(roundAssessors.userId, user.id))).get();
		if (!assigned) forbidden();
	}
	const fw = await getFramework(db, event.params.framework);
	if (!fw) notFound();
	return { user, db, round, fw };
}

export const load = (async (event) => {
	const { user, db, round, fw } = await context(event);
	const lang = locale();
	const answers = new Map(nationalAnswersOf(db, round.id, fw.id).map((a) => [a.questionCode, a]));
	return {
		round: { id: round.id, name: lang === 'en' && round.nameEn ? round.nameEn : round.nameVi },
		framework: { id: fw.id, kind: fw.kind, title: fw.title[lang], levels: fw.kind === 'dg' ? fw.scale.levels.map((l) => l[lang]) : null },
		writable: user.role !== 'admin',
		/** The national questions with their one answer for the round. */
		questions: allQuestions(fw)
			.filter((q: AnyQuestion) => q.scope === 'national')
			.map((q) => ({
				code: q.code,
				label: q.label[lang],
				text: q.text[lang],
				guidance: q.guidance.map((g) => g[lang]),
				descriptors: 'weight' in q ? q.descriptors.map((d) => d[lang]) : [q.descriptors.red[lang], q.descriptors.yellow[lang], q.descriptors.green[lang]],
				rating: answers.get(q.code)?.rating ?? null,
				comment: answers.get(q.code)?.comment ?? null,
				version: answers.get(q.code)?.version ?? 0
			}))
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user, db, round, fw } = await context(event);
		const form = await event.request.formData();
		const code = String(form.get('questionCode') ?? '');
		const rating = String(form.get('rating') ?? '') || null;
		const comment = normaliseText(String(form.get('comment') ?? ''), { multiline: true }).slice(0, 5000) || null;
		const values = { rating, comment };
		try {
			const outcome = await saveNationalAnswer(db, user, round.id, fw.id, { questionCode: code, rating, comment, baseVersion: Number(form.get('baseVersion') ?? 0) || 0 });
			if (outcome.status === 'conflict') return formFailure(409, { form: code, values, errors: { _form: m.national_conflict({ name: outcome.current.updatedBy ?? m.conflict_someone() }) } });
		} catch (e) {
			if (e instanceof DomainError) return formFailure(e.status, { form: code, values, errors: { _form: translate(e.key, e.params) } });
			throw e;
		}
		return formSuccess(m.national_saved(), code);
	}
} satisfies Actions;
