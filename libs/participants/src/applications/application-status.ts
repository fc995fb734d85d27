import { graphqlEnum } from '@inclusion/graphql';

export enum ApplicationStatus {
  Applied = 'applied',
  Eligible = 'eligible',
  Ineligible = 'ineligible',
  Shortlisted = 'shortlisted',
  Selected = 'selected',
  Waitlisted = 'waitlisted',
  Declined = 'declined',
  Withdrawn = 'withdrawn',
}

export const ApplicationStatusEnum = graphqlEnum(ApplicationStatus, 'ApplicationStatus');

const S = ApplicationStatus;

/**
 * The decisions a coordinator may take from each state. Eligibility is checked automatically, and
 * a coordinator may overrule it either way, with a reason. A declined or waitlisted person may be
 * reconsidered; withdrawing (by the person, or for them) ends the path.
 */
const NEXT: Record<ApplicationStatus, ApplicationStatus[]> = {
  [S.Applied]: [S.Eligible, S.Ineligible, S.Withdrawn],
  [S.Eligible]: [S.Ineligible, S.Shortlisted, S.Selected, S.Waitlisted, S.Declined, S.Withdrawn],
  [S.Ineligible]: [S.Eligible, S.Withdrawn],
  [S.Shortlisted]: [S.Selected, S.Waitlisted, S.Declined, S.Withdrawn],
  [S.Waitlisted]: [S.Shortlisted, S.Selected, S.Declined, S.Withdrawn],
  [S.Declined]: [S.Shortlisted, S.Waitlisted],
  [S.Selected]: [S.Withdrawn],
  [S.Withdrawn]: [],
};

export const canMove = (from: ApplicationStatus, to: ApplicationStatus): boolean =>
  NEXT[from].includes(to);
