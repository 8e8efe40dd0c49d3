/** Buyers' tokens in public paths (/q/<token>, /u/<token>) are keys: the log shows the path without them. */
export function redactUrl(url: string): string {
  return url.replace(/^\/(q|u)\/[^/?#]+/, '/$1/[hidden]').replace(/([?&](?:token|access_token)=)[^&#]*/gi, '$1[hidden]');
}
