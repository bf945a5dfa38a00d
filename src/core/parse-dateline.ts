/**
 * Dateline parsing: recognises the words that open a news story and say who filed it, from where and
 * when — `WASHINGTON (AP) —`, `【希望之声2021年7月28日】（希望之声记者高健雯综合报导）`, `(서울=연합뉴스) 김병규 기자 =`,
 * `【ワシントン共同】`, `MADRID, 5 may (EFE).-`.
 *
 * Only the first 200 characters of a paragraph are inspected, every pattern is anchored at a
 * known position and every repetition is bounded, so the cost stays linear whatever the paragraph holds.
 * The result depends only on the text and the options: a missing year or month comes from
 * `referenceDate`, never from the clock.
 * @module
 */
import type { Dateline } from "../types.js";
import { KO_ROLES } from "./korean-roles.js";
import { cleanText } from "./text.js";

/** Options of {@link parseDateline}. */
export interface ParseDatelineOptions {
  /** ISO date (YYYY-MM-DD...) of the page, used to infer a missing year or month. Never the clock. */
  referenceDate?: string;
}

// ---------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------

/** How many characters of a paragraph are inspected: every dateline seen in the wild is far shorter. */
const MAX_HEAD = 200;

/**
 * Latin-script wire services written in parentheses after the place: `TORONTO (AP) —`, `Berlin (dpa) -`.
 * Compared case-insensitively; the source is reported as written.
 */
const LATIN_AGENCIES: readonly string[] = [
  "AP", "Associated Press", "Reuters", "AFP", "AFP-JIJI", "UPI", "Bloomberg", "dpa", "dpa-AFX", "EFE",
  "Agencia EFE", "Europa Press", "ANSA", "APA", "SDA", "KNA", "epd", "AAP", "CP", "Canadian Press", "PA",
  "Kyodo", "Jiji", "Yonhap", "Xinhua", "CNA", "PTI", "IANS", "ANI", "AA", "Anadolu", "DHA", "İHA", "TASS", "Interfax",
  "Sputnik", "RIA Novosti", "Belga", "ANP", "Lusa", "NTB", "Ritzau", "Notimex", "Bernama", "Antara",
  "CNS", "CNN", "MarketWatch", "Dow Jones",
];

/**
 * Chinese-language outlets and agencies as they name themselves in a dateline: `【大纪元…讯】`,
 * `（中央社記者…電）`, `新华社北京7月8日电`. Simplified and traditional spellings are listed separately;
 * the longest match wins, so `新唐人电视台` beats `新唐人`.
 */
const ZH_OUTLETS: readonly string[] = [
  "希望之声", "希望之聲", "大纪元", "大紀元", "大纪元时报", "大紀元時報", "新唐人", "新唐人电视台", "新唐人電視台",
  "看中国", "看中國", "中央社", "新华社", "新華社", "中新网", "中新網", "中新社", "人民网", "人民網", "央视网",
  "央視網", "央视新闻", "央視新聞", "国际在线", "國際在線", "中国新闻网", "中國新聞網", "环球网", "環球網",
  "澎湃新闻", "澎湃新聞", "新京报", "新京報", "美国之音", "美國之音", "自由亚洲电台", "自由亞洲電台", "法广",
  "法廣", "德国之声", "德國之聲", "明慧网", "明慧網", "阿波罗网", "阿波羅網", "禁闻网", "禁聞網", "博讯", "博訊",
  "中评社", "中評社", "中通社", "路透社", "美联社", "美聯社", "法新社", "共同社", "联合早报", "聯合早報", "联合报",
  "聯合報", "自由时报", "自由時報", "中时新闻网", "中時新聞網", "中国时报", "中國時報", "星岛日报", "星島日報",
  "明报", "明報", "世界日报", "世界日報", "东网", "東網", "大公网", "大公網", "文汇报", "文匯報", "新头壳", "新頭殼",
  "民视", "民視", "公视", "公視", "东森新闻", "東森新聞", "三立新闻", "三立新聞",
];

/** "This paper / station": opens a dateline (`本报讯`, `本报记者`) but names no outlet, so it gives no source. */
const ZH_SELF: readonly string[] = ["本报", "本報", "本台", "本网", "本網", "本刊"];

/**
 * The words that close a Chinese credit: `…综合报导）`, `…采访报导）`, `…台北29日電）`, `…编译）`, `…综合整理）`.
 * 报导 may say how the story was gathered (综合, 采访, 专访, 整理, 编译, 联合, 综合外电), and so may the closing
 * words alone (综合编译, 编辑整理, 采编, 撰稿, 综述); the 电/電 family is the wire form,
 * where a place and a day come right before it (中央社, 新华社). Anchored at the end, the first match is the
 * longest suffix.
 */
const ZH_CREDIT_SUFFIX =
  /(?:(?:综合|綜合)?(?:外电|外電)?|编译|編譯|联合|聯合|采访|採訪|专访|專訪|整理)的?(?:报导|報導|报道|報道)$|(?:(?:综合|綜合|编辑|編輯)?(?:编译|編譯|整理|编辑|編輯)|采编|採編|撰稿|综述|綜述|(?:专|專)?[电電]|讯|訊)$/;

/** The credit's closing words (see `ZH_CREDIT_SUFFIX`), or "". */
function creditSuffix(s: string): string {
  return ZH_CREDIT_SUFFIX.exec(s)?.[0] ?? "";
}

/**
 * Reporter titles inside a Chinese credit, and a commentator's or a writer's (`特约评论员`, `文/`, `作者`).
 * Splitting on them also separates a source before the first title (`大纪元记者…`) and several titled groups
 * (`实习记者 樊亮 张明超 记者惠禾`). `记者站` is a bureau (`希望之声纽约记者站`), not a title.
 */
const ZH_ROLE = /(?:实习|實習|特约|特約|见习|見習|首席|资深|資深)?(?:记者(?!站)|記者(?!站)|特派员|特派員|通讯员|通訊員|评论员|評論員)|文[/／](?:[图圖][/／ ]?)?|作者/g;

/** Time-zone words that may sit between the outlet and the date: `【新唐人北京时间2024年3月5日讯】`. */
const ZH_TIME_ZONE = /(?:北京|台北|臺北|美东|美東|美西|当地|當地|香港|东京|東京|纽约|紐約|美国东部|美國東部)?(?:时间|時間)$/;

/**
 * Places that may follow a reporter's name in a Chinese credit (`记者李平、王明台北报导`). A name and a place
 * are written together, so only a known place can be split off; an unknown one stays part of the name.
 * Japanese kanji places (`【北京共同】`) are looked up here too.
 */
const ZH_PLACES: readonly string[] = [
  // Taiwan
  "台北", "臺北", "台北市", "臺北市", "新北", "新北市", "桃园", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆",
  "新竹", "嘉义", "嘉義", "花莲", "花蓮", "宜兰", "宜蘭", "屏东", "屏東", "台东", "臺東", "金门", "金門", "马祖", "馬祖",
  "澎湖", "台湾", "台灣", "臺灣",
  // China, Hong Kong, Macau
  "北京", "上海", "天津", "重庆", "重慶", "广州", "廣州", "深圳", "香港", "澳门", "澳門", "武汉", "武漢", "成都", "南京",
  "杭州", "西安", "沈阳", "瀋陽", "长春", "長春", "哈尔滨", "哈爾濱", "郑州", "鄭州", "济南", "濟南", "青岛", "青島",
  "大连", "大連", "厦门", "廈門", "福州", "长沙", "長沙", "南昌", "合肥", "昆明", "贵阳", "貴陽", "南宁", "南寧", "海口",
  "兰州", "蘭州", "西宁", "西寧", "银川", "銀川", "乌鲁木齐", "烏魯木齊", "拉萨", "拉薩", "呼和浩特", "石家庄", "石家莊",
  "太原", "苏州", "蘇州", "宁波", "寧波", "温州", "溫州",
  // Countries and US states, as Chinese credits name them after a reporter (`记者王华加州报导`)
  "美国", "美國", "加拿大", "英国", "英國", "法国", "法國", "德国", "德國", "日本", "韩国", "韓國", "澳洲", "加州", "德州",
  "佛州", "麻州", "纽约州", "紐約州", "新泽西", "新澤西",
  // North America
  "纽约", "紐約", "华盛顿", "華盛頓", "洛杉矶", "洛杉磯", "旧金山", "舊金山", "三藩市", "芝加哥", "休斯顿", "休斯頓",
  "波士顿", "波士頓", "西雅图", "西雅圖", "费城", "費城", "亚特兰大", "亞特蘭大", "达拉斯", "達拉斯", "迈阿密", "邁阿密",
  "拉斯维加斯", "拉斯維加斯", "硅谷", "矽谷", "多伦多", "多倫多", "温哥华", "溫哥華", "蒙特利尔", "蒙特婁", "渥太华",
  "渥太華", "卡尔加里", "卡加利",
  // Europe
  "伦敦", "倫敦", "巴黎", "柏林", "罗马", "羅馬", "马德里", "馬德里", "布鲁塞尔", "布魯塞爾", "日内瓦", "日內瓦", "维也纳",
  "維也納", "莫斯科", "基辅", "基輔", "华沙", "華沙", "布拉格", "阿姆斯特丹", "法兰克福", "法蘭克福", "慕尼黑",
  // Asia, Oceania, Middle East
  "东京", "東京", "大阪", "首尔", "首爾", "汉城", "漢城", "平壤", "平壌", "新加坡", "曼谷", "吉隆坡", "雅加达", "雅加達",
  "马尼拉", "馬尼拉", "河内", "河內", "新德里", "悉尼", "雪梨", "墨尔本", "墨爾本", "布里斯班", "奥克兰", "奧克蘭",
  "耶路撒冷", "特拉维夫", "特拉維夫", "德黑兰", "德黑蘭", "迪拜", "杜拜", "开罗", "開羅", "联合国", "聯合國",
  // Japanese kanji spellings
  "広州", "大連", "瀋陽", "武漢", "名古屋", "福岡", "札幌", "那覇", "仙台", "広島", "長崎", "神戸", "京都",
];

/**
 * Agencies that close a Japanese bracket dateline: `【ワシントン共同】`, `【ロンドン時事】`, `【北京=共同】`.
 * Anything else after `＝` is a reporter (`【ワシントン＝行方史郎】`).
 */
const JA_AGENCIES: readonly string[] = [
  "共同", "共同通信", "時事", "時事通信", "ロイター", "AFP時事", "ＡＦＰ時事", "EPA時事", "ＥＰＡ時事", "AP", "ＡＰ",
  "AFP", "ＡＦＰ", "新華社", "聯合", "聯合ニュース", "ブルームバーグ", "タス", "ＡＮＮ",
];

/** Russian agencies written after the dash: `МОСКВА, 28 июл — РИА Новости.` */
const RU_DASH_AGENCIES: readonly string[] = ["РИА Новости", "Прайм", "Интерфакс", "РБК", "Спутник"];
/** Russian agencies written between slashes: `МОСКВА, 28 июля. /ТАСС/.` */
const RU_SLASH_AGENCIES: readonly string[] = ["ТАСС", "ИТАР-ТАСС"];

/**
 * Month names per language, in calendar order. A token matches a month when it is a prefix of one of
 * its names (at least three letters, accents ignored): `Jan.`, `juil`, `may`, `июл`. A prefix shared by
 * two different months (`jui`: juin / juillet) matches none.
 */
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  de: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  // Genitive, as dates are written ("28 июля"), plus the nominative "май" that is not a prefix of "мая".
  ru: ["января", "февраля", "марта", "апреля", "мая|май", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
  // Malay and Indonesian.
  ms: ["januari", "februari", "mac|maret", "april", "mei", "jun|juni", "julai|juli", "ogos|agustus", "september", "oktober", "november", "disember|desember"],
};

/** Lower-case words allowed inside a Latin place name: `Frankfurt am Main`, `Rio de Janeiro`, `Frankfurt a.M.`. */
const PLACE_CONNECTORS: ReadonlySet<string> = new Set([
  "am", "an", "der", "de", "del", "di", "da", "do", "dos", "das", "la", "le", "les", "los", "las", "el", "y", "et",
  "sur", "upon", "on", "im", "bei", "in", "ob", "van", "von", "aan", "a.M.", "a.d.", "i.", "a.",
]);

/**
 * Words that open a paragraph before a dash or a colon but are labels, not places: `BREAKING — …`, `READ MORE: …`.
 * Upper case; the dateline extractor asks about words in bold in any case (`isLabelWord`).
 */
const CAPS_LABELS: ReadonlySet<string> = new Set([
  "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENTARY", "EDITORIAL",
  "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "LIVE", "VIDEO", "PHOTO", "PHOTOS", "CORRECTION", "CLARIFICATION",
  "WARNING", "NOTE", "REVIEW", "INTERVIEW", "FACT CHECK", "SPONSORED", "ADVERTISEMENT", "DEVELOPING", "URGENT", "ALERT",
  "READ MORE", "READ ALSO", "ALSO READ", "RELATED", "SEE ALSO", "MORE", "FILE", "SOURCE", "LISTEN", "TRANSCRIPT",
  "SUMMARY", "HIGHLIGHTS", "BACKGROUND", "CONTEXT", "DISCLAIMER", "IMPORTANT", "TIP", "NB", "PS", "FAQ", "TL;DR", "SPOILER", "Q", "A",
  // "Read also" in other languages.
  "BACA JUGA", "SIMAK JUGA", "BERITA TERKAIT", "LEGGI ANCHE", "LEES OOK", "LEIA TAMBÉM", "VEJA TAMBÉM", "LEA TAMBIÉN",
  "LEE TAMBIÉN", "LIRE AUSSI", "LESEN SIE AUCH", "CZYTAJ TAKŻE", "ZOBACZ TAKŻE",
]);

/** True when `word` is one of the labels above, in any case: not a place. */
export function isLabelWord(word: string): boolean {
  return CAPS_LABELS.has(word.toUpperCase());
}

// ---------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------

/** A date as a dateline states it; a missing year or month is inferred later from the reference date. */
interface DateParts {
  year?: number;
  month?: number;
  day: number;
}

/** What one strategy read: how much of the head the dateline covers, and its fields. */
interface Found {
  end: number;
  date?: DateParts;
  location?: string;
  source?: string;
  reporters: string[];
}

interface ReferenceDate {
  year: number;
  month: number;
  day: number;
}

// ---------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------

/**
 * Reads the dateline that opens a paragraph, or returns `undefined` when the paragraph does not open
 * with one.
 *
 * `raw` is the dateline part only, as written with whitespace collapsed, including its closing
 * punctuation (`—`, `-`, `.-`, `=`, `电`, `）`), so a caller can tell a dateline-only paragraph by comparing
 * `raw` with the whole collapsed paragraph. `date` is given only when the dateline states one; a missing
 * year or month is taken from `options.referenceDate` (the candidate closest to it), and left out when
 * there is none. ROC years (`民國115年`) are converted.
 *
 * @example
 * parseDateline("HOUSTON, Jan 27 (Reuters) - Oil prices rose", { referenceDate: "2024-01-28" })
 * // { raw: "HOUSTON, Jan 27 (Reuters) -", date: "2024-01-27", location: "HOUSTON", source: "Reuters", reporters: [] }
 */
export function parseDateline(text: string, options: ParseDatelineOptions = {}): Dateline | undefined {
  const start = text.trimStart();
  // Cut before collapsing so a huge paragraph costs no more than its head.
  const head = cleanText(start.length > MAX_HEAD * 3 ? start.slice(0, MAX_HEAD * 3) : start).slice(0, MAX_HEAD);
  if (!head) return undefined;
  const h = normalizeForms(head);
  const found = readBracket(h) ?? readParen(h) ?? readZhSourceFirst(h) ?? readZhCreditColon(h) ?? readLatinAgency(h) ?? readDashOrSlash(h);
  if (!found) return undefined;
  const dateline: Dateline = { raw: head.slice(0, found.end).trim(), reporters: found.reporters };
  const date = found.date && resolveDate(found.date, parseReferenceDate(options.referenceDate));
  if (date) dateline.date = date;
  if (found.location) dateline.location = found.location;
  if (found.source) dateline.source = found.source;
  return dateline;
}

/**
 * Maps full-width digits and the punctuation the patterns look for (`（）［］＝／`) to ASCII. Every
 * replacement is one UTF-16 unit for one, so indices into the result are indices into the original, and
 * `raw` is cut from the original text. The affected characters never occur inside a reported field.
 */
function normalizeForms(s: string): string {
  return s.replace(/[\uff10-\uff19\uff08\uff09\uff3b\uff3d\uff1d\uff0f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// ---------------------------------------------------------------------------------------------------
// 【…】 and [...]: Chinese outlet+date, Japanese place+agency, Korean place=agency
// ---------------------------------------------------------------------------------------------------

const BRACKET = /^[【\[]([^【】\[\]]{1,40})[】\]]/;
const PAREN = /^[(〔]([^()〔〕]{1,60})[)〕]/;

/** `【希望之声2021年7月28日】（…）`, `【ワシントン共同】`, `【ワシントン＝行方史郎】`, `[서울=뉴시스] 김민수 기자 =`. */
function readBracket(h: string): Found | undefined {
  const m = BRACKET.exec(h);
  if (!m) return undefined;
  const content = m[1]!.trim();
  const end = m[0].length;
  const pair = readEqualsPair(content);
  if (pair) return withKoreanTail(h, end, pair);
  const ja = readJapaneseAgency(content);
  if (ja) return { end, ...ja };
  // A place alone: `【名古屋】`, `【東京】`.
  if (ZH_PLACES.includes(content)) return { end, location: content, reporters: [] };
  const zh = readZhBracket(content);
  if (!zh) return undefined;
  // Epoch Times, NTD, Sound of Hope and Secret China follow the bracket with a parenthesised credit; 阿波罗网 writes
  // it out to its 报导 (`【阿波罗网报道】阿波罗网记者方远报导`), which then must name a reporter.
  const rest = h.slice(end);
  const paren = /^ ?[(〔]([^()〔〕]{1,60})[)〕]/.exec(rest);
  const written = paren ? null : ZH_CREDIT_COLON.exec(rest);
  const tail = paren ?? written;
  const credit = tail ? readZhCredit(tail[1]!) : undefined;
  if (!tail || !credit || (written && !credit.hasRole)) return { end, ...zh };
  const found: Found = { end: end + tail[0].length, reporters: credit.reporters };
  const date = zh.date ?? credit.date;
  if (date) found.date = date;
  const source = zh.source ?? credit.source;
  if (source) found.source = source;
  if (credit.location) found.location = credit.location;
  return found;
}

/**
 * `希望之声2021年7月28日`, `新唐人北京时间2024年3月5日讯`, `大纪元讯`: an outlet, a date, or both, with an optional
 * 讯/電 ending. An outlet we do not list counts only when a date follows it.
 */
function readZhBracket(content: string): Omit<Found, "end"> | undefined {
  let rest = content;
  const ending = /(?:讯|訊|电|電|报道|报导|報導|報道)$/.exec(rest);
  if (ending) rest = rest.slice(0, ending.index).trim();
  let date: DateParts | undefined;
  const d = /(?:(民國|民国)?(\d{2,4})年(\d{1,2})月(\d{1,2})日|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})月(\d{1,2})日)$/.exec(rest);
  if (d) {
    date = d[2] ? zhDate(d[1], d[2], d[3], d[4]!) : d[5] ? numericDate(d[5], d[6]!, d[7]!) : zhDate(undefined, undefined, d[8], d[9]!);
    if (!date) return undefined;
    rest = rest.slice(0, d.index).trim();
    const zone = ZH_TIME_ZONE.exec(rest);
    if (zone) rest = rest.slice(0, zone.index).trim();
  }
  if (/[\d:：|/]/.test(rest) || rest.length > 20) return undefined;
  const known = longestPrefix(rest, ZH_OUTLETS);
  if (!date && known !== rest) return undefined;
  const found: Omit<Found, "end"> = { reporters: [] };
  if (date) found.date = date;
  // A listed outlet and a listed place: `【希望之声纽约2024年6月11日讯】`.
  const place = known && rest.slice(known.length);
  if (place && ZH_PLACES.includes(place)) {
    found.location = place;
    rest = known;
  }
  if (rest && !ZH_SELF.includes(rest)) found.source = rest;
  return found;
}

/** `ワシントン共同`, `ロンドン時事`, `北京共同`: a place written together with a Japanese agency. */
function readJapaneseAgency(content: string): Omit<Found, "end"> | undefined {
  const agency = longestSuffix(content, JA_AGENCIES);
  if (!agency) return undefined;
  const place = content.slice(0, content.length - agency.length).trim();
  // A katakana place, or a kanji place we know: keeps Chinese brackets such as 【一周時事】 out.
  if (!/^[\p{Script=Katakana}ー・]{2,12}$/u.test(place) && !ZH_PLACES.includes(place)) return undefined;
  return { location: place, source: agency, reporters: [] };
}

/**
 * `서울=연합뉴스`, `ワシントン=共同`, `ワシントン=行方史郎`: place, `=`, then an agency or (Japanese) reporters.
 * The place is one word: Yonhap photo credits put a second agency before the `=` (`워싱턴 로이터=연합뉴스`).
 */
function readEqualsPair(content: string): Omit<Found, "end"> | undefined {
  const i = content.indexOf("=");
  if (i <= 0) return undefined;
  const place = content.slice(0, i).trim();
  const right = content.slice(i + 1).trim();
  if (!right || right.includes("=") || right.length > 20) return undefined;
  if (/^\p{Script=Hangul}{1,12}$/u.test(place)) {
    if (!/^[\p{Script=Hangul}\p{L}\d]{1,15}$/u.test(right)) return undefined;
    return { location: place, source: right, reporters: [] };
  }
  if (!/^[\p{Script=Katakana}\p{Script=Han}ー・]{1,12}$/u.test(place)) return undefined;
  if (JA_AGENCIES.includes(right)) return { location: place, source: right, reporters: [] };
  const names = right.split(/[、,，]/).map((n) => n.trim());
  if (!names.every((n) => /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,12}$/u.test(n))) return undefined;
  return { location: place, reporters: names };
}

/** Korean datelines go on after the bracket: `(서울=연합뉴스) 김병규 이정현 기자 =`. */
function withKoreanTail(h: string, end: number, pair: Omit<Found, "end">): Found {
  const found: Found = { end, ...pair };
  if (!/^\p{Script=Hangul}/u.test(pair.location ?? "")) return found;
  const rest = h.slice(end, end + 60);
  const eq = rest.indexOf("=");
  if (eq < 0) return found;
  const reporters: string[] = [];
  let roles = 0;
  for (const token of rest.slice(0, eq).split(/[ ·,]/)) {
    if (!token) continue;
    if (KO_ROLES.includes(token)) {
      roles++;
      continue;
    }
    // "김병규기자": a title written without its space.
    const role = longestSuffix(token, KO_ROLES);
    const name = role ? token.slice(0, token.length - role.length) : token;
    if (role) roles++;
    if (!/^\p{Script=Hangul}{2,5}$/u.test(name)) return found;
    reporters.push(name);
  }
  if (!roles || !reporters.length) return found;
  return { ...found, end: end + eq + 1, reporters };
}

// ---------------------------------------------------------------------------------------------------
// (…) at the start: Korean place=agency, "(Bloomberg) --", or a Chinese credit
// ---------------------------------------------------------------------------------------------------

/** `(서울=연합뉴스) …`, `(Reuters) -`, `（大纪元记者李平台北报导）`, `（中央社台北4日電）`, `〔記者王三／台北報導〕`. */
function readParen(h: string): Found | undefined {
  const m = PAREN.exec(h);
  if (!m) return undefined;
  const content = m[1]!.trim();
  const end = m[0].length;
  const pair = readEqualsPair(content);
  if (pair) return withKoreanTail(h, end, pair);
  const agency = latinAgency(content);
  if (agency) {
    const dash = LATIN_DASH.exec(h.slice(end));
    if (!dash) return undefined;
    const found: Found = { end: end + dash[0].length, source: agency, reporters: [] };
    return withPlaceAfterAgency(h, found);
  }
  const credit = readZhCredit(content);
  // Standing alone, a credit needs a reporter, or an outlet or date with its 报导/電 ending.
  if (!credit || !(credit.hasRole || (credit.hasSuffix && (credit.source || credit.date)))) return undefined;
  return creditFound(end, credit);
}

/** What a Chinese credit read as a dateline ending at `end` gives: its reporters, and the fields it has. */
function creditFound(end: number, credit: ZhCredit): Found {
  const found: Found = { end, reporters: credit.reporters };
  if (credit.date) found.date = credit.date;
  if (credit.source) found.source = credit.source;
  if (credit.location) found.location = credit.location;
  return found;
}

/** A place written in capitals, as datelines set it (`ROMA`, `NEW DELHI`): no lower-case letter, and at least `minCapitals` capitals. */
function isCapitalsPlace(place: string, minCapitals: number): boolean {
  return !/\p{Ll}/u.test(place) && (place.match(/\p{Lu}/gu)?.length ?? 0) >= minCapitals;
}

/** The place (and date) read from `text` when the place's first segment is written in capitals (`isCapitalsPlace`). */
function readCapitalsPlace(text: string, minCapitals: number): { place: { location?: string; date?: DateParts }; first: string } | undefined {
  const place = readPlaceAndDate(text.trim());
  const first = place?.location?.split(",")[0]!.trim();
  return place && first && isCapitalsPlace(first, minCapitals) ? { place, first } : undefined;
}

/** ANSA's place and date after its agency: `(ANSA) - ROMA, 05 MAR - …`, the place in capitals. */
const PLACE_AFTER_AGENCY = /^ ?([^-—–()]{2,60}?) [-—–](?= )/;

/** The place and date an agency first dateline goes on with (`(ANSA) - ROMA, 05 MAR -`), when it has them. */
function withPlaceAfterAgency(h: string, found: Found): Found {
  const m = PLACE_AFTER_AGENCY.exec(h.slice(found.end));
  if (!m) return found;
  // Only a place in capitals with a date: "(Reuters) - The company said - " is a sentence.
  const read = readCapitalsPlace(m[1]!, 3);
  if (!read?.place.date) return found;
  return { ...found, ...read.place, end: found.end + m[0].length };
}

interface ZhCredit extends Omit<Found, "end"> {
  hasRole: boolean;
  hasSuffix: boolean;
}

/**
 * The inside of a Chinese credit: `希望之声记者高健雯综合报导`, `大纪元记者李平、王明台北报导`, `记者X/Y综合报导`,
 * `中央社記者王三台北29日電`, `中央社台北4日電`, `记者王雨萧、于佳欣`, `实习记者 樊亮 张明超 记者惠禾`.
 */
function readZhCredit(content: string): ZhCredit | undefined {
  // "记者：X" is a credit; any other colon labels a source or a caption ("图片来源：美联社").
  let s = content.trim().replace(/(记者|記者|作者) ?[:：] ?/g, "$1");
  if (!s || /[:：]/.test(s)) return undefined;
  const suffix = creditSuffix(s);
  if (suffix) s = trimSeparators(s.slice(0, s.length - suffix.length));
  let date: DateParts | undefined;
  // The day (and maybe the month) right before the closing words: 中央社台北4日電, 新华社北京7月8日电, and CNA's
  // foreign news, 中央社東京5日綜合外電報導.
  const d = suffix ? /(?:(\d{1,2})月)?(\d{1,2})日$/.exec(s) : null;
  if (d) {
    date = zhDate(undefined, undefined, d[1], d[2]!);
    s = s.slice(0, d.index).trim();
  }
  if (/\d/.test(s)) return undefined;
  const parts = s.split(ZH_ROLE);
  const hasRole = parts.length > 1;
  if (!hasRole && !suffix) return undefined;
  const credit: ZhCredit = { reporters: [], hasRole, hasSuffix: Boolean(suffix) };
  if (date) credit.date = date;

  let pre = trimSeparators(parts[0]!);
  const self = longestPrefix(pre, ZH_SELF);
  if (self) pre = pre.slice(self.length).trim();
  const outlet = longestPrefix(pre, ZH_OUTLETS);
  if (outlet) {
    credit.source = outlet;
    pre = trimSeparators(pre.slice(outlet.length));
  }
  // A bureau or a posting names the place: `希望之声纽约记者站报导`, `驻华盛顿记者李明`.
  pre = pre.replace(/^[驻駐]|[记記]者站$/g, "");
  if (ZH_PLACES.includes(pre)) credit.location = pre;
  if (!hasRole) {
    // No reporter: what is left names the place (中央社台北4日電; one the list lacks when a day follows it) or the
    // desk (即時新聞／綜合報導).
    if (pre && date && /^\p{Script=Han}{1,8}$/u.test(pre)) credit.location = pre;
    return credit;
  }
  // A listed outlet inside a longer name (英文大纪元记者…) is kept as written; other words before the
  // title describe the reporter (职工通讯员, 驻站记者) and name no outlet.
  if (pre && !credit.source && !self && pre.length <= 12 && ZH_OUTLETS.some((o) => pre.includes(o))) credit.source = pre;

  for (const chunk of splitNames(parts.slice(1).join("、"))) {
    const name = trimSeparators(chunk.slice(0, chunk.length - creditSuffix(chunk).length));
    if (!name) continue;
    if (ZH_PLACES.includes(name)) {
      credit.location ??= name;
      continue;
    }
    // A known place written right after the name: 王明台北 → 王明 + 台北; with its country first, 林妍美国旧金山 →
    // 林妍 + 美国旧金山.
    let place = longestSuffix(name, ZH_PLACES);
    if (place && name.length - place.length >= 2) {
      let rest = name.slice(0, name.length - place.length);
      const country = longestSuffix(rest, ZH_PLACES);
      if (country && rest.length - country.length >= 2) {
        place = country + place;
        rest = rest.slice(0, rest.length - country.length);
      }
      credit.location ??= place;
      credit.reporters.push(rest.trim());
    } else if (name.length <= 40 && !/\d/.test(name)) {
      credit.reporters.push(name.replace(/等$/, ""));
    }
  }
  return credit;
}

/**
 * Splits a run of names on 、，,/ and, between Chinese names only, on spaces (`樊亮 张明超`) and on 和, 及, 与
 * (`李明和王华`); a Latin name keeps its spaces (`Eva Fu`). A name may hold one of those words itself (`王和平`),
 * so the split is taken only when it leaves names of two characters or more.
 */
function splitNames(s: string): string[] {
  const out: string[] = [];
  for (let chunk of s.split(/[、，,/]/)) {
    chunk = chunk.trim();
    const words = chunk.split(" ");
    const joined = chunk.split(/[和及与與]/);
    if (words.length > 1 && words.every((w) => /^[\p{Script=Han}·・]+$/u.test(w))) out.push(...words);
    else if (joined.length > 1 && joined.every((name) => /^\p{Script=Han}{2,}$/u.test(name))) out.push(...joined);
    else out.push(chunk);
  }
  return out.filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------
// 新华社北京7月8日电（记者…）: outlet, place, date, 电/讯
// ---------------------------------------------------------------------------------------------------

/** Place, date and the 电/讯 ending after an outlet's name. The lookahead keeps 新华社北京电视台 out. */
const ZH_WIRE_TAIL =
  /^(\p{Script=Han}{0,8}?)(?:(民國|民国)?(\d{2,4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?(?:专|專)?(?:电|電|讯|訊)(?=$|[\s(〔【，,。：:—-])/u;

/** `新华社北京7月8日电（记者王雨萧、于佳欣）`, `中新网北京3月5日电 (记者 X)`, `本报讯`, `本报北京3月5日讯（记者X）`. */
function readZhSourceFirst(h: string): Found | undefined {
  const outlet = longestPrefix(h, ZH_OUTLETS) ?? longestPrefix(h, ZH_SELF);
  if (!outlet) return undefined;
  const m = ZH_WIRE_TAIL.exec(h.slice(outlet.length));
  if (!m) return undefined;
  let date: DateParts | undefined;
  if (m[5]) {
    date = zhDate(m[2], m[3], m[4], m[5]);
    if (!date) return undefined;
  } else if (m[3] || m[4]) return undefined; // a year or month without a day is not a dateline date
  const found: Found = { end: outlet.length + m[0].length, reporters: [] };
  if (date) found.date = date;
  if (!ZH_SELF.includes(outlet)) found.source = outlet;
  if (m[1]) found.location = m[1];
  // Xinhua and China News Service name the reporters in parentheses after 电.
  const tail = /^ ?[(〔]([^()〔〕]{1,60})[)〕]/.exec(h.slice(found.end));
  const credit = tail ? readZhCredit(tail[1]!) : undefined;
  if (tail && credit?.hasRole) {
    found.end += tail[0].length;
    found.reporters = credit.reporters;
    found.location ??= credit.location;
  }
  return found;
}

/**
 * A credit without brackets, closed by a colon or standing alone: `自由亚洲电台记者林立文报道：`,
 * `美国之音记者王明华盛顿报道：`, RFA's `自由亚洲电台记者乔龙的报道`, LTN's `記者吳佩真／花蓮報導`.
 */
const ZH_CREDIT_COLON = /^([^：:，,。（）()【】\[\]]{4,40}?(?:报道|报导|報導|報道))\s*(?:[:：]|$)/;

/** An opening credit that names an outlet and its reporters before a colon (see `ZH_CREDIT_COLON`). */
function readZhCreditColon(h: string): Found | undefined {
  const m = ZH_CREDIT_COLON.exec(h);
  // An outlet names itself first, or the credit opens with the reporter's title (LTN's `記者吳佩真／花蓮報導`).
  if (!m || !(longestPrefix(m[1]!, ZH_OUTLETS) ?? longestPrefix(m[1]!, ZH_SELF) ?? /^[记記]者/.exec(m[1]!))) return undefined;
  const credit = readZhCredit(m[1]!);
  // Only a reporter's credit: "自由亚洲电台报道：" alone says who published, not who filed.
  if (!credit?.hasRole || credit.reporters.length === 0) return undefined;
  return creditFound(m[0].length, credit);
}

// ---------------------------------------------------------------------------------------------------
// Latin scripts: PLACE[, date] (AGENCY) —
// ---------------------------------------------------------------------------------------------------

/** The dash after a Latin agency: `—` (AP), `-` (Reuters, dpa), `--` (UPI, Bloomberg), `.-` (EFE), or ANI's colon. */
const LATIN_DASH = /^ ?\.? ?(?:--?|[—–―]|:(?= ))/;

/** `TORONTO (AP) —`, `HOUSTON, Jan 27 (Reuters) -`, `Hamburg (dpa/lno) -`, `MADRID, 5 may (EFE).-`. */
function readLatinAgency(h: string): Found | undefined {
  // The agency is one of the first few parentheses; an earlier one may belong to the place.
  let from = 0;
  for (let tries = 0; tries < 3; tries++) {
    const open = h.indexOf("(", from);
    if (open <= 0 || open > 100) return undefined;
    const close = h.indexOf(")", open);
    if (close < 0 || close - open > 40) return undefined;
    const agency = latinAgency(h.slice(open + 1, close));
    if (agency) {
      const dash = LATIN_DASH.exec(h.slice(close + 1));
      const place = dash && readPlaceAndDate(h.slice(0, open).trim());
      if (!dash || !place) return undefined;
      return { end: close + 1 + dash[0].length, ...place, source: agency, reporters: [] };
    }
    from = close + 1;
  }
  return undefined;
}

/**
 * The agency named in parentheses, as written: `AP`, `Reuters`, `dpa` from `dpa/lno` (a dpa regional
 * service), `AFP/dpa` when two agencies share the story. `AP Photo/Evan Vucci` is a photo credit: undefined.
 */
function latinAgency(content: string): string | undefined {
  const parts = content.split("/").map((p) => p.trim());
  if (!isLatinAgency(parts[0]!)) return undefined;
  const agencies = [parts[0]!];
  for (const part of parts.slice(1)) {
    if (isLatinAgency(part)) agencies.push(part);
    else if (!/^[a-z]{2,5}$/.test(part)) return undefined;
  }
  return agencies.join("/");
}

/** True when `name` is a wire agency a Latin-script dateline names (`Reuters`, `dpa`, `Lusa`), in any case. */
export function isLatinAgency(name: string): boolean {
  const lower = name.toLowerCase();
  return LATIN_AGENCIES.some((a) => a.toLowerCase() === lower);
}

/**
 * The words before the agency: a place (`AUSTIN, Texas`, `ST. JOSEPH, Mich.`, `LONDON/NEW YORK`), maybe
 * followed by a date (`Jan 27`, `28 juil 2021`, `March 3, 2021`, `5`). The place is returned as written.
 */
function readPlaceAndDate(prefix: string): { location?: string; date?: DateParts } | undefined {
  if (!prefix) return {};
  if (prefix.length > 80) return undefined;
  const segments = prefix.split(",").map((s) => s.trim());
  if (segments.some((s) => !s)) return undefined;
  let places = segments.length;
  let date: DateParts | undefined;
  // "March 3, 2021": the year follows its own comma.
  if (places >= 3 && /^\d{4}$/.test(segments[places - 1]!)) {
    date = latinDate(`${segments[places - 2]} ${segments[places - 1]}`);
    if (date) places -= 2;
  }
  if (!date && places >= 2) {
    date = latinDate(segments[places - 1]!);
    if (date) places -= 1;
  }
  if (!segments.slice(0, places).every(isPlaceSegment) || /^by$/i.test(segments[0]!.split(" ")[0]!)) return undefined;
  let cut = prefix.length;
  if (places < segments.length) {
    cut = -1;
    for (let i = 0; i < places; i++) cut = prefix.indexOf(",", cut + 1);
  }
  const result: { location?: string; date?: DateParts } = { location: prefix.slice(0, cut).trim() };
  if (date) result.date = date;
  return result;
}

/** One comma-separated part of a place: at most six words, each capitalised or a known connector. */
function isPlaceSegment(segment: string): boolean {
  // An outlet's domain stands where a place would (`JAKARTA, KOMPAS.com`); the caller reads it as the source.
  if (DOMAIN.test(segment)) return true;
  const words = segment.split(" ");
  if (words.length > 6 || !/^\p{Lu}/u.test(words[0]!)) return false;
  // ANI adds the country in brackets: `New Delhi [India]`.
  return words.every((w) => PLACE_CONNECTORS.has(w) || /^\p{Lu}[\p{L}\p{M}.'’&/-]{0,30}$/u.test(w) || /^\[\p{Lu}\p{L}{1,30}\]$/u.test(w));
}

/** `Jan 27`, `January 27`, `27 Jan`, `28 juil 2021`, `5 may`, `28. Juli`, `28 июл`, or a lone day (`5`). */
function latinDate(segment: string): DateParts | undefined {
  const tokens = segment.split(" ");
  if (tokens.length > 3) return undefined;
  const day = (t: string | undefined) => (t && /^\d{1,2}\.?$/.test(t) ? parseInt(t, 10) : undefined);
  const year = (t: string | undefined) => (t === undefined ? undefined : /^\d{4}$/.test(t) ? parseInt(t, 10) : NaN);
  // Europa Press writes the day alone: "MADRID, 5 (EUROPA PRESS) -".
  if (tokens.length === 1) {
    const d = day(tokens[0]);
    return d ? { day: d } : undefined;
  }
  const [a, b, c] = tokens;
  const y = year(c);
  if (Number.isNaN(y)) return undefined;
  let parts: DateParts | undefined;
  const monthFirst = monthNumber(a!);
  if (monthFirst && day(b)) parts = { month: monthFirst, day: day(b)! };
  const monthSecond = monthNumber(b!);
  if (!parts && monthSecond && day(a)) parts = { month: monthSecond, day: day(a)! };
  if (parts && y !== undefined) parts.year = y;
  return parts;
}

/** The month a token names, in any language of {@link MONTHS}; undefined when unknown or ambiguous. */
function monthNumber(token: string): number | undefined {
  const t = fold(token.replace(/\.$/, ""));
  if (t.length < 3 || !/^\p{L}+$/u.test(t)) return undefined;
  let found: number | undefined;
  for (const names of Object.values(MONTHS)) {
    for (let index = 0; index < names.length; index++) {
      for (const name of names[index]!.split("|")) {
        if (!fold(name).startsWith(t)) continue;
        if (found !== undefined && found !== index + 1) return undefined;
        found = index + 1;
      }
    }
  }
  return found;
}

/** Lower case without accents, so `Févr.` and `fevr` compare alike. */
function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

// ---------------------------------------------------------------------------------------------------
// PLACE — AGENCY (Russian), PLACE. /AGENCY/. (TASS), ALL-CAPS PLACE — (no agency)
// ---------------------------------------------------------------------------------------------------

/** Place, then an em or en dash, or a spaced `--` (an unspaced one belongs to wire slugs such as `BC-EU--`). */
const DASH_PREFIX = /^([^—–/]{2,80}?)(?: ?[—–]| --)/;

/** `МОСКВА, 28 июл — РИА Новости.`, `МОСКВА, 28 июля. /ТАСС/.`, `WASHINGTON — …`, `SEOUL, South Korea — …`. */
function readDashOrSlash(h: string): Found | undefined {
  return readTass(h) ?? readDash(h, DASH_PREFIX) ?? readOutletHyphen(h) ?? readCapsColon(h) ?? readZhPlaceDash(h);
}

/** A listed Chinese place, maybe an outlet in brackets, then a dash: VOA's `华盛顿 — `, `华盛顿 (美国之音) —`. */
const ZH_PLACE_DASH = /^(\p{Script=Han}{2,8}) ?(?:[(（](\p{Script=Han}{2,12})[)）] ?)?[—–](?= |$)/u;

function readZhPlaceDash(h: string): Found | undefined {
  const m = ZH_PLACE_DASH.exec(h);
  if (!m || !ZH_PLACES.includes(m[1]!) || (m[2] && !ZH_OUTLETS.includes(m[2]))) return undefined;
  const found: Found = { end: m[0].length, location: m[1]!, reporters: [] };
  if (m[2]) found.source = m[2];
  return found;
}

/** A place in capitals and a colon: `NEW DELHI: …` (Times of India), `ISLAMABAD: …` (Dawn). */
const CAPS_COLON = /^([^:：—–()]{3,40}?):(?= )/;

function readCapsColon(h: string): Found | undefined {
  const m = CAPS_COLON.exec(h);
  if (!m) return undefined;
  // Four capitals at least: an acronym and a colon (`FBI: …`) is a quote's attribution, not a place.
  const read = readCapitalsPlace(m[1]!, 4);
  if (!read || read.first.split(" ").length > 3 || isLabelWord(read.first)) return undefined;
  return { end: m[0].length, ...read.place, reporters: [] };
}

/** Place, then a spaced hyphen (`JAKARTA, KOMPAS.com - …`, `ROMA, 5 MAR - …`, `AMSTERDAM - …`). */
const HYPHEN_PREFIX = /^([^—–/]{2,80}?) -(?= )/;

/**
 * `JAKARTA, KOMPAS.com - …`, `Liputan6.com, Jakarta - …`, `TRIBUNNEWS.COM - …`, `ROMA, 5 MAR - …` (ANSA),
 * `AMSTERDAM - …` (ANP): prose uses a spaced hyphen too freely to trust it after any capitals, so the place must
 * come with the outlet's domain or a date, or be words of capital letters only, one word of five letters at least
 * (not `COVID-19 - …`, nor an acronym: `NASA - …`).
 */
function readOutletHyphen(h: string): Found | undefined {
  const found = readDash(h, HYPHEN_PREFIX);
  if (!found) return undefined;
  if (found.source !== undefined) return DOMAIN.test(found.source) ? found : undefined;
  return found.date || /^(?:\p{Lu}{5,}|\p{Lu}+(?:[ .'’]+\p{Lu}+)+)$/u.test(found.location ?? "") ? found : undefined;
}

function readTass(h: string): Found | undefined {
  const slash = h.indexOf("/");
  if (slash < 2 || slash > 80) return undefined;
  const agency = RU_SLASH_AGENCIES.find((a) => h.startsWith(`${a}/`, slash + 1));
  if (!agency) return undefined;
  const place = readPlaceAndDate(h.slice(0, slash).trim().replace(/\.$/, ""));
  if (!place) return undefined;
  const end = slash + agency.length + 2;
  return { end: h[end] === "." ? end + 1 : end, ...place, source: agency, reporters: [] };
}

/**
 * An agency the list does not name, after the dash of an all-caps place: one to three capitalised words, one of
 * them an abbreviation in capitals, then a full stop (`МОСКВА, 5 мар — РИА Горизонт.`, `— ИА Регнум.`). A short
 * sentence (`— UK inflation fell.`) has a word in lower case.
 */
const DASH_AGENCY = /^((?:[\p{Lu}\d][\p{L}\d-]* ){0,2}[\p{Lu}\d][\p{L}\d-]*)\.(?=\s|$)/u;

function readDash(h: string, prefix: RegExp): Found | undefined {
  const m = prefix.exec(h);
  if (!m) return undefined;
  const place = readPlaceAndDate(m[1]!.trim());
  if (!place) return undefined;
  let end = m[0].length;
  const rest = h.slice(end).trimStart();
  const agency = RU_DASH_AGENCIES.find((a) => rest.startsWith(a));
  if (agency) {
    // RIA may name the reporter after a comma: "— РИА Новости, Мария Петрова."
    end = h.length - rest.length + agency.length;
    const by = /^, ?(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){1,2})\./u.exec(h.slice(end));
    const reporters = by ? [by[1]!] : [];
    if (by) end += by[0].length;
    else if (h[end] === ".") end += 1;
    return { end, ...place, source: agency, reporters };
  }
  // Without a listed agency only an all-caps place counts (NYT, Washington Post): "WASHINGTON —"; or any place
  // next to the outlet's own domain, which leaves no doubt (`Liputan6.com, Jakarta -`), or before a full date
  // (`Jakarta, 12 Agustus 2024 –`).
  const segments = (place.location ?? "").split(",").map((segment) => segment.trim());
  const first = segments[0]!;
  if (!segments.some((segment) => DOMAIN.test(segment)) && !place.date?.year && (!isCapitalsPlace(first, 3) || CAPS_LABELS.has(first))) return undefined;
  const named = DASH_AGENCY.exec(rest);
  if (named && named[1]!.split(" ").some((word) => /^\p{Lu}{2,}$/u.test(word))) {
    return withOutletSegment({ end: h.length - rest.length + named[0].length, ...place, source: named[1]!, reporters: [] });
  }
  return withOutletSegment({ end, ...place, reporters: [] });
}

/** A web outlet named by its domain: `KOMPAS.com`, `TRIBUNNEWS.COM`, `Liputan6.com` (not `D.C.` or `Mich.`). */
const DOMAIN = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$/iu;

/**
 * Indonesian and Malaysian sites write their own domain into the dateline, after the place or alone:
 * `JAKARTA, KOMPAS.com –`, `TRIBUNNEWS.COM, SURABAYA -`, `TRIBUNNEWS.COM -`. That segment is the source, not part of
 * the place.
 */
function withOutletSegment(found: Found): Found {
  const segments = (found.location ?? "").split(",").map((segment) => segment.trim());
  const at = segments.findIndex((segment) => DOMAIN.test(segment));
  if (at < 0) return found;
  const { location: _place, ...rest } = found;
  const place = segments.filter((_, i) => i !== at).join(", ");
  return place ? { ...rest, location: place, source: segments[at]! } : { ...rest, source: segments[at]! };
}

// ---------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------

/** A date from Chinese numerals as matched: `民國115年3月5日` is 2026-03-05. */
function zhDate(roc: string | undefined, y: string | undefined, m: string | undefined, d: string): DateParts | undefined {
  const parts: DateParts = { day: parseInt(d, 10) };
  if (m) parts.month = parseInt(m, 10);
  if (y) {
    let year = parseInt(y, 10);
    // Taiwan counts years from 1912 (民國元年); a bare three-digit year is one too (115年).
    if (roc || (year >= 100 && year < 1000)) year += 1911;
    else if (year < 100) return undefined;
    parts.year = year;
  }
  return parts;
}

function numericDate(y: string, m: string, d: string): ReferenceDate {
  return { year: parseInt(y, 10), month: parseInt(m, 10), day: parseInt(d, 10) };
}

function parseReferenceDate(ref: string | undefined): ReferenceDate | undefined {
  const m = ref ? /^(\d{4})-(\d{2})-(\d{2})/.exec(ref.trim()) : null;
  if (!m) return undefined;
  const r = numericDate(m[1]!, m[2]!, m[3]!);
  return isValidDate(r.year, r.month, r.day) ? r : undefined;
}

/**
 * The ISO date of `parts`. A missing year (or year and month) is filled from the reference date: of the
 * candidates around it (the year before, same, after; or the month before, same, after) the valid one
 * closest to the reference wins, so "Dec 31" read on 2024-01-02 is 2023-12-31.
 */
function resolveDate(parts: DateParts, ref: ReferenceDate | undefined): string | undefined {
  if (parts.year !== undefined && parts.month !== undefined) {
    return isValidDate(parts.year, parts.month, parts.day) ? iso(parts.year, parts.month, parts.day) : undefined;
  }
  if (!ref) return undefined;
  const target = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best: [number, number, number] | undefined;
  for (const offset of [-1, 0, 1]) {
    let year: number;
    let month: number;
    if (parts.month !== undefined) {
      year = ref.year + offset;
      month = parts.month;
    } else {
      const index = ref.year * 12 + (ref.month - 1) + offset;
      year = Math.floor(index / 12);
      month = (index % 12) + 1;
      if (parts.year !== undefined && parts.year !== year) continue;
    }
    if (!isValidDate(year, month, parts.day)) continue;
    const distance = Math.abs(Date.UTC(year, month - 1, parts.day) - target);
    // Strictly closer only: on a tie the earlier candidate stays, as a story is filed before it is read.
    if (!best || distance < best[2]) best = [year, month, distance];
  }
  return best && iso(best[0], best[1], parts.day);
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

function longestPrefix(s: string, list: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const item of list) if (s.startsWith(item) && (!best || item.length > best.length)) best = item;
  return best;
}

function longestSuffix(s: string, list: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const item of list) if (s.endsWith(item) && (!best || item.length > best.length)) best = item;
  return best;
}

/** Trims spaces and the separators that join credit parts: `李辰/` → `李辰`. */
function trimSeparators(s: string): string {
  // A loop, not /[…]+$/, which rescans a long run of separators from every position.
  const separators = " /、，,";
  let start = 0;
  let end = s.length;
  while (start < end && separators.includes(s[start]!)) start++;
  while (end > start && separators.includes(s[end - 1]!)) end--;
  return s.slice(start, end);
}
