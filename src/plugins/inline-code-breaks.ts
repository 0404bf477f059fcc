import { defineMdastPlugin } from 'satteri';
import { breakAfter } from './ec-line-breaks.ts';

const mark = breakAfter.replace(/[|&]/g, '\\$&');
const afterMark = new RegExp(`(?<=[${mark}])(?=[^${mark}])`);

/**
 * Inline code breaks where code blocks do (src/plugins/ec-line-breaks.ts): at spaces and after
 * `breakAfter` marks, never at a hyphen or inside a host name (`--|command-config`,
 * `kafka1.examp|le.net`), which is where a browser breaks prose on a phone. Each run between
 * break points is a `.code-run` that moves to the next row whole (custom.css); a run longer than
 * a row still breaks inside, rather than overflowing the page.
 */
export function inlineCodeBreaks() {
	return defineMdastPlugin({
		name: 'ops-handbook:inline-code-breaks',
		inlineCode(node, ctx) {
			if (!/[-./:@_\s]/.test(node.value)) return;
			// Spaces stay outside the runs: at the end of an inline-block they would be dropped.
			const pieces = node.value.split(/(\s+)/).filter(Boolean).flatMap((p) => (/^\s/.test(p) ? [p] : p.split(afterMark)));
			ctx.replaceNode(node, {
				type: 'inlineCodeRuns',
				data: { hName: 'code' },
				children: pieces.map((value) =>
					/^\s/.test(value) ? { type: 'text', value } : { type: 'codeRun', data: { hName: 'span', hProperties: { className: ['code-run'] } }, children: [{ type: 'text', value }] }
				),
			});
		},
	});
}
