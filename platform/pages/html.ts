/**
 * Server-rendered pages for buyers (questionnaire, unsubscribe, tracking errors). Every piece of
 * text that a seller or a buyer wrote goes through `escapeHtml`; nothing else builds markup from
 * input. Pages carry no script, and the CSP forbids any.
 */

import { escapeHtml } from '../../core/html/escapeHtml';

export { escapeHtml };

/** No script, no images, no frames, no outside forms; only the page's own inline styles. */
export const pageCsp = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Headers of every public page: the token in the address must not leak by Referer or cache. */
export const pageHeaders: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': pageCsp,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const style = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f5f6f8;color:#1d2330;line-height:1.5}
main{max-width:42rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.4rem;margin-top:0}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.brand{color:#0b5cad;font-weight:600;font-size:.9rem;margin-bottom:.5rem}
.field{margin:0 0 1.1rem}.field>label,.field legend{display:block;font-weight:600;margin-bottom:.3rem}
fieldset{border:0;padding:0;margin:0 0 1.1rem}legend{padding:0}
.help{color:#5a6475;font-size:.9rem;margin:.1rem 0 .3rem}
input[type=text],input[type=email],input[type=tel],input[type=date],textarea{width:100%;box-sizing:border-box;padding:.45rem .5rem;border:1px solid #aab2c0;border-radius:4px;font:inherit}
textarea{min-height:6rem}
.field .choice{display:block;font-weight:400;margin:.15rem 0}
.error{color:#b00020;font-weight:600;margin:.25rem 0 0}
.field.invalid input,.field.invalid textarea{border-color:#b00020}
.summary{border:2px solid #b00020;padding:.5rem 1rem;border-radius:4px;margin-bottom:1rem}
button{background:#0b5cad;color:#fff;border:0;border-radius:4px;padding:.6rem 1.2rem;font:inherit;cursor:pointer}
button:focus,input:focus,textarea:focus{outline:3px solid #f0a500;outline-offset:1px}
.req{color:#b00020}
`;

/** A whole page; `body` must already be escaped markup. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<div class="brand">Power Cozmo</div>
${body}
</main>
</body>
</html>
`;
}

/** A page with a heading and one or more plain paragraphs (all escaped). */
export function messagePage(title: string, ...paragraphs: string[]): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}`);
}
