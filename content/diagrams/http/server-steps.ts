import { defineDiagram } from '@lib/diagram';

export default defineDiagram({
	id: 'http-server-steps',
	width: 720,
	height: 210,
	title: { zh: '服务器处理一个请求的步骤', en: 'The steps a server takes for one request' },
	description: {
		zh: '六个步骤依次进行：接受或复用连接；读取并解析请求报文；把请求目标映射到资源（文件、应用或上游）；构建响应报文；发送响应；记录访问日志。在持久连接上，同一连接随后回到第二步处理下一个请求。',
		en: 'Six steps in order: accept or reuse a connection; read and parse the request message; map the request target to a resource (a file, an application or an upstream); build the response message; send the response; write the access log. On a persistent connection the server then returns to step two for the next request.',
	},
	nodes: [
		{ id: 's1', x: 20, y: 40, w: 200, h: 50, label: { zh: '1 接受 / 复用连接', en: '1 Accept or reuse\na connection' } },
		{ id: 's2', x: 260, y: 40, w: 200, h: 50, label: { zh: '2 读取并解析请求', en: '2 Read and parse\nthe request' } },
		{ id: 's3', x: 500, y: 40, w: 200, h: 50, label: { zh: '3 映射到资源', en: '3 Map the target\nto a resource' } },
		{ id: 's4', x: 20, y: 140, w: 200, h: 50, label: { zh: '4 构建响应', en: '4 Build the response' } },
		{ id: 's5', x: 260, y: 140, w: 200, h: 50, label: { zh: '5 发送响应', en: '5 Send the response' } },
		{ id: 's6', x: 500, y: 140, w: 200, h: 50, label: { zh: '6 记录日志', en: '6 Write the access log' } },
	],
	edges: [
		{ from: 's1', to: 's2' },
		{ from: 's2', to: 's3' },
		{ from: 's3', to: 's4', via: [[600, 115], [120, 115]] },
		{ from: 's4', to: 's5' },
		{ from: 's5', to: 's6' },
		{ from: 's6', to: 's2', kind: 'reply', via: [[712, 165], [712, 14], [360, 14]], label: { zh: '持久连接：下一个请求', en: 'persistent connection: next request' }, labelOffset: [0, 12] },
	],
});
