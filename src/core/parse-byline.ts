/**
 * Byline parsing: the author names in `By Jane Doe and John Roe`, `记者 王明`, `文/李平`, `김병규 기자`.
 *
 * A byline is short, so only texts of at most 200 characters are read, and every pattern
 * is anchored at the start with bounded repetition. The parser is conservative: a text that holds
 * anything it cannot account for as a name, an affiliation or a date is not a byline, so a sentence
 * such as "By Monday, the city will…" gives `[]`.
 * @module
 */
import { cleanText } from "./text.js";

// ---------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------

/** Longer texts are prose, not bylines. */
const MAX_BYLINE = 200;
/** Longest name returned. */
const MAX_NAME = 40;
/** Most names in one byline; more is a list of something else. */
const MAX_NAMES = 12;
/** Most words in a Latin-script name ("Juan Carlos de la Fuente Ruiz"). */
const MAX_NAME_WORDS = 6;

/** Latin-script byline openers: `By`, `Written by`, `BY`, and the German, French and Spanish `Von`, `Par`, `Por`. */
const LATIN_OPENER = /^(?:(?:written|reported|story|words|text) )?(?:by|von|par|por)(?: ?: ?| )(?=\S)/i;

/** Chinese and Japanese reporter titles that open a byline: `记者 王明`, `本报记者 李平`, `記者 山田太郎`. */
const CJK_ROLE_OPENER = /^(?:本报|本報)?(?:实习|實習|特约|特約|见习|見習|首席|资深|資深)?(?:记者|記者|特派员|特派員) ?[:：]? ?/;
/** The same titles anywhere, to split `记者张三 通讯员李四` into its names. */
const CJK_ROLE = /(?:实习|實習|特约|特約|见习|見習|首席|资深|資深)?(?:记者|記者|特派员|特派員|通讯员|通訊員)/g;

/** Writer labels: `文/X`, `文｜X`, `文・X` (Japanese), `撰文：X`, `作者：X`. */
const WRITER_LABEL = /^(?:文|撰文|作者|采写|採寫|执笔|執筆|文字) ?[/／｜|:：・·] ?/;

/** Labels of lines that name no author: the source, the editor, the photographer. */
const NOT_AUTHOR_LABEL =
  /^(?:来源|來源|出处|出處|图片来源|圖片來源|图片|圖片|图|圖|摄影|攝影|编辑|編輯|责任编辑|責任編輯|责编|責編|校对|校對|source|photo|editor)\s?[:：/／｜|]/i;

/** Endings of a Chinese credit that are not names: `记者张三报道`. A photo credit (`摄`) is not a byline. */
const CJK_CREDIT_ENDINGS: readonly string[] = ["综合报道", "綜合報道", "综合报导", "綜合報導", "报道", "報道", "报导", "報導", "编译", "編譯"];
const CJK_PHOTO_ENDING = /(?:摄|攝|摄影|攝影)$/;

/** Korean reporter titles written after the names: `김병규 기자`, `김경희 특파원`. */
const KO_ROLES: readonly string[] = ["기자", "특파원", "선임기자", "객원기자", "전문기자", "인턴기자", "수습기자", "통신원", "기자들"];
/** Korean desks that sign as "기자" without naming a person: `편집부 기자`. */
const KO_DESKS: ReadonlySet<string> = new Set([
  "편집부", "취재팀", "뉴스팀", "온라인팀", "온라인뉴스팀", "디지털뉴스팀", "디지털뉴스부", "온라인뉴스부", "사회부", "정치부",
  "경제부", "국제부", "산업부", "문화부", "체육부",
]);
/** What may follow a Korean title in a byline: `=`, brackets, an e-mail, a date, or an "entered / edited" label. */
const KO_AFTER_ROLE = /^(?:$|[=(\[<|/·,]|\d|\S+@|(?:입력|수정|승인|등록|기사입력|최종수정|발행))/;

/**
 * Words that mark an affiliation or a job title rather than a person: `Associated Press`, `staff writer`.
 * A comma part holding one of them is dropped; a name followed by one (`Jane Doe Associated Press`) is cut
 * before it.
 */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set([
  "press", "associated", "news", "times", "tribune", "post", "journal", "herald", "gazette", "chronicle", "observer",
  "agency", "service", "wire", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
  "editor", "editors", "staff", "contributor", "contributors", "contributing", "columnist", "magazine", "network",
  "radio", "television", "tv", "daily", "bureau", "inc", "inc.", "media", "group", "board", "team", "desk",
  "reuters", "afp", "ap", "upi", "bloomberg", "cnn", "bbc", "npr", "dpa", "efe",
  // Image agencies and widget vendors that sign "by" / "von" lines too.
  "getty", "images", "imago", "shutterstock", "keystone", "epa", "taboola", "outbrain",
]);

/** Words that come with a name in a byline but are not names: suffixes, dates, "Updated". */
const NOISE_WORDS: ReadonlySet<string> = new Set([
  "updated", "published", "posted", "ago", "today",
  "yesterday", "am", "pm", "edt", "est", "gmt", "utc", "cet", "min", "mins", "minutes", "hours",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.",
  "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
]);

/** Name suffixes that stand alone after a comma (`John Smith, Jr.`): not a name of their own. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."]);

/** Lower-case particles inside Latin names: `Ursula von der Leyen`, `Juan de la Cruz`. */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "del", "della", "dei", "di", "du", "dos", "das", "do", "van", "von", "der", "den", "ter", "ten", "la",
  "le", "al", "el", "bin", "bint", "ibn", "y", "e", "zu",
]);

/** Where a Latin byline stops: a separator, a digit (dates, times), a URL, or an "Updated" label. */
const LATIN_CUT = /[|•·\d]| [-—–] |https?:|www\.|\b(?:updated|published|posted|last updated)\b/i;

/** Chinese and Japanese names are kept to what a name can be: Han (with ·), kana, or Hangul. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー·・•‧]{2,12}$/u;
/** A Han-only name without a middle dot has at most five characters (長谷川健太 / 欧阳娜娜); longer is prose. */
const HAN_ONLY_LONG = /^\p{Script=Han}{6,}$/u;
const HANGUL_NAME = /^\p{Script=Hangul}{2,5}$/u;

/**
 * How prose goes on after 记者 ("记者会上", "记者发现，…", "记者们"): a byline whose first name starts so is a
 * sentence, not a byline.
 */
const CJK_PROSE_AFTER_ROLE = /^(?:会|會|们|們|节|節|证|證|站|团|團|招待|协会|協會|发现|發現|看到|注意到|了解到|获悉|獲悉|采访|採訪|问|問|表示|说|說|在|从|從|向|对|對|跟|与|與|随|隨|近日|日前|昨天|昨日|今天|今日|致电|致電|走访|走訪|来到|來到|调查|調查|询问|詢問|前往|身份|家|也|都|还|還|就|曾|已|正|将|將|又|再)/;

/** Words that look like names in a CJK credit but are not: this paper, a compilation note. */
const CJK_NOT_NAMES: ReadonlySet<string> = new Set(["本报", "本報", "综合", "綜合", "编译", "編譯", "报道", "報道", "报导", "報導"]);

// ---------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------

/**
 * The author names of a byline, in order, or `[]` when `text` is not a byline.
 *
 * Reads `By A and B`, `By A, B and C`, `BY JANE DOE, Associated Press` (the affiliation is dropped),
 * `Written by X`; `记者 X`, `记者X、Y`, `文/X`, `文｜X`, `撰文：X`, `作者：X`; `記者X`, `文・X`; `X 기자`,
 * `X 특파원`. Dates, times, "Updated …", e-mails and URLs are never names; `来源：…` is not a byline.
 *
 * @example
 * parseByline("By Jane Doe and John Roe, Associated Press") // ["Jane Doe", "John Roe"]
 * parseByline("记者 李平、王明") // ["李平", "王明"]
 */
export function parseByline(text: string): string[] {
  const trimmed = text.trimStart();
  if (trimmed.length > MAX_BYLINE * 2) return [];
  const t = cleanText(trimmed);
  if (!t || t.length > MAX_BYLINE || NOT_AUTHOR_LABEL.test(t)) return [];
  const names = readNames(t);
  return names.length <= MAX_NAMES ? names : [];
}

function readNames(t: string): string[] {
  const latin = LATIN_OPENER.exec(t);
  if (latin) return latinNames(t.slice(latin[0].length));
  const role = CJK_ROLE_OPENER.exec(t);
  if (role) return cjkNames(t.slice(role[0].length));
  const writer = WRITER_LABEL.exec(t);
  if (writer) {
    const rest = t.slice(writer[0].length);
    return /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(rest) ? cjkNames(rest) : latinNames(rest);
  }
  return koreanNames(t);
}

// ---------------------------------------------------------------------------------------------------
// Latin scripts
// ---------------------------------------------------------------------------------------------------

/** The names after `By`: cut at the first separator or date, split on `,` `and` `&`, affiliations dropped. */
function latinNames(rest: string): string[] {
  let s = rest;
  const cut = LATIN_CUT.exec(s);
  if (cut) s = s.slice(0, cut.index);
  // An e-mail ends the names; cut at the start of its word.
  const at = s.indexOf("@");
  if (at >= 0) s = s.slice(0, s.lastIndexOf(" ", at) + 1);
  const names: string[] = [];
  for (const part of s.split(/,|;|&| and | AND | And |、|，/)) {
    const chunk = part.trim();
    if (!chunk) continue;
    const words = chunk.split(" ");
    // "By The New York Times": a name that starts with "The" is an organisation, not a person.
    if (/^the$/i.test(words[0]!)) continue;
    // Cut a trailing affiliation: "Jane Doe Associated Press", "Jane Doe for CNN", "Jane Doe of The Times".
    let end = words.findIndex((w, i) => i > 0 && (isAffiliation(w) || /^(?:for|of|at)$/i.test(w)));
    if (end > 0 && /^the$/i.test(words[end - 1]!)) end--;
    const kept = end > 0 ? words.slice(0, end) : [...words];
    if (kept.every((w) => isAffiliation(w) || /^the$/i.test(w) || isNoise(w))) continue;
    if (kept.length === 1 && NAME_SUFFIXES.has(kept[0]!.toLowerCase())) continue;
    // A date left after the cut at its digits: "Jane Doe March" from "Jane Doe March 3, 2021".
    while (kept.length > 1 && isNoise(kept[kept.length - 1]!)) kept.pop();
    const name = kept.join(" ");
    if (!isLatinName(name) && !CJK_NAME.test(name)) return [];
    names.push(name);
  }
  return names;
}

function isAffiliation(word: string): boolean {
  return AFFILIATION_WORDS.has(word.toLowerCase().replace(/[’']s$/, ""));
}

function isNoise(word: string): boolean {
  return NOISE_WORDS.has(word.toLowerCase());
}

/** One to six capitalised words (particles allowed), no digits, at most 40 characters. */
function isLatinName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  const words = name.split(" ");
  if (words.length > MAX_NAME_WORDS || NAME_PARTICLES.has(words[0]!)) return false;
  return words.every((w) => NAME_PARTICLES.has(w) || /^\p{Lu}[\p{L}\p{M}'’.-]{0,30}$/u.test(w));
}

// ---------------------------------------------------------------------------------------------------
// Chinese and Japanese
// ---------------------------------------------------------------------------------------------------

/** The names after `记者` or `文/`: `李平、王明`, `张三 李四`, `张三 通讯员 李四`, `Eva Fu`. */
function cjkNames(rest: string): string[] {
  // Stop at a sentence mark, a bracket, a date, or the next labelled field ("张三 来源：新华社").
  let s = rest;
  if (CJK_PROSE_AFTER_ROLE.test(s)) return [];
  const stop = /[。；;！？!?()（）【\[|｜\d]|https?:|www\./.exec(s);
  if (stop) s = s.slice(0, stop.index);
  const colon = s.search(/[:：]/);
  if (colon >= 0) s = s.slice(0, s.lastIndexOf(" ", colon) + 1);
  s = s.trim();
  if (CJK_PHOTO_ENDING.test(s)) return [];
  const ending = CJK_CREDIT_ENDINGS.find((e) => s.endsWith(e));
  if (ending) s = s.slice(0, s.length - ending.length);
  const names: string[] = [];
  for (const group of s.split(CJK_ROLE)) {
    for (const chunk of group.split(/[、，,/／]/)) {
      const c = chunk.trim();
      if (!c) continue;
      const words = c.split(" ");
      // Spaces separate Chinese names (樊亮 张明超) but belong to a Latin one (Eva Fu).
      const parts = words.every((w) => CJK_NAME.test(w) || HANGUL_NAME.test(w)) ? words : [c];
      for (const p of parts) {
        if (CJK_NOT_NAMES.has(p) || p.includes("@")) continue;
        if (!((CJK_NAME.test(p) && !HAN_ONLY_LONG.test(p)) || HANGUL_NAME.test(p) || isLatinName(p))) return [];
        names.push(p);
      }
    }
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------
// Korean
// ---------------------------------------------------------------------------------------------------

/** `김병규 기자`, `김병규 이정현 기자`, `김병규·이정현 기자 =`, `김경희 특파원 kim@yna.co.kr`. */
function koreanNames(t: string): string[] {
  const tokens = t.slice(0, 80).split(" ");
  const names: string[] = [];
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const token = tokens[i]!;
    // An exact title first, so "선임기자" is one title and not the name "선임" with "기자".
    const role = KO_ROLES.includes(token)
      ? token
      : KO_ROLES.filter((r) => token.endsWith(r) && HANGUL_NAME.test(token.slice(0, -r.length))).sort((a, b) => b.length - a.length)[0];
    if (role) {
      if (token !== role) names.push(token.slice(0, -role.length));
      const after = tokens.slice(i + 1).join(" ");
      return names.length > 0 && !names.some((n) => KO_DESKS.has(n)) && KO_AFTER_ROLE.test(after) ? names : [];
    }
    const group = token.split(/[·,]/).filter(Boolean);
    if (!group.length || !group.every((n) => HANGUL_NAME.test(n))) return [];
    names.push(...group);
  }
  return [];
}
