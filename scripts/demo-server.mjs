// The demo: a static server for demo/ and the CDN build, with the sample company's data
// as an API, under the strict Content-Security-Policy that intranet pages use.
//   npm run demo   ->   http://localhost:8080/
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml' };
const ROUTES = {
  '/': 'demo/index.html',
  '/api/kpis.json': 'demo/data/leads.json',
  '/api/rows.json': 'demo/data/rows.json',
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

export function startDemoServer(listenPort = port) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = ROUTES[path] ?? normalize(path).replace(/^[/\\]+/, '');
    const allowed = relative.startsWith('demo/') || relative.startsWith('dist/cdn/');
    const file = join(root, relative);
    let size;
    try {
      size = allowed && statSync(file).isFile() ? statSync(file).size : undefined;
    } catch {
      size = undefined;
    }
    if (size === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': size, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(listenPort, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await startDemoServer();
  console.log(`inbound-kpi-kit demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}
