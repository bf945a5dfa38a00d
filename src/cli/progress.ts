/**
 * The progress bar of a batch, drawn on standard error when it is a terminal: `[#####·····] 12/40 name`,
 * redrawn in place, and wiped before any other line is written there and at the end.
 * @module
 */

/** The part of a stream the bar needs (`process.stderr`, or a fake in tests). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** A bar, or a no-op when standard error is not a terminal. */
export interface Progress {
  /** One more page done. */
  tick(name: string): void;
  /** Writes a line (an error) above the bar. */
  log(line: string): void;
  /** Wipes the bar. */
  done(): void;
}

const CLEAR_LINE = "\r\u001b[2K";

/** The bar's line for `done` of `total` pages, fitted to `columns`. */
export function progressLine(done: number, total: number, name: string, columns: number): string {
  const width = 20;
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  const head = `[${"#".repeat(filled)}${"·".repeat(width - filled)}] ${done}/${total} `;
  const room = Math.max(0, columns - head.length - 1);
  const shown = name.length > room ? (room > 1 ? `…${name.slice(name.length - room + 1)}` : "") : name;
  return head + shown;
}

/** A progress bar on `stream` for `total` pages; silent unless the stream is a terminal and there are several pages. */
export function createProgress(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY || total < 2) {
    return { tick: () => undefined, log: (line) => void stream.write(`${line}\n`), done: () => undefined };
  }
  let done = 0;
  let last = "";
  const draw = (): void => void stream.write(`${CLEAR_LINE}${last}`);
  return {
    tick(name) {
      done++;
      last = progressLine(done, total, name, stream.columns ?? 80);
      draw();
    },
    log(line) {
      stream.write(`${CLEAR_LINE}${line}\n`);
      if (last) draw();
    },
    done() {
      if (last) stream.write(CLEAR_LINE);
      last = "";
    },
  };
}
