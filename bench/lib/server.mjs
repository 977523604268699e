// A small static server for the benchmark, on 127.0.0.1 only: both pages and
// their files from one origin. Every file is compressed once at start-up, the
// way a static host pre-compresses (`gzip -9 -n`, as scripts/size counts, or
// zlib level 9 where there is no gzip; brotli quality 11), and sent as the
// request's Accept-Encoding allows (brotli, else gzip, else as is), so the bytes
// on the wire are real. Every request is logged with what was sent.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
};
const typeOf = (path) => TYPES[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream";

export let GZIP = "gzip -9 -n";
function gzip(body) {
  if (GZIP === "gzip -9 -n") {
    try {
      return execFileSync("gzip", ["-9", "-n", "-c"], { input: body, maxBuffer: 1 << 30 });
    } catch {
      GZIP = "zlib level 9";
    }
  }
  return gzipSync(body, { level: 9 });
}

export function compress(body) {
  return {
    identity: body,
    gzip: gzip(body),
    br: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  };
}

/** Which encoding to send for an Accept-Encoding header: br, else gzip, else identity (q=0 refuses). */
export function negotiate(header = "") {
  const offered = new Map();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (offered.get(name) ?? offered.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

/**
 * files: { "/url/path": { file } | { body } }. Returns { url, log, files, close }.
 * log entries: { seq, path, status, encoding, bytes (body bytes sent), acceptEncoding }.
 */
export async function startServer(files, port = 0) {
  const table = new Map();
  for (const [path, spec] of Object.entries(files)) {
    const body = spec.body !== undefined ? Buffer.from(spec.body) : readFileSync(spec.file);
    table.set(path, { type: spec.type ?? typeOf(path), variants: compress(body), sha256: createHash("sha256").update(body).digest("hex") });
  }
  const log = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const entry = table.get(path);
    const acceptEncoding = request.headers["accept-encoding"] ?? "";
    const record = { seq: log.length, path, method: request.method, acceptEncoding };
    log.push(record);
    if (!entry || request.method !== "GET") {
      record.status = 404;
      record.bytes = 0;
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const encoding = negotiate(acceptEncoding);
    const body = entry.variants[encoding];
    const headers = {
      "content-type": entry.type,
      "content-length": body.length,
      "cache-control": "no-store",
      vary: "accept-encoding",
    };
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    Object.assign(record, { status: 200, encoding, bytes: body.length });
    response.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const sizes = Object.fromEntries(
    [...table].map(([path, { variants }]) => [
      path,
      { raw: variants.identity.length, gzip: variants.gzip.length, br: variants.br.length },
    ]),
  );
  return {
    url,
    log,
    sizes,
    sha256: Object.fromEntries([...table].map(([path, { sha256 }]) => [path, sha256])),
    gzip: GZIP,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
