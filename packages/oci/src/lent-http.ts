import net from "node:net";

/**
 * A GET whose body is read into a few reused buffers: the blob download's HTTP/1.1 client.
 *
 * Why not node:http: there every socket read is a new 64 KiB buffer and every body slice a
 * copy of it, both freed only when V8 collects their small JS owners. A copy between two
 * registries left tens of MB of such garbage resident (bench/README.md, "lent buffers"). Here
 * the socket reads into 64 KiB slabs (Node's `onread` option, for net and tls alike), one read
 * after another into the same slab while 16 KiB of it are left; a body chunk is a view of one,
 * lent to the consumer until it asks for the next chunk, and the slab goes back to a small pool
 * once nothing looks at it. Memory is a few slabs per download, whatever the blob's size, and
 * no garbage is made per byte.
 *
 * The consumer's side of the contract: a chunk must not be used after the next `next()`, so a
 * writer waits for its write to finish before it asks (stream-http.ts's upload does).
 *
 * What it speaks: HTTP/1.1 GET, Content-Length, chunked and close-delimited bodies, 1xx heads
 * skipped, keep-alive connections per origin (a reused one that fails before any answer is
 * replaced once, as a GET may be), http and https with Node's default trust (NODE_EXTRA_CA_CERTS
 * as for node:https). Redirects are the caller's (they decide which headers go on).
 */

export interface LentResponse extends AsyncIterableIterator<Uint8Array> {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The rest of the body as text, at most `limit` characters (an error's body). */
  text(limit?: number): Promise<string>;
  /** Abandons the body; the connection is closed. */
  destroy(): void;
}

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
  private readonly free: Buffer[] = [];
  private readonly lent = new Map<ArrayBufferLike, number>();

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafeSlow(SLAB_SIZE);
  }

  /** Counts a view of a slab as out: a chunk with the consumer, or the slab a connection fills. */
  lend(chunk: Uint8Array): void {
    this.lent.set(chunk.buffer, (this.lent.get(chunk.buffer) ?? 0) + 1);
  }

  giveBack(chunk: Uint8Array): void {
    const count = (this.lent.get(chunk.buffer) ?? 1) - 1;
    if (count > 0) {
      this.lent.set(chunk.buffer, count);
      return;
    }
    this.lent.delete(chunk.buffer);
    this.recycle(Buffer.from(chunk.buffer, 0, SLAB_SIZE));
  }

  private recycle(slab: Buffer): void {
    if (this.free.length < POOL_LIMIT) this.free.push(slab);
  }
}

const slabs = new SlabPool();

type Framing = { kind: "length"; left: number } | { kind: "chunked" } | { kind: "close" } | { kind: "none" };

/** What a connection hands its reads to: the response being read, if any. */
interface ReadSink {
  onData(data: Buffer): boolean;
  onEnd(error: Error | undefined): void;
}

class Connection {
  readonly socket: net.Socket;
  readonly origin: string;
  sink: ReadSink | undefined;
  /** Set once it has served a response: a failure before any answer is then worth one retry. */
  reused = false;
  closed = false;
  /** The slab the reads go into (lent to this connection until it moves on), and its part filled. */
  private filling: Buffer | undefined;
  private filled = 0;

  constructor(url: URL, onClose: (connection: Connection) => void) {
    this.origin = url.origin;
    const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
    // Node asks `buffer` for the room of each next read, and calls `callback` with what the
    // read put at its start.
    const onread: net.OnReadOpts = {
      buffer: () => this.nextReadRoom(),
      callback: (nread: number, room: Uint8Array): boolean => {
        this.filled += nread;
        const sink = this.sink;
        if (!sink) {
          // Bytes nobody asked for (an idle connection): the server broke the protocol.
          this.socket.destroy();
          return false;
        }
        return sink.onData((room as Buffer).subarray(0, nread));
      },
    };
    if (url.protocol === "https:") {
      // tls.connect takes `onread` as net.connect does (Node's tls docs); its types omit it.
      const options: import("node:tls").ConnectionOptions & { onread: net.OnReadOpts } = {
        host,
        port,
        ...(net.isIP(host) ? {} : { servername: host }),
        ALPNProtocols: ["http/1.1"],
        onread,
      };
      this.socket = process.getBuiltinModule("node:tls").connect(options);
    } else {
      this.socket = net.connect({ host, port, onread });
    }
    this.socket.setNoDelay(true);
    const end = (error?: Error): void => {
      if (this.closed) return;
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
  private nextReadRoom(): Buffer {
    // A closed connection reads no more: what it is given is not held.
    if (this.closed) return slabs.take();
    if (this.filling && SLAB_SIZE - this.filled >= MIN_READ) return this.filling.subarray(this.filled);
    this.leaveSlab();
    const slab = slabs.take();
    this.filling = slab;
    this.filled = 0;
    // Held while reads go into it, so a chunk given back cannot return it to the pool meanwhile.
    slabs.lend(slab);
    return slab;
  }

  private leaveSlab(): void {
    if (this.filling) slabs.giveBack(this.filling);
    this.filling = undefined;
  }
}

class ConnectionPool {
  private readonly idle = new Map<string, Connection[]>();

  /** A kept connection to the URL's origin, or a new one. */
  acquire(url: URL): Connection {
    const connection = this.idle.get(url.origin)?.pop();
    if (!connection) return this.open(url);
    connection.socket.ref();
    return connection;
  }

  open(url: URL): Connection {
    return new Connection(url, (closed) => this.forget(closed));
  }

  /** Keeps a connection whose response was read to its end; it does not hold the process open. */
  keep(connection: Connection): void {
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

  private forget(connection: Connection): void {
    const list = this.idle.get(connection.origin);
    const at = list?.indexOf(connection) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
  }
}

const pool = new ConnectionPool();

/**
 * GETs `url` with `headers` (names as given; Host and Connection are set here) and resolves
 * with the status and headers once the head has arrived. Redirects are returned, not followed.
 */
export async function lentGet(url: URL, headers: Record<string, string>): Promise<LentResponse> {
  const head = requestHead(url, headers);
  const connection = pool.acquire(url);
  try {
    return await request(connection, head);
  } catch (error) {
    if (!(connection.reused && error instanceof NoAnswerError)) throw error;
    // A kept connection the server had closed meanwhile: a new one, once.
    return request(pool.open(url), head);
  }
}

/** A kept connection that ended before any byte of an answer (the server had closed it). */
class NoAnswerError extends Error {
  readonly code = "ECONNRESET";
  constructor(cause: Error) {
    super(`kept connection closed before an answer (${cause.message})`, { cause });
  }
}

function requestHead(url: URL, headers: Record<string, string>): string {
  const lines = [`GET ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
  for (const [name, value] of Object.entries(headers)) {
    if (/^(host|connection)$/i.test(name)) continue;
    if (/[\r\n]/.test(value)) throw new Error(`header ${name} holds a line break`);
    lines.push(`${name}: ${value}`);
  }
  lines.push("Connection: keep-alive", "", "");
  return lines.join("\r\n");
}

function request(connection: Connection, head: string): Promise<LentResponse> {
  return new Promise<LentResponse>((resolve, reject) => {
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
class ResponseReader implements ReadSink, LentResponse {
  status = 0;
  headers: Record<string, string> = {};
  private headText = "";
  private inHead = true;
  private framing: Framing = { kind: "none" };
  private keepAlive = false;
  /** Chunked framing: what the reader expects next, and the size line read so far. */
  private chunkState: "size" | "data" | "data-end" | "trailer" = "size";
  private chunkLeft = 0;
  private line = "";
  private readonly queue: Uint8Array[] = [];
  private current: Uint8Array | undefined;
  private finished = false;
  private released = false;
  private failure: Error | undefined;
  private paused = false;
  private waiter: (() => void) | undefined;

  private readonly connection: Connection;
  private readonly onHead: (response: LentResponse) => void;
  private readonly onHeadError: (error: Error) => void;

  constructor(connection: Connection, onHead: (response: LentResponse) => void, onHeadError: (error: Error) => void) {
    this.connection = connection;
    this.onHead = onHead;
    this.onHeadError = onHeadError;
  }

  onData(data: Buffer): boolean {
    let at = 0;
    try {
      if (this.inHead) at = this.readHead(data);
      if (!this.inHead && at < data.length) this.readBody(data, at);
    } catch (error) {
      this.fail(error as Error);
    }
    this.wake();
    if (this.queue.length >= READ_AHEAD && !this.finished) {
      this.paused = true;
      return false;
    }
    return true;
  }

  onEnd(error: Error | undefined): void {
    if (!this.inHead && this.framing.kind === "close" && !error) {
      this.finished = true;
    } else if (!this.finished) {
      const cause = error ?? Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
      if (this.inHead && this.headText === "" && this.connection.reused) {
        this.fail(new NoAnswerError(cause));
      } else if (this.inHead) {
        this.fail(cause);
      } else {
        const code = (cause as { code?: unknown }).code;
        const message = `connection closed before the end of the response (${cause.message})`;
        this.fail(
          Object.assign(new Error(message, { cause }), { code: typeof code === "string" ? code : "ECONNRESET" }),
        );
      }
      return;
    }
    this.wake();
  }

  /** Reads head bytes; returns how many bytes of `data` the head took (the body starts there). */
  private readHead(data: Buffer): number {
    // Where this read starts in headText (latin1: one character per byte); negative once an
    // interim head ending inside this read has been cut off.
    let before = this.headText.length;
    this.headText += data.toString("latin1");
    for (;;) {
      const end = this.headText.indexOf("\r\n\r\n");
      if (end < 0) {
        if (this.headText.length > MAX_HEAD) throw new Error(`response head longer than ${MAX_HEAD} bytes`);
        return data.length;
      }
      const lines = this.headText.slice(0, end).split("\r\n");
      const statusLine = /^HTTP\/1\.([01]) (\d{3})/.exec(lines[0] ?? "");
      if (!statusLine) throw new Error(`not an HTTP/1.x response: ${JSON.stringify((lines[0] ?? "").slice(0, 40))}`);
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
        if (colon <= 0) throw new Error(`malformed response header: ${JSON.stringify(line.slice(0, 40))}`);
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

  private readBody(data: Buffer, start: number): void {
    const framing = this.framing;
    if (this.finished) throw new Error("bytes after the end of the response");
    if (framing.kind === "close") {
      this.push(data.subarray(start));
      return;
    }
    if (framing.kind === "length") {
      const take = Math.min(framing.left, data.length - start);
      this.push(data.subarray(start, start + take));
      framing.left -= take;
      if (start + take < data.length) throw new Error("bytes after the end of the response");
      if (framing.left === 0) this.finished = true;
      return;
    }
    this.readChunked(data, start);
  }

  /** RFC 9112 7.1: size line (extensions ignored), data, CRLF, ...; a 0 size, trailers, an empty line. */
  private readChunked(data: Buffer, start: number): void {
    let at = start;
    while (at < data.length) {
      if (this.finished) throw new Error("bytes after the end of the response");
      if (this.chunkState === "data") {
        const take = Math.min(this.chunkLeft, data.length - at);
        this.push(data.subarray(at, at + take));
        at += take;
        this.chunkLeft -= take;
        if (this.chunkLeft === 0) this.chunkState = "data-end";
        continue;
      }
      const newline = data.indexOf(10, at);
      const end = newline < 0 ? data.length : newline;
      this.line += data.toString("latin1", at, end);
      at = end;
      if (this.line.length > 1024) throw new Error("chunk size line longer than 1024 bytes");
      if (newline < 0) continue;
      at++;
      const line = this.line.replace(/\r$/, "");
      this.line = "";
      if (this.chunkState === "data-end") {
        if (line !== "") throw new Error("chunk data longer than its size");
        this.chunkState = "size";
      } else if (this.chunkState === "size") {
        const size = /^([0-9a-fA-F]{1,12})(;.*)?$/.exec(line.trim());
        if (!size?.[1]) throw new Error(`malformed chunk size ${JSON.stringify(line.slice(0, 20))}`);
        this.chunkLeft = Number.parseInt(size[1], 16);
        this.chunkState = this.chunkLeft === 0 ? "trailer" : "data";
      } else if (line === "") {
        this.finished = true;
      }
    }
  }

  private push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    slabs.lend(chunk);
    this.queue.push(chunk);
  }

  private fail(error: Error): void {
    if (this.failure || this.released) return;
    this.failure = error;
    this.connection.socket.destroy();
    // Before the head, the GET itself fails; after it, the body's reader does (next()).
    if (this.inHead) this.onHeadError(error);
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }

  private returnCurrent(): void {
    if (this.current) slabs.giveBack(this.current);
    this.current = undefined;
  }

  /** Ends this response's hold on its connection: kept for the next GET, or closed. */
  private release(keep: boolean): void {
    if (this.released) return;
    this.released = true;
    this.returnCurrent();
    for (const chunk of this.queue.splice(0)) slabs.giveBack(chunk);
    if (keep && this.keepAlive && this.finished && !this.connection.closed) pool.keep(this.connection);
    else this.connection.socket.destroy();
  }

  async next(): Promise<IteratorResult<Uint8Array>> {
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
      if (this.released) return { done: true, value: undefined };
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  async return(): Promise<IteratorResult<Uint8Array>> {
    this.release(false);
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async text(limit = 4096): Promise<string> {
    let text = "";
    for await (const chunk of this) {
      if (text.length < limit) text += Buffer.from(chunk).toString("utf8");
    }
    return text.slice(0, limit);
  }

  destroy(): void {
    this.release(false);
  }
}

function framingOf(status: number, headers: Record<string, string>): Framing {
  if (status === 204 || status === 304) return { kind: "none" };
  const encoding = headers["transfer-encoding"];
  if (encoding !== undefined) {
    return /(^|,)\s*chunked\s*$/i.test(encoding) ? { kind: "chunked" } : { kind: "close" };
  }
  const length = headers["content-length"];
  if (length === undefined) return { kind: "close" };
  const values = new Set(length.split(",").map((value) => value.trim()));
  const [only] = values;
  if (values.size !== 1 || only === undefined || !/^\d{1,15}$/.test(only)) {
    throw new Error(`invalid Content-Length ${JSON.stringify(length.slice(0, 40))}`);
  }
  return { kind: "length", left: Number(only) };
}
