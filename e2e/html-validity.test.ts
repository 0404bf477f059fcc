import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { allPagePaths } from './site-pages.ts';
import { projectRoot } from './test-utils.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Starlight and Expressive Code emit inline styles (theme variables, code colours) by design.
		'no-inline-style': 'off',
		// Starlight writes void elements as `<meta ... />`; both forms are valid HTML.
		'void-style': 'off',
		// Starlight's own components use attributes like `data-*` without values and custom elements.
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		// Expressive Code's copy button has no type attribute; it sits in no form, so it cannot submit.
		'no-implicit-button-type': 'off',
		// Pagefind and Starlight use the `hidden` and popover attributes in ways the rule does not know.
		'no-redundant-role': 'off',
		// Long Chinese text is not a "long line" problem; Astro minifies whitespace anyway.
		'long-title': 'off',
		// Starlight marks up headings inside `<div class="sl-heading-wrapper">`; valid, the rule is a style preference.
		'prefer-native-element': 'off',
		// Expressive Code renders each code line as a <div> inside <code> (and an icon <div> inside
		// its copy button); browsers and screen readers handle it, and it is not ours to change.
		'element-permitted-content': 'off',
		// Expressive Code's copy button is named by its title attribute, which the rule does not count.
		'text-content': 'off',
		// Starlight renders the table of contents twice (mobile and desktop), both labelled by the
		// same "On this page" heading; only one is displayed at a time.
		'unique-landmark': 'off',
		// Starlight and Expressive Code use role="presentation", which is equivalent to role="none".
		'presentation-role-style': 'off',
		// Starlight's skip link targets id="_top"; HTML allows any non-empty id without spaces.
		'valid-id': ['error', { relaxed: true }],
	},
});

for (const path of allPagePaths()) {
	test(`${path || 'home'} is valid HTML`, async () => {
		const file = join(projectRoot, 'dist', path.endsWith('.html') ? path : `${path}index.html`);
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} line ${m.line}: ${m.message}`));
		expect(errors).toEqual([]);
	});
}
