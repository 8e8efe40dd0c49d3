/**
 * Job titles offered in pickers (seed 002, G1 "Job Title": CEO, VP, Director, Manager, Engineer,
 * Procurement Specialist, Buyer, …) with the seniority that scoring and authority guesses use.
 * Leads store the title as text; any title may be typed.
 */
export const seniorities = ['executive', 'vice_president', 'director', 'manager', 'specialist', 'staff'] as const;
export type Seniority = (typeof seniorities)[number];

export interface JobTitle {
  title: string;
  seniority: Seniority;
  department: string;
}

export const jobTitles: readonly JobTitle[] = [
  { title: 'CEO', seniority: 'executive', department: 'Management' },
  { title: 'Managing Director', seniority: 'executive', department: 'Management' },
  { title: 'General Manager', seniority: 'executive', department: 'Management' },
  { title: 'Owner', seniority: 'executive', department: 'Management' },
  { title: 'CTO', seniority: 'executive', department: 'Engineering' },
  { title: 'COO', seniority: 'executive', department: 'Operations' },
  { title: 'CFO', seniority: 'executive', department: 'Finance' },
  { title: 'VP Operations', seniority: 'vice_president', department: 'Operations' },
  { title: 'VP Engineering', seniority: 'vice_president', department: 'Engineering' },
  { title: 'VP Supply Chain', seniority: 'vice_president', department: 'Procurement' },
  { title: 'Procurement Director', seniority: 'director', department: 'Procurement' },
  { title: 'Technical Director', seniority: 'director', department: 'Engineering' },
  { title: 'Projects Director', seniority: 'director', department: 'Projects' },
  { title: 'Plant Director', seniority: 'director', department: 'Operations' },
  { title: 'Procurement Manager', seniority: 'manager', department: 'Procurement' },
  { title: 'Purchasing Manager', seniority: 'manager', department: 'Procurement' },
  { title: 'Project Manager', seniority: 'manager', department: 'Projects' },
  { title: 'Plant Manager', seniority: 'manager', department: 'Operations' },
  { title: 'Operations Manager', seniority: 'manager', department: 'Operations' },
  { title: 'Maintenance Manager', seniority: 'manager', department: 'Maintenance' },
  { title: 'Engineering Manager', seniority: 'manager', department: 'Engineering' },
  { title: 'HSE Manager', seniority: 'manager', department: 'HSE' },
  { title: 'Facilities Manager', seniority: 'manager', department: 'Operations' },
  { title: 'Procurement Specialist', seniority: 'specialist', department: 'Procurement' },
  { title: 'Buyer', seniority: 'specialist', department: 'Procurement' },
  { title: 'Senior Buyer', seniority: 'specialist', department: 'Procurement' },
  { title: 'Category Manager', seniority: 'specialist', department: 'Procurement' },
  { title: 'Electrical Engineer', seniority: 'specialist', department: 'Engineering' },
  { title: 'Mechanical Engineer', seniority: 'specialist', department: 'Engineering' },
  { title: 'Process Engineer', seniority: 'specialist', department: 'Engineering' },
  { title: 'Instrumentation Engineer', seniority: 'specialist', department: 'Engineering' },
  { title: 'Maintenance Engineer', seniority: 'specialist', department: 'Maintenance' },
  { title: 'Design Engineer', seniority: 'specialist', department: 'Engineering' },
  { title: 'Engineer', seniority: 'specialist', department: 'Engineering' },
  { title: 'Estimation Engineer', seniority: 'specialist', department: 'Projects' },
  { title: 'Site Engineer', seniority: 'staff', department: 'Projects' },
  { title: 'Technician', seniority: 'staff', department: 'Maintenance' },
  { title: 'Procurement Officer', seniority: 'staff', department: 'Procurement' },
  { title: 'Purchasing Assistant', seniority: 'staff', department: 'Procurement' },
];

/** Departments used with these titles, in a stable order. */
export const departments: readonly string[] = [...new Set(jobTitles.map((entry) => entry.department))];

/** The listed title typed in any case, if listed. */
export function findJobTitle(typed: string): JobTitle | undefined {
  const key = typed.trim().toLowerCase();
  return jobTitles.find((entry) => entry.title.toLowerCase() === key);
}
