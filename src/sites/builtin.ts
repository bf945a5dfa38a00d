/**
 * The built-in site rules, tried after the user's rules and before the generic strategies. Each site family
 * is a file of plain data beside this one; add its rules here.
 * @module
 */
import type { SiteRule } from "../types.js";
import { bannedbookRules } from "./bannedbook.js";

/** Every built-in site rule, in the order they are tried. */
export const BUILTIN_SITE_RULES: readonly SiteRule[] = bannedbookRules;
