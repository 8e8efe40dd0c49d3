export * from './assessEngagement';
export * from './engagementAssessment';
export * from './engagementSettings';
export * from './hotLeadAlerts';
export * from './timeUntouched';
export { signalKinds, strongKinds, passiveKinds, signalKindsOf, isOutreach, callReachedBuyer, type SignalKind } from './readSignals';
