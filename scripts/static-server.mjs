// A small static file server that behaves like a static host: files as they are, a
// folder's index.html for the folder's path (/timeline → timeline/index.html, without a
// redirect), and for any other path the folder's 404.html with status 404, as GitHub Pages
// and most hosts do (the exhibit's 404.html starts the app, so a newer deep link still works).
// --gzip compresses text and wasm like a production host (for scripts/lighthouse.sh).
// Usage: node scripts/static-server.mjs --port 4173 --mount /=dist --mount /memorial/exhibit/=dist-sub [--gzip]
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const args = process.argv.slice(2);
let port = 4173;
let gzip = false;
const mounts = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--port") port = Number(args[++i]);
  else if (args[i] === "--gzip") gzip = true;
  else if (args[i] === "--mount") {
    const [prefix, dir] = args[++i].split("=");
    mounts.push({ prefix: prefix.endsWith("/") ? prefix : prefix + "/", dir: resolve(dir) });
  }
}
if (mounts.length === 0) mounts.push({ prefix: "/", dir: resolve("dist") });
// Longest prefix first, so /memorial/exhibit/ wins over /.
mounts.sort((a, b) => b.prefix.length - a.prefix.length);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webmanifest": "application/manifest+json",
};

async function fileAt(path) {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) return fileAt(join(path, "index.html"));
  } catch {}
  return null;
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const pathname = decodeURIComponent(url.pathname);
  const mount = mounts.find((m) => (pathname + "/").startsWith(m.prefix));
  if (!mount) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const rest = normalize(pathname.slice(mount.prefix.length - 1)).replace(/^(\.\.[/\\])+/, "");
  let file = await fileAt(join(mount.dir, rest));
  let status = 200;
  if (!file) {
    // A missing data file or asset is a plain 404; any other path gets 404.html, still with
    // status 404, as on a real static host.
    const looksLikeFile = /\.[a-z0-9]+$/i.test(rest);
    file = looksLikeFile ? null : await fileAt(join(mount.dir, "404.html"));
    status = 404;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
  }
  let body = await readFile(file);
  const headers = {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
  };
  const compressible = /\.(html|js|mjs|css|json|wasm|svg|webmanifest)$/.test(file);
  if (gzip && compressible && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    body = gzipSync(body, { level: 9 });
    headers["content-encoding"] = "gzip";
    headers["vary"] = "accept-encoding";
  }
  res.writeHead(status, headers);
  res.end(body);
}).listen(port, "127.0.0.1", () => {
  console.log(`serving ${mounts.map((m) => `${m.prefix} -> ${m.dir}`).join(", ")} at http://127.0.0.1:${port}/`);
});
