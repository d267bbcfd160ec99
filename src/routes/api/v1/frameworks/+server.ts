import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiJson } from '$lib/server/api';
import { getFramework, listFrameworks } from '$lib/server/repositories/frameworks';
import { questionCount } from '$lib/domain/frameworks/model';

/** The framework versions (public, read-only). */
export const GET: RequestHandler = async ({ url }) => {
	const db = getDb();
	const versions = [];
	for (const row of await listFrameworks(db)) {
		const fw = await getFramework(db, row.id);
		if (!fw) continue;
		versions.push({
			id: fw.id,
			kind: fw.kind,
			version: fw.version,
			title: fw.title,
			sections: fw.sections.length,
			questions: questionCount(fw),
			crosswalkFrom: fw.crosswalk?.from ?? null,
			url: new URL(`/api/v1/frameworks/${fw.id}`, url).href
		});
	}
	return apiJson({ frameworks: versions });
};
