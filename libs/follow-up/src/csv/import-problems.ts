import type { AppError } from '@inclusion/graphql';
import { excerpt, type CsvProblem } from './csv-problems';

/*
 * What an import finds wrong with a row once it looks at the city's records: a reference to
 * nothing, a field a new commitment needs, or a rule of the commitments themselves.
 */

export const requiredToCreate = (column: string): CsvProblem => ({
  column,
  code: 'REQUIRED_TO_CREATE',
  messages: {
    fr: `La colonne « ${column} » est requise pour créer un engagement.`,
    en: `Column "${column}" is required to create a commitment.`,
  },
});

export const unknownRecommendation = (value: string): CsvProblem => ({
  column: 'recommendation',
  code: 'UNKNOWN_RECOMMENDATION',
  messages: {
    fr: `Aucune recommandation de la ville n'a la référence « ${excerpt(value)} ».`,
    en: `No recommendation of the city has the reference "${excerpt(value)}".`,
  },
});

export const unknownParent = (value: string): CsvProblem => ({
  column: 'parent_external_id',
  code: 'UNKNOWN_PARENT',
  messages: {
    fr: `Aucun engagement de la ville n'a la référence « ${excerpt(value)} ».`,
    en: `No commitment of the city has the reference "${excerpt(value)}".`,
  },
});

export const unknownOwner = (value: string): CsvProblem => ({
  column: 'owner_email',
  code: 'UNKNOWN_OWNER',
  messages: {
    fr: `« ${excerpt(value)} » n'est l'adresse d'aucun membre actif de la ville.`,
    en: `"${excerpt(value)}" is not the address of an active member of the city.`,
  },
});

export const cannotMove = (column: string): CsvProblem => ({
  column,
  code: 'CANNOT_MOVE',
  messages: {
    fr: `Un engagement existant ne change pas de « ${column} » : créez-en un autre.`,
    en: `An existing commitment does not change its "${column}": create another one.`,
  },
});

/** A rule of the commitments the row broke, in the words the API uses for it. */
export const ruleBroken = (error: AppError): CsvProblem => ({
  column: null,
  code: error.reason,
  messages: error.messages,
  ...(error.details ? { details: error.details } : {}),
});
