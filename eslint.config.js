// Lint: TypeScript and Svelte recommended rules, Prettier owns the layout, and the layering rule that keeps
// src/lib/model/ pure (it runs the same in the browser, the workers and Node, so no DOM, storage or worker code).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import house from './eslint-rules/lang-branch.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'reports/',
			'test-results/',
			'playwright-report/',
			'bench/out/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// `ok && act()` and `c ? a() : b()` as statements are this codebase's idiom for one-line guards.
			'@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
			// Published coefficients (normal and beta quantile approximations) are kept digit for digit as printed.
			'no-loss-of-precision': 'off',
			// TypeScript checks names, DOM types included (BlobPart …); the core rule does not know them.
			'no-undef': 'off'
		}
	},
	{
		// One message catalogue: a language is picked only inside src/lib/i18n/ (eslint-rules/lang-branch.js);
		// everywhere else a message is a key read with t(lang, key). An error in every file: the rare branch that
		// picks data rather than words says why on an eslint-disable line.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/i18n/**'],
		plugins: { house },
		rules: { 'house/lang-branch': 'error' }
	},
	{
		// Tests read the CLI's JSON and hostile files: `any` there stands for "whatever the program printed".
		files: ['test/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		// One composition root (src/lib/state/app.ts) builds every worker client, repository and channel; a screen
		// is handed what it needs, so it may name their types but never construct or reach into them itself.
		files: ['src/lib/ui/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/worker/**', '**/store', '**/store/**'],
							allowTypeImports: true,
							message:
								'src/lib/ui imports only types from worker/ and store/: the composition root (state/app.ts) builds them and hands them in.'
						}
					]
				}
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "MemberExpression[property.type='Identifier'][property.name='repo']",
					message: 'Screens ask the library (lib.store, lib.*), never its repository.'
				}
			]
		}
	},
	{
		files: ['src/lib/model/**'],
		languageOptions: { globals: { ...globals['shared-node-browser'] } },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/ui/**', '**/state/**', '**/store/**', '**/worker/**', '**/sheet/**', '**/io/**'],
							message: 'src/lib/model stays pure: no UI, state, storage, worker, sheet or io imports.'
						},
						{
							group: [
								'svelte',
								'svelte/*',
								'idb',
								'comlink',
								'chart.js',
								'chart.js/*',
								'hyperformula',
								'exceljs',
								'arquero',
								'$app/*'
							],
							message: 'src/lib/model stays pure: no Svelte, IndexedDB, worker, chart, formula or table libraries.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...[
					'window',
					'document',
					'indexedDB',
					'localStorage',
					'sessionStorage',
					'navigator',
					'Worker',
					'postMessage',
					'self',
					'BroadcastChannel'
				].map((name) => ({ name, message: 'src/lib/model stays pure: no DOM, storage or worker globals.' }))
			]
		}
	}
);
