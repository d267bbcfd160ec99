/**
 * The access matrix (BUDGETS.md S1): every route × every kind of person, with the answer expected. Each
 * area lists its routes in `matrix/<area>.ts`; the test fails when a route under src/routes has no entry.
 */
import { foundationEntries } from './matrix/foundation';
import { assessmentEntries } from './matrix/assessments';
import { roundsEntries } from './matrix/rounds';
import { fieldworkEntries } from './matrix/fieldwork';
import { resultsEntries } from './matrix/results';
import { opendataEntries } from './matrix/opendata';
import { reportsEntries } from './matrix/reports';
import { agencyEntries } from './matrix/agency';
import { adminEntries } from './matrix/admin';
import { actionEntries } from './matrix/actions';
import { benchEntries } from './matrix/bench';
import type { MatrixEntry } from './matrix/types';

export * from './matrix/types';
export { buildWorld } from './matrix/world';

export const matrix: MatrixEntry[] = [...foundationEntries, ...assessmentEntries, ...roundsEntries, ...fieldworkEntries, ...resultsEntries, ...opendataEntries, ...reportsEntries, ...agencyEntries, ...adminEntries, ...actionEntries, ...benchEntries];

/** Route ids that are not pages or endpoints a person reaches (none). */
export const notRoutes: string[] = [];
