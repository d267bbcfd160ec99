/**
 * Comments per question (and on the whole assessment): the assessor's questions and return notes, the
 * respondents' replies. Everyone who may read the assessment reads them.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { preparedQuery } from '../db/prepared';
import type { Db } from '../db';
import { writeAudit, type DbOrTx } from '../audit';
import { comments, users } from '../db/schema';
import type { AuthedUser } from '../auth/guards';
import { viewAssessment } from './assessment-access';
import { findQuestion } from '$lib/domain/frameworks/model';
import { normaliseText } from '$lib/domain/text';
import { DomainError } from './errors';

export const MAX_COMMENT_BODY = 5000;

export async function addComment(db: Db, user: AuthedUser, assessmentId: number, questionCode: string | null, rawBody: string, at = new Date()): Promise<number> {
	const view = await viewAssessment(db, user, assessmentId);
	if (!view || !view.permissions.comment) throw new DomainError('error_not_allowed', '_form', 403);
	if (questionCode !== null && !findQuestion(view.framework, questionCode)) throw new DomainError('error_unknown_question', 'questionCode', 400, { code: questionCode });
	const body = normaliseText(rawBody ?? '', { multiline: true });
	if (!body) throw new DomainError('error_required', 'body');
	if (body.length > MAX_COMMENT_BODY) throw new DomainError('error_too_long', 'body', 400, { max: MAX_COMMENT_BODY });
	return db.transaction((tx) => {
		const row = tx.insert(comments).values({ assessmentId, questionCode, userId: user.id, kind: 'comment', body, createdAt: at }).returning({ id: comments.id }).get();
		writeAudit(tx, { userId: user.id, entity: 'comment', entityId: row.id, action: 'create', organisationId: view.assessment.organisationId, after: { assessmentId, questionCode, body } }, at);
		return row.id;
	});
}

export interface CommentView {
	id: number;
	questionCode: string | null;
	kind: string;
	body: string;
	author: string;
	authorRole: string;
	createdAt: Date;
}

const commentsOfAssessment = preparedQuery((db) =>
	db
		.select({ id: comments.id, questionCode: comments.questionCode, kind: comments.kind, body: comments.body, author: users.name, authorRole: users.role, createdAt: comments.createdAt })
		.from(comments)
		.innerJoin(users, eq(users.id, comments.userId))
		.where(eq(comments.assessmentId, sql.placeholder('id')))
		.orderBy(asc(comments.createdAt), asc(comments.id))
		.prepare()
);

export function commentsOf(tx: DbOrTx, assessmentId: number, questionCode?: string): CommentView[] {
	const all = commentsOfAssessment(tx).all({ id: assessmentId });
	return questionCode ? all.filter((c) => c.questionCode === questionCode) : all;
}
