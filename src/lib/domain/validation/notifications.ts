/** The one field of marking a notification read. */
import { z } from 'zod';
import { idField } from './fields';

export const markReadSchema = z.object({ id: idField() });
