// Converting a lead into a contact and an account (seed 003 §5): the field mapping, when a lead is
// ready, matching existing records, and the conversion worked out before anything is written.
export * from './conversionFields';
export * from './conversionMapping';
export * from './conversionReadiness';
export * from './companyDomain';
export * from './matchExisting';
export * from './planConversion';
