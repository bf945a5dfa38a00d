/**
 * The built-in site rules, tried after the user's rules and before the generic strategies. Each site family
 * is a file of plain data beside this one; add its rules here.
 * @module
 */
import { SIMPLE_SELECTORS } from "../core/simple-select.js";
import type { FieldName, SiteRule } from "../types.js";
import { bannedbookRules } from "./bannedbook.js";
import type { CompiledFieldRule, CompiledSiteRule } from "./compile.js";

/** Every built-in site rule, in the order they are tried. */
export const BUILTIN_SITE_RULES: readonly SiteRule[] = bannedbookRules;

/**
 * The built-in rules in their compiled form, read with the library's own selector grammar. They are converted
 * without the checks `compileSiteRules` makes of a user's rules (its messages would weigh in every bundle of
 * `parseArticle`); test/sites/validation.test.ts holds this form equal to what `compileSiteRules` gives.
 */
export function compiledBuiltinRules(): CompiledSiteRule[] {
  return BUILTIN_SITE_RULES.map((rule) => {
    const { name, match, ...given } = rule;
    const fields: { [K in FieldName]?: CompiledFieldRule } = {};
    for (const [field, { select, attribute, drop }] of Object.entries(given) as [FieldName, { select: string; attribute?: string; drop?: string | string[] }][]) {
      fields[field] = { engine: SIMPLE_SELECTORS, select, ...(attribute && { attribute }), ...(drop && { drop: [drop].flat().join(", ") }) };
    }
    const hosts = [match.host].flat();
    return { strategy: `site:${name ?? hosts[0]}`, hosts, fields };
  });
}
