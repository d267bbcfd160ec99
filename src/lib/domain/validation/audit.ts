/**
 * Query parameters of the audit-log viewer and its CSV export. Empty means "all"; a value that is not an
 * id, a known-looking entity code or a day is refused, so a mistyped link never shows the wrong entries.
 */
import { z } from 'zod';
import { optionalDayField, optionalIdField } from './fields';

export const auditFilterSchema = z
	.object({
		user: optionalIdField(),
		organisation: optionalIdField(),
		entity: z
			.string()
			.optional()
			.transform((v) => (v ?? '').trim())
			.refine((v) => v === '' || /^[a-z_]{1,40}$/.test(v), { error: 'error_invalid_value' })
			.transform((v) => (v === '' ? null : v)),
		from: optionalDayField(),
		to: optionalDayField(),
		page: z
			.string()
			.optional()
			.transform((v) => (v ?? '').trim())
			.refine((v) => v === '' || /^[1-9][0-9]{0,5}$/.test(v), { error: 'error_invalid_value' })
			.transform((v) => (v === '' ? 1 : Number(v)))
	})
	.refine((v) => !v.from || !v.to || v.from <= v.to, { error: 'error_date_order', path: ['to'] });

export type AuditQuery = z.infer<typeof auditFilterSchema>;
