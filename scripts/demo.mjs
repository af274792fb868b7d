// `pnpm demo`: serves the demo portal (examples/portal, built by `pnpm build`) on localhost and prints its URL.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'examples', 'portal');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

if (!existsSync(join(root, 'build', 'portal.js'))) {
  console.error(
    'Chưa build cổng demo / The demo is not built: run `pnpm demo` (it builds first) or `pnpm build`.',
  );
  process.exit(1);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end('Không tìm thấy / Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(path).pipe(res);
});

const host = process.env.HOST ?? '127.0.0.1';
let port = Number(process.env.PORT ?? 5173);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT && port < 5200) {
    port += 1;
    server.listen(port, host);
  } else {
    console.error(error.message);
    process.exit(1);
  }
});
server.on('listening', () => {
  const actual = server.address().port; // PORT=0 lets the OS choose (the tests use it)
  console.log(
    `Cổng demo Khánh Sơn / Khánh Sơn demo portal: http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`,
  );
  console.log('Nhấn Ctrl+C để dừng / Press Ctrl+C to stop.');
});
server.listen(port, host);
