/**
 * A server-sent-events reader for text that arrives in chunks (a fetch body): feed it text, it
 * calls back once per complete event with the event's name and its `data:` lines joined by "\n".
 * Comment lines (": keep-alive") and fields other than event/data are ignored, as EventSource does.
 */
export interface ServerSentEvent {
  /** "message" unless the event names itself. */
  event: string;
  data: string;
}

export interface ServerSentEventReader {
  /** Text in any slicing: half a line, several events, CRLF or LF line ends. */
  push(text: string): void;
}

export function createServerSentEventReader(onEvent: (event: ServerSentEvent) => void): ServerSentEventReader {
  let buffer = '';
  let data: string[] = [];
  let name = '';

  function line(text: string): void {
    if (text === '') {
      // A blank line ends an event; one without data is not dispatched (a lone comment block).
      if (data.length > 0) onEvent({ event: name || 'message', data: data.join('\n') });
      data = [];
      name = '';
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') name = value;
  }

  return {
    push(text) {
      buffer += text;
      for (;;) {
        const end = buffer.search(/\r\n|\r|\n/);
        if (end === -1) return;
        // A lone \r at the very end may be the first half of \r\n: wait for the next chunk.
        if (buffer[end] === '\r' && end === buffer.length - 1) return;
        const breakLength = buffer.startsWith('\r\n', end) ? 2 : 1;
        line(buffer.slice(0, end));
        buffer = buffer.slice(end + breakLength);
      }
    },
  };
}
