/**
 * Page weight from the built client: for a page as served, the JavaScript of its whole import graph
 * (module preloads, the entry, and dynamic imports such as chart.js), gzip-compressed, plus its CSS and HTML
 * (BUDGETS.md W1–W4).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

interface ManifestEntry {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
}

const CLIENT = 'build/client';

function manifest(): Record<string, ManifestEntry> {
	return JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
}

const gz = (path: string) => gzipSync(readFileSync(path)).length;

export interface PageWeight {
	/** JavaScript of the whole import graph, gzip bytes. */
	js: number;
	css: number;
	html: number;
	total: number;
	files: string[];
}

/**
 * Weight of a page from its HTML and its `Link` header (SvelteKit announces the page's modules there), and
 * everything those modules import, statically or dynamically.
 */
export function pageWeight(html: string, linkHeader = ''): PageWeight {
	const m = manifest();
	const byFile = new Map(Object.values(m).map((e) => [e.file, e]));
	const keyOf = new Map(Object.entries(m).map(([k, e]) => [e.file, k]));
	const start = new Set<string>();
	for (const match of html.matchAll(/(?:href|src)="[^"]*?\/(_app\/immutable\/[^"]+?\.(?:js|css))"/g)) start.add(match[1]);
	for (const match of html.matchAll(/import\("[^"]*?\/(_app\/immutable\/[^"]+?\.js)"\)/g)) start.add(match[1]);
	for (const match of linkHeader.matchAll(/<[^>]*?\/(_app\/immutable\/[^>]+?\.(?:js|css))>/g)) start.add(match[1]);
	const js = new Set<string>();
	const css = new Set<string>();
	// The client router (app.js) lists every page as a dynamic import: only its static imports belong to a page.
	const router = new Set(Object.entries(m).filter(([k]) => k.endsWith('client-optimized/app.js') || k.endsWith('client/entry.js')).map(([, e]) => e.file));
	const visit = (file: string) => {
		if (file.endsWith('.css')) {
			css.add(file);
			return;
		}
		if (js.has(file)) return;
		js.add(file);
		const entry = byFile.get(file) ?? m[keyOf.get(file) ?? ''];
		if (!entry) return;
		for (const c of entry.css ?? []) css.add(c);
		for (const i of [...(entry.imports ?? []), ...(router.has(file) ? [] : (entry.dynamicImports ?? []))]) {
			const child = m[i];
			if (child) visit(child.file);
		}
	};
	// A hydrated page also loads the root error page at start, before it is needed (SvelteKit imports it
	// eagerly "so that connectivity errors after initialisation don't nuke the app"): it is part of the page.
	const rootError = m['.svelte-kit/generated/client-optimized/nodes/1.js']?.file;
	if (rootError && [...start].some((f) => f.includes('/entry/app.'))) start.add(rootError);
	for (const f of start) visit(f);
	const jsBytes = [...js].reduce((n, f) => n + gz(join(CLIENT, f)), 0);
	const cssBytes = [...css].reduce((n, f) => n + gz(join(CLIENT, f)), 0);
	const htmlBytes = gzipSync(Buffer.from(html)).length;
	return { js: jsBytes, css: cssBytes, html: htmlBytes, total: jsBytes + cssBytes + htmlBytes, files: [...js, ...css] };
}
