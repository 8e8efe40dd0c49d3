import type { Session } from 'electron';
import { decidePermissionRequest } from '../security/permissions';

/** Both handlers are needed: requests prompt for a permission, checks query it silently. */
export function applyPermissionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermissionRequest(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    decidePermissionRequest(permission, requestingOrigin),
  );
  // No device pickers (USB, HID, serial, Bluetooth) for any page.
  session.setDevicePermissionHandler(() => false);
}
