import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { redactedFailure, statementsSoFar } from '@inclusion/database';
import { isLocale } from '@inclusion/i18n';
import type { FormattedErrorWithTranslations } from './error-formatting';
import type { OperationContext } from './operation-context';

const logger = new Logger('Operation');

const COMMIT_FAILED = {
  message: 'Something went wrong. Please try again later.',
  extensions: {
    code: 'INTERNAL_SERVER_ERROR',
    i18n: {
      fr: 'Une erreur inattendue est survenue. Réessayez plus tard.',
      en: 'Something went wrong. Please try again later.',
    },
  },
};

function localize(error: GraphQLFormattedError, locale: string): GraphQLFormattedError {
  const { i18n, ...extensions } = (error as FormattedErrorWithTranslations).extensions ?? {};
  if (!i18n) return error;
  return { ...error, message: isLocale(locale) ? i18n[locale] : i18n.en, extensions };
}

/**
 * Ends each operation's transaction before the response leaves: commit when nothing failed, roll
 * back otherwise (a mutation is all or nothing). A query's transaction is read-only: PostgreSQL
 * refused any change in it, so its commit cannot lose anything and the answer leaves without
 * waiting for it (a round trip less), except where statements are counted, commit included.
 * Then puts error messages in the reader's language.
 * One plugin, because Apollo runs the willSendResponse hooks of different plugins concurrently.
 */
export const operationPlugin: ApolloServerPlugin<OperationContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, operation }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const unit = contextValue.unit;
        if (unit?.isOpen) {
          try {
            if (result.errors?.length) {
              await unit.rollback();
              // What earlier fields of a failed mutation return was rolled back: do not show it.
              if (operation?.operation === 'mutation') result.data = null;
            } else if (unit.isReadOnly && statementsSoFar() === null) {
              unit.commit({ flush: false }).catch((error: unknown) => {
                logger.error(`A read-only transaction did not commit: ${redactedFailure(error)}`);
              });
            } else await unit.commit({ flush: operation?.operation !== 'query' });
          } catch {
            await unit.rollback().catch(() => undefined);
            result.data = null;
            result.errors = [COMMIT_FAILED];
          }
        }
        if (result.errors) {
          result.errors = result.errors.map((error) => localize(error, contextValue.locale));
        }
        // Counted only where the API was asked to (SQL_STATEMENT_STATS), commit included.
        const statements = statementsSoFar();
        if (statements !== null)
          result.extensions = { ...result.extensions, sqlStatements: statements };
      },
    };
  },
};
