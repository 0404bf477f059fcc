import { defineDiagram } from '@lib/diagram';

export default defineDiagram({
	id: 'zookeeper-ensemble',
	width: 750,
	height: 380,
	title: { zh: 'ZooKeeper ensemble：写路径与本地读', en: 'A ZooKeeper ensemble: the write path and local reads' },
	description: {
		zh: '一个 leader、两个 follower 和一个 observer。客户端 A 向 follower 1 发送写请求（①），follower 1 转发给 leader（②）；leader 向两个 follower 广播 PROPOSAL（③）；follower 写入事务日志后回 ACK（④）；leader 收到多数派（含自己）的 ACK 后发出 COMMIT，并用 INFORM 把已提交的事务告诉 observer（⑤）。客户端 B 连接 observer，读请求由 observer 用本地数据直接回答，不经过 leader。observer 不参与投票和确认。',
		en: 'One leader, two followers and one observer. Client A sends a write to follower 1 (①), which forwards it to the leader (②); the leader broadcasts a PROPOSAL to both followers (③); each follower logs it and returns an ACK (④); once a majority (itself included) has acknowledged, the leader sends COMMIT, and INFORMs the observer of the committed transaction (⑤). Client B is connected to the observer, which answers reads from its local data without the leader. The observer neither votes nor acknowledges.',
	},
	nodes: [
		{ id: 'leader', x: 285, y: 20, w: 150, h: 50, kind: 'active', label: 'leader', sub: { zh: '处理全部写请求', en: 'orders every write' } },
		{ id: 'f1', x: 40, y: 175, w: 150, h: 50, label: 'follower 1', sub: { zh: '投票、确认', en: 'votes, ACKs' } },
		{ id: 'f2', x: 285, y: 175, w: 150, h: 50, label: 'follower 2', sub: { zh: '投票、确认', en: 'votes, ACKs' } },
		{ id: 'obs', x: 530, y: 175, w: 150, h: 50, kind: 'passive', label: 'observer', sub: { zh: '不投票、不确认', en: 'no vote, no ACK' } },
		{ id: 'ca', x: 40, y: 310, w: 150, h: 44, kind: 'process', label: { zh: '客户端 A（写）', en: 'Client A (write)' } },
		{ id: 'cb', x: 530, y: 310, w: 150, h: 44, kind: 'process', label: { zh: '客户端 B（读）', en: 'Client B (read)' } },
	],
	edges: [
		{ from: 'ca', to: 'f1', kind: 'request', label: { zh: '① setData', en: '① setData' }, labelOffset: [36, 4] },
		{ from: 'f1', to: 'leader', kind: 'request', via: [[100, 45]], label: { zh: '② 转发', en: '② forward' }, labelOffset: [0, -6] },
		{ from: 'leader', to: 'f1', kind: 'replicate', via: [[150, 60], [150, 175]], label: { zh: '③ PROPOSAL', en: '③ PROPOSAL' }, labelOffset: [44, 40] },
		{ from: 'leader', to: 'f2', kind: 'replicate', via: [[345, 175]], label: { zh: '③ PROPOSAL', en: '③ PROPOSAL' }, labelOffset: [-52, 4] },
		{ from: 'f2', to: 'leader', kind: 'reply', via: [[395, 175], [395, 70]], label: { zh: '④ ACK', en: '④ ACK' }, labelOffset: [26, 0] },
		{ from: 'leader', to: 'obs', kind: 'replicate', via: [[605, 45]], label: { zh: '⑤ INFORM', en: '⑤ INFORM' }, labelOffset: [-85, -71] },
		{ from: 'cb', to: 'obs', kind: 'request', label: { zh: '读', en: 'read' }, labelOffset: [-20, 4] },
		{ from: 'obs', to: 'cb', kind: 'reply', via: [[650, 225], [650, 310]], label: { zh: '本地回答', en: 'local answer' }, labelOffset: [40, 0] },
	],
});
