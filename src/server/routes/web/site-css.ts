import type { Handler } from 'hono';

/** The whole stylesheet: small, system fonts, readable widths, visible focus, print-friendly. */
export const SITE_CSS = `:root{color-scheme:light dark;--fg:#1f2933;--muted:#52606d;--bg:#fff;--line:#d9e2ec;--link:#0b5cad;--mark:#fff3bf}
@media (prefers-color-scheme:dark){:root{--fg:#e4e7eb;--muted:#9aa5b1;--bg:#14181f;--line:#323f4b;--link:#7cc4fa;--mark:#5c4813}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip-link{position:absolute;left:-9999px}
.skip-link:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem}
.site-header,.site-nav,main,.site-footer{max-width:48rem;margin:0 auto;padding:0 1rem}
.site-header{padding-top:1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline}
.brand{font-weight:700;font-size:1.4rem;text-decoration:none;color:var(--fg)}
.tagline,.meta,.site-footer{color:var(--muted)}
.site-nav ul{list-style:none;display:flex;gap:1rem;padding:0;margin:.5rem 0 1rem;border-bottom:1px solid var(--line)}
.site-nav li{padding-bottom:.5rem}
h1{font-size:1.7rem;line-height:1.25}
h2{font-size:1.25rem;margin-top:2rem;border-top:1px solid var(--line);padding-top:1rem}
h3{font-size:1.05rem;margin:0 0 .25rem}
.stories{list-style:none;padding:0}
.stories>li{margin:0 0 1.25rem}
.meta,.outlets{margin:.1rem 0;font-size:.92rem}
.article-text{white-space:pre-wrap;overflow-wrap:anywhere}
mark.entity{background:var(--mark);color:inherit;border-radius:2px;padding:0 1px}
mark.entity a{color:inherit;text-decoration:none}
mark.entity a:hover{text-decoration:underline}
mark.entity-country,mark.entity-organization{border-bottom:2px solid #3a7bd5}
mark.entity-threat-actor,mark.entity-malware,mark.entity-tool{border-bottom:2px solid #d64545}
mark.entity-vulnerability,mark.entity-product,mark.entity-vendor{border-bottom:2px solid #e09f3e}
mark.entity-person{border-bottom:2px solid #2f9e44}
.kind{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.site-footer{border-top:1px solid var(--line);margin-top:3rem;padding-bottom:2rem;font-size:.9rem}
@media print{.site-nav,.skip-link{display:none}}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.header-search{margin-left:auto;display:flex;gap:.25rem}
input,select,button{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--muted);border-radius:4px;padding:.3rem .5rem;max-width:100%}
button{cursor:pointer;background:var(--link);color:var(--bg);border-color:var(--link)}
input:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid var(--link);outline-offset:1px}
.site-nav ul{flex-wrap:wrap}
.filters,.search-form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:1rem 0}
.filters label,.search-form label{display:flex;flex-direction:column;font-size:.9rem;color:var(--muted)}
.search-form input[type=search]{min-width:16rem}
.section-counts{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem 1rem;padding:0}
.count{display:inline-block;min-width:1.5rem;text-align:center;font-size:.8rem;border-radius:1rem;background:var(--line);padding:0 .4rem}
mark.trigger{background:#ffd8a8;color:#1f2933;border-bottom:2px dashed #b54708;border-radius:2px}
mark.trigger a{color:inherit}
mark.hit{background:var(--mark);color:inherit;font-weight:600}
.evidence-note{display:none;border:1px solid var(--line);border-left:4px solid var(--link);padding:.5rem 1rem;margin:1rem 0;background:var(--bg)}
.evidence-note:target{display:block}
blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid var(--line);color:var(--fg)}
.arguments{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.25rem 0 1rem}
.arguments dt{color:var(--muted)}
.arguments dd{margin:0}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0;overflow-wrap:anywhere}
.chart-figure{margin:1rem 0}
.chart{width:100%;height:auto;color:var(--fg)}
figcaption{font-size:.9rem;color:var(--muted)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
td.failing{color:#b42318}
@media (prefers-color-scheme:dark){td.failing{color:#ff8a80}}
.url{font-size:.85rem;overflow-wrap:anywhere}
.search-layout{display:grid;grid-template-columns:1fr;gap:1rem}
@media (min-width:60rem){.search-layout{grid-template-columns:3fr 1fr}main{max-width:64rem}}
.facet ul{list-style:none;padding:0;margin:0 0 1rem}
.facet a.active{font-weight:700}
.snippet{margin:.25rem 0}
.quote figcaption::before{content:"— "}
mark.entity a,mark.trigger a{text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:2px}
`;

/** GET /assets/site.css : the stylesheet, cacheable for an hour. */
export function siteCss(): Handler {
  return (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(SITE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  };
}
