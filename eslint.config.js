import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'src/lib/paraglide/', 'drizzle/', 'test-results/', 'playwright-report/', 'e2e-artifacts/', 'bench-results/', 'data/', '.nonprod/', '.scratch/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			// Plain <a href> is fine: no base path and no hash routing in this app.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The domain is pure: no framework, server or database code (STYLE.md rule 1).
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$app/*', '$env/*', '$lib/server/*', '$lib/paraglide/*', '$lib/components/*'], message: 'lib/domain must stay pure TypeScript.' },
						{ group: ['svelte', 'svelte/*', '@sveltejs/*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', 'node:*'], message: 'lib/domain must stay pure TypeScript.' }
					]
				}
			]
		}
	}
);
