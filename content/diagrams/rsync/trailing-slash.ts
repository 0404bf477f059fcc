import { defineDiagram } from '@lib/diagram';

export default defineDiagram({
	id: 'rsync-trailing-slash',
	width: 740,
	height: 300,
	title: { zh: '源路径末尾的斜杠决定复制目录本身还是目录内容', en: 'A trailing slash on the source decides between copying the directory and copying its contents' },
	description: {
		zh: '源目录 src 里有 a.txt 和 sub/b.txt。rsync -a src dst/ 在 dst 下生成 dst/src/a.txt 和 dst/src/sub/b.txt；rsync -a src/ dst/ 把内容直接放进 dst，得到 dst/a.txt 和 dst/sub/b.txt。对一个非空的目录源来说，目标路径末尾有没有斜杠结果相同。',
		en: 'The source directory src holds a.txt and sub/b.txt. rsync -a src dst/ creates dst/src/a.txt and dst/src/sub/b.txt; rsync -a src/ dst/ puts the contents straight into dst: dst/a.txt and dst/sub/b.txt. For a non-empty directory source, a trailing slash on the destination gives the same result either way.',
	},
	nodes: [
		{ id: 'src', x: 10, y: 100, w: 140, h: 100, kind: 'store', label: 'src/\n├── a.txt\n└── sub/b.txt', mono: true, align: 'left' },
		{ id: 'g1', x: 360, y: 10, w: 370, h: 130, kind: 'group', label: 'rsync -a src dst/' },
		{ id: 'r1', x: 380, y: 40, w: 330, h: 86, kind: 'store', label: 'dst/\n└── src/\n    ├── a.txt\n    └── sub/b.txt', mono: true, align: 'left' },
		{ id: 'g2', x: 360, y: 160, w: 370, h: 130, kind: 'group', label: 'rsync -a src/ dst/' },
		{ id: 'r2', x: 380, y: 190, w: 330, h: 86, kind: 'store', label: 'dst/\n├── a.txt\n└── sub/b.txt', mono: true, align: 'left' },
	],
	edges: [
		// Square corners, labels over the level stretch: on a slanted line a long label crosses it.
		{ from: 'src', to: 'g1', kind: 'request', via: [[175, 150], [175, 75]], label: { zh: '无斜杠：复制目录本身', en: 'no slash: the directory itself' }, labelOffset: [92, -44] },
		{ from: 'src', to: 'g2', kind: 'request', via: [[175, 150], [175, 225]], label: { zh: '有斜杠：只复制内容', en: 'slash: its contents' }, labelOffset: [92, 31] },
	],
});
