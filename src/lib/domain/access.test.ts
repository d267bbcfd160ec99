import { describe, expect, it } from 'vitest';
import { assessmentPermissions, selfRatingVisibleToAssessor, type Actor, type AssessmentFacts, type AssessmentStatus } from './access';

const ORG_A = 1;
const ORG_B = 2;
const actors: Record<string, Actor> = {
	respondentA: { id: 1, role: 'respondent', organisationId: ORG_A, isLead: false },
	leadA: { id: 2, role: 'respondent', organisationId: ORG_A, isLead: true },
	respondentB: { id: 3, role: 'respondent', organisationId: ORG_B, isLead: true },
	assessor: { id: 4, role: 'assessor', organisationId: null, isLead: false },
	committee: { id: 5, role: 'committee', organisationId: null, isLead: false },
	admin: { id: 6, role: 'admin', organisationId: null, isLead: false }
};

const facts = (status: AssessmentStatus, extra: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
	organisationId: ORG_A,
	status,
	assigned: false,
	blind: true,
	interviewOnly: false,
	roundOpen: true,
	...extra
});

describe('who sees what (PRODUCT.md table) — assessment of organisation A', () => {
	it.each([
		// actor, status, assigned, read, writeSelf, readAssessor, writeAssessor, writeFinal, readInterviewNotes
		['respondentA', 'in_progress', false, true, true, false, false, false, false],
		['respondentA', 'returned', false, true, true, false, false, false, false],
		['respondentA', 'submitted', false, true, false, false, false, false, false],
		['respondentA', 'validated', false, true, false, false, false, false, false],
		['respondentA', 'published', false, true, false, true, false, false, false],
		['respondentB', 'in_progress', false, false, false, false, false, false, false],
		['respondentB', 'published', false, false, false, false, false, false, false],
		['assessor', 'in_review', false, false, false, false, false, false, false],
		['assessor', 'in_review', true, true, false, true, true, false, true],
		['assessor', 'validated', true, true, false, true, false, false, true],
		['committee', 'in_review', false, true, false, true, false, false, true],
		['committee', 'validated', false, true, false, true, false, true, true],
		['committee', 'published', false, true, false, true, false, false, true],
		['admin', 'in_review', false, true, false, true, false, false, false]
	] as const)(
		'%s, %s (assigned: %s) → read %s, write self %s, read assessor %s, write assessor %s, write final %s, interview notes %s',
		(actor, status, assigned, read, writeSelf, readAssessor, writeAssessor, writeFinal, notes) => {
			const p = assessmentPermissions(actors[actor], facts(status, { assigned }));
			expect([p.read, p.writeSelf, p.readAssessor, p.writeAssessor, p.writeFinal, p.readInterviewNotes]).toEqual([
				read,
				writeSelf,
				readAssessor,
				writeAssessor,
				writeFinal,
				notes
			]);
		}
	);

	it('nobody signed in sees nothing', () => {
		expect(Object.values(assessmentPermissions(null, facts('published'))).every((v) => v === false)).toBe(true);
	});

	it('an interview-only round has no self-evaluation to write or to show the assessor', () => {
		expect(assessmentPermissions(actors.leadA, facts('in_progress', { interviewOnly: true })).writeSelf).toBe(false);
		expect(assessmentPermissions(actors.assessor, facts('in_review', { assigned: true, interviewOnly: true })).readSelf).toBe(false);
	});

	it('a closed round freezes the self-evaluation', () => {
		expect(assessmentPermissions(actors.leadA, facts('in_progress', { roundOpen: false })).writeSelf).toBe(false);
	});

	it('blind rounds show a self-rating to the assessor only after their own rating is saved', () => {
		expect(selfRatingVisibleToAssessor(true, false)).toBe(false);
		expect(selfRatingVisibleToAssessor(true, true)).toBe(true);
		expect(selfRatingVisibleToAssessor(false, false)).toBe(true);
	});
});
