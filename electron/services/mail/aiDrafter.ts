import { z } from 'zod';
import type { AiDraftResult, AiSettings, ChatMessage } from '../../../core/desktop-api';

/** The part of an OpenAI-compatible chat-completions answer that the drafter reads. */
const completion = z.object({
  model: z.string().optional(),
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

/** A short excerpt of an error body: enough to say why, never a whole page. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

/**
 * One chat-completions call. Answers off / unreachable / refused instead of throwing, so the
 * caller can fall back to the template drafter and tell the user why.
 */
export async function draftWithAi(
  settings: AiSettings | null,
  apiKey: string | null,
  messages: ChatMessage[],
  fetchImpl: typeof fetch = fetch,
): Promise<AiDraftResult> {
  if (settings === null) return { ok: false, reason: 'off', error: 'The AI drafter is not set up' };
  if (!settings.enabled) return { ok: false, reason: 'off', error: 'The AI drafter is turned off' };

  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;

  let response: Response;
  let body: string;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: settings.model, messages }),
      signal: AbortSignal.timeout(settings.timeoutMs),
      redirect: 'error',
    });
    body = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return {
      ok: false,
      reason: 'unreachable',
      error: timedOut
        ? `The AI endpoint did not answer within ${Math.round(settings.timeoutMs / 1000)} s`
        : `Could not reach the AI endpoint at ${settings.baseUrl}: ${causeOf(error)}`,
    };
  }

  if (!response.ok) {
    return { ok: false, reason: 'refused', error: `The AI endpoint answered HTTP ${response.status}${body ? `: ${excerpt(body)}` : ''}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'refused', error: 'The AI endpoint did not answer with JSON' };
  }
  const parsed = completion.safeParse(json);
  const content = parsed.success ? parsed.data.choices[0]?.message.content : null;
  if (!parsed.success || !content) {
    return { ok: false, reason: 'refused', error: 'The AI endpoint answered without a message' };
  }
  return { ok: true, model: parsed.data.model ?? settings.model, content };
}
