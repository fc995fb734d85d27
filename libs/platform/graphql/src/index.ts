export { AppError, notFound, forbidden, unauthenticated, type ErrorCode } from './app-error';
export { formatError } from './error-formatting';
export {
  PageArgs,
  PageInfo,
  ConnectionType,
  toConnection,
  encodeCursor,
  decodeCursor,
  invalidCursor,
  pageSize,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  type Connection,
  type Page,
} from './pagination';
export { ComputedBy, type ComputedResolver } from './computed-field';
export { selectsField } from './selects-field';
export {
  keysetPage,
  keysetRead,
  keysetRows,
  type KeysetColumnOrder,
  type KeysetOrder,
} from './keyset-page';
export type { OperationContext } from './operation-context';
export { operationPlugin } from './operation.plugin';
export { graphqlOptions, type GraphqlOptionsInput } from './graphql-options';
export { LocaleEnum } from './locale.enum';
export { graphqlEnum } from './graphql-enum';
export { IdArgs } from './id-args';
export { IsBase64Text, isBase64Text } from './base64.validator';
export { IsCalendarDate } from './calendar-date.validator';
export { LocalizedTextType, LocalizedTextInput } from './localized-text';
export { RedactingExceptionFilter } from './redacting-exception.filter';
