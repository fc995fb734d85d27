export { BaseEntity } from './base.entity';
export { newId } from './new-id';
export { TENANT_FILTER, TenantScoped } from './tenant-filter';
export { applyScope, bindTokenHash, enterTenant, type DbScope } from './db-scope';
export { OperationUnit } from './operation-unit';
export { rowFromJson } from './json-row';
export {
  knexRead,
  knexRows,
  rawRead,
  readTogether,
  type KnexRead,
  type KnexRowsOptions,
} from './knex-rows';
export { readRows, type ReadOnlyRow, type ReadRowsOptions } from './read-rows';
export { TransactionRunner } from './transaction-runner';
export { IndependentTransactions, type Sql } from './independent-transactions';
export { DatabaseModule } from './database.module';
export { ormOptions } from './orm-options';
export { runMigrations } from './migrate';
export {
  setUpDatabase,
  dropDatabase,
  assertRuntimeRoleIsConfined,
  RUNTIME_GROUP_ROLE,
  type DatabaseSetup,
} from './database-roles';
export { redactedFailure } from './redacted-failure';
export { PeriodicTask } from './periodic-task';
export {
  countingStatements,
  countStatements,
  statementsSoFar,
  StatementCountingLogger,
} from './statement-count';
