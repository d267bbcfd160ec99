/** Framework versions shipped with the app; registered in the database at start. */
import type { FrameworkInput } from './schema';
import { dgSansang10 } from './dg-sansang-1.0';
import { dgSansang11 } from './dg-sansang-1.1';
import { odOdra31 } from './od-odra-3.1';

/** In registration order: a version comes after the one its crosswalk points to. */
export const shippedFrameworks: readonly FrameworkInput[] = [dgSansang10, dgSansang11, odOdra31];
