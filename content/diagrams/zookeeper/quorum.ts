import { defineDiagram } from '@lib/diagram';

const row = (y: number, n: number, quorum: number, prefix: string) =>
	Array.from({ length: n }, (_, i) => ({
		id: `${prefix}${i}`,
		x: 200 + i * 74,
		y,
		w: 62,
		h: 40,
		kind: (i < quorum ? 'active' : 'passive') as 'active' | 'passive',
		label: i < quorum ? { zh: '仲裁', en: 'quorum' } : { zh: '可失效', en: 'may fail' },
	}));

export default defineDiagram({
	id: 'zookeeper-quorum',
	width: 720,
	height: 200,
	title: { zh: '仲裁大小与可容忍的故障数', en: 'Quorum size and failures tolerated' },
	description: {
		zh: '3 台投票服务器：仲裁为 2，可容忍 1 台故障。4 台：仲裁为 3，仍只能容忍 1 台故障。5 台：仲裁为 3，可容忍 2 台故障。规则是多于一半：2N+1 台容忍 N 台故障。',
		en: 'Three voting servers: a quorum of 2, one failure tolerated. Four: a quorum of 3, still only one failure tolerated. Five: a quorum of 3, two failures tolerated. The rule is more than half: 2N+1 servers tolerate N failures.',
	},
	nodes: [
		{ id: 'n3', x: 10, y: 15, w: 180, h: 40, kind: 'note', align: 'left', label: { zh: '3 台：容忍 1 台', en: '3 servers: 1 failure' } },
		...row(15, 3, 2, 'a'),
		{ id: 'n4', x: 10, y: 80, w: 180, h: 40, kind: 'note', align: 'left', label: { zh: '4 台：容忍 1 台', en: '4 servers: 1 failure' } },
		...row(80, 4, 3, 'b'),
		{ id: 'n5', x: 10, y: 145, w: 180, h: 40, kind: 'note', align: 'left', label: { zh: '5 台：容忍 2 台', en: '5 servers: 2 failures' } },
		...row(145, 5, 3, 'c'),
	],
});
