import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { notFound } from '$lib/server/auth/guards';
import { getFramework } from '$lib/server/repositories/frameworks';
import { findSection } from '$lib/domain/frameworks/model';

export const load = (async ({ params }) => {
	const fw = await getFramework(getDb(), params.id);
	if (!fw) notFound();
	const section = findSection(fw, params.section);
	if (!section) notFound();
	const index = fw.sections.findIndex((s) => s.code === section.code);
	return {
		framework: { id: fw.id, kind: fw.kind, title: fw.title, levels: fw.kind === 'dg' ? fw.scale.levels : null },
		/** The pillar or dimension with its questions and (OD) rubric. */
		section,
		previous: index > 0 ? fw.sections[index - 1].code : null,
		next: index < fw.sections.length - 1 ? fw.sections[index + 1].code : null
	};
}) satisfies PageServerLoad;
