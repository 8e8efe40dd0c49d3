import type { CaptureSessionData } from '../../../../core/model/config';

/** A capture session as stored: config kind 'capture-session', one document per session. */
export interface CaptureSession {
  key: string;
  data: CaptureSessionData;
}
