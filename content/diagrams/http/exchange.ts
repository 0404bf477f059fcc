import { defineDiagram } from '@lib/diagram';

export default defineDiagram({
	id: 'http-exchange',
	width: 720,
	height: 320,
	title: { zh: '一次 HTTP/1.1 请求与响应的报文结构', en: 'The anatomy of one HTTP/1.1 request and response' },
	description: {
		zh: '客户端向服务器发送请求报文：请求行 GET /hello.txt HTTP/1.1，头部字段 Host 与 Connection，一个空行（CRLF），没有报文体。服务器返回响应报文：状态行 HTTP/1.1 200 OK，头部字段 Content-Type 与 Content-Length，一个空行，然后是 6 字节的报文体 hello。空行把头部与报文体分开，两种报文都必须有。',
		en: 'The client sends a request message: the request line GET /hello.txt HTTP/1.1, the header fields Host and Connection, an empty line (CRLF), and no body. The server answers with a response message: the status line HTTP/1.1 200 OK, the header fields Content-Type and Content-Length, an empty line, then the 6-byte body hello. The empty line separates headers from body and is required in both.',
	},
	nodes: [
		{ id: 'client', x: 20, y: 14, w: 150, h: 40, label: { zh: '客户端', en: 'Client' } },
		{ id: 'server', x: 550, y: 14, w: 150, h: 40, label: { zh: '服务器', en: 'Server' } },
		{ id: 'req', x: 20, y: 96, w: 330, h: 214, kind: 'group', label: { zh: '请求报文', en: 'Request message' } },
		{ id: 'rq1', x: 32, y: 124, w: 306, h: 30, kind: 'field', label: 'GET /hello.txt HTTP/1.1' },
		{ id: 'rq2', x: 32, y: 160, w: 306, h: 30, kind: 'field', label: 'Host: 127.0.0.1:47080' },
		{ id: 'rq3', x: 32, y: 196, w: 306, h: 30, kind: 'field', label: 'Connection: close' },
		{ id: 'rq4', x: 32, y: 232, w: 306, h: 30, kind: 'field', label: { zh: '（空行：CRLF）', en: '(empty line: CRLF)' } },
		{ id: 'rq5', x: 32, y: 268, w: 306, h: 30, kind: 'note', label: { zh: '（这个 GET 请求没有报文体）', en: '(this GET request has no body)' } },
		{ id: 'res', x: 370, y: 96, w: 330, h: 214, kind: 'group', label: { zh: '响应报文', en: 'Response message' } },
		{ id: 'rs1', x: 382, y: 124, w: 306, h: 30, kind: 'field', label: 'HTTP/1.1 200 OK' },
		{ id: 'rs2', x: 382, y: 160, w: 306, h: 30, kind: 'field', label: 'Content-Type: text/plain' },
		{ id: 'rs3', x: 382, y: 196, w: 306, h: 30, kind: 'field', label: 'Content-Length: 6' },
		{ id: 'rs4', x: 382, y: 232, w: 306, h: 30, kind: 'field', label: { zh: '（空行：CRLF）', en: '(empty line: CRLF)' } },
		{ id: 'rs5', x: 382, y: 268, w: 306, h: 30, kind: 'store', label: 'hello', mono: true },
	],
	edges: [
		{ from: 'client', to: 'server', kind: 'request', label: { zh: '① 请求：起始行 · 头部 · 空行 · [报文体]', en: '① request: start line · headers · empty line · [body]' } },
		{ from: 'server', to: 'client', kind: 'reply', via: [[625, 78], [95, 78]], label: { zh: '② 响应：状态行 · 头部 · 空行 · 报文体', en: '② response: status line · headers · empty line · body' }, labelOffset: [0, -5] },
	],
});
