import { defineDiagram } from '@lib/diagram';

const replica = (id: string, x: number, y: number, leader: boolean, partition: number) => ({
	id,
	x,
	y,
	w: 170,
	h: 30,
	kind: (leader ? 'active' : 'store') as 'active' | 'store',
	label: leader ? { zh: `P${partition} leader`, en: `P${partition} leader` } : { zh: `P${partition} follower`, en: `P${partition} follower` },
});

export default defineDiagram({
	id: 'kafka-kraft-cluster',
	width: 760,
	height: 400,
	title: { zh: 'KRaft 模式的 Kafka 集群：controller、broker 与分区副本', en: 'A Kafka cluster in KRaft mode: controllers, brokers and partition replicas' },
	description: {
		zh: '上方是三个 controller 组成的元数据仲裁，其中一个是活跃 controller，元数据保存在 __cluster_metadata 日志中并用 Raft 复制。下方三个 broker 从活跃 controller 获取元数据并发送心跳。主题 orders 有 3 个分区（P0、P1、P2），复制因子为 3：每个分区在一个 broker 上是 leader，在另外两个 broker 上是 follower。生产者写入分区的 leader，follower 从 leader 拉取数据进行复制，消费者从 leader 读取。',
		en: 'At the top, three controllers form the metadata quorum; one is the active controller, and metadata lives in the __cluster_metadata log replicated with Raft. Below, three brokers fetch metadata from the active controller and send it heartbeats. The topic orders has three partitions (P0, P1, P2) with replication factor 3: each partition has its leader on one broker and followers on the other two. Producers write to a partition leader, followers fetch from the leader to replicate, and consumers read from the leader.',
	},
	nodes: [
		{ id: 'cq', x: 140, y: 5, w: 460, h: 110, kind: 'group', label: { zh: 'controller 仲裁（__cluster_metadata，Raft）', en: 'Controller quorum (__cluster_metadata, Raft)' } },
		{ id: 'c1', x: 155, y: 40, w: 135, h: 56, kind: 'active', label: 'controller 1', sub: { zh: '活跃', en: 'active' } },
		{ id: 'c2', x: 302, y: 40, w: 135, h: 56, label: 'controller 2', sub: { zh: '热备', en: 'hot standby' } },
		{ id: 'c3', x: 449, y: 40, w: 135, h: 56, label: 'controller 3', sub: { zh: '热备', en: 'hot standby' } },
		{ id: 'b1', x: 5, y: 200, w: 190, h: 150, kind: 'group', label: 'broker 1' },
		replica('r10', 15, 228, true, 0),
		replica('r11', 15, 266, false, 1),
		replica('r12', 15, 304, false, 2),
		{ id: 'b2', x: 275, y: 200, w: 190, h: 150, kind: 'group', label: 'broker 2' },
		replica('r20', 285, 228, false, 0),
		replica('r21', 285, 266, true, 1),
		replica('r22', 285, 304, false, 2),
		{ id: 'b3', x: 545, y: 200, w: 190, h: 150, kind: 'group', label: 'broker 3' },
		replica('r30', 555, 228, false, 0),
		replica('r31', 555, 266, false, 1),
		replica('r32', 555, 304, true, 2),
		{ id: 'prod', x: 5, y: 40, w: 110, h: 40, label: { zh: '生产者', en: 'Producer' } },
		{ id: 'cons', x: 625, y: 40, w: 110, h: 40, label: { zh: '消费者', en: 'Consumer' } },
		{ id: 'legend', x: 5, y: 362, w: 730, h: 34, kind: 'note', label: { zh: '主题 orders：3 个分区，复制因子 3（粗框为分区 leader）', en: 'Topic orders: 3 partitions, replication factor 3 (thick border: partition leader)' } },
	],
	edges: [
		// Each broker's line enters controller 1 at its own point, so the three arrowheads stand apart.
		{ from: 'b1', to: 'c1', kind: 'heartbeat', via: [[175, 150]] },
		{ from: 'b2', to: 'c1', kind: 'heartbeat', via: [[370, 160], [222, 160]] },
		{ from: 'b3', to: 'c1', kind: 'heartbeat', via: [[640, 140], [270, 140]], label: { zh: '元数据 / 心跳', en: 'metadata / heartbeat' } },
		{ from: 'prod', to: 'r10', kind: 'request', via: [[100, 150]], label: { zh: '写入 P0', en: 'write P0' }, labelOffset: [-32, -30] },
		{ from: 'r10', to: 'r20', kind: 'replicate', label: { zh: '复制', en: 'replicate' } },
		// Outside broker 3's frame, clear of its other partitions.
		{ from: 'r32', to: 'cons', kind: 'reply', via: [[748, 319], [748, 60]], label: { zh: '读取 P2', en: 'read P2' }, labelOffset: [-33, -49] },
	],
});
