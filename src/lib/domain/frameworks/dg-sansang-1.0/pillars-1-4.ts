/**
 * dg-sansang-1.0, pillars DG-1 to DG-4: leadership and governance, user-centricity, business process
 * re-engineering, and capabilities, culture and skills. Each pillar lives in its own module.
 */
import type { DgPillarInput } from '../schema';
import { p1 } from './p1';
import { p2 } from './p2';
import { p3 } from './p3';
import { p4 } from './p4';

export const pillars1to4: DgPillarInput[] = [p1, p2, p3, p4];
