/**
 * Fetching a page with the platform's `fetch`: a time limit on the whole exchange, a size limit on the
 * body (checked against Content-Length first, then while reading), and the charset the response declares.
 * @module
 */

/** A fetched page. */
export interface FetchedPage {
  bytes: Uint8Array;
  /** The page's URL after redirects: the base its relative links resolve against. */
  url: string;
  /** The `charset` parameter of the response's Content-Type, when it has one. */
  charset?: string;
}

/** Limits of one fetch. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Sent as User-Agent. */
  userAgent: string;
}

/** The `charset` parameter of a Content-Type header value: `text/html; charset="GBK"` gives `GBK`. */
export function contentTypeCharset(contentType: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? "");
  const charset = (match?.[1] ?? match?.[2])?.trim();
  return charset || undefined;
}

/** Fetches `url`; rejects with a one-line message on a network error, an HTTP error status, the time limit or the size limit. */
export async function fetchPage(url: string, limits: FetchLimits): Promise<FetchedPage> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      redirect: "follow",
      headers: { accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", "user-agent": limits.userAgent },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(`the response is ${declared} bytes, over the limit of ${limits.maxBytes} (--max-bytes)`);
    }
    const bytes = await readLimited(response, limits.maxBytes, controller);
    const charset = contentTypeCharset(response.headers.get("content-type"));
    return { bytes, url: response.url || url, ...(charset !== undefined && { charset }) };
  } catch (error) {
    if (timedOut) throw new Error(`no complete response within ${limits.timeoutMs} ms (--timeout)`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message;
    throw new Error(`${(error as Error).message}${detail && !(error as Error).message.includes(detail) ? ` (${detail})` : ""}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, stopping as soon as it passes `maxBytes` (a server may send more than it announced, or not announce). */
function readLimited(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return Promise.resolve(new Uint8Array(0));
  return readUpTo(response.body as AsyncIterable<Uint8Array>, maxBytes, () => {
    controller.abort();
    return new Error(`the response is over the limit of ${maxBytes} bytes (--max-bytes)`);
  });
}

/**
 * The whole of a stream (a response body, standard input) as bytes, failing with `overLimit()` as soon as it
 * passes `maxBytes`, without reading the rest. Text chunks are taken as UTF-8.
 */
export async function readUpTo(stream: AsyncIterable<Uint8Array | string>, maxBytes: number, overLimit: () => Error): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) throw overLimit();
    chunks.push(bytes);
  }
  return concatBytes(chunks, total);
}

/** The chunks of a stream as one array of `total` bytes. */
function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
