import { useContext } from 'react';
import { LeadCenterContext, type LeadCenterServices } from './LeadCenterContext';

export function useLeadCenter(): LeadCenterServices {
  const services = useContext(LeadCenterContext);
  if (!services) throw new Error('useLeadCenter used outside the LeadCenterContext provider');
  return services;
}
