import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { statementsSoFar } from '@inclusion/database';
import { isLocale } from '@inclusion/i18n';
import type { FormattedErrorWithTranslations } from './error-formatting';
import type { OperationContext } from './operation-context';

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
 * back otherwise (a mutation is all or nothing). Then puts error messages in the reader's language.
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
