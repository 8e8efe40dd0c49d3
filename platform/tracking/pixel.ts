/** The open pixel: a transparent 1×1 GIF, the same bytes whatever the id (nothing leaks). */
export const transparentGif: Buffer = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export const pixelHeaders: Readonly<Record<string, string>> = {
  'content-type': 'image/gif',
  'cache-control': 'no-store, no-cache, must-revalidate, max-age=0',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
