/**
 * Notifications: what happened to a person's work, in the app and — when an SMTP server is configured — by
 * email in the recipient's language. Rows are created in the same transaction as the change they report
 * (a rolled-back transition notifies nobody); email goes out only after that transaction committed, and a
 * failed email is logged and recorded on the row, never an error for the person who acted.
 */
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { DbOrTx } from '../audit';
import { preparedQuery } from '../db/prepared';
import { assessments, frameworks, notifications, roundAssessors, rounds, users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { organisationInRound, roundDay, type AssessmentContext } from '../repositories/assessments';
import { configuredMailer, type Mailer } from '../mail';
import { config } from '../config';
import { m } from '$lib/paraglide/messages';
import { audiencesOf, deadlineKindFor, reminderDays, reminderKey, type NotificationKind, type RecipientGroup } from '$lib/domain/notifications';
import type { AssessmentStatus } from '$lib/domain/access';
import { displayName } from '$lib/domain/organisations';
import { formatDay, vietnamDay, type Locale } from '$lib/domain/text';

export interface NotificationData {
	/** The comment sent with a return. */
	comment?: string | null;
	/** The deadline day of a reminder. */
	deadline?: string;
	snapshotVersion?: number;
}

type NewNotification = typeof notifications.$inferInsert;

function insertNotifications(tx: DbOrTx, rows: NewNotification[]): number[] {
	if (!rows.length) return [];
	// A reminder already sent to this person for this deadline is not sent again (unique dedupe key).
	return tx.insert(notifications).values(rows).onConflictDoNothing().returning({ id: notifications.id }).all().map((r) => r.id);
}

/** Active people of a recipient group for one assessment. */
function recipientsOf(tx: DbOrTx, group: RecipientGroup, organisationId: number, assessorIds: number[]): number[] {
	const active = eq(users.disabled, false);
	const where =
		group === 'respondents'
			? and(active, eq(users.role, 'respondent'), eq(users.organisationId, organisationId))
			: group === 'committee'
				? and(active, eq(users.role, 'committee'))
				: assessorIds.length
					? and(active, eq(users.role, 'assessor'), inArray(users.id, assessorIds))
					: null;
	if (!where) return [];
	return tx.select({ id: users.id }).from(users).where(where).all().map((u) => u.id);
}

/**
 * Notifies the people a workflow transition concerns (inside the transition's transaction). The person who
 * acted is never told about their own action. Returns the new notification ids, to mail after the commit.
 */
export function notifyTransition(
	tx: DbOrTx,
	ctx: AssessmentContext,
	transition: string,
	actor: AuthedUser,
	data: NotificationData,
	at: Date
): number[] {
	const rows: NewNotification[] = [];
	for (const audience of audiencesOf(transition)) {
		const shown: NotificationData = audience.kind === 'returned' ? { comment: data.comment ?? null } : audience.kind === 'published' ? { snapshotVersion: data.snapshotVersion } : {};
		for (const userId of recipientsOf(tx, audience.group, ctx.assessment.organisationId, ctx.assessorIds)) {
			if (userId === actor.id) continue;
			rows.push({ userId, kind: audience.kind, assessmentId: ctx.assessment.id, actorId: actor.id, data: JSON.stringify(shown), createdAt: at });
		}
	}
	return insertNotifications(tx, rows);
}

/**
 * Creates the deadline reminders due now: for every assessment of an open round whose self-evaluation or
 * review deadline is three days away or less and still concerns someone. Idempotent: a person gets one
 * reminder per assessment and deadline day however often this runs. With `only`, just that person's
 * (their home page looks for them). Mails the new ones when an SMTP server is configured.
 */
export function remindDeadlines(db: Db, now: Date = new Date(), options: { only?: AuthedUser; mailer?: Mailer | null } = {}): number[] {
	const only = options.only;
	if (only && only.role !== 'respondent' && only.role !== 'assessor') return [];
	const days = reminderDays(vietnamDay(now));
	const due = db
		.select()
		.from(rounds)
		.where(and(eq(rounds.status, 'open'), or(inArray(rounds.selfDeadline, days), inArray(rounds.reviewDeadline, days))))
		.all();
	if (!due.length) return [];
	const ids = db.transaction((tx) => {
		const rows: NewNotification[] = [];
		for (const round of due) {
			const mode = round.mode as 'self_then_validation' | 'interview_only';
			const list = tx
				.select({ id: assessments.id, organisationId: assessments.organisationId, status: assessments.status })
				.from(assessments)
				.where(and(eq(assessments.roundId, round.id), only?.role === 'respondent' ? eq(assessments.organisationId, only.organisationId ?? -1) : undefined))
				.all();
			const assessorsByOrg = new Map<number, number[]>();
			for (const r of tx.select().from(roundAssessors).where(eq(roundAssessors.roundId, round.id)).all())
				assessorsByOrg.set(r.organisationId, [...(assessorsByOrg.get(r.organisationId) ?? []), r.userId]);
			for (const a of list) {
				const kind = deadlineKindFor(a.status as AssessmentStatus, mode);
				const day = kind === 'deadline_self' ? round.selfDeadline : kind === 'deadline_review' ? round.reviewDeadline : null;
				if (!kind || !day || !days.includes(day)) continue;
				const group: RecipientGroup = kind === 'deadline_self' ? 'respondents' : 'assessors';
				if (only && (group === 'respondents') !== (only.role === 'respondent')) continue;
				for (const userId of recipientsOf(tx, group, a.organisationId, assessorsByOrg.get(a.organisationId) ?? [])) {
					if (only && userId !== only.id) continue;
					rows.push({ userId, kind, assessmentId: a.id, actorId: null, data: JSON.stringify({ deadline: day }), createdAt: now, dedupeKey: reminderKey(kind, a.id, day) });
				}
			}
		}
		return insertNotifications(tx, rows);
	});
	mailAfterCommit(db, ids, options.mailer);
	return ids;
}

/**
 * Mails new notifications in the background once their transaction has committed. Inside an enclosing
 * transaction (the demo seed runs every transition in one) nothing is committed yet, so nothing is mailed.
 */
export function mailAfterCommit(db: Db, ids: number[], mailer: Mailer | null = configuredMailer()): void {
	if (!ids.length || !mailer || db.$client.inTransaction) return;
	mailNotifications(db, ids, mailer).catch((e) => console.error('notifications: mailing failed', e));
}

// ---------------------------------------------------------------- reading

interface AssessmentLabels {
	organisation: { nameVi: string; nameEn: string | null };
	frameworkKind: string;
	round: { nameVi: string; nameEn: string | null };
}

function labelsOf(db: DbOrTx, assessmentIds: number[]): Map<number, AssessmentLabels> {
	const out = new Map<number, AssessmentLabels>();
	if (!assessmentIds.length) return out;
	const rows = db
		.select({ id: assessments.id, organisationId: assessments.organisationId, kind: frameworks.kind, round: rounds })
		.from(assessments)
		.innerJoin(frameworks, eq(frameworks.id, assessments.frameworkId))
		.innerJoin(rounds, eq(rounds.id, assessments.roundId))
		.where(inArray(assessments.id, [...new Set(assessmentIds)]))
		.all();
	for (const r of rows) {
		out.set(r.id, {
			organisation: organisationInRound(db, r.organisationId, roundDay(r.round)),
			frameworkKind: r.kind,
			round: { nameVi: r.round.nameVi, nameEn: r.round.nameEn }
		});
	}
	return out;
}

export interface NotificationText {
	title: string;
	/** The comment that came with it, if any. */
	comment: string | null;
	round: string;
}

/** A notification's text in one language (the page's, or the recipient's for an email). */
export function notificationText(kind: NotificationKind | string, data: NotificationData, labels: AssessmentLabels, locale: Locale): NotificationText {
	const o = { locale };
	const params = {
		organisation: displayName(labels.organisation, locale),
		framework: labels.frameworkKind === 'dg' ? m.framework_kind_dg({}, o) : m.framework_kind_od({}, o)
	};
	const day = data.deadline ? formatDay(data.deadline, locale) : '';
	const titles: Record<string, () => string> = {
		returned: () => m.notifications_kind_returned(params, o),
		submitted: () => m.notifications_kind_submitted(params, o),
		validated: () => m.notifications_kind_validated(params, o),
		to_publish: () => m.notifications_kind_to_publish(params, o),
		published: () => m.notifications_kind_published(params, o),
		deadline_self: () => m.notifications_kind_deadline_self({ ...params, day }, o),
		deadline_review: () => m.notifications_kind_deadline_review({ ...params, day }, o)
	};
	return {
		title: (titles[kind] ?? (() => kind))(),
		comment: data.comment ?? null,
		round: locale === 'en' && labels.round.nameEn ? labels.round.nameEn : labels.round.nameVi
	};
}

export interface NotificationView extends NotificationText {
	id: number;
	kind: string;
	assessmentId: number;
	createdAt: Date;
	read: boolean;
}

/** Unread notifications of one person: one COUNT on an index (the header shows it on every page). */
const unreadOf = preparedQuery((db) =>
	db
		.select({ n: sql<number>`count(*)` })
		.from(notifications)
		.where(and(eq(notifications.userId, sql.placeholder('user')), isNull(notifications.readAt)))
		.prepare()
);

export function countUnread(db: Db, userId: number): number {
	return unreadOf(db).get({ user: userId })?.n ?? 0;
}

/** A person's notifications, newest first. */
export function listNotifications(db: Db, user: AuthedUser, locale: Locale, limit = 100): NotificationView[] {
	const rows = db.select().from(notifications).where(eq(notifications.userId, user.id)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit).all();
	const labels = labelsOf(db, rows.map((r) => r.assessmentId));
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		assessmentId: r.assessmentId,
		createdAt: r.createdAt,
		read: r.readAt !== null,
		...notificationText(r.kind, JSON.parse(r.data) as NotificationData, labels.get(r.assessmentId)!, locale)
	}));
}

/** Marks one of the person's own notifications read; false when it is not theirs (or does not exist). */
export function markRead(db: Db, user: AuthedUser, id: number, at: Date = new Date()): boolean {
	const row = db.select({ readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, user.id))).get();
	if (!row) return false;
	if (row.readAt === null) db.update(notifications).set({ readAt: at }).where(eq(notifications.id, id)).run();
	return true;
}

/** Marks all of the person's notifications read; returns how many were unread. */
export function markAllRead(db: Db, user: AuthedUser, at: Date = new Date()): number {
	return db.update(notifications).set({ readAt: at }).where(and(eq(notifications.userId, user.id), isNull(notifications.readAt))).run().changes;
}

// ---------------------------------------------------------------- email

/** The email of one notification, in the recipient's language. */
export function notificationEmail(text: NotificationText, recipient: { name: string; locale: Locale }, assessmentId: number, origin: string | null) {
	const o = { locale: recipient.locale };
	const url = (path: string) => (origin ?? '') + path;
	const lines = [m.notifications_email_greeting({ name: recipient.name }, o), '', `${text.title}.`];
	if (text.comment) lines.push('', m.notifications_email_comment({}, o), text.comment);
	lines.push('', m.notifications_round({ round: text.round }, o), m.notifications_email_open({ url: url(`/assessments/${assessmentId}`) }, o));
	lines.push('', '—', m.notifications_email_footer({ url: url('/notifications') }, o));
	return { subject: m.notifications_email_subject({ title: text.title }, o), text: lines.join('\n') + '\n' };
}

/**
 * Sends the notifications' emails one by one and records the outcome on each row (`sent`, or `failed`
 * with the reason). Disabled people and rows already mailed are skipped.
 */
export async function mailNotifications(db: Db, ids: number[], mailer: Mailer, origin: string | null = config.publicOrigin): Promise<void> {
	const rows = db
		.select({ n: notifications, email: users.email, name: users.name, locale: users.locale })
		.from(notifications)
		.innerJoin(users, eq(users.id, notifications.userId))
		.where(and(inArray(notifications.id, ids), eq(users.disabled, false), isNull(notifications.emailStatus)))
		.all();
	const labels = labelsOf(db, rows.map((r) => r.n.assessmentId));
	for (const { n, email, name, locale: raw } of rows) {
		const locale: Locale = raw === 'en' ? 'en' : 'vi';
		const text = notificationText(n.kind, JSON.parse(n.data) as NotificationData, labels.get(n.assessmentId)!, locale);
		const mail = notificationEmail(text, { name, locale }, n.assessmentId, origin);
		try {
			await mailer.send({ to: email, subject: mail.subject, text: mail.text, lang: locale });
			db.update(notifications).set({ emailStatus: 'sent', emailedAt: new Date(), emailError: null }).where(eq(notifications.id, n.id)).run();
		} catch (e) {
			const reason = e instanceof Error ? e.message : String(e);
			console.error(`notifications: email ${n.id} to user ${n.userId} failed: ${reason}`);
			db.update(notifications).set({ emailStatus: 'failed', emailedAt: new Date(), emailError: reason.slice(0, 500) }).where(eq(notifications.id, n.id)).run();
		}
	}
}

// ---------------------------------------------------------------- timer

let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Looks for deadlines three days away at start and then every `REMINDER_INTERVAL_MINUTES` (0: never), in
 * this process. The timer never keeps the process alive, and an error is logged, not thrown.
 */
export function startReminderTimer(db: Db, minutes = config.reminderIntervalMinutes): void {
	if (timer || minutes <= 0) return;
	const run = () => {
		try {
			remindDeadlines(db);
		} catch (e) {
			console.error('notifications: deadline reminders failed', e);
		}
	};
	setTimeout(run, 1000).unref();
	timer = setInterval(run, minutes * 60_000);
	timer.unref();
}
