/**
 * The inputs as pages: a directory becomes the `.html`/`.htm` files under it (recursively, sorted), `-` is
 * standard input, an http(s) URL is fetched later. A path that cannot be listed stays one page, whose read
 * error is then reported under its name.
 * @module
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { isWebUrl } from "./args.js";

/** One page to read: a file, standard input or a URL; `name` is what output and error lines call it. */
export type PageInput = { kind: "file"; name: string; path: string } | { kind: "stdin"; name: "-" } | { kind: "url"; name: string; url: string };

/** What the inputs expand to. */
export interface ExpandedInputs {
  pages: PageInput[];
  /** Inputs that give no page at all (an empty directory), with the reason. */
  failures: { name: string; error: string }[];
  /** Whether any input was a directory: then the output is a batch even for one page. */
  hadDirectory: boolean;
}

const PAGE_FILE = /\.html?$/i;

/** Expands the inputs in the order given. */
export function expandInputs(inputs: readonly string[]): ExpandedInputs {
  const expanded: ExpandedInputs = { pages: [], failures: [], hadDirectory: false };
  for (const input of inputs) {
    if (input === "-") expanded.pages.push({ kind: "stdin", name: "-" });
    else if (isWebUrl(input)) expanded.pages.push({ kind: "url", name: input, url: input });
    else if (isDirectory(input)) {
      expanded.hadDirectory = true;
      const files = pageFilesUnder(input);
      if (files.length === 0) expanded.failures.push({ name: input, error: "no .html or .htm files in this directory" });
      for (const file of files) expanded.pages.push({ kind: "file", name: file, path: file });
    } else expanded.pages.push({ kind: "file", name: input, path: input });
  }
  return expanded;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false; // missing or unreadable: reported when the page is read
  }
}

/** Every page file under `dir`, depth first, names sorted so the output order does not depend on the file system. */
function pageFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // A loop, not `push(...list)`: a folder of a few hundred thousand pages would overflow the call stack.
    if (entry.isDirectory()) for (const file of pageFilesUnder(full)) found.push(file);
    else if (entry.isFile() && PAGE_FILE.test(entry.name)) found.push(full);
  }
  return found;
}
