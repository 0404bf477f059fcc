import { defineDiagram } from '@lib/diagram';

export default defineDiagram({
	id: 'yarn-rm-ha',
	width: 720,
	height: 290,
	title: { zh: 'YARN ResourceManager HA', en: 'YARN ResourceManager HA' },
	description: {
		zh: '两个 ResourceManager：rm1 为 active，rm2 为 standby。每个 RM 进程内置选举器，通过 ZooKeeper 选出 active，没有单独的 ZKFC；应用状态保存在 ZooKeeper 中（ZKRMStateStore），新 active 可以恢复运行中的应用。NodeManager 和客户端按 rm1、rm2 的顺序尝试，连接到 active 的那一台。',
		en: 'Two ResourceManagers: rm1 is active, rm2 standby. Each RM process embeds an elector that picks the active one through ZooKeeper, with no separate ZKFC; application state is kept in ZooKeeper (ZKRMStateStore) so that a new active can recover running applications. NodeManagers and clients try rm1 then rm2 and connect to whichever is active.',
	},
	nodes: [
		{ id: 'zk', x: 240, y: 10, w: 240, h: 70, kind: 'store', label: 'ZooKeeper', sub: { zh: '选举锁 + ZKRMStateStore', en: 'election lock + ZKRMStateStore' } },
		{ id: 'rm1', x: 40, y: 120, w: 200, h: 60, kind: 'active', label: 'ResourceManager rm1', sub: { zh: 'active（内置选举器）', en: 'active (embedded elector)' } },
		{ id: 'rm2', x: 480, y: 120, w: 200, h: 60, kind: 'passive', label: 'ResourceManager rm2', sub: { zh: 'standby（内置选举器）', en: 'standby (embedded elector)' } },
		{ id: 'nm', x: 40, y: 230, w: 200, h: 44, kind: 'process', label: 'NodeManagers' },
		{ id: 'cl', x: 480, y: 230, w: 200, h: 44, kind: 'process', label: { zh: '客户端 / AM', en: 'Clients / AMs' } },
	],
	edges: [
		{ from: 'rm1', to: 'zk', kind: 'heartbeat', label: { zh: '选举 + 状态', en: 'election + state' }, labelOffset: [-62, -2] },
		{ from: 'rm2', to: 'zk', kind: 'heartbeat' },
		{ from: 'nm', to: 'rm1', kind: 'heartbeat', label: { zh: '心跳', en: 'heartbeats' }, labelOffset: [34, 4] },
		{ from: 'cl', to: 'rm1', kind: 'request', label: { zh: '按 rm-ids 顺序故障转移', en: 'fail over in rm-ids order' }, labelOffset: [0, -26] },
	],
});
