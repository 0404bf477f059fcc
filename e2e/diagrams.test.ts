import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicUrl, type Locale } from './site.ts';
import { projectRoot } from './test-utils.ts';

/** Every diagram the handbook promises, on the page that explains it. */
const diagrams: [slug: string, id: string][] = [
	['rsync', 'rsync-trailing-slash'],
	['http', 'http-exchange'],
	['http', 'http-server-steps'],
	['concurrency-models', 'concurrency-models'],
	['partition-tables', 'mbr-gpt-layout'],
	['zookeeper', 'zookeeper-ensemble'],
	['zookeeper', 'zookeeper-quorum'],
	['kafka', 'kafka-kraft-cluster'],
	['hadoop-ha', 'hdfs-ha'],
	['hadoop-ha', 'yarn-rm-ha'],
];

for (const locale of ['zh-CN', 'en'] as Locale[]) {
	for (const [slug, id] of diagrams) {
		test(`${id} renders as inline SVG with an accessible name and description (${locale})`, async ({ page }) => {
			await page.goto(topicUrl(slug, locale));
			const svg = page.locator(`figure[data-diagram="${id}"] svg[role="img"]`);
			await expect(svg).toHaveCount(1);
			const name = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent?.trim());
			const description = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent?.trim());
			expect(name?.length ?? 0).toBeGreaterThan(5);
			expect(description?.length ?? 0).toBeGreaterThan(40);
			expect(await svg.locator('text').count(), 'labels are real text').toBeGreaterThan(2);
			if (locale === 'en') expect(await svg.locator('text').allTextContents()).not.toContainEqual(expect.stringMatching(/[\u4e00-\u9fff]/));
		});
	}
}

/**
 * Measures a drawn diagram in the browser and lists what collides: a label's box crossing a line
 * (an edge or a box border) or another label, a line running through or along a box it does not
 * end at, and arrowheads overlapping each other or a label. Runs in the page: SVG user units.
 */
function diagramCollisions(svg: SVGSVGElement): string[] {
	type Box = { x: number; y: number; w: number; h: number };
	type Pt = [number, number];
	const problems: string[] = [];
	const inset = (b: Box, d: number): Box => ({ x: b.x + d, y: b.y + d, w: b.w - 2 * d, h: b.h - 2 * d });
	const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
	const inside = (p: Pt, b: Box) => p[0] > b.x && p[0] < b.x + b.w && p[1] > b.y && p[1] < b.y + b.h;
	// A segment meets a box when a point sampled every half unit along it lies inside the box.
	const crosses = (a: Pt, b: Pt, box: Box) => {
		const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) * 2));
		for (let i = 0; i <= n; i++) if (inside([a[0] + ((b[0] - a[0]) * i) / n, a[1] + ((b[1] - a[1]) * i) / n], box)) return true;
		return false;
	};
	const borders = (b: Box): [Pt, Pt][] => [
		[[b.x, b.y], [b.x + b.w, b.y]],
		[[b.x + b.w, b.y], [b.x + b.w, b.y + b.h]],
		[[b.x, b.y + b.h], [b.x + b.w, b.y + b.h]],
		[[b.x, b.y], [b.x, b.y + b.h]],
	];
	const textBox = (t: SVGTextElement): Box => {
		const b = t.getBBox();
		// Glyph boxes include line gap above and below the ink; a line grazing that gap is fine.
		return inset({ x: b.x, y: b.y, w: b.width, h: b.height }, 1.5);
	};
	const nodes = [...svg.querySelectorAll<SVGGElement>('g.d-node')].map((g) => {
		const rect = g.querySelector('rect');
		const r = rect ? { x: +rect.getAttribute('x')!, y: +rect.getAttribute('y')!, w: +rect.getAttribute('width')!, h: +rect.getAttribute('height')! } : undefined;
		return { id: g.dataset['node']!, kind: [...g.classList].find((c) => c.startsWith('d-') && c !== 'd-node' && c !== 'd-mono')!.slice(2), rect: r, text: g.querySelector('text')! };
	});
	const edges = [...svg.querySelectorAll<SVGGElement>('g.d-edge')].map((g) => {
		const line = g.querySelector('polyline')!;
		const points = line.getAttribute('points')!.trim().split(/\s+/).map((p) => p.split(',').map(Number) as Pt);
		const name = `${g.dataset['from']} → ${g.dataset['to']}`;
		return { name, from: g.dataset['from']!, to: g.dataset['to']!, points, label: g.querySelector('text'), arrow: line.hasAttribute('marker-end'), both: line.hasAttribute('marker-start') };
	});
	const segments = edges.flatMap((e) => e.points.slice(1).map((p, i) => ({ edge: e, a: e.points[i]!, b: p })));
	const labels = [
		...nodes.filter((n) => n.text.textContent!.trim()).map((n) => ({ name: `label of ${n.id}`, box: textBox(n.text), node: n.id })),
		...edges.filter((e) => e.label).map((e) => ({ name: `label of ${e.name}`, box: textBox(e.label!), node: undefined })),
	];
	// Arrowheads: marker 10 units long scaled by 0.7 × stroke 1.5 (Diagram.astro), at the tip.
	const heads = edges.flatMap((e) => {
		const ends: [Pt, Pt][] = [];
		if (e.arrow) ends.push([e.points.at(-1)!, e.points.at(-2)!]);
		if (e.both) ends.push([e.points[0]!, e.points[1]!]);
		return ends.map(([tip, from]) => {
			const len = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1;
			const [ux, uy] = [(tip[0] - from[0]) / len, (tip[1] - from[1]) / len];
			const L = 10.5;
			const base: Pt = [tip[0] - ux * L, tip[1] - uy * L];
			const corners: Pt[] = [tip, [base[0] - uy * L / 2, base[1] + ux * L / 2], [base[0] + uy * L / 2, base[1] - ux * L / 2]];
			const xs = corners.map((c) => c[0]);
			const ys = corners.map((c) => c[1]);
			return { name: `arrowhead of ${e.name}`, box: { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) } };
		});
	});

	for (const l of labels) {
		for (const s of segments) if (crosses(s.a, s.b, l.box)) problems.push(`${l.name} lies on the line ${s.edge.name}`);
		for (const n of nodes) {
			if (!n.rect || n.id === l.node) continue;
			if (borders(n.rect).some(([a, b]) => crosses(a, b, l.box))) problems.push(`${l.name} crosses the border of ${n.id}`);
			else if (n.kind !== 'group' && overlap(l.box, n.rect)) problems.push(`${l.name} lies inside ${n.id}`);
		}
		const own = nodes.find((n) => n.id === l.node);
		if (own?.rect && !borders(own.rect).every(([a, b]) => !crosses(a, b, l.box))) problems.push(`${l.name} overflows its box`);
	}
	for (let i = 0; i < labels.length; i++) {
		for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i]!.box, labels[j]!.box)) problems.push(`${labels[i]!.name} overlaps ${labels[j]!.name}`);
	}
	for (const s of segments) {
		for (const n of nodes) {
			if (!n.rect) continue;
			const end = n.id === s.edge.from || n.id === s.edge.to;
			if (n.kind === 'group' && !end) continue;
			// Through or within 2 units of a box it does not end at; an edge's own ends only touch its border.
			const box = end ? inset(n.rect, 1) : inset(n.rect, -2);
			if (crosses(s.a, s.b, box)) problems.push(`the line ${s.edge.name} runs ${end ? 'through' : 'through or along'} ${n.id}`);
		}
	}
	for (let i = 0; i < heads.length; i++) {
		for (let j = i + 1; j < heads.length; j++) if (overlap(heads[i]!.box, heads[j]!.box)) problems.push(`${heads[i]!.name} overlaps ${heads[j]!.name}`);
		for (const l of labels) if (overlap(heads[i]!.box, l.box)) problems.push(`${heads[i]!.name} overlaps the ${l.name}`);
	}
	return [...new Set(problems)];
}

for (const locale of ['zh-CN', 'en'] as Locale[]) {
	for (const width of [390, 1440]) {
		test(`no diagram has a label on a line or another label, a line through a box, or stacked arrowheads (${locale}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			const found: string[] = [];
			for (const slug of [...new Set(diagrams.map(([s]) => s))]) {
				await page.goto(topicUrl(slug, locale));
				for (const figure of await page.locator('figure.diagram').all()) {
					const id = await figure.getAttribute('data-diagram');
					const problems = await figure.locator('svg').evaluate(diagramCollisions);
					found.push(...problems.map((p) => `${id}: ${p}`));
				}
			}
			expect(found).toEqual([]);
		});
	}
}

for (const theme of ['light', 'dark'] as const) {
	test(`diagrams follow the ${theme} theme and fit a 360px screen without clipping`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		for (const slug of [...new Set(diagrams.map(([s]) => s))]) {
			await page.goto(topicUrl(slug));
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `${slug} page width`).toBeLessThanOrEqual(360);
			for (const figure of await page.locator('figure.diagram').all()) {
				const box = await figure.boundingBox();
				expect(box!.x + box!.width).toBeLessThanOrEqual(361);
				const scroller = figure.locator('.diagram-scroll');
				const canScroll = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
				if (canScroll) await expect(scroller).toHaveAttribute('tabindex', '0');
			}
			const fill = await page.locator('figure.diagram .d-node:not(.d-group):not(.d-note) rect').first().evaluate((el) => getComputedStyle(el).fill);
			const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			const dark = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).reduce((a, v) => a + Number(v), 0) < 300;
			expect(dark(fill), `${slug}: box fill ${fill} matches ${theme} page ${bg}`).toBe(dark(bg));
		}
	});
}

for (const locale of ['zh-CN', 'en'] as Locale[]) {
	for (const width of [390, 1440]) {
		test(`a diagram wider than its frame says it scrolls sideways, and only then (${locale}, ${width}px)`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			for (const slug of ['kafka', 'hadoop-ha']) {
				await page.goto(topicUrl(slug, locale));
				for (const figure of await page.locator('figure.diagram').all()) {
					const scroller = figure.locator('.diagram-scroll');
					const overflows = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
					const hint = figure.locator('.diagram-hint');
					if (overflows) {
						await expect(hint).toBeVisible();
						await expect(hint).toContainText(locale === 'en' ? 'Scroll sideways' : '左右滑动');
					} else {
						await expect(hint).toBeHidden();
					}
					if (width === 390) expect(overflows, `${slug}: a 740-wide diagram does not fit 390px`).toBe(true);
					if (width === 1440) expect(overflows, `${slug}: fits the desktop column`).toBe(false);
				}
			}
		});
	}
}

test('diagrams print black on white', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	await page.emulateMedia({ media: 'print' });
	await page.goto(topicUrl('zookeeper'));
	const styles = await page.locator('figure.diagram').first().evaluate((fig) => ({
		fill: getComputedStyle(fig.querySelector('.d-node rect')!).fill,
		text: getComputedStyle(fig.querySelector('.d-node text')!).fill,
	}));
	expect(styles).toEqual({ fill: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
});

test('no diagram code ships to the browser', () => {
	const dist = join(projectRoot, 'dist');
	const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	for (const file of scripts) {
		const js = readFileSync(join(dist, file), 'utf8');
		expect(js.includes('defineDiagram') || js.includes('routeEdges') || js.includes('d-edge-label'), file).toBe(false);
	}
	const page = readFileSync(join(dist, 'zookeeper/index.html'), 'utf8');
	const figure = page.slice(page.indexOf('data-diagram="zookeeper-ensemble"'), page.indexOf('</figure>', page.indexOf('data-diagram="zookeeper-ensemble"')));
	expect(figure).not.toContain('<script');
});
