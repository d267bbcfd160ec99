import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { formFailure, formSuccess, translate } from '$lib/server/forms';
import { requireAssessment } from '$lib/server/services/assessment-route';
import { addDocument, addLink, linkEvidence, linkTargets, parseLinks, visibleEvidence, type Polarity } from '$lib/server/services/evidence';
import { DomainError } from '$lib/server/services/errors';
import { evidenceSchema } from '$lib/domain/validation/evidence';
import { issuesToErrors } from '$lib/server/forms';
import { locale } from '$lib/i18n';

export const load = (async (event) => {
	const { user, view } = await requireAssessment(event);
	const scope = { roundId: view.round.id, organisationId: view.assessment.organisationId };
	const db = getDb();
	return {
		/** Evidence of the organisation in this round that the person may see (both frameworks). */
		evidence: visibleEvidence(db, user, scope, view.permissions, view.assessment.status === 'published'),
		/** Questions the person may attach evidence to. */
		targets: await linkTargets(db, user, scope, locale()),
		/** Question to preselect (from a questionnaire's "Add evidence" link). */
		question: event.url.searchParams.get('question') ?? ''
	};
}) satisfies PageServerLoad;

function fromForm(form: FormData) {
	return {
		title: form.get('title') ?? '',
		description: form.get('description') ?? '',
		polarity: form.get('polarity') ?? '',
		url: form.get('url') ?? undefined,
		links: parseLinks(form.getAll('links'))
	};
}

async function add(event: Parameters<typeof requireAssessment>[0] & { request: Request }, kind: 'document' | 'link') {
	const { user, view } = await requireAssessment(event);
	const form = await event.request.formData();
	const raw = fromForm(form);
	const values = { ...raw, links: form.getAll('links').map(String) };
	const parsed = evidenceSchema(kind).safeParse(raw);
	if (!parsed.success) return formFailure(400, { form: kind, values, errors: { ...issuesToErrors(parsed.error.issues), _form: m.error_form() } });
	const scope = { roundId: view.round.id, organisationId: view.assessment.organisationId };
	try {
		if (kind === 'document') {
			const file = form.get('file');
			if (!(file instanceof File) || file.size === 0) return formFailure(400, { form: kind, values, errors: { file: m.error_upload_empty() } });
			await addDocument(getDb(), user, { ...scope, ...parsed.data, polarity: parsed.data.polarity as Polarity, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
		} else {
			await addLink(getDb(), user, { ...scope, ...parsed.data, polarity: parsed.data.polarity as Polarity, url: parsed.data.url! });
		}
	} catch (e) {
		if (e instanceof DomainError) return formFailure(e.status, { form: kind, values, errors: { [e.field === '_form' ? '_form' : e.field]: translate(e.key, e.params) } });
		throw e;
	}
	return formSuccess(m.evidence_added(), kind);
}

export const actions = {
	document: (event) => add(event, 'document'),
	link: (event) => add(event, 'link'),
	relink: async (event) => {
		const { user } = await requireAssessment(event);
		const form = await event.request.formData();
		const evidenceId = Number(form.get('evidenceId'));
		try {
			await linkEvidence(getDb(), user, evidenceId, parseLinks(form.getAll('add')), parseLinks(form.getAll('remove')));
		} catch (e) {
			if (e instanceof DomainError) return formFailure(e.status, { form: `relink.${evidenceId}`, errors: { _form: translate(e.key, e.params) } });
			throw e;
		}
		return formSuccess(m.evidence_links_saved(), `relink.${evidenceId}`);
	}
} satisfies Actions;
