import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getFramework, listFrameworks } from '$lib/server/repositories/frameworks';
import { questionCount } from '$lib/domain/frameworks/model';

/** Framework definitions are public: they are the method, not anyone's data. */
export const load = (async () => {
	const db = getDb();
	const frameworks = [];
	for (const row of await listFrameworks(db)) {
		const fw = await getFramework(db, row.id);
		if (fw)
			frameworks.push({
				id: fw.id,
				kind: fw.kind,
				version: fw.version,
				title: fw.title,
				description: fw.description,
				sections: fw.sections.length,
				questions: questionCount(fw)
			});
	}
	return { frameworks };
}) satisfies PageServerLoad;
