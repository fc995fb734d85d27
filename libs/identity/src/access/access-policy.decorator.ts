import { SetMetadata } from '@nestjs/common';
import type { Action, SubjectName } from './ability';

export const ACCESS_POLICY = 'inclusion:access-policy';

export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'tenant'; action: Action; subject: SubjectName }
  | { kind: 'network-operator' };

/**
 * Every query and mutation names who may call it; the guard refuses any that does not, and a test
 * walks the schema to keep it so.
 */
export const Access = {
  /** Anyone, signed in or not (sign-in itself, links from emails). */
  public: () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy),
  /** Any signed-in person, whatever tenant. */
  signedIn: () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy),
  /** A member of the tenant named by the X-Tenant header whose roles allow the action. */
  inTenant: (action: Action, subject: SubjectName) =>
    SetMetadata(ACCESS_POLICY, { kind: 'tenant', action, subject } satisfies AccessPolicy),
  /** The network operator (PLACE), across tenants. */
  networkOperator: () =>
    SetMetadata(ACCESS_POLICY, { kind: 'network-operator' } satisfies AccessPolicy),
};
