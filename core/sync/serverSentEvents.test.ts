import { describe, expect, it } from 'vitest';
import { createServerSentEventReader, type ServerSentEvent } from './serverSentEvents';

function read(chunks: string[]): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  const reader = createServerSentEventReader((event) => events.push(event));
  for (const chunk of chunks) reader.push(chunk);
  return events;
}

describe('createServerSentEventReader', () => {
  it('reads data lines, one event per blank line, and ignores keep-alive comments', () => {
    expect(read([': keep-alive\n\ndata: {"a":1}\n\n: keep-alive\n\ndata: {"b":2}\n\n'])).toEqual([
      { event: 'message', data: '{"a":1}' },
      { event: 'message', data: '{"b":2}' },
    ]);
  });

  it('joins an event split across chunks at any character, CRLF included', () => {
    const text = 'event: open\r\ndata: \r\n\r\ndata: {"documents":[],"checkpoint":{"sequence":3}}\r\n\r\n';
    const whole = read([text]);
    for (let cut = 1; cut < text.length; cut += 1) expect(read([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    expect(whole).toEqual([
      { event: 'open', data: '' },
      { event: 'message', data: '{"documents":[],"checkpoint":{"sequence":3}}' },
    ]);
  });

  it('joins several data lines with a line feed and keeps a value without the space', () => {
    expect(read(['data:first\ndata: second\n\n'])).toEqual([{ event: 'message', data: 'first\nsecond' }]);
  });

  it('dispatches nothing for an unfinished event or one with no data, and ignores unknown fields', () => {
    expect(read(['id: 4\nretry: 100\n\n', 'data: half'])).toEqual([]);
  });
});
