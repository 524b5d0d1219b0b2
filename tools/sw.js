/* The site's service worker (written to the site root as sw.js by tools/offline_list.py, which puts the
   version of offline.json, the published file list, on the line above). Its scope is the whole site,
   both languages.

   - Kept files live in one cache per version, each under its address with its content hash (x-hash);
     a file is kept only if its content has the hash the list gives, so a kept file is always whole.
   - A page the reader opens is kept with what it loads; "Guardar para usar sin conexión" (offline.js)
     asks for a whole language, and "Liberar espacio" drops it. Messages: /tmp/pwa-spec.md → README.
   - A new version installs beside the old one: unchanged files are copied, changed ones fetched again,
     and it waits until the reader presses "Actualizar" (skip-waiting), so no page mixes two versions.
   - An address not kept, opened without a connection, gets the offline page of its language. */
"use strict";

const ROOT = new URL("./", self.location).href;
const CACHE = "site-" + VERSION;
const LIST = "offline.json";
const PARALLEL = 4;
let listing = null;
let saving = null;
const fresh = new Set(); // pages that came from a newer version on the network: what they load comes from there too

function name(url) {
  const address = new URL(url, ROOT);
  address.search = "";
  address.hash = "";
  if (!address.href.startsWith(ROOT)) return null;
  const path = address.href.slice(ROOT.length);
  return path.endsWith("index.html") ? path.slice(0, -"index.html".length) : path;
}

async function list() {
  if (!listing) {
    const cache = await caches.open(CACHE);
    const kept = await cache.match(ROOT + LIST);
    listing = await (kept || await fetch(ROOT + LIST + "?v=" + VERSION, { cache: "no-store" })).json();
  }
  return listing;
}

async function hash(buffer) {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  return Array.from(bytes.slice(0, 8), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/* Keep `response` as file `path` if its content is this version's; whether it was kept. */
async function store(cache, path, response) {
  const entry = (await list()).files[path];
  if (!entry || !response.ok) return false;
  const body = await response.arrayBuffer();
  if (await hash(body) !== entry.h) {
    self.registration.update(); // a newer site is published
    return false;
  }
  const headers = { "content-type": response.headers.get("content-type") || "", "x-hash": entry.h };
  await cache.put(ROOT + path, new Response(body, { headers }));
  return true;
}

/* Fetch and keep a file, from the browser's HTTP cache when it holds this version, else from the network. */
async function fetchAndStore(cache, path, signal) {
  return await store(cache, path, await fetch(ROOT + path, { signal }))
    || store(cache, path, await fetch(ROOT + path, { cache: "reload", signal }));
}

/* Whether `path` is kept in this version; `whole` also checks the kept content against its hash. */
async function isKept(cache, path, whole = false) {
  const kept = await cache.match(ROOT + path);
  const expected = (await list()).files[path].h;
  if (!kept || kept.headers.get("x-hash") !== expected) return false;
  return !whole || await hash(await kept.arrayBuffer()) === expected;
}

self.addEventListener("install", (event) => event.waitUntil(install()));

async function install() {
  const response = await fetch(ROOT + LIST + "?v=" + VERSION, { cache: "no-store" });
  listing = await response.clone().json();
  const cache = await caches.open(CACHE);
  await cache.put(ROOT + LIST, response);
  for (const path of listing.groups.shell) await fetchAndStore(cache, path);
  for (const old of (await caches.keys()).filter((key) => key.startsWith("site-") && key !== CACHE)) {
    const previous = await caches.open(old);
    for (const request of await previous.keys()) {
      const path = name(request.url);
      const entry = listing.files[path];
      if (!entry || path === LIST || await cache.match(ROOT + path)) continue;
      const kept = await previous.match(request);
      if (kept.headers.get("x-hash") === entry.h) await cache.put(ROOT + path, kept);
      else await fetchAndStore(cache, path); // only what changed costs bytes
    }
  }
}

self.addEventListener("activate", (event) => event.waitUntil((async () => {
  for (const key of await caches.keys()) if (key.startsWith("site-") && key !== CACHE) await caches.delete(key);
  await self.clients.claim();
})()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const path = request.method === "GET" ? name(request.url) : null;
  if (path === null || path === "sw.js") return;
  event.respondWith(respond(event, path));
});

async function respond(event, path) {
  const cache = await caches.open(CACHE);
  const kept = !fresh.has(event.clientId) && await cache.match(ROOT + path);
  if (kept) return kept;
  try {
    const response = await fetch(event.request);
    event.waitUntil((async () => {
      if (!await store(cache, path, response.clone()) && event.request.mode === "navigate" && (await list()).files[path]) {
        fresh.add(event.resultingClientId);
      }
    })().catch(() => {}));
    return response;
  } catch (error) {
    const offline = event.request.mode === "navigate" && await offlinePage(cache, path);
    if (offline) return Response.redirect(ROOT + offline, 302); // at its own address, so its links resolve
    throw error;
  }
}

/* The kept offline page of the address's language: the longest `…offline/` whose language part starts it. */
async function offlinePage(cache, path) {
  const pages = (await list()).groups.shell.filter((page) => page.endsWith("offline/"));
  pages.sort((a, b) => b.length - a.length);
  const page = pages.find((candidate) => path.startsWith(candidate.slice(0, -"offline/".length)));
  return page && page !== path && await cache.match(ROOT + page) ? page : null;
}

self.addEventListener("message", (event) => {
  const message = event.data || {};
  const port = event.ports[0];
  const work = {
    "skip-waiting": () => self.skipWaiting(),
    keep: () => keep(message.urls || []).then(() => port && port.postMessage({ type: "kept" })),
    save: () => save(port, message.lang, Boolean(message.pdf)),
    cancel: async () => saving && saving.abort(),
    release: () => release(message.lang).then(() => port.postMessage({ type: "released" })),
    status: () => status(message.lang).then((answer) => port.postMessage(answer)),
  }[message.type];
  if (work) event.waitUntil(work());
});

async function keep(urls) {
  const cache = await caches.open(CACHE);
  const files = (await list()).files;
  for (const path of new Set(urls.map(name))) {
    if (path !== null && files[path] && !await isKept(cache, path)) await fetchAndStore(cache, path).catch(() => false);
  }
}

function members(listed, lang, pdf) {
  return (listed.groups[lang] || []).concat(pdf ? listed.groups[lang + "-pdf"] || [] : []);
}

async function save(port, lang, pdf) {
  const listed = await list();
  const cache = await caches.open(CACHE);
  const paths = members(listed, lang, pdf);
  const todo = [];
  for (const path of paths) if (!await isKept(cache, path, true)) todo.push(path); // a damaged file is fetched again
  const controller = new AbortController();
  saving = controller;
  const added = [];
  const totalBytes = paths.reduce((sum, path) => sum + listed.files[path].b, 0);
  let done = paths.length - todo.length;
  let bytes = totalBytes - todo.reduce((sum, path) => sum + listed.files[path].b, 0);
  let missing = 0;
  const progress = () => port.postMessage({ type: "progress", done, total: paths.length, bytes, totalBytes });
  progress();
  try {
    for (let start = 0; start < todo.length; start += PARALLEL) {
      // Every file of the batch settles before a failure is acted on, so a rollback misses none.
      const batch = await Promise.allSettled(todo.slice(start, start + PARALLEL).map(async (path) => {
        let kept;
        try {
          kept = await fetchAndStore(cache, path, controller.signal);
        } catch (error) {
          if (controller.signal.aborted || error.name === "QuotaExceededError") throw error;
          missing += 1; // the network dropped: the rest is still tried, what came stays
          return;
        }
        if (kept) {
          added.push(path);
          done += 1;
          bytes += listed.files[path].b;
        } else {
          missing += 1;
        }
        progress();
      }));
      const failure = batch.find((outcome) => outcome.status === "rejected");
      if (failure) throw failure.reason;
    }
  } catch (error) {
    if (error && error.name === "QuotaExceededError") {
      for (const path of added) await cache.delete(ROOT + path); // nothing half-kept
      port.postMessage({ type: "full" });
    } else {
      port.postMessage({ type: "cancelled", kept: done });
    }
    return;
  } finally {
    saving = null;
  }
  port.postMessage(missing ? { type: "partial", kept: done, missing } : { type: "saved", kept: done, bytes: totalBytes });
}

async function release(lang) {
  const listed = await list();
  const cache = await caches.open(CACHE);
  const shell = new Set(listed.groups.shell);
  for (const path of members(listed, lang, true)) if (!shell.has(path)) await cache.delete(ROOT + path);
}

async function status(lang) {
  const listed = await list();
  const cache = await caches.open(CACHE);
  const answer = { type: "status", kept: 0, total: 0, keptBytes: 0, totalBytes: 0, pdfKept: 0, pdfTotal: 0, pages: [] };
  for (const path of members(listed, lang, false)) {
    const entry = listed.files[path];
    answer.total += 1;
    answer.totalBytes += entry.b;
    if (!await isKept(cache, path)) continue;
    answer.kept += 1;
    answer.keptBytes += entry.b;
    if (entry.t) answer.pages.push({ url: path, title: entry.t });
  }
  for (const path of listed.groups[lang + "-pdf"] || []) {
    answer.pdfTotal += 1;
    if (await isKept(cache, path)) {
      answer.pdfKept += 1;
      answer.keptBytes += listed.files[path].b;
    }
  }
  return answer;
}
