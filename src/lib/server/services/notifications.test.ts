import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { answerAll, roundFixture } from '../testing/round-fixture';
import { notifications, users } from '../db/schema';
import { transitionAssessment } from './workflow';
import { changeRoundStatus } from './rounds';
import { countUnread, listNotifications, mailAfterCommit, mailNotifications, markAllRead, markRead, remindDeadlines } from './notifications';
import type { Mailer, OutgoingMail } from '../mail';
import { audiencesOf, reminderDays } from '$lib/domain/notifications';

type Fixture = Awaited<ReturnType<typeof roundFixture>>;

const rowsOf = (f: Fixture) =>
	f.db
		.select({ userId: notifications.userId, kind: notifications.kind, assessmentId: notifications.assessmentId, data: notifications.data })
		.from(notifications)
		.all();

/** `kind → sorted recipient ids` of the notifications about one assessment. */
function recipients(f: Fixture, assessmentId: number): Record<string, number[]> {
	const out: Record<string, number[]> = {};
	for (const r of rowsOf(f).filter((r) => r.assessmentId === assessmentId)) (out[r.kind] ??= []).push(r.userId);
	for (const k of Object.keys(out)) out[k].sort((a, b) => a - b);
	return out;
}

/** Drives dgA to "in review" (submitted by the lead, review started by the assigned assessor). */
async function toReview(f: Fixture) {
	await answerAll(f.db, f.people.leadA, f.dgA, 'self', '3', 'ministry');
	await transitionAssessment(f.db, f.people.leadA, f.dgA, 'submit', null);
	await transitionAssessment(f.db, f.people.assessor, f.dgA, 'start_review', null);
}

/** A mailer that keeps what it was asked to send. */
function recordingMailer(fail = false): Mailer & { sent: OutgoingMail[] } {
	const sent: OutgoingMail[] = [];
	return {
		sent,
		async send(mail) {
			if (fail) throw new Error('connect ECONNREFUSED 127.0.0.1:2525');
			sent.push(mail);
		}
	};
}

/** An instant in Vietnam (UTC+7). */
const vn = (day: string, time = '10:00') => new Date(`${day}T${time}:00+07:00`);

describe('who hears about a transition', () => {
	it('the audiences follow the method: respondents for return/validation/publication, assessors for submission, the committee for what waits to be published', () => {
		expect(audiencesOf('return')).toEqual([{ group: 'respondents', kind: 'returned' }]);
		expect(audiencesOf('submit')).toEqual([{ group: 'assessors', kind: 'submitted' }]);
		expect(audiencesOf('validate')).toEqual([
			{ group: 'respondents', kind: 'validated' },
			{ group: 'committee', kind: 'to_publish' }
		]);
		expect(audiencesOf('publish')).toEqual([{ group: 'respondents', kind: 'published' }]);
		expect(['start', 'resume', 'start_review', 'reopen'].flatMap(audiencesOf)).toEqual([]);
	});

	it('submission tells the assigned assessor only; a return tells every respondent of the organisation, with the comment', async () => {
		const f = await roundFixture();
		const { people } = f;
		await toReview(f);
		expect(recipients(f, f.dgA)).toEqual({ submitted: [people.assessor.id] });
		await transitionAssessment(f.db, people.assessor, f.dgA, 'return', 'Bổ sung minh chứng cho DG-1.1');
		expect(recipients(f, f.dgA).returned).toEqual([people.leadA.id, people.memberA.id]);
		const returned = rowsOf(f).find((r) => r.kind === 'returned')!;
		expect(JSON.parse(returned.data)).toEqual({ comment: 'Bổ sung minh chứng cho DG-1.1' });
		// Nobody of Đà Nẵng, no other assessor, no administrator.
		const told = new Set(rowsOf(f).map((r) => r.userId));
		for (const p of [people.leadB, people.otherAssessor, people.admin, people.committee]) expect(told.has(p.id)).toBe(false);
	});

	it('validation tells the respondents and the committee; publication the respondents; disabled people hear nothing', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await toReview(f);
		db.update(users).set({ disabled: true }).where(eq(users.id, people.memberA.id)).run();
		await answerAll(db, people.assessor, f.dgA, 'assessor', '2', 'ministry');
		await transitionAssessment(db, people.assessor, f.dgA, 'validate', null);
		expect(recipients(f, f.dgA)).toMatchObject({ validated: [people.leadA.id], to_publish: [people.committee.id] });
		await transitionAssessment(db, people.committee, f.dgA, 'publish', null);
		expect(recipients(f, f.dgA).published).toEqual([people.leadA.id]);
	});

	it('a refused or failed transition tells nobody (same transaction)', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await toReview(f);
		const before = rowsOf(f).length;
		await expect(transitionAssessment(db, people.assessor, f.dgA, 'return', '  ')).rejects.toThrow('error_comment_required');
		await answerAll(db, people.assessor, f.dgA, 'assessor', '2', 'ministry');
		const boom = (step: string) => {
			if (step === 'before_audit') throw new Error('injected failure');
		};
		await expect(transitionAssessment(db, people.assessor, f.dgA, 'validate', null, { failPoint: boom })).rejects.toThrow('injected failure');
		expect(rowsOf(f)).toHaveLength(before);
	});
});

describe('reading notifications', () => {
	it('lists them newest first in the reader\'s language, counts the unread, and marks only one\'s own read', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await toReview(f);
		await transitionAssessment(db, people.assessor, f.dgA, 'return', 'Bổ sung minh chứng', { at: new Date('2026-11-20T03:00:00Z') });
		expect(countUnread(db, people.leadA.id)).toBe(1);
		const [vi] = listNotifications(db, people.leadA, 'vi');
		expect(vi).toMatchObject({ kind: 'returned', read: false, comment: 'Bổ sung minh chứng', assessmentId: f.dgA, round: 'Đợt đánh giá thử nghiệm 2026' });
		expect(vi.title).toBe('Bài đánh giá Chính phủ số của Bộ Tài chính được trả lại để bổ sung');
		const [en] = listNotifications(db, people.leadA, 'en');
		expect(en.title).toBe('The Digital government assessment of Ministry of Finance was returned for revision');
		expect(en.round).toBe('Test round 2026');

		// Someone else's notification cannot be marked, nor seen.
		expect(markRead(db, people.leadB, vi.id)).toBe(false);
		expect(listNotifications(db, people.leadB, 'vi')).toEqual([]);
		expect(countUnread(db, people.leadA.id)).toBe(1);
		expect(markRead(db, people.leadA, vi.id)).toBe(true);
		expect(countUnread(db, people.leadA.id)).toBe(0);
		expect(listNotifications(db, people.leadA, 'vi')[0].read).toBe(true);
		expect(markAllRead(db, people.memberA)).toBe(1);
		expect(markAllRead(db, people.memberA)).toBe(0);
	});
});

describe('deadline reminders', () => {
	it('the window is the deadline day and the three days before it', () => {
		expect(reminderDays('2026-12-12')).toEqual(['2026-12-12', '2026-12-13', '2026-12-14', '2026-12-15']);
		expect(reminderDays('2026-12-30')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
	});

	it('are created once per person, assessment and deadline, from three days before the end of the deadline day in Vietnam', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		// Self-evaluation due 2026-12-15: on the evening of 11 December four days and more are left.
		expect(remindDeadlines(db, vn('2026-12-11', '23:59'))).toEqual([]);
		// The home page of the lead of A finds only their own reminders, at midnight in Vietnam (17:00 UTC).
		const mine = remindDeadlines(db, vn('2026-12-12', '00:00'), { only: people.leadA });
		expect(mine).toHaveLength(2);
		expect(recipients(f, f.dgA)).toEqual({ deadline_self: [people.leadA.id] });
		// The periodic run adds everyone else concerned, but not the lead of A twice.
		remindDeadlines(db, vn('2026-12-12', '08:00'));
		expect(recipients(f, f.dgA)).toEqual({ deadline_self: [people.leadA.id, people.memberA.id] });
		expect(recipients(f, f.odA)).toEqual({ deadline_self: [people.leadA.id, people.memberA.id] });
		expect(recipients(f, f.dgB)).toEqual({ deadline_self: [people.leadB.id] });
		const count = rowsOf(f).length;
		expect(JSON.parse(rowsOf(f)[0].data)).toEqual({ deadline: '2026-12-15' });
		// Later runs, on the same or later days, add nothing.
		expect(remindDeadlines(db, vn('2026-12-13'))).toEqual([]);
		expect(remindDeadlines(db, vn('2026-12-15', '23:00'))).toEqual([]);
		expect(rowsOf(f)).toHaveLength(count);
		// Once the deadline has passed, nothing either; administrators and the committee are never reminded.
		expect(remindDeadlines(db, vn('2026-12-16'))).toEqual([]);
		expect(remindDeadlines(db, vn('2026-12-12'), { only: people.committee })).toEqual([]);
		const [text] = listNotifications(db, people.leadB, 'vi');
		expect(text.title).toMatch(/^Sắp đến hạn tự đánh giá (Chính phủ số|Dữ liệu mở) của Đà Nẵng: hết ngày 15 thg 12, 2026$/);
	});

	it('remind assessors of the review deadline for work submitted to them; nothing for submitted work before the self-evaluation deadline, nor in a closed round', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await answerAll(db, people.leadA, f.dgA, 'self', '3', 'ministry');
		await transitionAssessment(db, people.leadA, f.dgA, 'submit', null);
		remindDeadlines(db, vn('2026-12-13'));
		expect(recipients(f, f.dgA)).toEqual({ submitted: [people.assessor.id] });
		// Review due 2027-01-31.
		remindDeadlines(db, vn('2027-01-28'), { only: people.otherAssessor });
		remindDeadlines(db, vn('2027-01-28'), { only: people.assessor });
		expect(recipients(f, f.dgA)).toEqual({ submitted: [people.assessor.id], deadline_review: [people.assessor.id] });
		await changeRoundStatus(db, people.committee, f.roundId, 'close');
		const before = rowsOf(f).length;
		remindDeadlines(db, vn('2027-01-30'));
		expect(rowsOf(f)).toHaveLength(before);
	});
});

describe('email', () => {
	it('is written in each recipient\'s language, with the comment and a link to the assessment', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		db.update(users).set({ locale: 'en' }).where(eq(users.id, people.memberA.id)).run();
		await toReview(f);
		// No mailer configured in tests: nothing is sent, nothing fails.
		await transitionAssessment(db, people.assessor, f.dgA, 'return', 'Bổ sung minh chứng cho DG-1.1');
		const ids = db.select({ id: notifications.id }).from(notifications).where(eq(notifications.kind, 'returned')).all().map((r) => r.id);
		expect(db.select({ s: notifications.emailStatus }).from(notifications).all().every((r) => r.s === null)).toBe(true);

		const mailer = recordingMailer();
		await mailNotifications(db, ids, mailer, 'https://sansang.example.gov.vn');
		const byAddress = new Map(mailer.sent.map((m) => [m.to, m]));
		const vi = byAddress.get(db.select().from(users).where(eq(users.id, people.leadA.id)).get()!.email)!;
		const en = byAddress.get(db.select().from(users).where(eq(users.id, people.memberA.id)).get()!.email)!;
		expect(vi.lang).toBe('vi');
		expect(vi.subject).toBe('[Sẵn Sàng] Bài đánh giá Chính phủ số của Bộ Tài chính được trả lại để bổ sung');
		expect(vi.text).toContain(`Kính gửi ${people.leadA.name},`);
		expect(vi.text).toContain('Nhận xét kèm theo:\nBổ sung minh chứng cho DG-1.1');
		expect(vi.text).toContain(`Mở bài đánh giá: https://sansang.example.gov.vn/assessments/${f.dgA}`);
		expect(en.lang).toBe('en');
		expect(en.subject).toBe('[Sẵn Sàng] The Digital government assessment of Ministry of Finance was returned for revision');
		expect(en.text).toContain(`Dear ${people.memberA.name},`);
		expect(en.text).toContain('Round: Test round 2026');
		expect(en.text).toContain('All your notifications are at https://sansang.example.gov.vn/notifications.');
		expect(db.select({ s: notifications.emailStatus }).from(notifications).where(eq(notifications.kind, 'returned')).all().map((r) => r.s)).toEqual(['sent', 'sent']);
		// Sent once: asking again sends nothing.
		await mailNotifications(db, ids, mailer);
		expect(mailer.sent).toHaveLength(2);
	});

	it('a failing SMTP server is recorded on the notification, and never reaches the person who acted', async () => {
		const f = await roundFixture();
		const { db, people } = f;
		await answerAll(db, people.leadA, f.dgA, 'self', '3', 'ministry');
		const result = await transitionAssessment(db, people.leadA, f.dgA, 'submit', null);
		expect(result.to).toBe('submitted');
		const ids = db.select({ id: notifications.id }).from(notifications).all().map((r) => r.id);
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => errors.push(args);
		try {
			await mailNotifications(db, ids, recordingMailer(true));
		} finally {
			console.error = original;
		}
		const row = db.select().from(notifications).where(eq(notifications.id, ids[0])).get()!;
		expect(row.emailStatus).toBe('failed');
		expect(row.emailError).toContain('ECONNREFUSED');
		expect(errors).toHaveLength(1);
	});

	it('nothing is mailed before the enclosing transaction commits (the demo seed runs in one)', async () => {
		const f = await roundFixture();
		const mailer = recordingMailer();
		f.db.$client.exec('BEGIN');
		mailAfterCommit(f.db, [1], mailer);
		f.db.$client.exec('ROLLBACK');
		await new Promise((r) => setTimeout(r, 20));
		expect(mailer.sent).toEqual([]);
	});
});
