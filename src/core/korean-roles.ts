/**
 * Korean reporter titles, written after the names: `김병규 기자`, `김경희 특파원`, and before the `=` that ends a
 * Korean dateline (`김병규 기자 =`). Shared by the dateline and byline grammars.
 * @module
 */

/** The titles; all Hangul syllables (U+AC00–U+D7A3), which lets a text without any be passed over at once. */
export const KO_ROLES: readonly string[] = ["기자", "특파원", "선임기자", "객원기자", "전문기자", "인턴기자", "수습기자", "통신원", "기자들"];
