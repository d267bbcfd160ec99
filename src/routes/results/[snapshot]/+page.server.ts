import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { notFound } from '$lib/server/auth/guards';
import { publishedSnapshot } from '$lib/server/services/published';
import { getFramework } from '$lib/server/repositories/frameworks';
import { locale } from '$lib/i18n';

/** A published scorecard: server-drawn, no JavaScript. */
export const csr = false;

export const load = (async ({ params }) => {
	const db = getDb();
	const snap = publishedSnapshot(db, Number(params.snapshot));
	if (!snap) notFound();
	const fw = await getFramework(db, snap.data.framework.id);
	if (!fw) notFound();
	const lang = locale();
	return {
		snapshot: snap.data,
		id: snap.row.id,
		versions: snap.versions,
		correctionNote: snap.row.correctionNote,
		sections: fw.sections.map((s) => ({ code: s.code, title: s.title[lang], shortTitle: s.shortTitle[lang], importance: 'importance' in s ? s.importance : null })),
		labels: Object.fromEntries(fw.sections.flatMap((s) => s.questions.map((q) => [q.code, q.label[lang]]))),
		bands: fw.kind === 'dg' ? fw.scale.bands.map((b) => ({ code: b.code, label: b.label[lang] })) : [],
		caveat: fw.caveat[lang]
	};
}) satisfies PageServerLoad;
