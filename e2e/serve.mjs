// A static server for the end-to-end tests, on 127.0.0.1 only: the release
// build on one port, fixtures on another (a second origin). Paths under /csp/
// get a strict Content-Security-Policy header; /sub/path/ serves the same
// files one level deeper; under /without/<name>/ the same files, less the one
// called <name> (as when a site forgets to copy the .wasm, or blocks the
// loader); /vendor/rrweb/ serves rrweb's own build from node_modules (the
// session recorder a host page might run: fixtures/recorded.html). Every response allows cross-origin reads, as an asset host serving
// the widget to other sites would.
//
// It also keeps a log of every request it serves, so that "no requests after
// load" can be checked in every engine, not only where the browser reports
// its own traffic (CDP in Chromium). GET /__log?since=N answers with the
// entries after sequence number N as JSON, {next, requests: [{seq, path, ua}]};
// the log's own requests are not logged. Tests tell engines apart by the
// User-Agent header, so several engines can share one server. The strict
// policy under /csp/ asks browsers to report violations to /__csp-report, so
// a violation shows in the log too, in every engine.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const VENDOR = { "/vendor/rrweb/": join(dirname(fileURLToPath(import.meta.url)), "node_modules/rrweb/dist/") };

const root = process.argv[2] ?? "../dist";
const port = Number(process.argv[3] ?? 8081);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
};
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; report-uri /__csp-report";

const log = [];
const LOG_LIMIT = 20_000;
let seq = 0;

createServer(async (request, response) => {
  const url = new URL(request.url, "http://x");
  if (url.pathname === "/__log") {
    const since = Number(url.searchParams.get("since") ?? 0);
    response
      .writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
      .end(JSON.stringify({ next: seq, requests: log.filter((entry) => entry.seq > since) }));
    return;
  }
  log.push({ seq: ++seq, path: url.pathname + url.search, ua: request.headers["user-agent"] ?? "" });
  if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
  if (url.pathname === "/__csp-report") {
    request.resume();
    response.writeHead(204).end();
    return;
  }

  let path = decodeURIComponent(url.pathname);
  const headers = { "access-control-allow-origin": "*" };
  if (path.startsWith("/csp/")) {
    headers["content-security-policy"] = STRICT_CSP;
    path = path.slice(4);
  }
  if (path.startsWith("/sub/path/")) path = path.slice(9);
  let left = null;
  const without = path.match(/^\/without\/([^/]+)(\/.*)$/);
  if (without) [, left, path] = without;
  if (path.endsWith("/")) path += "index.html";
  let base = root;
  for (const [prefix, folder] of Object.entries(VENDOR)) {
    if (path.startsWith(prefix)) [base, path] = [folder, path.slice(prefix.length - 1)];
  }
  const file = normalize(join(base, path));
  if (!file.startsWith(normalize(base))) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (left && file.endsWith(`/${left}`)) throw new Error("left out on purpose");
    const body = await readFile(file);
    headers["content-type"] = types[extname(file)] ?? "application/octet-stream";
    headers["cache-control"] = "no-store";
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1");
