import { desktopRequests, type DesktopChannel, type DesktopResults } from '../../core/desktop-api';
import { isTrustedIpcSender, type IpcSender } from '../security/ipc-sender';
import type { DesktopHandlers } from './desktop-handlers';
import { DesktopRequestError } from './desktop-request-error';

/** Own keys only: "constructor" or "__proto__" are not channels. */
export function isDesktopChannel(name: string): name is DesktopChannel {
  return Object.hasOwn(desktopRequests, name);
}

/** Runs a request whose sender the transport has already vetted (the HTTP host checks Origin). */
export function dispatchDesktopRequest<K extends DesktopChannel>(
  channel: K,
  rawArgs: unknown,
  handlers: DesktopHandlers,
): Promise<DesktopResults[K]>;
export function dispatchDesktopRequest(
  channel: string,
  rawArgs: unknown,
  handlers: DesktopHandlers,
): Promise<DesktopResults[DesktopChannel]>;
export async function dispatchDesktopRequest(
  channel: string,
  rawArgs: unknown,
  handlers: DesktopHandlers,
): Promise<DesktopResults[DesktopChannel]> {
  if (!isDesktopChannel(channel)) {
    throw new DesktopRequestError('unknown-channel', `Unknown desktop channel "${channel}"`);
  }
  return handlers[channel](rawArgs);
}

/** An IPC request: the sender is checked first, so an untrusted frame learns nothing. */
export function handleDesktopRequest<K extends DesktopChannel>(
  channel: K,
  sender: IpcSender,
  rawArgs: unknown,
  handlers: DesktopHandlers,
): Promise<DesktopResults[K]>;
export function handleDesktopRequest(
  channel: string,
  sender: IpcSender,
  rawArgs: unknown,
  handlers: DesktopHandlers,
): Promise<DesktopResults[DesktopChannel]>;
export async function handleDesktopRequest(
  channel: string,
  sender: IpcSender,
  rawArgs: unknown,
  handlers: DesktopHandlers,
): Promise<DesktopResults[DesktopChannel]> {
  if (!isTrustedIpcSender(sender)) {
    throw new DesktopRequestError(
      'untrusted-sender',
      `Refused ${channel}: only the app's own page may use the desktop API (sender ${sender.frameUrl ?? 'unknown'})`,
    );
  }
  return dispatchDesktopRequest(channel, rawArgs, handlers);
}
