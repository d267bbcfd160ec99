import type { OdDimensionInput } from '../schema';
import { d1 } from './d1';
import { d2 } from './d2';
import { d3 } from './d3';
import { d4 } from './d4';

/** ODRA 3.1 dimensions 1–4: senior leadership, policy/legal framework, institutions, data management. */
export const dimensions1to4: OdDimensionInput[] = [d1, d2, d3, d4];
