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
`;

/** GET /assets/site.css : the stylesheet, cacheable for an hour. */
export function siteCss(): Handler {
  return (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(SITE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  };
}
