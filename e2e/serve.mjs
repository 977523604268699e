// A static server for the end-to-end tests, on 127.0.0.1 only: the release
// build on one port, fixtures on another (a second origin). Paths under /csp/
// get a strict Content-Security-Policy header; /sub/path/ serves the same
// files one level deeper. Every response allows cross-origin reads, as an
// asset host serving the widget to other sites would.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const root = process.argv[2] ?? "../dist";
const port = Number(process.argv[3] ?? 8081);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
};
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";

createServer(async (request, response) => {
  let path = decodeURIComponent(new URL(request.url, "http://x").pathname);
  const headers = { "access-control-allow-origin": "*" };
  if (path.startsWith("/csp/")) {
    headers["content-security-policy"] = STRICT_CSP;
    path = path.slice(4);
  }
  if (path.startsWith("/sub/path/")) path = path.slice(9);
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  if (!file.startsWith(normalize(root))) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    headers["content-type"] = types[extname(file)] ?? "application/octet-stream";
    headers["cache-control"] = "no-store";
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1");
