export enum MembershipRole {
  Coordinator = 'coordinator',
  Facilitator = 'facilitator',
  LocalActor = 'local_actor',
  Newcomer = 'newcomer',
  Observer = 'observer',
}

export const MEMBERSHIP_ROLES = Object.values(MembershipRole);
