import { createContext } from 'react';
import type { DesktopApi } from '../../../core/desktop-api';
import type { LeadCenterData } from '../../data/contract';

export interface LeadCenterServices {
  data: LeadCenterData;
  desktopApi: DesktopApi;
}

export const LeadCenterContext = createContext<LeadCenterServices | null>(null);
