// The headers the counting reads, as Ofsted's Annex A template writes them (and the public synthetic
// extract of SocialFinanceDigitalLabs/liia-tools-pipeline, liiatools/annex_a_pipeline/spec/). They
// are compared as headers.ts says, so "Date of referral", "DATE OF REFERRAL" and a header with a
// non-breaking space or ‘curly’ quotes all find the same column.

export const CHILD_ID = 'Child Unique ID';
export const ALLOCATED_TEAM = 'Allocated Team';
export const ALLOCATED_WORKER = 'Allocated Worker';

export const LIST_1 = { contactDate: 'Date of Contact' } as const;

export const LIST_3 = {
  referralDate: 'Date of Referral',
  earlierReferrals: 'Number of Referrals in Last 12 Months',
} as const;

export const LIST_4 = {
  assessmentStart: 'Continuous Assessment Start Date',
  assessmentAuthorised: 'Continuous Assessment Date of Authorisation',
} as const;

export const LIST_5 = {
  strategyDiscussion: 'Strategy discussion initiating Section 47 Enquiry Start Date',
  icpcUnnecessary: 'Was an Initial Child Protection Conference deemed unnecessary?',
  icpcDate: 'Date of Initial Child Protection Conference',
} as const;

export const LIST_6 = {
  cinStart: 'CIN Start Date',
  cinClosure: 'CIN Closure Date',
} as const;

export const LIST_7 = {
  planStart: 'Child Protection Plan Start Date',
  planEnd: 'Child Protection Plan End Date',
  lastVisit: 'Date of the Last Statutory Visit',
  previousPlans: 'Number of Previous Child Protection Plans',
} as const;

export const LIST_8 = {
  started: 'Date Started to be Looked After',
  ceased: 'Date Ceased to be Looked After',
  lastVisit: 'Date of Last Social Work Visit',
  missingEpisodes: 'Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months',
  returnInterviewOffered: 'Was the child offered a Return Interview after their last missing episode (Y/N)?',
} as const;

/** The staff list (annex-a.md, "The staff list"): one row per social worker. */
export const STAFF = { worker: 'Worker', team: 'Team', fte: 'FTE' } as const;
