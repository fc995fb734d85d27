import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261122000000Foundation } from './20261122000000-foundation.migration';
import { Migration20261122100000Editions } from './20261122100000-editions.migration';
import { Migration20261122200000Participants } from './20261122200000-participants.migration';
import { Migration20261122300000Certificates } from './20261122300000-certificates.migration';
import { Migration20261122350000Expenses } from './20261122350000-expenses.migration';
import { Migration20261122360000Erasure } from './20261122360000-erasure.migration';
import { Migration20261122400000Evaluation } from './20261122400000-evaluation.migration';
import { Migration20261123100000FollowUp } from './20261123100000-follow-up.migration';
import { Migration20261123200000Partnerships } from './20261123200000-partnerships.migration';
import { Migration20261204100000PairPeople } from './20261204100000-pair-people.migration';
import { Migration20261204200000ActionCommitments } from './20261204200000-action-commitments.migration';
import { Migration20261204300000InlinedFollowUp } from './20261204300000-inlined-follow-up.migration';
import { Migration20261205100000NetworkReporting } from './20261205100000-network-reporting.migration';
import { Migration20261205200000OpenOperation } from './20261205200000-open-operation.migration';
import { Migration20261205300000CityEditionsByTenant } from './20261205300000-city-editions-by-tenant.migration';
import { Migration20261205400000CityKeptFigures } from './20261205400000-city-kept-figures.migration';
import { Migration20261205500000KeptHistoryEdits } from './20261205500000-kept-history-edits.migration';
import { Migration20261207100000KeptFiguresScope } from './20261207100000-kept-figures-scope.migration';
import { Migration20261207200000WholeCityFigures } from './20261207200000-whole-city-figures.migration';

/** In order of application; a migration, once landed, is never edited. */
export const MIGRATIONS: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261122000000Foundation', class: Migration20261122000000Foundation },
  { name: 'Migration20261122100000Editions', class: Migration20261122100000Editions },
  {
    name: 'Migration20261122200000Participants',
    class: Migration20261122200000Participants,
  },
  {
    name: 'Migration20261122300000Certificates',
    class: Migration20261122300000Certificates,
  },
  { name: 'Migration20261122350000Expenses', class: Migration20261122350000Expenses },
  { name: 'Migration20261122360000Erasure', class: Migration20261122360000Erasure },
  { name: 'Migration20261122400000Evaluation', class: Migration20261122400000Evaluation },
  { name: 'Migration20261123100000FollowUp', class: Migration20261123100000FollowUp },
  { name: 'Migration20261123200000Partnerships', class: Migration20261123200000Partnerships },
  { name: 'Migration20261204100000PairPeople', class: Migration20261204100000PairPeople },
  {
    name: 'Migration20261204200000ActionCommitments',
    class: Migration20261204200000ActionCommitments,
  },
  { name: 'Migration20261204300000InlinedFollowUp', class: Migration20261204300000InlinedFollowUp },
  {
    name: 'Migration20261205100000NetworkReporting',
    class: Migration20261205100000NetworkReporting,
  },
  { name: 'Migration20261205200000OpenOperation', class: Migration20261205200000OpenOperation },
  {
    name: 'Migration20261205300000CityEditionsByTenant',
    class: Migration20261205300000CityEditionsByTenant,
  },
  { name: 'Migration20261205400000CityKeptFigures', class: Migration20261205400000CityKeptFigures },
  {
    name: 'Migration20261205500000KeptHistoryEdits',
    class: Migration20261205500000KeptHistoryEdits,
  },
  {
    name: 'Migration20261207100000KeptFiguresScope',
    class: Migration20261207100000KeptFiguresScope,
  },
  {
    name: 'Migration20261207200000WholeCityFigures',
    class: Migration20261207200000WholeCityFigures,
  },
];
