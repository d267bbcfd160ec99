import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * The messages of every questionnaire page (layouts, the page, its components, the labels they use) go into
 * one chunk. Paraglide compiles one module per message, and the bundler made a tiny chunk for every set of
 * pages sharing a few messages: ~30 files of ~170 B gzip on the questionnaire, mostly module boilerplate
 * (BUDGETS.md W1; docs/performance.md). Found by reading the `m.name(` calls of those files.
 */
function questionnaireMessages(): Set<string> {
	const files = [
		'src/routes/+layout.svelte',
		'src/routes/+error.svelte',
		'src/routes/assessments/[id]/+layout.svelte',
		'src/routes/assessments/[id]/s/[section]/+page.svelte',
		'src/lib/i18n.ts',
		...['questionnaire', 'ratings', 'ui'].flatMap((d) => readdirSync(`src/lib/components/${d}`).map((f) => `src/lib/components/${d}/${f}`))
	];
	const names = new Set<string>();
	for (const file of files) for (const [, name] of readFileSync(file, 'utf8').matchAll(/\bm\.(\w+)\(/g)) names.add(name);
	return names;
}
const shared = questionnaireMessages();

export default defineConfig({
	plugins: [
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'baseLocale']
		})
	],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'messages-questionnaire',
							test: (id) => {
								const match = /paraglide[\\/]messages[\\/](\w+)\.js$/.exec(id);
								return !!match && shared.has(match[1]);
							}
						}
					]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		reporters: ['default', './tests/summary-reporter.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
