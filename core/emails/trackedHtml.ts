import { escapeHtml } from '../html/escapeHtml';
import { findLinks, linksInBody } from './emailLinks';

/**
 * The HTML part of an email sent while connected to the platform: the plain text, escaped, with
 * each link of the email's own body pointed at the platform's click redirect (which opens only
 * links that body contains) and a 1×1 open pixel at the end. Links that are not the body's own
 * (the unsubscribe footer) stay direct and untracked. The plain-text part goes unchanged beside it.
 */
export function trackedHtml(text: string, body: string, emailId: string, platformBaseUrl: string): string {
  const base = platformBaseUrl.trim().replace(/\/+$/, '');
  const id = encodeURIComponent(emailId);
  const own = new Set(linksInBody(body));
  let html = '';
  let at = 0;
  for (const link of findLinks(text)) {
    html += escapeText(text.slice(at, link.index));
    const href = own.has(link.url) ? `${base}/t/c/${id}?u=${encodeURIComponent(link.url)}` : link.url;
    html += `<a href="${escapeHtml(href)}">${escapeText(link.written)}</a>`;
    at = link.index + link.written.length;
  }
  html += escapeText(text.slice(at));
  const pixel = `<img src="${escapeHtml(`${base}/t/o/${id}.gif`)}" width="1" height="1" alt="" style="display:block;border:0">`;
  return `<!doctype html><html><body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5">${html}</div>${pixel}</body></html>`;
}

/** Escaped text with its line breaks kept. */
function escapeText(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, '<br>\n');
}
