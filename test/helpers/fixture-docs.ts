import { readdirSync, readFileSync } from "node:fs";
import type { Document, Element } from "domhandler";
import { parseHtml } from "../../src/core/document.js";

/** Every fixture page, parsed, with its folder's name. */
export function fixtureDocs(): { name: string; doc: Document }[] {
  return readdirSync("fixtures").map((name) => ({ name, doc: parseHtml(readFileSync(`fixtures/${name}/page.html`, "utf8")) }));
}

/** True when `el` lies strictly below `ancestor` (a walk up the parents, independent of the code under test). */
export function isBelow(el: Element, ancestor: Element): boolean {
  for (let parent = el.parent; parent; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}
