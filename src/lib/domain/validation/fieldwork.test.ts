import { describe, expect, it } from 'vitest';
import { citeInterviewSchema, interviewSchema } from './interviews';
import { informationRequestSchema } from './information-requests';
import { factSheetFromForm, factSheetSchema, factSheetToForm } from './fact-sheets';

describe('fieldwork form schemas', () => {
	it('reads cited questions as assessment and question code, and wants at least one', () => {
		const ok = citeInterviewSchema.parse({ organisationId: '7', polarity: '-', description: '  ', links: ['12:OD-4.2', '11:DG-6.1'] });
		expect(ok).toEqual({
			organisationId: 7,
			polarity: '-',
			description: null,
			links: [
				{ assessmentId: 12, questionCode: 'OD-4.2' },
				{ assessmentId: 11, questionCode: 'DG-6.1' }
			]
		});
		const none = citeInterviewSchema.safeParse({ organisationId: '7', polarity: '+', links: [] });
		expect(none.success ? null : none.error.issues[0].message).toBe('error_cite_needs_question');
		expect(citeInterviewSchema.safeParse({ organisationId: '7', polarity: '+', links: ['12:OD-4.2; DROP'] }).success).toBe(false);
		expect(citeInterviewSchema.safeParse({ organisationId: '7', polarity: 'x', links: ['12:OD-4.2'] }).success).toBe(false);
	});

	it('normalises interview roles to NFC and refuses an interview informing nobody', () => {
		const decomposed = 'Pho\u0301 Giám đốc'.normalize('NFD');
		const base = { date: '2026-03-12', stakeholderCategory: 'data_holder', intervieweeRoles: decomposed, affiliation: 'Sở Tài chính', teamMemberIds: [], sections: [] };
		const parsed = interviewSchema.parse({ ...base, organisationIds: ['3'] });
		expect(parsed.intervieweeRoles).toBe('Phó Giám đốc'.normalize('NFC'));
		const empty = interviewSchema.safeParse({ ...base, organisationIds: [] });
		expect(empty.success ? null : empty.error.issues[0].message).toBe('error_interview_needs_organisation');
	});

	it('takes an information request update with an optional note and document', () => {
		expect(informationRequestSchema.parse({ itemCode: 'IR-04', status: 'received', note: '', evidenceId: '', baseVersion: '3' })).toEqual({
			itemCode: 'IR-04',
			status: 'received',
			note: null,
			evidenceId: null,
			baseVersion: 3
		});
		expect(informationRequestSchema.safeParse({ itemCode: 'IR-04', status: 'lost' }).success).toBe(false);
		expect(informationRequestSchema.safeParse({ itemCode: '../x', status: 'received' }).success).toBe(false);
	});

	it('turns a fact sheet into flat form values and back without loss', () => {
		const form = { title: 'Dữ liệu đăng ký doanh nghiệp', 'field.owner': 'Cục Quản lý đăng ký kinh doanh', 'field.formats': 'CSV', feasibilityPolicy: 'high', feasibilityTechnical: 'medium', feasibilityInstitutional: 'high', baseVersion: '2' };
		const parsed = factSheetSchema.parse(factSheetFromForm(form));
		expect(parsed.fields.owner).toBe('Cục Quản lý đăng ký kinh doanh');
		expect(parsed.fields.risks).toBe('');
		const back = factSheetToForm(parsed);
		expect(back).toMatchObject({ ...form, baseVersion: 2 });
		expect(factSheetSchema.parse(factSheetFromForm(back))).toEqual(parsed);
	});
});
