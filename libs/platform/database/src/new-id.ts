import { v7 } from 'uuid';

/** Time-ordered UUIDs (v7) keep primary-key indexes append-mostly. */
export const newId = (): string => v7();
