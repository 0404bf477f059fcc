/**
 * Diagrams are declared as data (`content/diagrams/<slug>/<name>.ts`) and drawn at build time by
 * `src/components/Diagram.astro` as inline SVG: no browser script, real text, both languages in
 * one file. The visual language is described in content/DIAGRAMS.md.
 */

/** Text in both languages; a plain string is language-neutral (a path, a port, a command). */
export type Text = string | { zh: string; en: string };

/**
 * - `process`: a program or server (rounded box)
 * - `active`: the one in charge (leader, active NameNode): accent border
 * - `passive`: standing by or not voting (standby, observer): dashed border
 * - `store`: data at rest (disk, log, znode tree, partition): square box with a band on top
 * - `group`: a container (a host, a cluster, a disk): dashed outline, label top left
 * - `field`: one part of a message or a disk layout: square box, monospace label
 * - `note`: free text, no border
 */
export type NodeKind = 'process' | 'active' | 'passive' | 'store' | 'group' | 'field' | 'note';

/**
 * - `request`: something sent (solid arrow)
 * - `reply`: the answer to it (dashed arrow)
 * - `replicate`: data copied to another node (accent arrow)
 * - `heartbeat`: liveness or status reports (dotted arrow)
 * - `line`: a relation without direction (plain line)
 */
export type EdgeKind = 'request' | 'reply' | 'replicate' | 'heartbeat' | 'line';

export interface DiagramNode {
	id: string;
	x: number;
	y: number;
	w: number;
	h: number;
	kind?: NodeKind;
	label: Text;
	/** A second, smaller line under the label. */
	sub?: Text;
	/** Monospace label (paths, fields, commands). */
	mono?: boolean;
	/** Label alignment; groups default to top-left, everything else to centre. */
	align?: 'center' | 'left';
}

export interface DiagramEdge {
	from: string;
	to: string;
	kind?: EdgeKind;
	label?: Text;
	/** Corner points the edge passes through, for edges that must go around boxes. */
	via?: [number, number][];
	/** Shift the label from the middle of the edge. */
	labelOffset?: [number, number];
	/** Arrow heads at both ends. */
	both?: boolean;
}

export interface DiagramSpec {
	/** Unique on the page; used for ids. */
	id: string;
	width: number;
	height: number;
	/** The accessible name and the caption. */
	title: Text;
	/** What the diagram shows, for readers who cannot see it. */
	description: Text;
	nodes: DiagramNode[];
	edges?: DiagramEdge[];
}

export type DiagramLang = 'zh-CN' | 'en';

export function defineDiagram(spec: DiagramSpec): DiagramSpec {
	const ids = new Set<string>();
	for (const node of spec.nodes) {
		if (ids.has(node.id)) throw new Error(`diagram "${spec.id}": node id "${node.id}" is used twice`);
		ids.add(node.id);
		if (node.x < 0 || node.y < 0 || node.x + node.w > spec.width || node.y + node.h > spec.height) {
			throw new Error(`diagram "${spec.id}": node "${node.id}" lies outside the ${spec.width}×${spec.height} canvas`);
		}
	}
	for (const edge of spec.edges ?? []) {
		for (const end of [edge.from, edge.to]) {
			if (!ids.has(end)) throw new Error(`diagram "${spec.id}": edge ${edge.from} → ${edge.to} names unknown node "${end}"`);
		}
	}
	return spec;
}

export function textIn(text: Text | undefined, lang: DiagramLang): string {
	if (text === undefined) return '';
	if (typeof text === 'string') return text;
	return lang === 'en' ? text.en : text.zh;
}

type Point = [number, number];

function centre(n: DiagramNode): Point {
	return [n.x + n.w / 2, n.y + n.h / 2];
}

/** Where the line from the centre of `n` towards `toward` leaves the box. */
function exitPoint(n: DiagramNode, toward: Point): Point {
	const [cx, cy] = centre(n);
	const dx = toward[0] - cx;
	const dy = toward[1] - cy;
	if (dx === 0 && dy === 0) return [cx, cy];
	const sx = dx === 0 ? Infinity : n.w / 2 / Math.abs(dx);
	const sy = dy === 0 ? Infinity : n.h / 2 / Math.abs(dy);
	const s = Math.min(sx, sy);
	return [cx + dx * s, cy + dy * s];
}

/**
 * Where an edge leaves `n` for a corner point: straight up, down or sideways when the point lies
 * within the box's span, so that several edges can enter one box side by side instead of all
 * aiming at its centre; otherwise towards the centre like an edge without corners.
 */
function exitToward(n: DiagramNode, corner: Point): Point {
	const [x, y] = corner;
	if (x > n.x && x < n.x + n.w && (y <= n.y || y >= n.y + n.h)) return [x, y <= n.y ? n.y : n.y + n.h];
	if (y > n.y && y < n.y + n.h && (x <= n.x || x >= n.x + n.w)) return [x <= n.x ? n.x : n.x + n.w, y];
	return exitPoint(n, corner);
}

export interface RoutedEdge {
	edge: DiagramEdge;
	points: Point[];
	labelAt: Point;
}

export function routeEdges(spec: DiagramSpec): RoutedEdge[] {
	const byId = new Map(spec.nodes.map((n) => [n.id, n]));
	return (spec.edges ?? []).map((edge) => {
		const a = byId.get(edge.from)!;
		const b = byId.get(edge.to)!;
		const via = edge.via ?? [];
		const start = via.length ? exitToward(a, via[0]!) : exitPoint(a, centre(b));
		const end = via.length ? exitToward(b, via[via.length - 1]!) : exitPoint(b, centre(a));
		// A corner on a box's border is where the edge leaves it: drop the repeat, or the arrowhead
		// would be drawn along a zero-length segment and point anywhere.
		const points: Point[] = [start, ...via, end].filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
		const mid = Math.floor((points.length - 1) / 2);
		const p = points[mid]!;
		const q = points[mid + 1]!;
		const [ox, oy] = edge.labelOffset ?? [0, -6];
		return { edge, points, labelAt: [(p[0] + q[0]) / 2 + ox, (p[1] + q[1]) / 2 + oy] };
	});
}
