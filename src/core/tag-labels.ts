/**
 * The words that label a list of an article's tags, in many languages: shared by the tags extractor (which reads
 * the links after such a label) and the body (which leaves the label and its list out of the text).
 * @module
 */

/** The label words of a tag list: `Tags`, `Keywords`, `Themen`, `Archivado en`, `标签`, `الوسوم`. */
const TAG_LIST_WORDS =
  "tags?|tagged|keywords|topics|filed under|mehr lesen über|themen|schlagwörter|schlagworte|stichwörter|etiquetas|palabras clave|archivado en|mots-clés|étiquettes|parole chiave|trefwoorden|tagi|теги|тэги|etiketler|từ khóa|từ khoá|标签|標籤|关键词|關鍵詞|タグ|キーワード|태그|키워드|الوسوم|وسوم|الكلمات المفتاحية";

/** A line that is only the label of a tag list (`Tags:`, `Themen`, `标签：`, `الوسوم`). */
export const TAG_LIST_LABEL = /* @__PURE__ */ new RegExp(`^(?:${TAG_LIST_WORDS})\\s*[:：]?$`, "i");

/** A tag list written as a line of the text: `Keywords: <a>ferries</a>, <a>energy</a>`. */
export const TAG_LIST_LINE = /* @__PURE__ */ new RegExp(`^(?:${TAG_LIST_WORDS})\\s*[:：]`, "i");
