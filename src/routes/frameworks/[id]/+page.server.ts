import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { notFound } from '$lib/server/auth/guards';
import { getFramework } from '$lib/server/repositories/frameworks';

export const load = (async ({ params }) => {
	const fw = await getFramework(getDb(), params.id);
	if (!fw) notFound();
	return {
		framework: {
			id: fw.id,
			kind: fw.kind,
			version: fw.version,
			title: fw.title,
			description: fw.description,
			source: fw.source,
			caveat: fw.caveat,
			scale: fw.kind === 'dg' ? fw.scale : null,
			legalDisclaimer: fw.kind === 'od' ? fw.legalDisclaimer : null,
			informationRequests: fw.kind === 'od' ? fw.informationRequests : [],
			crosswalk: fw.crosswalk ? { from: fw.crosswalk.from, count: Object.keys(fw.crosswalk.map).length } : null,
			sections: fw.sections.map((s) => ({
				code: s.code,
				title: s.title,
				importance: 'importance' in s ? s.importance : null,
				questions: s.questions.length
			}))
		}
	};
}) satisfies PageServerLoad;
