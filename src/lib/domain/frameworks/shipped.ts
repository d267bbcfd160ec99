/** Framework versions shipped with the app; registered in the database at start. */
import type { FrameworkInput } from './schema';
import { dgSansang10 } from './dg-sansang-1.0';
import { odOdra31 } from './od-odra-3.1';

export const shippedFrameworks: readonly FrameworkInput[] = [dgSansang10, odOdra31];
