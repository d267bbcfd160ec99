/**
 * The whole database. Instants are stored as UTC milliseconds (`timestamp_ms`); calendar dates that mean a
 * day in Vietnam (validity dates, deadlines, interview dates) as `YYYY-MM-DD` text. JSON columns hold
 * small structured values that are always read and written whole.
 */
import { sql } from 'drizzle-orm';
import {
	blob,
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now);
const updatedAt = () => integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now);

/** Key/value facts about this database (e.g. whether it holds demo data). */
export const meta = sqliteTable('meta', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

// ---------------------------------------------------------------- organisations

export const organisations = sqliteTable(
	'organisations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** Stable slug used in URLs and open data, e.g. `ha-noi`, `thanh-hoa-2018`. */
		code: text('code').notNull().unique(),
		/** Region (e.g. `red_river_delta`), null for central bodies. */
		region: text('region'),
		parentId: integer('parent_id'),
		validFrom: text('valid_from').notNull(),
		validTo: text('valid_to'),
		createdAt: createdAt()
	},
	(t) => [index('organisations_valid_idx').on(t.validFrom, t.validTo)]
);

/** Dated names and kinds: a unit can be renamed or change kind (Thừa Thiên Huế province → Huế city). */
export const organisationNames = sqliteTable(
	'organisation_names',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		validFrom: text('valid_from').notNull(),
		validTo: text('valid_to'),
		nameVi: text('name_vi').notNull(),
		nameEn: text('name_en'),
		kind: text('kind').notNull()
	},
	(t) => [index('organisation_names_org_idx').on(t.organisationId, t.validFrom)]
);

/** Predecessor → successor (merger, absorption, or a unit that continued under a new record). */
export const organisationLinks = sqliteTable(
	'organisation_links',
	{
		predecessorId: integer('predecessor_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		successorId: integer('successor_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		effectiveDate: text('effective_date').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.predecessorId, t.successorId] }),
		index('organisation_links_successor_idx').on(t.successorId)
	]
);

// ---------------------------------------------------------------- users and sessions

export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	/** Lower-cased, NFC-normalised. */
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash').notNull(),
	role: text('role').notNull(),
	organisationId: integer('organisation_id').references(() => organisations.id),
	isLead: integer('is_lead', { mode: 'boolean' }).notNull().default(false),
	disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
	/** Preferred language for messages sent to this person (email, notifications). */
	locale: text('locale').notNull().default('vi'),
	createdAt: createdAt(),
	updatedAt: updatedAt()
});

export const sessions = sqliteTable(
	'sessions',
	{
		/** SHA-256 of the session token, hex; the token itself is never stored. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		/** Sliding idle expiry. */
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		/** Hard limit from sign-in, never extended. */
		absoluteExpiresAt: integer('absolute_expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** Failed sign-ins, by `account:<email>` and `address:<ip>`, for rate limiting. */
export const authFailures = sqliteTable(
	'auth_failures',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		key: text('key').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('auth_failures_key_idx').on(t.key, t.at)]
);

// ---------------------------------------------------------------- frameworks and rounds

export const frameworks = sqliteTable('frameworks', {
	/** e.g. `od-odra-3.1`. */
	id: text('id').primaryKey(),
	kind: text('kind').notNull(),
	version: text('version').notNull(),
	/** The validated definition, JSON. Immutable once an assessment uses it. */
	definition: text('definition').notNull(),
	sha256: text('sha256').notNull(),
	/** `shipped` with the app, or `imported` by an administrator. */
	origin: text('origin').notNull(),
	createdAt: createdAt(),
	createdBy: integer('created_by').references(() => users.id)
});

export const rounds = sqliteTable('rounds', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	nameVi: text('name_vi').notNull(),
	nameEn: text('name_en'),
	year: integer('year').notNull(),
	/** `self_then_validation` or `interview_only`. */
	mode: text('mode').notNull(),
	/** Blind assessor rating: a question's self-rating shows only after the assessor saved theirs. */
	blind: integer('blind', { mode: 'boolean' }).notNull().default(true),
	/** draft → open → closed → published. */
	status: text('status').notNull().default('draft'),
	/** Deadlines are days in Vietnam (end of day, Asia/Ho_Chi_Minh). */
	selfDeadline: text('self_deadline'),
	reviewDeadline: text('review_deadline'),
	createdBy: integer('created_by').references(() => users.id),
	createdAt: createdAt(),
	updatedAt: updatedAt()
});

export const roundFrameworks = sqliteTable(
	'round_frameworks',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id, { onDelete: 'cascade' }),
		frameworkId: text('framework_id')
			.notNull()
			.references(() => frameworks.id)
	},
	(t) => [primaryKey({ columns: [t.roundId, t.frameworkId] })]
);

export const roundOrganisations = sqliteTable(
	'round_organisations',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id)
	},
	(t) => [primaryKey({ columns: [t.roundId, t.organisationId] })]
);

/** Assessor access is per round × organisation. */
export const roundAssessors = sqliteTable(
	'round_assessors',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id)
	},
	(t) => [
		primaryKey({ columns: [t.roundId, t.organisationId, t.userId] }),
		index('round_assessors_user_idx').on(t.userId)
	]
);

// ---------------------------------------------------------------- assessments and answers

export const assessments = sqliteTable(
	'assessments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		/** The framework version the assessment is answered under (pinned). */
		frameworkId: text('framework_id')
			.notNull()
			.references(() => frameworks.id),
		status: text('status').notNull().default('not_started'),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('assessments_round_org_fw_idx').on(t.roundId, t.organisationId, t.frameworkId),
		index('assessments_org_idx').on(t.organisationId)
	]
);

export const statusEvents = sqliteTable(
	'status_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		fromStatus: text('from_status').notNull(),
		toStatus: text('to_status').notNull(),
		userId: integer('user_id').references(() => users.id),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		comment: text('comment')
	},
	(t) => [index('status_events_assessment_idx').on(t.assessmentId)]
);

/** One answer per question and source (`self`, `assessor`, `final`). */
export const answers = sqliteTable(
	'answers',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		questionCode: text('question_code').notNull(),
		source: text('source').notNull(),
		/** DG: `1`–`4`, `na`, `dont_know`; OD: colour code, `grey`, `na`; null = not answered yet. */
		rating: text('rating'),
		naReason: text('na_reason'),
		comment: text('comment'),
		/** A final rating copied from the assessor's at validation and not changed since. */
		carriedOver: integer('carried_over', { mode: 'boolean' }).notNull().default(false),
		/** Optimistic concurrency: every write increments it; a write based on an older one is a conflict. */
		version: integer('version').notNull().default(1),
		updatedBy: integer('updated_by').references(() => users.id),
		updatedAt: updatedAt()
	},
	(t) => [uniqueIndex('answers_key_idx').on(t.assessmentId, t.questionCode, t.source)]
);

/** Questions scoped `national`: answered once per round and framework by the assessors. */
export const nationalAnswers = sqliteTable(
	'national_answers',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id),
		frameworkId: text('framework_id')
			.notNull()
			.references(() => frameworks.id),
		questionCode: text('question_code').notNull(),
		rating: text('rating'),
		comment: text('comment'),
		version: integer('version').notNull().default(1),
		updatedBy: integer('updated_by').references(() => users.id),
		updatedAt: updatedAt()
	},
	(t) => [uniqueIndex('national_answers_key_idx').on(t.roundId, t.frameworkId, t.questionCode)]
);

/** OD dimension assessment per source (`assessor`, `final`): core issues, RED triggers, confirmation. */
export const dimensionAssessments = sqliteTable(
	'dimension_assessments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		dimensionCode: text('dimension_code').notNull(),
		source: text('source').notNull(),
		/** JSON: { [coreIssueCode]: 'met' | 'partly' | 'not_met' | 'unknown' | 'na' }. */
		coreIssues: text('core_issues').notNull().default('{}'),
		/** JSON: ticked RED trigger codes. */
		redTriggers: text('red_triggers').notNull().default('[]'),
		/** The confirmed colour; null until confirmed or overridden. */
		colour: text('colour'),
		/** True when the confirmed colour differs from the engine's suggestion. */
		override: integer('override', { mode: 'boolean' }).notNull().default(false),
		justification: text('justification'),
		carriedOver: integer('carried_over', { mode: 'boolean' }).notNull().default(false),
		version: integer('version').notNull().default(1),
		updatedBy: integer('updated_by').references(() => users.id),
		updatedAt: updatedAt()
	},
	(t) => [uniqueIndex('dimension_assessments_key_idx').on(t.assessmentId, t.dimensionCode, t.source)]
);

/** Idempotent autosave: a retried save with the same client id returns the stored outcome. */
export const saveReceipts = sqliteTable('save_receipts', {
	clientId: text('client_id').primaryKey(),
	userId: integer('user_id')
		.notNull()
		.references(() => users.id),
	response: text('response').notNull(),
	createdAt: createdAt()
});

/** A save posted after the session expired, held until the same browser signs in again. */
export const heldSaves = sqliteTable('held_saves', {
	/** SHA-256 of the token kept in the browser's cookie. */
	id: text('id').primaryKey(),
	path: text('path').notNull(),
	payload: text('payload').notNull(),
	createdAt: createdAt()
});

// ---------------------------------------------------------------- evidence

/** Uploaded documents live in the database so that one backup holds everything. */
export const files = sqliteTable('files', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	sha256: text('sha256').notNull(),
	size: integer('size').notNull(),
	mime: text('mime').notNull(),
	extension: text('extension').notNull(),
	originalName: text('original_name').notNull(),
	data: blob('data', { mode: 'buffer' }).notNull(),
	createdBy: integer('created_by').references(() => users.id),
	createdAt: createdAt()
});

export const interviews = sqliteTable(
	'interviews',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id),
		date: text('date').notNull(),
		/** `whole_of_government`, `data_holder`, `user_civil_society`. */
		stakeholderCategory: text('stakeholder_category').notNull(),
		intervieweeRoles: text('interviewee_roles').notNull(),
		affiliation: text('affiliation').notNull(),
		/** JSON array of user ids of the assessment team members present. */
		teamMembers: text('team_members').notNull().default('[]'),
		/** JSON array of pillar/dimension codes covered. */
		sections: text('sections').notNull().default('[]'),
		/** Confidential: assessors and the committee only. */
		notes: text('notes').notNull().default(''),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('interviews_round_idx').on(t.roundId)]
);

export const interviewOrganisations = sqliteTable(
	'interview_organisations',
	{
		interviewId: integer('interview_id')
			.notNull()
			.references(() => interviews.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id)
	},
	(t) => [
		primaryKey({ columns: [t.interviewId, t.organisationId] }),
		index('interview_organisations_org_idx').on(t.organisationId)
	]
);

/** ODRA's questions about one dataset, with release feasibility. */
export const factSheets = sqliteTable('fact_sheets', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	roundId: integer('round_id')
		.notNull()
		.references(() => rounds.id),
	organisationId: integer('organisation_id')
		.notNull()
		.references(() => organisations.id),
	title: text('title').notNull(),
	/** JSON object of the fact-sheet fields (owner, formats, granularity, access terms…). */
	fields: text('fields').notNull().default('{}'),
	feasibilityPolicy: text('feasibility_policy').notNull(),
	feasibilityTechnical: text('feasibility_technical').notNull(),
	feasibilityInstitutional: text('feasibility_institutional').notNull(),
	createdBy: integer('created_by').references(() => users.id),
	createdAt: createdAt(),
	updatedAt: updatedAt(),
	version: integer('version').notNull().default(1)
});

export const evidence = sqliteTable(
	'evidence',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		/** `document`, `link`, `interview`, `fact_sheet`. */
		kind: text('kind').notNull(),
		title: text('title').notNull(),
		description: text('description'),
		url: text('url'),
		fileId: integer('file_id').references(() => files.id),
		interviewId: integer('interview_id').references(() => interviews.id),
		factSheetId: integer('fact_sheet_id').references(() => factSheets.id),
		/** `+` favours readiness, `-` against, `o` mixed. */
		polarity: text('polarity').notNull().default('o'),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [index('evidence_org_round_idx').on(t.organisationId, t.roundId)]
);

/** One piece of evidence can back several questions, in both frameworks. */
export const evidenceLinks = sqliteTable(
	'evidence_links',
	{
		evidenceId: integer('evidence_id')
			.notNull()
			.references(() => evidence.id, { onDelete: 'cascade' }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		questionCode: text('question_code').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.evidenceId, t.assessmentId, t.questionCode] }),
		index('evidence_links_question_idx').on(t.assessmentId, t.questionCode)
	]
);

/** The ODRA pre-fieldwork checklist per organisation and round. */
export const informationRequests = sqliteTable(
	'information_requests',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		itemCode: text('item_code').notNull(),
		/** `requested`, `received`, `missing`. */
		status: text('status').notNull().default('requested'),
		note: text('note'),
		evidenceId: integer('evidence_id').references(() => evidence.id),
		version: integer('version').notNull().default(1),
		updatedBy: integer('updated_by').references(() => users.id),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('information_requests_key_idx').on(t.roundId, t.organisationId, t.itemCode)
	]
);

export const comments = sqliteTable(
	'comments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		/** Null for a comment on the whole assessment. */
		questionCode: text('question_code'),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		/** `comment`, or `return` when sent with returning the work. */
		kind: text('kind').notNull().default('comment'),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('comments_assessment_idx').on(t.assessmentId, t.questionCode)]
);

/** Committee overrides of the framework's default targets. */
export const targets = sqliteTable(
	'targets',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		frameworkId: text('framework_id')
			.notNull()
			.references(() => frameworks.id),
		/** Question, pillar or dimension code. */
		code: text('code').notNull(),
		target: text('target').notNull(),
		setBy: integer('set_by').references(() => users.id),
		updatedAt: updatedAt()
	},
	(t) => [uniqueIndex('targets_key_idx').on(t.roundId, t.organisationId, t.frameworkId, t.code)]
);

// ---------------------------------------------------------------- results

/** Engine results kept current as answers change, so dashboards read one row per assessment. */
export const scoreCache = sqliteTable(
	'score_cache',
	{
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		algorithmVersion: text('algorithm_version').notNull(),
		result: text('result').notNull(),
		computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.assessmentId] })]
);

/** An immutable, dated copy of an assessment's final results. */
export const snapshots = sqliteTable(
	'snapshots',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		frameworkId: text('framework_id')
			.notNull()
			.references(() => frameworks.id),
		snapshotVersion: integer('snapshot_version').notNull(),
		publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
		publishedBy: integer('published_by').references(() => users.id),
		correctionNote: text('correction_note'),
		algorithmVersion: text('algorithm_version').notNull(),
		data: text('data').notNull()
	},
	(t) => [
		uniqueIndex('snapshots_key_idx').on(t.assessmentId, t.snapshotVersion),
		index('snapshots_round_idx').on(t.roundId)
	]
);

// ---------------------------------------------------------------- audit

/** Append-only: triggers refuse UPDATE and DELETE (see the custom migration). */
export const auditEvents = sqliteTable(
	'audit_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		userId: integer('user_id'),
		entity: text('entity').notNull(),
		entityId: text('entity_id').notNull(),
		action: text('action').notNull(),
		organisationId: integer('organisation_id'),
		before: text('before'),
		after: text('after')
	},
	(t) => [
		index('audit_events_entity_idx').on(t.entity, t.entityId),
		index('audit_events_at_idx').on(t.at),
		index('audit_events_user_idx').on(t.userId),
		index('audit_events_organisation_idx').on(t.organisationId, t.at)
	]
);

// ---------------------------------------------------------------- notifications

/**
 * What happened to a person's work (returned, submitted for their review, validated, published, a deadline
 * close): one row per recipient, created in the same transaction as the change it reports. The text is
 * written when it is shown or mailed, in the reader's language.
 */
export const notifications = sqliteTable(
	'notifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** `returned`, `submitted`, `validated`, `to_publish`, `published`, `deadline_self`, `deadline_review`. */
		kind: text('kind').notNull(),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		/** Who made the change (null for reminders). */
		actorId: integer('actor_id').references(() => users.id),
		/** JSON: the return comment, the deadline day… */
		data: text('data').notNull().default('{}'),
		createdAt: createdAt(),
		readAt: integer('read_at', { mode: 'timestamp_ms' }),
		/** Reminders only: one per person, assessment and deadline day, however often they are looked for. */
		dedupeKey: text('dedupe_key'),
		/** Null: not mailed (no SMTP server configured, or created inside the demo seed); `sent` or `failed`. */
		emailStatus: text('email_status'),
		emailedAt: integer('emailed_at', { mode: 'timestamp_ms' }),
		emailError: text('email_error')
	},
	(t) => [
		index('notifications_user_idx').on(t.userId, t.readAt),
		uniqueIndex('notifications_dedupe_idx').on(t.userId, t.dedupeKey)
	]
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
export type Round = typeof rounds.$inferSelect;
export type Assessment = typeof assessments.$inferSelect;
export type Answer = typeof answers.$inferSelect;
export type Notification = typeof notifications.$inferSelect;

// ---------------------------------------------------------------- reports

/**
 * A report: an agency report (round × organisation) or the national synthesis (round). Drafted from the
 * data, edited, then frozen as final: a final report keeps the whole rendered model in `frozen`, so later
 * changes to answers never change it. Each new draft gets the next revision number.
 */
export const reports = sqliteTable(
	'reports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** `agency` or `national`. */
		kind: text('kind').notNull(),
		roundId: integer('round_id')
			.notNull()
			.references(() => rounds.id),
		organisationId: integer('organisation_id').references(() => organisations.id),
		/** `draft` or `final`. */
		status: text('status').notNull().default('draft'),
		revision: integer('revision').notNull().default(1),
		/** JSON of the complete report model, set when frozen as final. */
		frozen: text('frozen'),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		frozenAt: integer('frozen_at', { mode: 'timestamp_ms' }),
		frozenBy: integer('frozen_by').references(() => users.id)
	},
	(t) => [index('reports_scope_idx').on(t.roundId, t.organisationId, t.kind)]
);

/** Editable pieces of a report: findings, remarks, recommendations and actions, in both languages. */
export const reportItems = sqliteTable(
	'report_items',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		reportId: integer('report_id')
			.notNull()
			.references(() => reports.id, { onDelete: 'cascade' }),
		/** Pillar/dimension code, or `summary`, `crosscutting`, `datasets`. */
		section: text('section').notNull(),
		/** `strength`, `challenge`, `remark`, `recommendation`, `action`. */
		kind: text('kind').notNull(),
		position: integer('position').notNull(),
		textVi: text('text_vi'),
		textEn: text('text_en'),
		/** JSON of kind-specific fields (an action's responsible body, timescale, cost, dependencies, priority…). */
		fields: text('fields').notNull().default('{}'),
		/** `drafted` from the data, or `added` by a person. */
		origin: text('origin').notNull().default('drafted'),
		/** The question, dimension or evidence it was drafted from. */
		sourceRef: text('source_ref'),
		version: integer('version').notNull().default(1),
		updatedBy: integer('updated_by').references(() => users.id),
		updatedAt: updatedAt()
	},
	(t) => [index('report_items_report_idx').on(t.reportId, t.section, t.position)]
);
