export const id = 698;
export const ids = [698];
export const modules = {

/***/ 939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ repositoryScope),
/* harmony export */   kD: () => (/* binding */ Authenticator),
/* harmony export */   mR: () => (/* binding */ checkRealm),
/* harmony export */   xy: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* harmony import */ var _ecr_host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(514);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(346);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(768);



function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!match)
        return undefined;
    const scheme = (match[1] ?? "").toLowerCase();
    const params = {};
    for (const param of (match[2] ?? "").matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
        params[(param[1] ?? "").toLowerCase()] = (param[2] ?? param[3] ?? "").replace(/\\(.)/g, "$1");
    }
    if (scheme === "basic")
        return { scheme: "basic" };
    if (scheme === "bearer" && params.realm) {
        return { scheme: "bearer", realm: params.realm, ...(params.service ? { service: params.service } : {}) };
    }
    return undefined;
}
/** localhost, 127.0.0.0/8 and ::1: the only hosts where plain http keeps credentials on the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    return host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "::1";
}
/**
 * The realm a registry named for its tokens, checked before credentials go there: https, or
 * plain http only when the registry itself is on loopback; never a link-local/metadata host.
 */
function checkRealm(registry, realm) {
    const fix = "use a registry whose token service is served over https";
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UntrustedEndpointError */ .Kf(`names a token service that is not a URL (${JSON.stringify(realm.slice(0, 200))})`, fix);
    }
    const where = `${url.protocol}//${url.host}`;
    if ((0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isLinkLocalHost */ .Gp)(url.hostname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UntrustedEndpointError */ .Kf(`names a token service in the link-local/metadata range (${where})`, fix);
    }
    if (url.protocol === "https:")
        return url;
    const registryHost = registry.replace(/:\d+$/, "");
    if (url.protocol === "http:" && isLoopbackHost(registryHost))
        return url;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UntrustedEndpointError */ .Kf(`names a token service over ${url.protocol.replace(":", "")} (${where}); credentials are sent only over https`, fix);
}
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
class Authenticator {
    options;
    challenges = new Map();
    credentials = new Map();
    tokens = new Map();
    /** Tokens fetched so far (tests read it to see a refresh happen). */
    tokenFetches = 0;
    constructor(options) {
        this.options = options;
    }
    now() {
        return this.options.now?.() ?? Date.now();
    }
    credential(registry) {
        let pending = this.credentials.get(registry);
        if (!pending) {
            pending = this.options.credentials(registry);
            this.credentials.set(registry, pending);
            pending.catch(() => this.credentials.delete(registry));
        }
        return pending;
    }
    challenge(registry) {
        let pending = this.challenges.get(registry);
        if (!pending) {
            // Amazon ECR challenges every client with Basic (its password is GetAuthorizationToken's),
            // so its ping would only say so, one round trip before anything else on that host. Should
            // it ever answer otherwise, the first 401 brings the real challenge (invalidate below).
            const known = (0,_ecr_host_js__WEBPACK_IMPORTED_MODULE_2__/* .isEcrHost */ .R5)(registry) ? { scheme: "basic" } : undefined;
            pending = known
                ? Promise.resolve(known)
                : this.options.ping(registry).then(({ status, challenge }) => {
                    if (status === 401)
                        return parseChallenge(challenge) ?? { scheme: "basic" };
                    return { scheme: "none" };
                });
            this.challenges.set(registry, pending);
            pending.catch(() => this.challenges.delete(registry));
        }
        return pending;
    }
    /** The Authorization header for a request needing `scopes`, or undefined for none. */
    async header(registry, scopes) {
        const challenge = await this.challenge(registry);
        if (challenge.scheme === "none")
            return undefined;
        const credential = await this.credential(registry);
        if (challenge.scheme === "basic") {
            if (credential?.kind === "basic") {
                return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
            }
            if (credential?.kind === "registry-token")
                return `Bearer ${credential.registryToken}`;
            return undefined;
        }
        const key = `${registry} ${[...scopes].sort().join(" ")}`;
        const cached = this.tokens.get(key);
        if (cached) {
            const token = await cached.catch(() => undefined);
            if (token && token.expiresAt > this.now())
                return `Bearer ${token.token}`;
            this.tokens.delete(key);
        }
        const pending = this.fetchToken(registry, challenge, credential, scopes);
        this.tokens.set(key, pending);
        pending.catch(() => this.tokens.delete(key));
        return `Bearer ${(await pending).token}`;
    }
    /** After a 401: forget the token for these scopes, and learn a changed challenge. */
    invalidate(registry, scopes, header) {
        this.tokens.delete(`${registry} ${[...scopes].sort().join(" ")}`);
        const challenge = parseChallenge(header);
        if (challenge)
            this.challenges.set(registry, Promise.resolve(challenge));
    }
    async fetchToken(registry, challenge, credential, scopes) {
        if (credential?.kind === "registry-token") {
            return { token: credential.registryToken, expiresAt: Number.POSITIVE_INFINITY };
        }
        const url = checkRealm(registry, challenge.realm);
        const headers = {};
        let init;
        if (credential?.kind === "identity-token") {
            const form = new URLSearchParams({
                grant_type: "refresh_token",
                refresh_token: credential.identityToken,
                client_id: "platform-promote-image",
                ...(challenge.service ? { service: challenge.service } : {}),
                scope: scopes.join(" "),
            });
            headers["content-type"] = "application/x-www-form-urlencoded";
            init = { method: "POST", headers, body: form.toString() };
        }
        else {
            if (challenge.service)
                url.searchParams.set("service", challenge.service);
            for (const scope of scopes)
                url.searchParams.append("scope", scope);
            if (credential?.kind === "basic") {
                headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
            }
            init = { method: "GET", headers };
        }
        // Transient failures surface to the registry request that needed the token, which retries.
        const response = await this.options.exchange(url, init);
        if (!response.ok) {
            const text = response.text();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({
                status: response.status,
                method: init.method,
                url: url.toString(),
                detail: `token service: ${text.slice(0, 200).replace(/\s+/g, " ")}`,
            });
        }
        const body = response.json();
        const token = body.token ?? body.access_token;
        if (!token)
            throw new Error(`token service ${url.origin}${url.pathname} answered without a token`);
        this.options.mask(token);
        this.tokenFetches++;
        // Renew a little early so a token does not lapse between check and use.
        const lifetime = Math.max(1, body.expires_in ?? 60) * 1000;
        return { token, expiresAt: this.now() + lifetime - Math.min(10_000, lifetime / 2) };
    }
}


/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ BULK_TRANSFER_BYTES),
/* harmony export */   D: () => (/* binding */ leanV8ForBulkTransfer)
/* harmony export */ });
/**
 * V8 settings for a process whose main work is moving blob bytes (promote-image's, promote's;
 * the library only calls the hook it is given). Measured on 2 platforms x 4 layers x 32 MiB
 * between two loopback registries, concurrency 4 (bench/README.md, "lent buffers").
 *
 * The bytes themselves make no garbage (lent-http.ts reads into reused buffers), so what is
 * left is V8's own footprint: the young generation, which the copy's short-lived promises and
 * views otherwise grow from 1 to 8 MB (16 MB with its two halves), and the compilers' code and
 * memory. The copy's JavaScript is a few calls per 64 KiB chunk (hashing and sockets are
 * native), so it gains nothing from being compiled: with every tier above the interpreter off,
 * a copy took no more CPU and 2-3 MB less memory than with Maglev and Sparkplug kept (and
 * TurboFan alone paged in 5.5 MB more of the node binary's code, in earlier rounds).
 */
const LEAN_FLAGS = "--no-opt --no-maglev --no-sparkplug --semi-space-growth-factor=1";
/** Blob bytes read (all streams together) before the hook is called: the copy is under way. */
const BULK_TRANSFER_BYTES = 4 * 1024 * 1024;
/**
 * The `onBulkTransfer` hook for RegistryClient: sets LEAN_FLAGS at its first call. Not at
 * start: a run that streams nothing (a mount, a re-run) neither loads node:v8 nor starts with
 * a young generation held at 1 MB (one more scavenge while the bundle loads: ~5 ms of a 0.16 s
 * run), and the bundle's own start-up code is compiled as usual.
 */
function leanV8ForBulkTransfer() {
    let done = false;
    return () => {
        if (done)
            return;
        done = true;
        process.getBuiltinModule("node:v8").setFlagsFromString(LEAN_FLAGS);
    };
}


/***/ }),

/***/ 43:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
;// CONCATENATED MODULE: ./packages/action-kit/src/logger.ts
const silentLogger = {
    info: () => { },
    warning: () => { },
    debug: () => { },
};
/** Collects messages; handy in unit tests. */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        info: (m) => lines.push(m),
        warning: (m) => lines.push(`warning: ${m}`),
        debug: (m) => lines.push(`debug: ${m}`),
    };
}

// EXTERNAL MODULE: ./packages/oci/src/auth.ts
var auth = __webpack_require__(939);
// EXTERNAL MODULE: ./packages/oci/src/bulk-transfer.ts
var bulk_transfer = __webpack_require__(877);
// EXTERNAL MODULE: ./packages/oci/src/credentials.ts + 3 modules
var credentials = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/oci/src/digest.ts
var src_digest = __webpack_require__(253);
// EXTERNAL MODULE: ./packages/oci/src/errors.ts
var errors = __webpack_require__(346);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(67);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./packages/oci/src/http-exchange.ts

/** Far above any manifest or token answer: a larger body is refused instead of buffered. */
const MAX_BODY = 32 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Redirects followed in a row, by the small exchanges and the blob GETs alike (fetch follows 20). */
const MAX_REDIRECTS = 5;
const exchange = (url, init) => once(new URL(url), init, MAX_REDIRECTS);
async function once(target, init, redirectsLeft) {
    const response = await send(target, init);
    const redirect = redirectsLeft > 0 ? redirectOf(target, response.status, response.headers.get("location"), init.method) : undefined;
    if (!redirect)
        return response;
    const headers = { ...(init.headers ?? {}) };
    if (!redirect.sameOrigin)
        delete headers.authorization;
    return once(redirect.next, { ...init, headers }, redirectsLeft - 1);
}
/**
 * Where an answer redirects a request, or undefined when it is not a redirect to follow: as
 * fetch's "follow", 307/308 keep method and body, 301-303 of a GET or HEAD stay GET/HEAD. The
 * rule of both kinds of exchange (this file's and client.ts's blob GETs). Storage behind a
 * redirect (S3, a CDN) must not see the registry's credentials: they go on only when
 * `sameOrigin`.
 */
function redirectOf(from, status, location, method) {
    if (!location || !REDIRECTS.has(status))
        return undefined;
    if (status < 307 && method !== "GET" && method !== "HEAD")
        return undefined;
    const next = new URL(location, from);
    return { next, sameOrigin: next.origin === from.origin };
}
/**
 * node:http or node:https for a URL, the one rule of both kinds of exchange (this file's and
 * stream-http.ts's). node:https (and with it tls) loads at the first https URL: 2 MB of memory a
 * plain-http registry never needs.
 */
function transportFor(url) {
    return url.protocol === "https:" ? process.getBuiltinModule("node:https") : (external_node_http_default());
}
function send(target, init) {
    const transport = transportFor(target);
    const headers = { ...(init.headers ?? {}) };
    const body = typeof init.body === "string" ? Buffer.from(init.body) : init.body;
    if (body)
        headers["content-length"] = String(body.length);
    return new Promise((resolve, reject) => {
        const request = transport.request(target, { method: init.method, headers }, (response) => {
            const chunks = [];
            let size = 0;
            response.on("data", (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY) {
                    response.destroy(new Error(`${target.origin}${target.pathname} answered more than ${MAX_BODY} bytes`));
                    return;
                }
                chunks.push(chunk);
            });
            response.on("error", reject);
            // A connection that closes before the end of the body (no "error" in some Node versions).
            response.on("close", () => {
                if (!response.complete)
                    reject(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
            });
            response.on("end", () => {
                const bytes = Buffer.concat(chunks, size);
                const status = response.statusCode ?? 0;
                resolve({
                    status,
                    ok: status >= 200 && status < 300,
                    headers: { get: (name) => headerValue(response.headers[name.toLowerCase()]) },
                    body: bytes,
                    text: () => bytes.toString("utf8"),
                    json: () => JSON.parse(bytes.toString("utf8")),
                });
            });
        });
        request.on("error", reject);
        request.end(body);
    });
}
/** A header as node:http gives it, repeated ones joined with ", " (as fetch's Headers does). */
function headerValue(value) {
    if (value === undefined)
        return null;
    return Array.isArray(value) ? value.join(", ") : value;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(30);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./packages/oci/src/lent-http.ts

const SLAB_SIZE = 64 * 1024;
/**
 * The least room a read is given: a TLS record's plaintext (16 KiB), which tls hands over whole
 * when it fits. Reads go on into the rest of a slab while this much is left; over TLS a read
 * per 64 KiB slab would leave three quarters of each unused (1.5 MB of buffers at a copy's peak).
 */
const MIN_READ = 16 * 1024;
/** Idle slabs kept for the next reads (4 MiB); more are left to the garbage collector. */
const POOL_LIMIT = 64;
/** Chunks read ahead of the consumer before the socket is paused. */
const READ_AHEAD = 4;
const MAX_HEAD = 64 * 1024;
/** Idle connections kept per origin. */
const IDLE_LIMIT = 8;
/** Slabs the sockets read into, each back in the pool when no lent chunk looks at it. */
class SlabPool {
    free = [];
    lent = new Map();
    take() {
        return this.free.pop() ?? Buffer.allocUnsafeSlow(SLAB_SIZE);
    }
    /** Counts a view of a slab as out: a chunk with the consumer, or the slab a connection fills. */
    lend(chunk) {
        this.lent.set(chunk.buffer, (this.lent.get(chunk.buffer) ?? 0) + 1);
    }
    giveBack(chunk) {
        const count = (this.lent.get(chunk.buffer) ?? 1) - 1;
        if (count > 0) {
            this.lent.set(chunk.buffer, count);
            return;
        }
        this.lent.delete(chunk.buffer);
        this.recycle(Buffer.from(chunk.buffer, 0, SLAB_SIZE));
    }
    recycle(slab) {
        if (this.free.length < POOL_LIMIT)
            this.free.push(slab);
    }
}
const slabs = new SlabPool();
class Connection {
    socket;
    origin;
    sink;
    /** Set once it has served a response: a failure before any answer is then worth one retry. */
    reused = false;
    closed = false;
    /** The slab the reads go into (lent to this connection until it moves on), and its part filled. */
    filling;
    filled = 0;
    constructor(url, onClose) {
        this.origin = url.origin;
        const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
        const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
        // Node asks `buffer` for the room of each next read, and calls `callback` with what the
        // read put at its start.
        const onread = {
            buffer: () => this.nextReadRoom(),
            callback: (nread, room) => {
                this.filled += nread;
                const sink = this.sink;
                if (!sink) {
                    // Bytes nobody asked for (an idle connection): the server broke the protocol.
                    this.socket.destroy();
                    return false;
                }
                return sink.onData(room.subarray(0, nread));
            },
        };
        if (url.protocol === "https:") {
            // tls.connect takes `onread` as net.connect does (Node's tls docs); its types omit it.
            const options = {
                host,
                port,
                ...(external_node_net_default().isIP(host) ? {} : { servername: host }),
                ALPNProtocols: ["http/1.1"],
                onread,
            };
            this.socket = process.getBuiltinModule("node:tls").connect(options);
        }
        else {
            this.socket = external_node_net_default().connect({ host, port, onread });
        }
        this.socket.setNoDelay(true);
        const end = (error) => {
            if (this.closed)
                return;
            this.closed = true;
            this.leaveSlab();
            onClose(this);
            this.sink?.onEnd(error);
        };
        this.socket.on("error", end);
        this.socket.on("end", () => end());
        this.socket.on("close", () => end());
    }
    /** The rest of the slab being filled while a record fits in it, else a new slab. */
    nextReadRoom() {
        // A closed connection reads no more: what it is given is not held.
        if (this.closed)
            return slabs.take();
        if (this.filling && SLAB_SIZE - this.filled >= MIN_READ)
            return this.filling.subarray(this.filled);
        this.leaveSlab();
        const slab = slabs.take();
        this.filling = slab;
        this.filled = 0;
        // Held while reads go into it, so a chunk given back cannot return it to the pool meanwhile.
        slabs.lend(slab);
        return slab;
    }
    leaveSlab() {
        if (this.filling)
            slabs.giveBack(this.filling);
        this.filling = undefined;
    }
}
class ConnectionPool {
    idle = new Map();
    /** A kept connection to the URL's origin, or a new one. */
    acquire(url) {
        const connection = this.idle.get(url.origin)?.pop();
        if (!connection)
            return this.open(url);
        connection.socket.ref();
        return connection;
    }
    open(url) {
        return new Connection(url, (closed) => this.forget(closed));
    }
    /** Keeps a connection whose response was read to its end; it does not hold the process open. */
    keep(connection) {
        connection.sink = undefined;
        connection.reused = true;
        const list = this.idle.get(connection.origin) ?? [];
        if (connection.closed || list.length >= IDLE_LIMIT) {
            connection.socket.destroy();
            return;
        }
        list.push(connection);
        this.idle.set(connection.origin, list);
        connection.socket.unref();
        // Reading on, so a server that closes an idle connection is noticed (and it leaves the pool).
        connection.socket.resume();
    }
    forget(connection) {
        const list = this.idle.get(connection.origin);
        const at = list?.indexOf(connection) ?? -1;
        if (list && at >= 0)
            list.splice(at, 1);
    }
}
const pool = new ConnectionPool();
/**
 * GETs `url` with `headers` (names as given; Host and Connection are set here) and resolves
 * with the status and headers once the head has arrived. Redirects are returned, not followed.
 */
async function lentGet(url, headers) {
    const head = requestHead(url, headers);
    const connection = pool.acquire(url);
    try {
        return await request(connection, head);
    }
    catch (error) {
        if (!(connection.reused && error instanceof NoAnswerError))
            throw error;
        // A kept connection the server had closed meanwhile: a new one, once.
        return request(pool.open(url), head);
    }
}
/** A kept connection that ended before any byte of an answer (the server had closed it). */
class NoAnswerError extends Error {
    code = "ECONNRESET";
    constructor(cause) {
        super(`kept connection closed before an answer (${cause.message})`, { cause });
    }
}
function requestHead(url, headers) {
    const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
    for (const [name, value] of Object.entries(headers)) {
        if (/^(host|connection)$/i.test(name))
            continue;
        if (/[\r\n]/.test(value))
            throw new Error(`header ${name} holds a line break`);
        lines.push(`${name}: ${value}`);
    }
    lines.push("Connection: keep-alive", "", "");
    return lines.join("\r\n");
}
function request(connection, head) {
    return new Promise((resolve, reject) => {
        const reader = new ResponseReader(connection, resolve, reject);
        connection.sink = reader;
        if (connection.closed) {
            reader.onEnd(undefined);
            return;
        }
        connection.socket.write(head);
        connection.socket.resume();
    });
}
/** Parses one response from a connection's reads and lends its body chunk by chunk. */
class ResponseReader {
    status = 0;
    headers = {};
    headText = "";
    inHead = true;
    framing = { kind: "none" };
    keepAlive = false;
    /** Chunked framing: what the reader expects next, and the size line read so far. */
    chunkState = "size";
    chunkLeft = 0;
    line = "";
    queue = [];
    current;
    finished = false;
    released = false;
    failure;
    paused = false;
    waiter;
    connection;
    onHead;
    onHeadError;
    constructor(connection, onHead, onHeadError) {
        this.connection = connection;
        this.onHead = onHead;
        this.onHeadError = onHeadError;
    }
    onData(data) {
        let at = 0;
        try {
            if (this.inHead)
                at = this.readHead(data);
            if (!this.inHead && at < data.length)
                this.readBody(data, at);
        }
        catch (error) {
            this.fail(error);
        }
        this.wake();
        if (this.queue.length >= READ_AHEAD && !this.finished) {
            this.paused = true;
            return false;
        }
        return true;
    }
    onEnd(error) {
        if (!this.inHead && this.framing.kind === "close" && !error) {
            this.finished = true;
        }
        else if (!this.finished) {
            const cause = error ?? Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
            if (this.inHead && this.headText === "" && this.connection.reused) {
                this.fail(new NoAnswerError(cause));
            }
            else if (this.inHead) {
                this.fail(cause);
            }
            else {
                const code = cause.code;
                const message = `connection closed before the end of the response (${cause.message})`;
                this.fail(Object.assign(new Error(message, { cause }), { code: typeof code === "string" ? code : "ECONNRESET" }));
            }
            return;
        }
        this.wake();
    }
    /** Reads head bytes; returns how many bytes of `data` the head took (the body starts there). */
    readHead(data) {
        // Where this read starts in headText (latin1: one character per byte); negative once an
        // interim head ending inside this read has been cut off.
        let before = this.headText.length;
        this.headText += data.toString("latin1");
        for (;;) {
            const end = this.headText.indexOf("\r\n\r\n");
            if (end < 0) {
                if (this.headText.length > MAX_HEAD)
                    throw new Error(`response head longer than ${MAX_HEAD} bytes`);
                return data.length;
            }
            const lines = this.headText.slice(0, end).split("\r\n");
            const statusLine = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0] ?? "");
            if (!statusLine)
                throw new Error(`not an HTTP/1.x response: ${JSON.stringify((lines[0] ?? "").slice(0, 40))}`);
            const consumed = end + 4;
            const status = Number(statusLine[2]);
            if (status >= 100 && status < 200) {
                // An interim answer (103 Early Hints, say): the real head follows.
                this.headText = this.headText.slice(consumed);
                before -= consumed;
                continue;
            }
            this.status = status;
            for (const line of lines.slice(1)) {
                const colon = line.indexOf(":");
                if (colon <= 0)
                    throw new Error(`malformed response header: ${JSON.stringify(line.slice(0, 40))}`);
                const name = line.slice(0, colon).trim().toLowerCase();
                const value = line.slice(colon + 1).trim();
                this.headers[name] = name in this.headers ? `${this.headers[name]}, ${value}` : value;
            }
            this.framing = framingOf(status, this.headers);
            this.keepAlive =
                statusLine[1] === "1" &&
                    this.framing.kind !== "close" &&
                    !/(^|,)\s*close\s*(,|$)/i.test(this.headers.connection ?? "");
            this.inHead = false;
            if (this.framing.kind === "none" || (this.framing.kind === "length" && this.framing.left === 0)) {
                this.finished = true;
            }
            this.headText = "";
            this.onHead(this);
            return consumed - before;
        }
    }
    readBody(data, start) {
        const framing = this.framing;
        if (this.finished)
            throw new Error("bytes after the end of the response");
        if (framing.kind === "close") {
            this.push(data.subarray(start));
            return;
        }
        if (framing.kind === "length") {
            const take = Math.min(framing.left, data.length - start);
            this.push(data.subarray(start, start + take));
            framing.left -= take;
            if (start + take < data.length)
                throw new Error("bytes after the end of the response");
            if (framing.left === 0)
                this.finished = true;
            return;
        }
        this.readChunked(data, start);
    }
    /** RFC 9112 7.1: size line (extensions ignored), data, CRLF, ...; a 0 size, trailers, an empty line. */
    readChunked(data, start) {
        let at = start;
        while (at < data.length) {
            if (this.finished)
                throw new Error("bytes after the end of the response");
            if (this.chunkState === "data") {
                const take = Math.min(this.chunkLeft, data.length - at);
                this.push(data.subarray(at, at + take));
                at += take;
                this.chunkLeft -= take;
                if (this.chunkLeft === 0)
                    this.chunkState = "data-end";
                continue;
            }
            const newline = data.indexOf(10, at);
            const end = newline < 0 ? data.length : newline;
            this.line += data.toString("latin1", at, end);
            at = end;
            if (this.line.length > 1024)
                throw new Error("chunk size line longer than 1024 bytes");
            if (newline < 0)
                continue;
            at++;
            const line = this.line.replace(/\r$/, "");
            this.line = "";
            if (this.chunkState === "data-end") {
                if (line !== "")
                    throw new Error("chunk data longer than its size");
                this.chunkState = "size";
            }
            else if (this.chunkState === "size") {
                const size = /^([0-9a-fA-F]{1,12})(;.*)?$/.exec(line.trim());
                if (!size?.[1])
                    throw new Error(`malformed chunk size ${JSON.stringify(line.slice(0, 20))}`);
                this.chunkLeft = Number.parseInt(size[1], 16);
                this.chunkState = this.chunkLeft === 0 ? "trailer" : "data";
            }
            else if (line === "") {
                this.finished = true;
            }
        }
    }
    push(chunk) {
        if (chunk.length === 0)
            return;
        slabs.lend(chunk);
        this.queue.push(chunk);
    }
    fail(error) {
        if (this.failure || this.released)
            return;
        this.failure = error;
        this.connection.socket.destroy();
        // Before the head, the GET itself fails; after it, the body's reader does (next()).
        if (this.inHead)
            this.onHeadError(error);
        this.wake();
    }
    wake() {
        const waiter = this.waiter;
        this.waiter = undefined;
        waiter?.();
    }
    returnCurrent() {
        if (this.current)
            slabs.giveBack(this.current);
        this.current = undefined;
    }
    /** Ends this response's hold on its connection: kept for the next GET, or closed. */
    release(keep) {
        if (this.released)
            return;
        this.released = true;
        this.returnCurrent();
        for (const chunk of this.queue.splice(0))
            slabs.giveBack(chunk);
        if (keep && this.keepAlive && this.finished && !this.connection.closed)
            pool.keep(this.connection);
        else
            this.connection.socket.destroy();
    }
    async next() {
        this.returnCurrent();
        for (;;) {
            const chunk = this.queue.shift();
            if (chunk) {
                this.current = chunk;
                if (this.paused && this.queue.length < READ_AHEAD) {
                    this.paused = false;
                    this.connection.socket.resume();
                }
                return { done: false, value: chunk };
            }
            if (this.failure) {
                this.release(false);
                throw this.failure;
            }
            if (this.finished) {
                this.release(true);
                return { done: true, value: undefined };
            }
            if (this.released)
                return { done: true, value: undefined };
            await new Promise((resolve) => {
                this.waiter = resolve;
            });
        }
    }
    async return() {
        this.release(false);
        return { done: true, value: undefined };
    }
    [Symbol.asyncIterator]() {
        return this;
    }
    async text(limit = 4096) {
        let text = "";
        for await (const chunk of this) {
            if (text.length < limit)
                text += Buffer.from(chunk).toString("utf8");
        }
        return text.slice(0, limit);
    }
    destroy() {
        this.release(false);
    }
}
function framingOf(status, headers) {
    if (status === 204 || status === 304)
        return { kind: "none" };
    const encoding = headers["transfer-encoding"];
    if (encoding !== undefined) {
        return /(^|,)\s*chunked\s*$/i.test(encoding) ? { kind: "chunked" } : { kind: "close" };
    }
    const length = headers["content-length"];
    if (length === undefined)
        return { kind: "close" };
    const values = new Set(length.split(",").map((value) => value.trim()));
    const [only] = values;
    if (values.size !== 1 || only === undefined || !/^\d{1,15}$/.test(only)) {
        throw new Error(`invalid Content-Length ${JSON.stringify(length.slice(0, 40))}`);
    }
    return { kind: "length", left: Number(only) };
}

// EXTERNAL MODULE: ./packages/oci/src/media-types.ts
var media_types = __webpack_require__(125);
// EXTERNAL MODULE: ./packages/oci/src/reference.ts
var reference = __webpack_require__(768);
// EXTERNAL MODULE: ./packages/oci/src/retry.ts
var retry = __webpack_require__(367);
;// CONCATENATED MODULE: ./packages/oci/src/stream-http.ts

/**
 * A streamed upload (`PUT` of blob bytes) over node:http(s): the body goes to the socket one
 * chunk at a time, each written before the next is asked for. That is the contract of the
 * chunks a download lends (lent-http.ts): a chunk is a view of a read buffer that is reused
 * once the next chunk is asked for. It also holds a copy to one chunk per upload in user space
 * whatever the blob's size (fetch with a streamed request body buffered far ahead of the
 * socket in our measurements, so memory grew with layer size).
 */
function streamUpload(url, headers, body) {
    const target = new URL(url);
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            reject(error);
        };
        const request = transportFor(target).request(target, { method: "PUT", headers }, (response) => {
            if (settled) {
                response.resume();
                return;
            }
            settled = true;
            resolve(response);
        });
        request.on("error", fail);
        writeBody(request, body).catch((error) => {
            request.destroy();
            fail(error);
        });
    });
}
async function writeBody(request, body) {
    // A request closed early (an error answered before the body's end) fails the pending write.
    // One listener for the whole body: a Promise.race per chunk against a promise of the close
    // would leave a reaction per chunk on it, thousands per large blob, held until the end.
    let failWrite;
    let closed;
    request.once("close", () => {
        closed = Object.assign(new Error("upload closed before its body was sent"), { code: "ECONNRESET" });
        failWrite?.(closed);
    });
    for await (const chunk of body) {
        if (closed)
            throw closed;
        await new Promise((resolve, reject) => {
            failWrite = reject;
            request.write(chunk, (error) => (error ? reject(error) : resolve()));
        });
    }
    failWrite = undefined;
    request.end();
}
async function readText(response, limit = 4096) {
    let text = "";
    for await (const chunk of response) {
        if (text.length < limit)
            text += chunk.toString("utf8");
    }
    return text.slice(0, limit);
}
/**
 * True when Node itself routes node:http(s) through the environment's proxy
 * (NODE_USE_ENV_PROXY=1 or --use-env-proxy, with HTTP(S)_PROXY set). lent-http.ts connects
 * directly, so blob GETs then go over node:http (proxiedGet), as the small exchanges do.
 */
function nodeUsesEnvProxy(env = process.env, execArgv = process.execArgv) {
    const enabled = env.NODE_USE_ENV_PROXY === "1" ||
        execArgv.includes("--use-env-proxy") ||
        /(^|\s)--use-env-proxy(\s|$)/.test(env.NODE_OPTIONS ?? "");
    return enabled && Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}
/**
 * A GET over node:http(s), answered as a LentResponse. Its chunks are node:http's own buffers,
 * never reused, so the lent contract holds trivially; what it costs is the garbage lent-http.ts
 * avoids. For a process whose HTTP goes through a proxy (nodeUsesEnvProxy).
 */
function proxiedGet(url, headers) {
    return new Promise((resolve, reject) => {
        const request = transportFor(url).request(url, { method: "GET", headers }, (response) => {
            const joined = {};
            for (const [name, value] of Object.entries(response.headers)) {
                const text = headerValue(value);
                if (text !== null)
                    joined[name] = text;
            }
            const chunks = response[Symbol.asyncIterator]();
            const answer = {
                status: response.statusCode ?? 0,
                headers: joined,
                next: () => chunks.next(),
                return: async () => {
                    response.destroy();
                    return { done: true, value: undefined };
                },
                [Symbol.asyncIterator]: () => answer,
                text: (limit) => readText(response, limit),
                destroy: () => response.destroy(),
            };
            resolve(answer);
        });
        request.on("error", reject);
        request.end();
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/client.ts













class RegistryClient {
    auth;
    blobBytesRead = 0;
    /** Blob GETs: lent-http.ts, or node:http where Node routes HTTP through a proxy (stream-http.ts). */
    blobGet = nodeUsesEnvProxy() ? proxiedGet : lentGet;
    options;
    constructor(options = {}) {
        this.options = {
            logger: options.logger ?? silentLogger,
            mask: options.mask ?? (() => { }),
            retry: options.retry ?? retry/* DEFAULT_RETRY */.vI,
            sleep: options.sleep ?? retry/* realSleep */.uk,
            exchange: options.exchange ?? exchange,
            endpoint: options.endpoint ?? reference/* registryEndpoint */.Fh,
            onBulkTransfer: options.onBulkTransfer ?? (() => { }),
        };
        this.auth = new auth/* Authenticator */.kD({
            credentials: options.credentials ?? (0,credentials/* chainResolvers */.fB)(),
            ping: (registry) => this.ping(registry),
            exchange: this.options.exchange,
            mask: this.options.mask,
        });
    }
    /** A fresh retry budget under this client's policy, for a loop withRetry cannot wrap (a streamed upload). */
    retryBudget() {
        return new retry/* RetryBudget */.Km(this.options.retry, this.options.sleep);
    }
    endpoint(registry) {
        return this.options.endpoint(registry);
    }
    /**
     * True when `url` is on the registry's own origin. Credentials go only there (and to the token
     * realm it names): an upload `Location` or a tags `Link` on another origin gets none.
     */
    isOwnOrigin(registry, url) {
        return new URL(url).origin === new URL(this.endpoint(registry)).origin;
    }
    /** One GET /v2/ (the request that needs it retries, so no retry of its own here). */
    async ping(registry) {
        const url = `${this.endpoint(registry)}/v2/`;
        const response = await this.options.exchange(url, { method: "GET" });
        if (response.status >= 500 || response.status === 429 || response.status === 408) {
            throw new errors/* RegistryError */.gl({
                status: response.status,
                method: "GET",
                url,
                retryAfterMs: (0,retry/* parseRetryAfter */.mu)(response.headers.get("retry-after")),
            });
        }
        return { status: response.status, challenge: response.headers.get("www-authenticate") };
    }
    logRetry = (error, delayMs, attempt) => {
        const message = (0,errors/* messageOf */.bD)(error);
        this.options.logger.info(`retrying in ${delayMs} ms (attempt ${attempt + 1}): ${message}`);
    };
    /**
     * One HTTP exchange with auth (no body, or bytes): a 401 drops the token and tries once more
     * with a fresh one; transient failures are retried with backoff. Blob bytes go through
     * readBlob and finishUpload instead.
     */
    async request(registry, options) {
        const url = /^https?:\/\//.test(options.path) ? options.path : `${this.endpoint(registry)}${options.path}`;
        const own = this.isOwnOrigin(registry, url);
        const once = async () => {
            for (let authAttempt = 0;; authAttempt++) {
                const authorization = own ? await this.auth.header(registry, options.scopes) : undefined;
                const headers = { ...(options.headers ?? {}) };
                if (authorization)
                    headers.authorization = authorization;
                const response = await this.options.exchange(url, {
                    method: options.method,
                    headers,
                    ...(options.body !== undefined ? { body: options.body } : {}),
                });
                if (response.status === 401) {
                    // Another origin's challenge is not the registry's: it must not redirect our credentials.
                    if (!own)
                        throw new errors/* RegistryError */.gl({ status: 401, code: "UNAUTHORIZED", method: options.method, url });
                    this.auth.invalidate(registry, options.scopes, response.headers.get("www-authenticate"));
                    if (authAttempt === 0)
                        continue;
                    throw new errors/* RegistryError */.gl({ status: 401, code: "UNAUTHORIZED", method: options.method, url });
                }
                if (response.ok || options.allow?.includes(response.status))
                    return response;
                throw errorFrom(response, options.method, url);
            }
        };
        return (0,retry/* withRetry */.bD)(once, { policy: this.options.retry, sleep: this.options.sleep, onRetry: this.logRetry });
    }
    // ---- manifests ----
    async getManifest(repo, reference) {
        const response = await this.request(repo.registry, {
            method: "GET",
            path: `/v2/${repo.repository}/manifests/${reference}`,
            scopes: [(0,auth/* repositoryScope */.F7)(repo.repository, "pull")],
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
        });
        const bytes = response.body;
        const digest = (0,src_digest/* sha256Digest */.sI)(bytes);
        if ((0,src_digest/* isDigest */.Bc)(reference) && digest !== reference) {
            throw new errors/* IntegrityError */.cs(`manifest ${reference} of ${repo.registry}/${repo.repository} has digest ${digest}`);
        }
        let json;
        try {
            json = JSON.parse(bytes.toString("utf8"));
        }
        catch {
            throw new errors/* IntegrityError */.cs(`manifest ${reference} of ${repo.registry}/${repo.repository} is not JSON`);
        }
        const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
        const mediaType = json.mediaType ?? (contentType || (json.manifests ? media_types/* MediaType */.zu.OciIndex : media_types/* MediaType */.zu.OciManifest));
        return { bytes, mediaType, digest, json };
    }
    /** The manifest's digest, type and size, or undefined when absent. */
    async headManifest(repo, reference, push = false) {
        const response = await this.request(repo.registry, {
            method: "HEAD",
            path: `/v2/${repo.repository}/manifests/${reference}`,
            scopes: [(0,auth/* repositoryScope */.F7)(repo.repository, push ? "pull,push" : "pull")],
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        const digest = response.headers.get("docker-content-digest");
        if (!digest) {
            const manifest = await this.getManifest(repo, reference);
            return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
        }
        return {
            digest,
            mediaType: (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "",
            size: Number(response.headers.get("content-length") ?? 0),
        };
    }
    /** Puts the bytes as they are (so the digest is unchanged); answers the `OCI-Subject` header if any. */
    async putManifest(repo, reference, bytes, mediaType) {
        const response = await this.request(repo.registry, {
            method: "PUT",
            path: `/v2/${repo.repository}/manifests/${reference}`,
            scopes: [(0,auth/* repositoryScope */.F7)(repo.repository, "pull,push")],
            headers: { "content-type": mediaType },
            body: bytes,
        });
        return {
            digest: response.headers.get("docker-content-digest") ?? (0,src_digest/* sha256Digest */.sI)(bytes),
            subject: response.headers.get("oci-subject") ?? undefined,
        };
    }
    // ---- blobs ----
    async headBlob(repo, digest, push = false) {
        const response = await this.request(repo.registry, {
            method: "HEAD",
            path: `/v2/${repo.repository}/blobs/${digest}`,
            scopes: [(0,auth/* repositoryScope */.F7)(repo.repository, push ? "pull,push" : "pull")],
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        return Number(response.headers.get("content-length") ?? 0);
    }
    /** Cross-repository mount; when refused, the registry opens an upload session instead. */
    async mountBlob(repo, digest, from) {
        const response = await this.request(repo.registry, {
            method: "POST",
            path: `/v2/${repo.repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
            scopes: [(0,auth/* repositoryScope */.F7)(repo.repository, "pull,push"), (0,auth/* repositoryScope */.F7)(from, "pull")],
        });
        if (response.status === 201)
            return { mounted: true };
        return { mounted: false, location: this.location(repo.registry, response) };
    }
    /**
     * Abandons an upload session nothing will use (a refused mount of a blob the target had). Best
     * effort: a registry expires sessions on its own, so a failure is only logged.
     */
    async cancelUpload(repo, location) {
        try {
            await this.request(repo.registry, {
                method: "DELETE",
                path: location,
                scopes: [(0,auth/* repositoryScope */.F7)(repo.repository, "pull,push")],
                allow: [404],
            });
        }
        catch (error) {
            this.options.logger.debug(`upload session ${(0,errors/* redactUrl */.BO)(location)} left open: ${(0,errors/* messageOf */.bD)(error)}`);
        }
    }
    async startUpload(repo) {
        const response = await this.request(repo.registry, {
            method: "POST",
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes: [(0,auth/* repositoryScope */.F7)(repo.repository, "pull,push")],
        });
        return this.location(repo.registry, response);
    }
    location(registry, response) {
        const location = response.headers.get("location");
        if (!location)
            throw new Error(`${registry} opened an upload without a Location header`);
        return new URL(location, `${this.endpoint(registry)}/`).toString();
    }
    /**
     * Monolithic upload: one `PUT <location>?digest=` with the body (bytes or a stream) and its
     * Content-Length. The registry checks the digest too.
     */
    async finishUpload(repo, location, digest, size, body) {
        const url = new URL(location);
        url.searchParams.set("digest", digest);
        const headers = { "content-type": "application/octet-stream", "content-length": String(size) };
        const scopes = [(0,auth/* repositoryScope */.F7)(repo.repository, "pull,push")];
        if (Buffer.isBuffer(body)) {
            await this.request(repo.registry, {
                method: "PUT",
                path: url.toString(),
                scopes,
                headers,
                body,
            });
            return;
        }
        const target = url.toString();
        const own = this.isOwnOrigin(repo.registry, target);
        const authorization = own ? await this.auth.header(repo.registry, scopes) : undefined;
        const response = await streamUpload(target, { ...headers, ...(authorization ? { authorization } : {}) }, body);
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) {
            response.resume();
            return;
        }
        const text = await readText(response).catch(() => "");
        throw this.transferError(repo, scopes, own, answered(status, (name) => response.headers[name], text), "PUT", target);
    }
    /**
     * Chunked upload, only for a registry that refuses a monolithic one (413): PATCH chunks of
     * `chunkSize` bytes (at least the registry's `OCI-Chunk-Min-Length`) with `Content-Range`,
     * then `PUT ?digest=` with no body. One chunk is held in memory at a time.
     */
    async uploadChunked(repo, digest, body, chunkSize = 8 * 1024 * 1024) {
        const scopes = [(0,auth/* repositoryScope */.F7)(repo.repository, "pull,push")];
        const start = await this.request(repo.registry, {
            method: "POST",
            path: `/v2/${repo.repository}/blobs/uploads/`,
            scopes,
        });
        let location = this.location(repo.registry, start);
        const size = Math.max(chunkSize, Number(start.headers.get("oci-chunk-min-length") ?? 0));
        let offset = 0;
        let pending = [];
        let pendingBytes = 0;
        /** Sends exactly `size` bytes (the last chunk: what is left), keeping the remainder. */
        const flush = async () => {
            const all = Buffer.concat(pending, pendingBytes);
            const chunk = all.subarray(0, Math.min(size, all.length));
            const rest = all.subarray(chunk.length);
            pending = rest.length ? [rest] : [];
            pendingBytes = rest.length;
            const response = await this.request(repo.registry, {
                method: "PATCH",
                path: location,
                scopes,
                headers: {
                    "content-type": "application/octet-stream",
                    "content-length": String(chunk.length),
                    "content-range": `${offset}-${offset + chunk.length - 1}`,
                },
                body: chunk,
            });
            location = this.location(repo.registry, response);
            offset += chunk.length;
        };
        for await (const data of body) {
            // A copy: the chunk is lent, and its buffer reused once the next one is asked for.
            pending.push(Buffer.from(data));
            pendingBytes += data.byteLength;
            while (pendingBytes >= size)
                await flush();
        }
        if (pendingBytes > 0)
            await flush();
        const url = new URL(location);
        url.searchParams.set("digest", digest);
        await this.request(repo.registry, {
            method: "PUT",
            path: url.toString(),
            scopes,
            headers: { "content-length": "0" },
            body: Buffer.alloc(0),
        });
    }
    /** Pushes a small blob held in memory (configs, SBOMs); skips it when present. */
    async pushBlob(repo, bytes, mediaType = "application/octet-stream") {
        const digest = (0,src_digest/* sha256Digest */.sI)(bytes);
        if ((await this.headBlob(repo, digest, true)) === undefined) {
            const location = await this.startUpload(repo);
            await this.finishUpload(repo, location, digest, bytes.length, bytes);
        }
        return { mediaType, digest, size: bytes.length };
    }
    /**
     * A blob as a stream of chunks, verified against size and digest as it flows: the chunk with
     * the last byte comes only once both match, so a bad blob never completes an upload. A broken
     * body resumes with `Range` from the byte it stopped at.
     *
     * Each chunk is lent (lent-http.ts): it is valid until the next one is asked for, so a
     * consumer that keeps bytes copies them, and a writer finishes its write before asking.
     */
    async *readBlob(repo, digest, size) {
        const hash = (0,external_node_crypto_.createHash)("sha256");
        let offset = 0;
        const budget = this.retryBudget();
        let authRetried = false;
        const verify = () => {
            const actual = `sha256:${hash.digest("hex")}`;
            if (actual !== digest) {
                throw new errors/* IntegrityError */.cs(`blob ${digest} of ${repo.registry}/${repo.repository} read as ${actual} (${offset} bytes)`);
            }
        };
        for (;;) {
            let response;
            try {
                response = await this.getBlob(repo, digest, offset);
            }
            catch (error) {
                // A token that lapsed: the 401 dropped it, so the next attempt fetches a fresh one at once.
                const expired = error instanceof errors/* RegistryError */.gl && error.status === 401 && !authRetried;
                if (expired)
                    authRetried = true;
                if (!(expired || (0,errors/* isRetryable */.r3)(error)))
                    throw error;
                await budget.spend(error, { wait: !expired });
                continue;
            }
            // A server that ignores Range answers 200 from byte 0: skip what we already have.
            let skip = offset > 0 && response.status !== 206 ? offset : 0;
            try {
                for await (let data of response) {
                    if (skip > 0) {
                        const dropped = Math.min(skip, data.length);
                        data = data.subarray(dropped);
                        skip -= dropped;
                        if (data.length === 0)
                            continue;
                    }
                    if (offset + data.length > size)
                        throw new errors/* IntegrityError */.cs(`blob ${digest} is larger than its ${size} bytes`);
                    hash.update(data);
                    offset += data.length;
                    const before = this.blobBytesRead;
                    this.blobBytesRead += data.length;
                    if (before < bulk_transfer/* BULK_TRANSFER_BYTES */.B && this.blobBytesRead >= bulk_transfer/* BULK_TRANSFER_BYTES */.B)
                        this.options.onBulkTransfer();
                    if (offset === size)
                        verify();
                    yield data;
                }
            }
            catch (error) {
                if (error instanceof errors/* IntegrityError */.cs || !(0,errors/* isNetworkError */.TX)(error))
                    throw error;
                await budget.spend(error, {
                    onRetry: () => this.options.logger.info(`download of ${digest} broke at byte ${offset}; resuming`),
                });
                continue;
            }
            if (offset < size) {
                // The body ended early without an error: ask again from where it stopped, no pause.
                await budget.spend(new errors/* IntegrityError */.cs(`blob ${digest} ended at byte ${offset} of ${size}`), { wait: false });
                continue;
            }
            break;
        }
        if (size === 0)
            verify();
    }
    /** A whole blob held in memory (a config): readBlob's checks, its lent chunks copied. */
    async readBlobBytes(repo, digest, size) {
        const bytes = Buffer.allocUnsafe(size);
        let at = 0;
        for await (const chunk of this.readBlob(repo, digest, size)) {
            bytes.set(chunk, at);
            at += chunk.length;
        }
        return bytes;
    }
    /**
     * One GET of a blob's body from `offset`, over lent-http.ts (over node:http when Node routes
     * HTTP through a proxy, which lent-http does not speak: stream-http.ts). Redirects are followed (storage
     * behind one, S3 or a CDN, gets no credentials); an answer other than 2xx is thrown.
     */
    async getBlob(repo, digest, offset) {
        const scopes = [(0,auth/* repositoryScope */.F7)(repo.repository, "pull")];
        const authorization = await this.auth.header(repo.registry, scopes);
        const range = offset > 0 ? { range: `bytes=${offset}-` } : {};
        let url = new URL(`${this.endpoint(repo.registry)}/v2/${repo.repository}/blobs/${digest}`);
        let own = true;
        for (let redirects = 0;; redirects++) {
            const response = await this.blobGet(url, { ...range, ...(own && authorization ? { authorization } : {}) });
            const redirect = redirects < MAX_REDIRECTS ? redirectOf(url, response.status, response.headers.location, "GET") : undefined;
            if (redirect) {
                await response.text(0);
                own &&= redirect.sameOrigin;
                url = redirect.next;
                continue;
            }
            if (response.status >= 200 && response.status < 300)
                return response;
            const text = await response.text().catch(() => "");
            const answer = answered(response.status, (name) => response.headers[name], text);
            throw this.transferError(repo, scopes, own, answer, "GET", url.toString());
        }
    }
    /**
     * The error for a blob transfer's answer other than 2xx. A 401 from the registry itself drops
     * the token, and the caller retries the transfer once with a fresh one.
     */
    transferError(repo, scopes, own, answer, method, url) {
        if (answer.status === 401 && own)
            this.auth.invalidate(repo.registry, scopes, answer.headers.get("www-authenticate"));
        return errorFrom(answer, method, url);
    }
    // ---- tags and referrers ----
    /** Every tag, following `Link: <...>; rel="next"` pages. An absent repository has none. */
    async listTags(repo, pageSize = 1000) {
        const tags = [];
        let next = `/v2/${repo.repository}/tags/list?n=${pageSize}`;
        while (next) {
            const response = await this.request(repo.registry, {
                method: "GET",
                path: next,
                scopes: [(0,auth/* repositoryScope */.F7)(repo.repository, "pull")],
                allow: [404],
            });
            if (response.status === 404)
                return tags;
            const body = response.json();
            tags.push(...(body.tags ?? []));
            const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get("link") ?? "");
            next = link?.[1] ? new URL(link[1], `${this.endpoint(repo.registry)}/`).toString() : undefined;
        }
        return tags;
    }
    /**
     * Referrers of a manifest through the OCI 1.1 referrers API; undefined when the registry
     * has no such API (the caller then reads the `sha256-<hex>` fallback tag).
     */
    async referrersApi(repo, digest) {
        const response = await this.request(repo.registry, {
            method: "GET",
            path: `/v2/${repo.repository}/referrers/${digest}`,
            scopes: [(0,auth/* repositoryScope */.F7)(repo.repository, "pull")],
            headers: { accept: media_types/* MediaType */.zu.OciIndex },
            allow: [400, 404, 405],
        });
        if (!response.ok)
            return undefined;
        const contentType = response.headers.get("content-type") ?? "";
        if (!contentType.includes(media_types/* MediaType */.zu.OciIndex))
            return undefined;
        const body = response.json();
        return body.manifests ?? [];
    }
}
function answered(status, header, text) {
    return {
        status,
        headers: { get: (name) => headerValue(header(name)) },
        text: () => text,
    };
}
function errorFrom(response, method, url) {
    let code;
    let detail;
    if (method !== "HEAD") {
        const text = response.text();
        try {
            const body = JSON.parse(text);
            code = body.errors?.[0]?.code;
            detail = body.errors?.[0]?.message;
        }
        catch {
            detail = text.slice(0, 200).replace(/\s+/g, " ").trim() || undefined;
        }
    }
    const retryAfterMs = (0,retry/* parseRetryAfter */.mu)(response.headers.get("retry-after"));
    return new errors/* RegistryError */.gl({
        status: response.status,
        method,
        url: (0,errors/* redactUrl */.BO)(url),
        ...(code ? { code } : {}),
        ...(detail ? { detail } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
}


/***/ }),

/***/ 160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ copyImage),
/* harmony export */   P1: () => (/* binding */ TagConflictError),
/* harmony export */   RD: () => (/* binding */ UnusableReferenceError),
/* harmony export */   k6: () => (/* binding */ CopyError),
/* harmony export */   zF: () => (/* binding */ ImmutableTagError)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(253);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(346);
/* harmony import */ var _limiter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(405);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(125);
/* harmony import */ var _platforms_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(333);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(768);
/* harmony import */ var _tag_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(541);







/** Which side of the copy an error belongs to, so the action can name the input at fault. */
class CopyError extends Error {
    name = "CopyError";
    side;
    reference;
    tagPhase;
    constructor(side, reference, cause, tagPhase) {
        super((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(cause), { cause });
        this.side = side;
        this.reference = reference;
        this.tagPhase = tagPhase;
    }
}
/** A reference the copy cannot honour as written: a target naming another digest, a schema 1 source. */
class UnusableReferenceError extends Error {
    name = "UnusableReferenceError";
    /** How to fix it, for the error line. */
    fix;
    constructor(problem, fix) {
        super(problem);
        this.fix = fix;
    }
}
/** A target tag that points elsewhere while overwrite is off. */
class TagConflictError extends Error {
    name = "TagConflictError";
    reference;
    existing;
    wanted;
    constructor(reference, existing, wanted) {
        super(`tag points at ${existing}, not at the source's ${wanted}`);
        this.reference = reference;
        this.existing = existing;
        this.wanted = wanted;
    }
}
/** An immutable tag (ECR) that already holds another digest. */
class ImmutableTagError extends Error {
    name = "ImmutableTagError";
    reference;
    tagPhase;
    constructor(reference, detail, tagPhase) {
        super(detail);
        this.reference = reference;
        this.tagPhase = tagPhase;
    }
}
const COSIGN_SUFFIXES = [".sig", ".att", ".sbom"];
/** Blob HEADs and mount requests allowed in flight per blob transfer allowed. */
const CHECKS_PER_TRANSFER = 4;
async function copyImage(request, deps) {
    const now = deps.now ?? Date.now;
    const { client, logger } = deps;
    const { source, graph, platforms, targetTags } = await readSource(request, deps);
    const plans = await planTargets(request, client, graph.root, targetTags);
    deps.onPlanned?.();
    const reports = await copyContent(request, deps, now, source, graph, platforms, plans);
    if (!request.dryRun)
        await writeTargetTags(request, deps, now, graph, plans, reports);
    const { root } = graph;
    for (const report of reports) {
        logger.info(`${request.dryRun ? "[dry run] " : ""}${report.image}: ${report.copiedBlobs} copied, ${report.mountedBlobs} mounted, ${report.skippedBlobs} skipped blob(s), ${report.copiedBytes} bytes; tag ${report.tagAction}`);
    }
    return { digest: root.digest, mediaType: root.mediaType, platforms, targets: reports, dryRun: request.dryRun };
}
/** 1. The source, read completely before anything is written; the targets' tags are read at the same time. */
async function readSource(request, deps) {
    const { client, logger } = deps;
    const source = { registry: request.source.registry, repository: request.source.repository };
    const sourceRef = request.source.digest ?? request.source.tag ?? "latest";
    // 1. Read the source completely before anything is written. The targets' tags are read at
    // the same time (reads only): on a loopback registry a promotion is mostly round trips.
    const targetTags = request.targets.map((ref) => {
        const repo = { registry: ref.registry, repository: ref.repository };
        const tag = ref.digest ? ref.tag : (ref.tag ?? request.source.tag);
        const existing = tag ? client.headManifest(repo, tag, true).then((head) => head?.digest) : undefined;
        // Awaited below in order, after the source; until then a failure must not go unhandled.
        existing?.catch(() => undefined);
        return { ref, repo, tag, existing };
    });
    let graph;
    try {
        graph = await loadGraph(client, source, sourceRef, request.referrers);
    }
    catch (error) {
        throw new CopyError("source", request.source, error);
    }
    const { root } = graph;
    if (request.source.digest && request.source.digest !== root.digest) {
        throw new CopyError("source", request.source, new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`digest is ${root.digest}`));
    }
    const platforms = await platformsOf(client, source, root);
    logger.info(`source ${(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepository */ .Sh)(source)}@${root.digest} (${root.mediaType}${platforms.length ? `, ${platforms.join(", ")}` : ""}), ${graph.attached.length} referrer(s)`);
    return { source, graph, platforms, targetTags };
}
/** 2. Every target checked (tags and conflicts) before any write; a tag about to move read in full. */
async function planTargets(request, client, root, targetTags) {
    // 2. Check every target (tags and conflicts) before any write; a tag about to move is read in
    // full, so it can be put back if a later write of this run fails.
    const plans = [];
    for (const { ref, repo, tag, existing: pending } of targetTags) {
        if (ref.digest && ref.digest !== root.digest) {
            const problem = `names digest ${ref.digest} but the source is ${root.digest}`;
            throw new CopyError("target", ref, new UnusableReferenceError(problem, "name the target by tag, or by the source's digest"));
        }
        let existing;
        try {
            existing = await pending;
        }
        catch (error) {
            throw new CopyError("target", ref, error);
        }
        if (existing && existing !== root.digest && !request.overwrite) {
            throw new TagConflictError(ref, existing, root.digest);
        }
        plans.push({ ref, repo, tag, existing, previous: undefined });
    }
    if (!request.dryRun) {
        await Promise.all(plans.map(async (plan) => {
            if (!plan.tag || !plan.existing || plan.existing === root.digest)
                return;
            try {
                // By digest: exactly the manifest the HEAD saw, even if the tag moves meanwhile.
                const { bytes, mediaType, digest } = await client.getManifest(plan.repo, plan.existing);
                plan.previous = { bytes, mediaType, digest };
            }
            catch (error) {
                throw new CopyError("target", plan.ref, error);
            }
        }));
    }
    return plans;
}
/** 3. The content of every target, by digest. */
async function copyContent(request, deps, now, source, graph, platforms, plans) {
    const { client, logger } = deps;
    const { root } = graph;
    // 3. Content of every target, by digest.
    const limiter = new _limiter_js__WEBPACK_IMPORTED_MODULE_2__/* .HostLimiter */ .h(request.concurrency);
    // Existence checks and mounts move no bytes: more of them in flight than transfers, still bounded.
    const checks = new _limiter_js__WEBPACK_IMPORTED_MODULE_2__/* .HostLimiter */ .h(request.concurrency * CHECKS_PER_TRANSFER);
    const hostBlobs = new Map();
    const reports = [];
    for (const plan of plans) {
        const started = now();
        const counters = { copiedBlobs: 0, mountedBlobs: 0, skippedBlobs: 0, copiedBytes: 0 };
        const copier = new TargetCopier({
            client,
            logger,
            source,
            target: plan.repo,
            limiter,
            checks,
            hostBlobs,
            counters,
            dryRun: request.dryRun,
            // One target whose tag is the only write after its content: the tag's PUT is the root's
            // (one round trip less), and nothing else has to find the root there before it. With
            // more targets, or referrers, the root goes in by digest first, so that a manifest the
            // registry refuses fails the copy before any tag moves.
            ...(plans.length === 1 && plan.tag && plan.existing !== root.digest && graph.attached.length === 0
                ? { writtenByTag: root.digest }
                : {}),
        });
        try {
            // The target tag already holds the root: it is complete (a registry refuses a manifest whose parts are missing).
            if (plan.existing === root.digest)
                copier.markPresent(root);
            else
                await copier.ensure(root);
            for (const attached of graph.attached)
                await copier.ensure(attached.node);
        }
        catch (error) {
            throw new CopyError("target", plan.ref, error);
        }
        const tag = plan.tag;
        reports.push({
            ...counters,
            reference: `${(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepository */ .Sh)(plan.repo)}${tag ? `:${tag}` : ""}`,
            repository: plan.repo,
            tag,
            digest: root.digest,
            image: `${(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepository */ .Sh)(plan.repo)}${tag ? `:${tag}` : ""}@${root.digest}`,
            platforms,
            tagAction: !tag ? "none" : plan.existing === root.digest ? "unchanged" : plan.existing ? "moved" : "created",
            referrers: graph.attached.length,
            durationMs: now() - started,
        });
    }
    return reports;
}
/**
 * 4. Tags, last, for every target at once: first planned (reads only), then written, attached
 * tags before the targets' own; a failed write puts back the tags this run had moved.
 */
async function writeTargetTags(request, deps, now, graph, plans, reports) {
    const { client, logger } = deps;
    const { root } = graph;
    const writes = [];
    const content = { digest: root.digest, bytes: root.bytes, mediaType: root.mediaType };
    for (const [target, plan] of plans.entries()) {
        try {
            writes.push(...(await planAttachedTags(client, logger, graph, plan.repo, request.overwrite, target)));
        }
        catch (error) {
            throw new CopyError("target", plan.ref, error);
        }
        if (plan.tag && plan.existing !== root.digest) {
            writes.push({ target, repo: plan.repo, tag: plan.tag, kind: "target", content, previous: plan.previous });
        }
    }
    try {
        await (0,_tag_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTags */ .p)((0,_tag_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .orderTagWrites */ .hC)(writes), {
            put: async (write) => {
                const begun = now();
                const plan = plans[write.target];
                if (write.kind === "target" && plan)
                    await putTag(client, plan.ref, write.repo, write.tag, root);
                else
                    await client.putManifest(write.repo, write.tag, write.content.bytes, write.content.mediaType);
                const report = reports[write.target];
                if (report)
                    report.durationMs += now() - begun;
            },
            restore: async (write) => {
                if (write.previous) {
                    await client.putManifest(write.repo, write.tag, write.previous.bytes, write.previous.mediaType);
                }
            },
            probe: async (write) => (await client.headManifest(write.repo, write.tag, true))?.digest,
        });
    }
    catch (error) {
        if (!(error instanceof _tag_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .TagWriteError */ .e6))
            throw error;
        const tagPhase = { failedTag: (0,_tag_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .tagName */ .wZ)(error.write), rollback: error.rollback };
        const cause = error.cause;
        if (cause instanceof ImmutableTagError)
            throw new ImmutableTagError(cause.reference, cause.message, tagPhase);
        const ref = plans[error.write.target]?.ref ?? request.source;
        throw new CopyError("target", ref, cause, tagPhase);
    }
}
async function putTag(client, ref, repo, tag, node) {
    try {
        await client.putManifest(repo, tag, node.bytes, node.mediaType);
    }
    catch (error) {
        // ECR: an immutable repository refuses to move a tag; the same digest is success.
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl && error.status === 400 && /immutable|already exists/i.test(error.message)) {
            const current = await client.headManifest(repo, tag, true);
            if (current?.digest === node.digest)
                return;
            throw new ImmutableTagError(ref, error.message);
        }
        throw error;
    }
}
async function loadGraph(client, repo, reference, withReferrers) {
    const nodes = new Map();
    // The tag list (for fallback and cosign tags) is read while the manifests load.
    const tagList = withReferrers ? client.listTags(repo) : undefined;
    tagList?.catch(() => undefined);
    const fallbackIndexes = new Map();
    const lookups = new Map();
    const load = (ref) => {
        const cached = nodes.get(ref);
        if (cached)
            return cached;
        const pending = (async () => {
            const manifest = await client.getManifest(repo, ref);
            const { json } = manifest;
            if (manifest.mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaType */ .zu.DockerManifestV1Signed || json.schemaVersion === 1) {
                throw new UnusableReferenceError(`is a Docker schema 1 manifest (${ref}), which registries no longer accept`, "push the image again with a current docker or buildx (schema 2 or OCI)");
            }
            const childDigests = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isIndex */ .nw)(manifest.mediaType) ? (json.manifests ?? []).map((child) => child.digest) : [];
            // What refers to this manifest and to its children is asked for now, while the children
            // load: visit() below waits for answers already on their way (one round trip less).
            if (tagList)
                for (const digest of [manifest.digest, ...childDigests])
                    referrersOf(digest);
            const children = await Promise.all(childDigests.map(load));
            const blobs = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isIndex */ .nw)(manifest.mediaType) ? [] : [...(json.config ? [json.config] : []), ...(json.layers ?? [])];
            const node = { ...manifest, children, blobs };
            nodes.set(manifest.digest, Promise.resolve(node));
            return node;
        })();
        nodes.set(ref, pending);
        return pending;
    };
    // What refers to one manifest: the referrers API or its fallback tag, then cosign's tags.
    const lookup = async (digest) => {
        const tags = new Set(await tagList);
        const found = [];
        let descriptors = await client.referrersApi(repo, digest);
        const fallback = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestTag */ .t9)(digest);
        if (!descriptors && tags.has(fallback)) {
            const index = await client.getManifest(repo, fallback);
            fallbackIndexes.set(digest, { bytes: index.bytes, mediaType: index.mediaType });
            descriptors = index.json.manifests ?? [];
        }
        for (const descriptor of descriptors ?? []) {
            found.push({ node: await load(descriptor.digest), subject: digest, tag: undefined, descriptor });
        }
        for (const suffix of COSIGN_SUFFIXES) {
            const tag = `${fallback}${suffix}`;
            if (!tags.has(tag))
                continue;
            const node = await load(tag);
            const descriptor = { mediaType: node.mediaType, digest: node.digest, size: node.bytes.length };
            found.push({ node, subject: digest, tag, descriptor });
        }
        return found;
    };
    /** One lookup per digest, started by whichever comes first: load() or visit(). */
    const referrersOf = (digest) => {
        let pending = lookups.get(digest);
        if (!pending) {
            pending = lookup(digest);
            // Awaited by visit(); a lookup started for a load that then failed must not go unhandled.
            pending.catch(() => undefined);
            lookups.set(digest, pending);
        }
        return pending;
    };
    const root = await load(reference);
    const graph = { repo, root, attached: [], fallbackIndexes };
    if (!tagList)
        return graph;
    const seen = new Set();
    const visit = async (node) => {
        const subjects = [node, ...allChildren(node)].filter((subject) => {
            if (seen.has(subject.digest))
                return false;
            seen.add(subject.digest);
            return true;
        });
        // Looked up in parallel, recorded in a fixed order (a rebuilt fallback index stays the same).
        const results = await Promise.all(subjects.map((subject) => referrersOf(subject.digest)));
        for (const attached of results.flat()) {
            graph.attached.push(attached);
            await visit(attached.node);
        }
    };
    await visit(root);
    return graph;
}
function allChildren(node) {
    return node.children.flatMap((child) => [child, ...allChildren(child)]);
}
async function platformsOf(client, repo, root) {
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isIndex */ .nw)(root.mediaType)) {
        return (root.json.manifests ?? []).map((m) => (0,_platforms_js__WEBPACK_IMPORTED_MODULE_6__/* .formatPlatform */ .Bq)(m.platform)).filter(Boolean);
    }
    const config = root.json.config;
    if (!config || config.size > 1 << 20 || root.json.artifactType)
        return [];
    const bytes = await client.readBlobBytes(repo, config.digest, config.size);
    try {
        const parsed = JSON.parse(bytes.toString("utf8"));
        return parsed.os && parsed.architecture
            ? [
                (0,_platforms_js__WEBPACK_IMPORTED_MODULE_6__/* .formatPlatform */ .Bq)({
                    os: parsed.os,
                    architecture: parsed.architecture,
                    ...(parsed.variant ? { variant: parsed.variant } : {}),
                }),
            ]
            : [];
    }
    catch {
        return [];
    }
}
/**
 * The tag writes that carry referrers to one target: cosign tags, and referrer fallback indexes
 * (merged with what the target has). Reads only; each write remembers what the tag held.
 */
async function planAttachedTags(client, logger, graph, target, overwrite, targetIndex) {
    const writes = [];
    const write = (tag, content, previous) => {
        writes.push({ target: targetIndex, repo: target, tag, kind: "attached", content, previous });
    };
    const bySubject = new Map();
    for (const attached of graph.attached) {
        if (attached.tag) {
            const current = await client.headManifest(target, attached.tag, true);
            if (current?.digest === attached.node.digest)
                continue;
            if (current && !overwrite) {
                logger.warning(`${(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepository */ .Sh)(target)}:${attached.tag} holds ${current.digest}; left as it is (overwrite is off)`);
                continue;
            }
            const previous = current ? await client.getManifest(target, current.digest) : undefined;
            write(attached.tag, attached.node, previous);
            continue;
        }
        bySubject.set(attached.subject, [...(bySubject.get(attached.subject) ?? []), attached]);
    }
    for (const [subject, referrers] of bySubject) {
        // A registry with the referrers API indexed them when they were put.
        if ((await client.referrersApi(target, subject)) !== undefined)
            continue;
        const tag = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestTag */ .t9)(subject);
        const existing = await client.headManifest(target, tag, true);
        const sourceIndex = graph.fallbackIndexes.get(subject);
        if (!existing && sourceIndex) {
            write(tag, { ...sourceIndex, digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Digest */ .sI)(sourceIndex.bytes) }, undefined);
            continue;
        }
        const current = existing ? await client.getManifest(target, existing.digest) : undefined;
        const manifests = current?.json.manifests ?? [];
        const known = new Set(manifests.map((m) => m.digest));
        const missing = referrers.filter((r) => !known.has(r.node.digest));
        if (missing.length === 0)
            continue;
        const index = {
            schemaVersion: 2,
            mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaType */ .zu.OciIndex,
            manifests: [
                ...manifests,
                ...missing.map((r) => ({
                    mediaType: r.node.mediaType,
                    digest: r.node.digest,
                    size: r.node.bytes.length,
                    ...((r.node.json.artifactType ?? r.node.json.config?.mediaType)
                        ? { artifactType: r.node.json.artifactType ?? r.node.json.config?.mediaType }
                        : {}),
                    ...(r.node.json.annotations ? { annotations: r.node.json.annotations } : {}),
                })),
            ],
        };
        const bytes = Buffer.from(JSON.stringify(index));
        write(tag, { bytes, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MediaType */ .zu.OciIndex, digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Digest */ .sI)(bytes) }, current);
    }
    return writes;
}
class TargetCopier {
    o;
    manifests = new Map();
    blobs = new Map();
    presence = new Map();
    constructor(options) {
        this.o = options;
    }
    /** A manifest and everything under it; a manifest the target has is complete already. */
    ensure(node) {
        let pending = this.manifests.get(node.digest);
        if (!pending) {
            pending = this.copyNode(node);
            this.manifests.set(node.digest, pending);
        }
        return pending;
    }
    /** Known to be at the target already: counted as skipped without asking again. */
    markPresent(node) {
        if (this.manifests.has(node.digest))
            return;
        this.manifests.set(node.digest, Promise.resolve());
        this.skipAll(node);
    }
    async copyNode(node) {
        const { client, target } = this.o;
        // An index's children are asked for in the same round trip as the index: when the index is
        // missing, so usually are they, and their answers are then already in. When the index is
        // there, a few HEADs were asked for nothing.
        for (const child of node.children)
            this.present(child).catch(() => undefined);
        if (await this.present(node)) {
            this.skipAll(node);
            return;
        }
        await Promise.all([...node.children.map((child) => this.ensure(child)), ...node.blobs.map((b) => this.blob(b))]);
        if (!this.o.dryRun && node.digest !== this.o.writtenByTag) {
            await client.putManifest(target, node.digest, node.bytes, node.mediaType);
        }
    }
    /** Whether the target has this manifest: one HEAD per digest, however many ask. */
    present(node) {
        let pending = this.presence.get(node.digest);
        if (!pending) {
            pending = this.o.client.headManifest(this.o.target, node.digest, true).then((head) => head !== undefined);
            this.presence.set(node.digest, pending);
        }
        return pending;
    }
    skipAll(node) {
        for (const blob of node.blobs) {
            if (!this.blobs.has(blob.digest)) {
                this.blobs.set(blob.digest, Promise.resolve());
                this.o.counters.skippedBlobs++;
            }
        }
        for (const child of node.children) {
            if (!this.manifests.has(child.digest)) {
                this.manifests.set(child.digest, Promise.resolve());
                this.skipAll(child);
            }
        }
    }
    blob(descriptor) {
        let pending = this.blobs.get(descriptor.digest);
        if (!pending) {
            pending = this.copyBlob(descriptor);
            this.blobs.set(descriptor.digest, pending);
        }
        return pending;
    }
    async copyBlob(descriptor) {
        const { source, target, counters, limiter, checks } = this.o;
        // Non-distributable layers (`urls`) live elsewhere by design: never copied.
        if (descriptor.urls?.length) {
            counters.skippedBlobs++;
            return;
        }
        // HEAD and mount under the checks limit; only a transfer takes a transfer slot.
        const outcome = await checks.run([target.registry], () => this.checkBlob(descriptor));
        if (!outcome)
            return;
        await limiter.run([source.registry, target.registry], async () => {
            await this.transfer(descriptor, outcome.location);
            counters.copiedBlobs++;
            counters.copiedBytes += descriptor.size;
            this.knownBlobs().set(descriptor.digest, target.repository);
        });
    }
    /** The target registry's digest -> a repository there that holds it (where to mount from). */
    knownBlobs() {
        const { hostBlobs, target } = this.o;
        let known = hostBlobs.get(target.registry);
        if (!known) {
            known = new Map();
            hostBlobs.set(target.registry, known);
        }
        return known;
    }
    /**
     * Whether a blob is to be transferred (and into which upload session), or is at the target
     * already, or has been mounted there. Where a repository on the target's registry holds it,
     * the mount goes first, without a HEAD: one round trip per blob instead of two in a promotion
     * within one registry. A registry links a blob the target had as well, so such a blob counts
     * as mounted there. Only a refused mount (no link, an upload session instead) asks the HEAD.
     * (A HEAD sent beside the mount raced the link: distribution answered it 500 at times.)
     */
    async checkBlob(descriptor) {
        const { client, source, target, counters } = this.o;
        const known = this.knownBlobs();
        const mountFrom = target.registry === source.registry && target.repository !== source.repository
            ? source.repository
            : known.get(descriptor.digest);
        const mountable = mountFrom !== undefined && mountFrom !== target.repository;
        let session;
        if (mountable && !this.o.dryRun) {
            const mount = await this.mount(descriptor.digest, mountFrom);
            if (mount?.mounted) {
                counters.mountedBlobs++;
                known.set(descriptor.digest, target.repository);
                return undefined;
            }
            session = mount?.location;
        }
        if ((await client.headBlob(target, descriptor.digest, true)) !== undefined) {
            counters.skippedBlobs++;
            // The refused mount opened an upload session that nothing will use.
            if (session)
                await client.cancelUpload(target, session);
            return undefined;
        }
        if (this.o.dryRun) {
            if (mountable)
                counters.mountedBlobs++;
            else {
                counters.copiedBlobs++;
                counters.copiedBytes += descriptor.size;
            }
            return undefined;
        }
        // The session a refused mount opened waits for a transfer slot of this same run.
        return session ? { location: session } : {};
    }
    /**
     * A mount, or undefined where the registry answered it with a client error (a `from` the
     * credentials cannot read, say): the blob may still be at the target, or be copied, as it was
     * before mounts were asked first. What is worth retrying (server, network, 429), once the
     * client's retries are spent, still fails the copy.
     */
    async mount(digest, from) {
        try {
            const mount = await this.o.client.mountBlob(this.o.target, digest, from);
            if (!mount.mounted)
                this.o.logger.debug(`mount of ${digest} from ${from} refused`);
            return mount;
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3)(error))
                throw error;
            this.o.logger.debug(`mount of ${digest} from ${from} failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); checking the target`);
            return undefined;
        }
    }
    /** Streams source to target; a failed transfer restarts with a new upload session. */
    async transfer(descriptor, openLocation) {
        const { client, source, target } = this.o;
        const budget = client.retryBudget();
        let location = openLocation;
        let authRetried = false;
        let chunked = false;
        for (;;) {
            try {
                const body = client.readBlob(source, descriptor.digest, descriptor.size);
                if (chunked) {
                    await client.uploadChunked(target, descriptor.digest, body);
                    return;
                }
                location ??= await client.startUpload(target);
                await client.finishUpload(target, location, descriptor.digest, descriptor.size, body);
                return;
            }
            catch (error) {
                location = undefined;
                // 413: this registry wants chunks (monolithic stays the default: ECR mishandles chunks).
                // A change of method, not a failure: it costs no attempt.
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl && error.status === 413 && !chunked) {
                    chunked = true;
                    this.o.logger.info(`${target.registry} refused a monolithic upload of ${descriptor.digest}; uploading in chunks`);
                    continue;
                }
                // A token that lapsed during a streamed upload: refreshed once, then the transfer restarts.
                const expired = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl && error.status === 401 && !authRetried;
                if (expired)
                    authRetried = true;
                if (!(expired || (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3)(error)))
                    throw error;
                await budget.spend(error, {
                    onRetry: (_, delay) => this.o.logger.info(`upload of ${descriptor.digest} failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); retrying in ${delay} ms`),
                });
            }
        }
    }
}


/***/ }),

/***/ 908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fB: () => (/* binding */ chainResolvers),
  D: () => (/* binding */ dockerConfigCredentials),
  dQ: () => (/* binding */ ecrCredentials),
  Ve: () => (/* binding */ explicitCredentials),
  ZZ: () => (/* binding */ githubTokenCredentials),
  Zz: () => (/* binding */ runCredentialHelper)
});

;// CONCATENATED MODULE: ./packages/process/src/child-process.ts
/**
 * node:child_process, loaded at the first child rather than with the module: it brings net,
 * dgram and the pipe bindings (about 3 ms of start-up), and an action that may never run a child
 * (promote-image runs one only for a docker credential helper) should not pay for it.
 */
function childProcess() {
    return process.getBuiltinModule("node:child_process");
}

;// CONCATENATED MODULE: ./packages/process/src/environment.ts
/**
 * The child-environment policies of the suite, side by side: each names what a kind of child
 * gets from the step's environment.
 * - `childEnvironment`: the default of every Exec: all but the step's inputs and the OIDC request.
 * - `gitBaseEnvironment`: git talking to a GitHub remote (update-overlay): what git needs from the
 *   runner, proxies included, and nothing else (no other step's secrets).
 * - `terraformEnvironment`: terraform (drift-report): `childEnvironment` keeping the OIDC request
 *   (providers' use_oidc), never prompting.
 * - `releaseEnvironment` / `confineEnvironment`: semantic-release and the git it runs: all but the
 *   runner's plumbing and other git credentials.
 */
const OIDC_REQUEST = /^ACTIONS_ID_TOKEN_REQUEST_/;
const GIT_BASE_VARIABLES = (/* unused pure expression or super */ null && ([
    "PATH",
    "HOME",
    "LANG",
    "TMPDIR",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
]));
/** What git needs from the runner (PATH, HOME, locale, temp, proxies); nothing else. */
function gitBaseEnvironment(env) {
    return Object.fromEntries(GIT_BASE_VARIABLES.filter((name) => env[name] !== undefined).map((name) => [name, env[name]]));
}
/**
 * The environment a child command gets: ours, minus the step's inputs (a password or token
 * input is an INPUT_* variable) and the OIDC request variables, which only a command that
 * asks for its own token needs: name those in `keep` (terraform providers' use_oidc does).
 */
function childEnvironment(env, options = {}) {
    const keep = new Set(options.keep ?? []);
    const result = {};
    for (const [key, value] of Object.entries(env)) {
        if (value === undefined || key.startsWith("INPUT_"))
            continue;
        if (OIDC_REQUEST.test(key) && !keep.has(key))
            continue;
        result[key] = value;
    }
    return result;
}
/** The OIDC request variables, for `childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES })`. */
const OIDC_REQUEST_VARIABLES = (/* unused pure expression or super */ null && (["ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"]));
/** `base` with `overrides` applied: a string sets a variable, undefined removes it. */
function withOverrides(base, overrides) {
    const result = { ...base };
    for (const [key, value] of Object.entries(overrides ?? {})) {
        if (value === undefined)
            delete result[key];
        else
            result[key] = value;
    }
    return result;
}
/**
 * The environment terraform runs with: the runner's minus the step's inputs (the GitHub token
 * is one), never prompting. The OIDC request variables stay: providers' use_oidc reads them.
 */
function terraformEnvironment(env) {
    return { TF_IN_AUTOMATION: "1", TF_INPUT: "0", ...childEnvironment(env, { keep: OIDC_REQUEST_VARIABLES }) };
}
/**
 * Variables semantic-release, its bundled plugins and the git they run never read, which the
 * runner fills with credentials or plumbing:
 * - `INPUT_*`: the step's inputs, github-token among them (it is handed over as GITHUB_TOKEN);
 * - `ACTIONS_*`: ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN (they mint OIDC tokens for the job: cloud
 *   credentials), ACTIONS_RUNTIME_TOKEN/_URL, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL (cache and
 *   artifact services);
 * - `STATE_*`: a post step's saved state;
 * - the other git credentials semantic-release would try for its pushes besides GITHUB_TOKEN
 *   (and GH_TOKEN, which the github plugin prefers to it): github-token is the one token used.
 */
const dropped = (/* unused pure expression or super */ null && ([/^INPUT_/, /^ACTIONS_/, /^STATE_/]));
const otherCredentials = new Set([
    "GH_TOKEN",
    "GIT_CREDENTIALS",
    "GL_TOKEN",
    "GITLAB_TOKEN",
    "BB_TOKEN",
    "BITBUCKET_TOKEN",
    "BB_TOKEN_BASIC_AUTH",
    "BITBUCKET_TOKEN_BASIC_AUTH",
]);
/**
 * Whether semantic-release gets a variable. Everything not dropped above is kept, notably what
 * env-ci reads to recognise the run (GITHUB_ACTIONS, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH,
 * GITHUB_REF, GITHUB_SHA, GITHUB_RUN_ID, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_WORKSPACE),
 * CI and RUNNER_*, what the github plugin reads (GITHUB_TOKEN, GH_URL/GITHUB_URL, GITHUB_API_URL,
 * GH_PREFIX, http_proxy/HTTP_PROXY), what git needs (HOME, PATH, GIT_*, SSH_AUTH_SOCK, proxy and
 * CA variables), and the workflow's own `env:`, which a release.config.js may read.
 */
function keptForRelease(name) {
    return !otherCredentials.has(name) && !dropped.some((pattern) => pattern.test(name));
}
/** `env` without the variables semantic-release does not get. */
function releaseEnvironment(env) {
    const result = {};
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && keptForRelease(name))
            result[name] = value;
    }
    return result;
}
/**
 * Removes the same variables from `target` itself (the action's process.env, once its inputs
 * are read): semantic-release runs git through execa, which adds process.env to the environment
 * it is handed, and the plugins run in this process. Returns the names removed.
 */
function confineEnvironment(target) {
    const removed = Object.keys(target).filter((name) => !keptForRelease(name));
    for (const name of removed)
        delete target[name];
    return removed.sort();
}

;// CONCATENATED MODULE: ./packages/process/src/exec.ts


/** The error an Exec rejects with when `command` cannot be started. */
function startError(command, error) {
    return error.code === "ENOENT" ? new Error(`${command} is not installed or not on PATH`) : error;
}
/** Calls `sink` once per line; `end()` flushes a last line that has no newline. */
function lineSplitter(sink) {
    let pending = "";
    return {
        push: (chunk) => {
            const lines = (pending + chunk.toString("utf8")).split("\n");
            pending = lines.pop() ?? "";
            for (const line of lines)
                sink(line);
        },
        end: () => {
            if (pending)
                sink(pending);
            pending = "";
        },
    };
}
/**
 * An Exec on node:child_process. Output is kept as Buffers until the end: `terraform show
 * -json` of a large plan is tens of megabytes and per-chunk string concatenation would copy
 * it again and again. The base environment defaults to ours without the step's inputs and
 * the OIDC request variables (`childEnvironment`). With `timeoutMs`, a command still running
 * then is killed (SIGTERM) and resolves with exit code 128.
 */
function createNodeExec(defaults = {}) {
    return (command, args, options = {}) => new Promise((resolve, reject) => {
        const env = withOverrides(defaults.env ?? childEnvironment(process.env), options.env);
        const stdinMode = options.stdin === undefined ? "ignore" : "pipe";
        const child = childProcess().spawn(command, args, {
            cwd: options.cwd,
            env,
            stdio: [stdinMode, "pipe", "pipe"],
        });
        // Our own timer rather than spawn's `timeout`: Node clears that one only on 'exit',
        // which a command that never started (ENOENT) does not emit, so the timer would hold
        // the process open for the whole timeout after the failure was already reported.
        const timer = defaults.timeoutMs === undefined ? undefined : setTimeout(() => child.kill("SIGTERM"), defaults.timeoutMs);
        const settle = () => clearTimeout(timer);
        const stdout = [];
        const stderr = [];
        const outLines = options.onStdoutLine ? lineSplitter(options.onStdoutLine) : undefined;
        const errLines = options.onStderrLine ? lineSplitter(options.onStderrLine) : undefined;
        child.stdout?.on("data", (chunk) => {
            stdout.push(chunk);
            outLines?.push(chunk);
        });
        child.stderr?.on("data", (chunk) => {
            stderr.push(chunk);
            errLines?.push(chunk);
        });
        child.on("error", (error) => {
            settle();
            reject(startError(command, error));
        });
        child.on("close", (code, signal) => {
            settle();
            outLines?.end();
            errLines?.end();
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString("utf8"),
                stderr: Buffer.concat(stderr).toString("utf8"),
            });
        });
        if (child.stdin) {
            // A command that exits without reading its input must not crash us with EPIPE.
            child.stdin.on("error", () => { });
            child.stdin.end(options.stdin);
        }
    });
}
/** The default node Exec: base environment `childEnvironment(process.env)`. */
const nodeExec = createNodeExec();

// EXTERNAL MODULE: ./packages/oci/src/docker-config.ts
var docker_config = __webpack_require__(156);
// EXTERNAL MODULE: ./packages/oci/src/ecr-host.ts
var ecr_host = __webpack_require__(514);
// EXTERNAL MODULE: ./packages/oci/src/reference.ts
var reference = __webpack_require__(768);
;// CONCATENATED MODULE: ./packages/oci/src/credentials.ts




/** First match wins. */
function chainResolvers(...resolvers) {
    return async (registry) => {
        for (const resolver of resolvers) {
            const credential = await resolver(registry);
            if (credential)
                return credential;
        }
        return undefined;
    };
}
/** Explicit username/password, for the given hosts only (undefined hosts: any host). */
function explicitCredentials(username, password, hosts) {
    return async (registry) => (!hosts || hosts.includes(registry) ? { kind: "basic", username, password } : undefined);
}
/** ghcr.io with a GitHub token (any user name is accepted; the token decides). */
function githubTokenCredentials(token) {
    return async (registry) => registry === "ghcr.io" ? { kind: "basic", username: "x-access-token", password: token } : undefined;
}
/**
 * Amazon ECR hosts through GetAuthorizationToken (injected: `@platform/aws`). One call per
 * region, cached; `extraHosts` lets a stand-in registry (tests) be treated as ECR.
 */
function ecrCredentials(authorize, options = {}) {
    const cache = new Map();
    return async (registry) => {
        const host = (0,ecr_host/* parseEcrHost */.wl)(registry);
        const extra = options.extraHosts?.[registry];
        const region = host?.region ?? extra?.region;
        const registryId = host?.accountId ?? extra?.registryId;
        if (!region || !registryId)
            return undefined;
        const key = `${region}/${registryId}`;
        let pending = cache.get(key);
        if (!pending) {
            pending = authorize({ region, registryIds: [registryId] });
            cache.set(key, pending);
        }
        const answers = await pending;
        const found = answers.find((a) => a.registry === registry) ?? answers[0];
        return found ? { kind: "basic", username: found.username, password: found.password } : undefined;
    };
}
function configKeys(registry) {
    const keys = registry === reference/* DOCKER_HUB */.Xb ? docker_config/* DOCKER_HUB_CONFIG_KEYS */.PP : [registry];
    return keys.flatMap((k) => [k, `https://${k}`, `http://${k}`, `https://${k}/v1/`, `https://${k}/v2/`]);
}
// A helper that waits for a keychain prompt must not hang the step.
const helperExec = createNodeExec({ timeoutMs: 30_000 });
/** `docker-credential-<helper> get`, the server URL on stdin; undefined when not installed or no entry. */
const runCredentialHelper = async (helper, registry) => {
    try {
        const result = await helperExec(`docker-credential-${helper}`, ["get"], { stdin: registry });
        return result.exitCode === 0 ? JSON.parse(result.stdout) : undefined;
    }
    catch {
        return undefined;
    }
};
/**
 * The docker config `docker/login-action` and `amazon-ecr-login` leave behind: `DOCKER_CONFIG`
 * or `~/.docker/config.json`, with `credHelpers`, `auths` and `credsStore` in docker's order.
 */
function dockerConfigCredentials(options = {}) {
    const dir = (0,docker_config/* dockerConfigDir */.kG)(options.env ?? process.env, options.home);
    let config;
    const load = () => {
        config ??= (0,docker_config/* readDockerConfig */.TO)(dir);
        return config;
    };
    const helper = options.helper ?? runCredentialHelper;
    const fromHelper = async (name, registry) => {
        for (const key of registry === reference/* DOCKER_HUB */.Xb ? docker_config/* DOCKER_HUB_CONFIG_KEYS */.PP : [registry, `https://${registry}`]) {
            const answer = await helper(name, key);
            if (answer?.Secret) {
                options.mask?.(answer.Secret);
                return answer.Username === "<token>"
                    ? { kind: "identity-token", identityToken: answer.Secret }
                    : { kind: "basic", username: answer.Username, password: answer.Secret };
            }
        }
        return undefined;
    };
    return async (registry) => {
        const cfg = load();
        const keys = configKeys(registry);
        const helperName = keys.map((k) => cfg.credHelpers?.[k]).find(Boolean);
        if (helperName)
            return fromHelper(helperName, registry);
        for (const key of keys) {
            const entry = cfg.auths?.[key];
            if (!entry)
                continue;
            if (entry.identitytoken) {
                options.mask?.(entry.identitytoken);
                return { kind: "identity-token", identityToken: entry.identitytoken };
            }
            if (entry.registrytoken) {
                options.mask?.(entry.registrytoken);
                return { kind: "registry-token", registryToken: entry.registrytoken };
            }
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
                const at = decoded.indexOf(":");
                if (at > 0) {
                    options.mask?.(decoded.slice(at + 1));
                    return { kind: "basic", username: decoded.slice(0, at), password: decoded.slice(at + 1) };
                }
            }
            if (entry.username && entry.password) {
                options.mask?.(entry.password);
                return { kind: "basic", username: entry.username, password: entry.password };
            }
        }
        if (cfg.credsStore)
            return fromHelper(cfg.credsStore, registry);
        return undefined;
    };
}


/***/ }),

/***/ 253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   t9: () => (/* binding */ digestTag)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(data).digest("hex")}`;
}
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
/** `sha256:abc` -> `sha256-abc`: the tag scheme of the referrers fallback and cosign. */
function digestTag(digest) {
    return digest.replace(":", "-");
}


/***/ }),

/***/ 156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ configKeyHost),
/* harmony export */   PP: () => (/* binding */ DOCKER_HUB_CONFIG_KEYS),
/* harmony export */   TO: () => (/* binding */ readDockerConfig),
/* harmony export */   Y4: () => (/* binding */ dockerConfigKey),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(768);




/**
 * Docker's config file (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`): where it is,
 * how it reads, and how its keys name registries. The one home of these rules: the copy
 * engine reads logins from it, build-push-oidc writes a private one.
 */
/** Where docker itself keeps Docker Hub credentials in a config file. */
const DOCKER_HUB_CONFIG_KEY = "https://index.docker.io/v1/";
/** The keys docker and the login actions may have used for Docker Hub, the canonical one first. */
const DOCKER_HUB_CONFIG_KEYS = [DOCKER_HUB_CONFIG_KEY, ..._reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB_ALIASES */ .Kd];
/** The `auths` key docker uses for a registry host. */
function dockerConfigKey(host) {
    return host === _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb ? DOCKER_HUB_CONFIG_KEY : host;
}
/**
 * The host a config key stands for, as docker's ConvertToHostname reads it (`https://host/v1/`
 * -> `host`), with Docker Hub's names folded into one.
 */
function configKeyHost(key) {
    const host = (key.replace(/^https?:\/\//, "").split("/")[0] ?? "").toLowerCase();
    return _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB_ALIASES */ .Kd.includes(host) ? _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb : host;
}
/** The directory docker reads: $DOCKER_CONFIG, else ~/.docker. */
function dockerConfigDir(env = process.env, home = node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir()) {
    return env.DOCKER_CONFIG ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, ".docker");
}
/** The parsed config.json of `dir`; `{}` when there is none or it cannot be read (docker's problem, not ours). */
function readDockerConfig(dir) {
    const file = dir ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, "config.json") : undefined;
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8"));
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ isAwsRegion),
/* harmony export */   R5: () => (/* binding */ isEcrHost),
/* harmony export */   wl: () => (/* binding */ parseEcrHost)
/* harmony export */ });
/**
 * Amazon ECR private registry hosts: the one rule every action uses to decide that a registry
 * is ECR (and so gets its login from GetAuthorizationToken). The forms are those AWS documents
 * for docker clients:
 * - `<account>.dkr.ecr.<region>.amazonaws.com` (and `.amazonaws.com.cn` in the China regions);
 * - FIPS: `<account>.dkr.ecr-fips.<region>.amazonaws.com`;
 * - dual-stack (IPv6): `<account>.dkr-ecr[-fips].<region>.on.aws`, and
 *   `.on.amazonwebservices.com.cn` in China.
 */
const AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
const ECR_HOST = /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-z0-9-]+)\.(amazonaws\.com|amazonaws\.com\.cn|on\.aws|on\.amazonwebservices\.com\.cn)$/;
/** A region code such as `eu-central-1`, `cn-north-1`, `us-gov-west-1` (its shape, not a list). */
function isAwsRegion(region) {
    return AWS_REGION.test(region);
}
/** An ECR registry host (a `:port` is allowed and ignored) -> its account and region; else undefined. */
function parseEcrHost(host) {
    const match = ECR_HOST.exec(host.toLowerCase().replace(/:\d+$/, ""));
    const [, accountId, fips, region, domain] = match ?? [];
    if (!accountId || !region || !domain || !isAwsRegion(region))
        return undefined;
    // The China partition's hosts name China regions only, and the others never do.
    if (domain.endsWith(".cn") !== region.startsWith("cn-"))
        return undefined;
    return { accountId, region, fips: fips !== undefined };
}
function isEcrHost(host) {
    return parseEcrHost(host) !== undefined;
}


/***/ }),

/***/ 346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Kf: () => (/* binding */ UntrustedEndpointError),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   Xg: () => (/* binding */ isConnectionRefused),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   bx: () => (/* binding */ isMalformedResponse),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/** A registry answered with an error status; `code` is the first distribution error code. */
class RegistryError extends Error {
    name = "RegistryError";
    status;
    code;
    method;
    url;
    retryAfterMs;
    constructor(init) {
        super(`${init.method} ${redactUrl(init.url)}: HTTP ${init.status}${init.code ? ` ${init.code}` : ""}${init.detail ? ` (${init.detail})` : ""}`);
        this.status = init.status;
        this.code = init.code;
        this.method = init.method;
        this.url = init.url;
        this.retryAfterMs = init.retryAfterMs;
    }
}
/** Upload URLs may carry state tokens: only the path is shown. */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url;
    }
}
/**
 * A registry pointed our credentials somewhere they must not go (a token realm over plain http
 * from a registry that is not on loopback, or in the link-local/metadata range). Never retried.
 */
class UntrustedEndpointError extends Error {
    name = "UntrustedEndpointError";
    fix;
    constructor(problem, fix) {
        super(problem);
        this.fix = fix;
    }
}
/** Content that does not match its digest or size: never retried into a registry. */
class IntegrityError extends Error {
    name = "IntegrityError";
}
function isErrorLike(value) {
    return typeof value === "object" && value !== null && "message" in value;
}
function isRetryable(error) {
    for (let current = error, depth = 0; isErrorLike(current) && depth < 5; depth++) {
        if (current instanceof IntegrityError)
            return false;
        current = current.cause;
    }
    if (error instanceof RegistryError) {
        return error.status === 408 || error.status === 429 || error.status >= 500;
    }
    if (error instanceof IntegrityError)
        return false;
    return isNetworkError(error);
}
function isNetworkError(error) {
    if (!isErrorLike(error) || error.name === "AbortError")
        return false;
    const codes = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CLOSED"];
    let current = error;
    for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
        const { code, message } = current;
        if (typeof code === "string" && (codes.includes(code) || code.startsWith("UND_ERR")))
            return true;
        if (message === "fetch failed" || /terminated|other side closed|socket hang up/i.test(String(message))) {
            return true;
        }
        current = current.cause;
    }
    return false;
}
/** No connection at all: refused, no such host, no route (ENETUNREACH on a runner without IPv6). */
const UNREACHABLE = ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "EADDRNOTAVAIL"];
/** Node's HTTP parser refused the answer (HPE_HEADER_OVERFLOW, HPE_INVALID_*): not HTTP we can read. */
function isMalformedResponse(error) {
    let current = error;
    for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
        if (typeof current.code === "string" && current.code.startsWith("HPE_"))
            return true;
        current = current.cause;
    }
    return false;
}
function isConnectionRefused(error) {
    let current = error;
    for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
        const { code } = current;
        if (typeof code === "string" && UNREACHABLE.includes(code))
            return true;
        current = current.cause;
    }
    return false;
}
/** The message of anything thrown, whatever realm it came from. */
function messageOf(error) {
    return isErrorLike(error) ? String(error.message) : String(error);
}


/***/ }),

/***/ 405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ HostLimiter)
/* harmony export */ });
/** A counting semaphore: at most `limit` holders at once, first come first served. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = Math.max(1, limit);
    }
    async acquire() {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.active++;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        };
    }
}
/** One semaphore per registry host; several hosts are taken in sorted order so no two tasks deadlock. */
class HostLimiter {
    limit;
    semaphores = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    async run(hosts, task) {
        const releases = [];
        try {
            for (const host of [...new Set(hosts)].sort()) {
                let semaphore = this.semaphores.get(host);
                if (!semaphore) {
                    semaphore = new Semaphore(this.limit);
                    this.semaphores.set(host, semaphore);
                }
                releases.push(await semaphore.acquire());
            }
            return await task();
        }
        finally {
            for (const release of releases.reverse())
                release();
        }
    }
}


/***/ }),

/***/ 125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/** Manifest and blob media types the engine recognises (OCI image spec 1.1, Docker schema 2). */
const MediaType = {
    OciIndex: "application/vnd.oci.image.index.v1+json",
    OciManifest: "application/vnd.oci.image.manifest.v1+json",
    OciEmpty: "application/vnd.oci.empty.v1+json",
    DockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
    DockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
    DockerManifestV1Signed: "application/vnd.docker.distribution.manifest.v1+prettyjws",
};
const INDEX_TYPES = [MediaType.OciIndex, MediaType.DockerManifestList];
/** What we ask a registry for: every manifest kind we can copy, so nothing is converted. */
const MANIFEST_ACCEPT = [
    MediaType.OciIndex,
    MediaType.DockerManifestList,
    MediaType.OciManifest,
    MediaType.DockerManifest,
].join(", ");
function isIndex(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   JP: () => (/* binding */ InvalidPlatformError),
/* harmony export */   _l: () => (/* binding */ PLATFORM_FIX)
/* harmony export */ });
// Go's GOOS/GOARCH values (what docker, buildkit and the OCI image spec use); a typo such
// as linux/amd65 must fail here rather than after a long build.
const OPERATING_SYSTEMS = new Set(["linux", "windows", "darwin", "freebsd", "netbsd", "openbsd", "illumos", "solaris"]);
const ARCHITECTURES = new Set([
    "amd64",
    "arm64",
    "arm",
    "386",
    "ppc64le",
    "ppc64",
    "s390x",
    "riscv64",
    "mips64le",
    "mips64",
    "mipsle",
    "mips",
    "loong64",
]);
const VARIANTS = {
    arm: new Set(["v5", "v6", "v7", "v8"]),
    arm64: new Set(["v8", "v8.1", "v8.2", "v8.3", "v8.4", "v8.5", "v9", "v9.1", "v9.2", "v9.3", "v9.4", "v9.5"]),
    amd64: new Set(["v1", "v2", "v3", "v4"]),
};
const PLATFORM_FIX = "use os/arch[/variant], e.g. linux/amd64, linux/arm64 or linux/arm/v7";
/** What is wrong with a platform (`reason`), in this package's terms; the action names its input. */
class InvalidPlatformError extends Error {
    name = "InvalidPlatform";
    value;
    reason;
    constructor(value, reason) {
        super(`${JSON.stringify(value)} ${reason}; ${PLATFORM_FIX}`);
        this.value = value;
        this.reason = reason;
    }
}
function formatPlatform(platform) {
    if (!platform)
        return "";
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
/** Parses `os/arch[/variant]`; throws InvalidPlatformError saying what is wrong. */
function parsePlatform(value) {
    const parts = value.split("/");
    const [os = "", architecture = "", variant] = parts;
    if (parts.length < 2 || parts.length > 3 || !OPERATING_SYSTEMS.has(os)) {
        throw new InvalidPlatformError(value, "is not a known platform");
    }
    if (!ARCHITECTURES.has(architecture)) {
        throw new InvalidPlatformError(value, `has an unknown architecture "${architecture}"`);
    }
    if (variant !== undefined && !VARIANTS[architecture]?.has(variant)) {
        throw new InvalidPlatformError(value, `has an unknown variant "${variant}" for ${architecture}`);
    }
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}


/***/ }),

/***/ 768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ MAX_NAME_LENGTH),
/* harmony export */   EV: () => (/* binding */ isRegistryHost),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Fh: () => (/* binding */ registryEndpoint),
/* harmony export */   Gp: () => (/* binding */ isLinkLocalHost),
/* harmony export */   Kd: () => (/* binding */ DOCKER_HUB_ALIASES),
/* harmony export */   QP: () => (/* binding */ isRepositoryComponent),
/* harmony export */   Sh: () => (/* binding */ formatRepository),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   fc: () => (/* binding */ GHCR),
/* harmony export */   lS: () => (/* binding */ isImageName),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
const DOCKER_HUB = "docker.io";
/** Docker Hub's other names, folded into DOCKER_HUB wherever a registry is compared. */
const DOCKER_HUB_ALIASES = ["index.docker.io", "docker.io", "registry-1.docker.io"];
const GHCR = "ghcr.io";
const alphaNumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const PATH_COMPONENT = new RegExp(`^${pathComponent}$`);
const DOMAIN = new RegExp(`^${domain}$`);
const NAME = new RegExp(`^(?:${domain}/)?${pathComponent}(?:/${pathComponent})*$`);
/** The distribution spec's limit for `host/path` (docker refuses longer names too). */
const MAX_NAME_LENGTH = 255;
// A registry host as a user writes one on its own: a name with a dot, localhost, an IPv6
// literal, or a single label with a port (`registry:5000`); a port of up to five digits.
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const REGISTRY_HOST = new RegExp(`^(?:localhost|${LABEL}(?:\\.${LABEL})+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$|^${LABEL}:\\d{1,5}$`);
// The distribution spec's tag grammar.
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
function isTag(value) {
    return TAG.test(value);
}
/** One component of a repository path: lower-case letters and digits joined by . _ __ or dashes. */
function isRepositoryComponent(value) {
    return PATH_COMPONENT.test(value);
}
/** A name without tag or digest: `[host[:port]/]path`, at most 255 characters. */
function isImageName(value) {
    return value.length <= MAX_NAME_LENGTH && NAME.test(value);
}
/** A registry host as written (with port); never one in the link-local/metadata range. */
function isRegistryHost(value) {
    return REGISTRY_HOST.test(value) && !isLinkLocalHost(value.replace(/:\d{1,5}$/, ""));
}
/**
 * 169.254.0.0/16 (IPv4 link-local: the cloud metadata and credential endpoints), fe80::/10 and
 * AWS's fd00:ec2::254: never a registry, and a request there with a token could read the
 * runner's cloud credentials. Accepts a bare host or host:port, IPv6 in brackets or not.
 */
function isLinkLocalHost(hostname) {
    let host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
    try {
        // WHATWG URL canonicalises what a connection would use: 2852039166 and 0xa9.0xfe.0xa9.0xfe are 169.254.169.254.
        host = new URL(`http://${host.includes(":") ? `[${host}]` : host}/`).hostname.replace(/^\[|\]$/g, "");
    }
    catch {
        // Not a URL host at all: the registry grammar refuses it elsewhere.
    }
    return (/^169\.254\.\d+\.\d+$/.test(host) ||
        /^::ffff:(169\.254\.|a9fe:)/.test(host) ||
        /^fe[89ab][0-9a-f]?:/.test(host) ||
        /^fd00:ec2:(0*:)*:?0*254$/.test(host));
}
/** `host` or `host:port` without the port (IPv6 stays in brackets). */
function hostOf(registry) {
    return registry.replace(/:\d+$/, "");
}
class InvalidReferenceError extends Error {
    name = "InvalidReference";
}
/**
 * Parses and normalises; throws InvalidReference naming what is wrong. Without a tag or
 * digest the tag is `latest`, unless `defaultTag` is false (a target takes the source's tag).
 */
function parseReference(input, options = {}) {
    const value = input.trim();
    if (value === "")
        throw new InvalidReferenceError("is empty");
    let rest = value;
    let digest;
    const at = rest.indexOf("@");
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new InvalidReferenceError(`has a malformed digest "${digest}"`);
        if (digest.startsWith("sha256:") && !SHA256.test(digest)) {
            throw new InvalidReferenceError(`has a malformed sha256 digest "${digest}" (64 lower-case hex digits expected)`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf("/");
    const colon = rest.lastIndexOf(":");
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag))
            throw new InvalidReferenceError(`has an invalid tag "${tag}"`);
    }
    let registry = DOCKER_HUB;
    let repository = rest;
    const slash = rest.indexOf("/");
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase()) {
            registry = first;
            repository = rest.slice(slash + 1);
            if (!DOMAIN.test(registry))
                throw new InvalidReferenceError(`has an invalid registry host "${registry}"`);
            if (isLinkLocalHost(hostOf(registry))) {
                throw new InvalidReferenceError(`names a registry in the link-local/metadata range ("${registry}"), where no registry runs`);
            }
        }
    }
    if (DOCKER_HUB_ALIASES.includes(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes("/"))
        repository = `library/${repository}`;
    if (!PATH.test(repository)) {
        throw new InvalidReferenceError(`has an invalid repository name "${repository}" (lower-case letters, digits, . _ - and /)`);
    }
    if (`${registry}/${repository}`.length > MAX_NAME_LENGTH)
        throw new InvalidReferenceError("has a name longer than 255 characters");
    if (!tag && !digest && options.defaultTag !== false)
        tag = "latest";
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}
function formatRepository(repo) {
    return `${repo.registry}/${repo.repository}`;
}
/** The base URL of a registry's API: Docker Hub's endpoint, plain HTTP on loopback. */
function registryEndpoint(registry) {
    if (registry === DOCKER_HUB)
        return "https://registry-1.docker.io";
    const host = registry.replace(/:\d+$/, "");
    const loopback = host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
    return `${loopback ? "http" : "https"}://${registry}`;
}


/***/ }),

/***/ 367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   uk: () => (/* binding */ realSleep),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(346);

const DEFAULT_RETRY = { attempts: 6, baseDelayMs: 200, maxDelayMs: 5_000, maxTotalDelayMs: 30_000 };
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function backoffDelay(policy, attempt, random = Math.random) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(exponential / 2 + (random() * exponential) / 2);
}
/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * The retries one operation may still make, under one policy: attempts and the total wait.
 * withRetry runs on it; a loop that cannot hand withRetry one operation (a download that resumes
 * at the byte it broke, an upload that restarts or changes its way) spends the same budget, so
 * every retry in the package stops at the same limits.
 */
class RetryBudget {
    failures = 0;
    waited = 0;
    policy;
    sleep;
    constructor(policy, sleep) {
        this.policy = policy;
        this.sleep = sleep;
    }
    /**
     * Counts one failed attempt. Resolves when one more attempt fits the policy, after its wait
     * (the registry's `Retry-After`, else the backoff); `wait: false` for a retry that needs no
     * pause (a lapsed token, a body cut short). Otherwise throws `error`.
     */
    async spend(error, options = {}) {
        this.failures++;
        if (this.failures >= this.policy.attempts)
            throw error;
        if (options.wait === false)
            return;
        const hinted = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl ? error.retryAfterMs : undefined;
        const delay = hinted ?? backoffDelay(this.policy, this.failures - 1);
        if (this.waited + delay > this.policy.maxTotalDelayMs)
            throw error;
        this.waited += delay;
        options.onRetry?.(error, delay, this.failures);
        await this.sleep(delay);
    }
}
async function withRetry(operation, options) {
    const budget = new RetryBudget(options.policy, options.sleep);
    for (let attempt = 0;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3)(error))
                throw error;
            await budget.spend(error, { onRetry: options.onRetry });
        }
    }
}


/***/ }),

/***/ 541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   II: () => (/* binding */ planRollback),
/* harmony export */   e6: () => (/* binding */ TagWriteError),
/* harmony export */   hC: () => (/* binding */ orderTagWrites),
/* harmony export */   p: () => (/* binding */ writeTags),
/* harmony export */   sR: () => (/* binding */ describeRollback),
/* harmony export */   wZ: () => (/* binding */ tagName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(346);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(768);


/** A tag write failed; the tags already written were rolled back as `rollback` says. */
class TagWriteError extends Error {
    name = "TagWriteError";
    write;
    rollback;
    constructor(write, cause, rollback) {
        super(`${tagName(write)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(cause)}`, { cause });
        this.write = write;
        this.rollback = rollback;
    }
}
function tagName(write) {
    return `${(0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRepository */ .Sh)(write.repo)}:${write.tag}`;
}
/**
 * The order of the writes: attached tags (signatures, referrer indexes) of every target first,
 * so a verifier finds them as soon as the image tag appears, then the targets' own tags. Among
 * the targets' tags, those that move (and can be put back) go before those that are new (which
 * cannot be deleted again): a refusal among the moves then leaves no target tag changed at all.
 * Otherwise target order. A tag named twice (two targets sharing a repository and its fallback
 * index) is written once. Writes that change nothing are dropped.
 */
function orderTagWrites(writes) {
    const seen = new Set();
    const ordered = [];
    const isNew = (write) => (write.kind === "target" && !write.previous ? 1 : 0);
    for (const kind of ["attached", "target"]) {
        const group = writes
            .map((write, at) => ({ write, at }))
            .filter(({ write }) => write.kind === kind)
            .sort((a, b) => isNew(a.write) - isNew(b.write) || a.write.target - b.write.target || a.at - b.at);
        for (const { write } of group) {
            const key = tagName(write);
            if (seen.has(key) || write.previous?.digest === write.content.digest)
                continue;
            seen.add(key);
            ordered.push(write);
        }
    }
    return ordered;
}
/** Undo in reverse order: a tag that existed gets its old manifest back; a new one is left. */
function planRollback(applied) {
    const reversed = [...applied].reverse();
    return {
        restore: reversed.filter((write) => write.previous !== undefined),
        left: reversed.filter((write) => write.previous === undefined),
    };
}
/** Writes in order; on the first failure, rolls back what was written and throws TagWriteError. */
async function writeTags(writes, ops) {
    const applied = [];
    for (const write of writes) {
        try {
            await ops.put(write);
            applied.push(write);
        }
        catch (error) {
            // An answer lost after the registry took the put (a reset, a 5xx from a proxy) moved the tag all the same.
            if (ops.probe && (await ops.probe(write).catch(() => undefined)) === write.content.digest)
                applied.push(write);
            throw new TagWriteError(write, error, await rollBack(applied, ops));
        }
    }
}
async function rollBack(applied, ops) {
    const plan = planRollback(applied);
    const outcome = { restored: [], left: plan.left, failed: [] };
    for (const write of plan.restore) {
        try {
            await ops.restore(write);
            outcome.restored.push(write);
        }
        catch (error) {
            outcome.failed.push({ write, error });
        }
    }
    return outcome;
}
/** One clause for the error line: what the rollback did, or that no tag had been written. */
function describeRollback(outcome) {
    const parts = [
        ...outcome.restored.map((w) => `${tagName(w)} restored to ${w.previous?.digest}`),
        ...outcome.failed.map(({ write, error }) => `${tagName(write)} NOT restored to ${write.previous?.digest} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)})`),
        ...outcome.left.map((w) => `${tagName(w)} left pointing at ${w.content.digest}`),
    ];
    if (parts.length === 0)
        return "no tag was changed";
    const note = outcome.left.length
        ? " (a tag that did not exist before cannot be deleted without deleting its manifest)"
        : "";
    return `tags written before the failure: ${parts.join(", ")}${note}`;
}


/***/ })

};
