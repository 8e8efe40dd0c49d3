// The stored rule's schema lives in core so the platform validates replicated rules with it too.
export * from '../../../core/model/storedRule';
