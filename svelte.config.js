import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// No `window.__svelte.v` version marker: one module less on every page (BUDGETS.md W1).
		discloseVersion: false,
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Both default; the security suite builds a second copy elsewhere (with a non-production NODE_ENV) to
		// show the cross-site check survives such a build.
		adapter: adapter({ out: process.env.SANSANG_BUILD_OUT ?? 'build' }),
		outDir: process.env.SANSANG_KIT_OUT ?? '.svelte-kit',
		router: { resolution: 'server' },
		csp: {
			mode: 'nonce',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Kit adds no nonce when 'unsafe-inline' is present; inline style attributes only, never scripts.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
