import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiError, apiJson, readJsonBody } from '$lib/server/api';
import { getFramework } from '$lib/server/repositories/frameworks';
import { validateScoreRequest } from '$lib/domain/scoring/request';
import { scoreAssessment } from '$lib/domain/scoring/engine';

const MAX_BODY = 256 * 1024;

/**
 * Stateless scoring: answers in, the engine's results with explanations out. Nothing is stored. An override
 * without a justification is refused like any other invalid input.
 */
export const POST: RequestHandler = async ({ params, request }) => {
	const fw = await getFramework(getDb(), params.id ?? '');
	if (!fw) return apiError(404, [{ path: 'id', message: { en: `no framework version ${params.id}`, vi: `không có phiên bản bộ tiêu chí ${params.id}` } }]);
	const body = await readJsonBody(request, MAX_BODY);
	if (!body.ok) return body.response;
	const checked = validateScoreRequest(fw, body.body);
	if (!checked.ok) return apiError(400, checked.issues);
	const result = scoreAssessment(fw, checked.input, checked.options);
	if (result.kind === 'od') {
		const issues = result.dimensions.flatMap((d) =>
			Object.values(d.bySource)
				.filter((s) => s.problems.includes('override_without_justification'))
				.map((s) => ({
					path: `dimensions.${d.code}.${s.source}.justification`,
					message: {
						en: `${d.code} (${s.source}): the colour overrides the suggested ${s.suggestion.colour}, so a justification citing the rubric is required`,
						vi: `${d.code} (${s.source}): màu đã chọn khác màu gợi ý ${s.suggestion.colour}, cần nêu lý do dẫn chiếu tiêu chí đánh giá`
					}
				}))
		);
		if (issues.length) return apiError(400, issues);
	}
	return apiJson({ result });
};
