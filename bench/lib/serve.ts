// A local server for the benchmark's stored pages, so each runs as a real http:// page in the browser.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Serves `/p/<id>` from `load(id)`. UTF-8 bytes are labelled as such; anything else is left to the
 * page's own <meta charset>, as a browser would do when a server sends no charset. */
export async function servePages(load: (id: string) => Buffer | null): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const m = /^\/p\/([\w-]+)$/.exec(req.url ?? '');
    const body = m ? load(m[1]) : null;
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': isUtf8(body) ? 'text/html; charset=utf-8' : 'text/html' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
