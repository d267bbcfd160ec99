/**
 * Loading a framework version: the zod schema checks the shape, then `checkFrameworkRules` checks what a
 * schema cannot (unique codes, codes that belong to their section, references that resolve). Every problem
 * is reported with the path of the field and the reason, so an administrator importing a file knows what
 * to fix.
 */
import { frameworkSchema, type Framework } from './schema';

export interface FrameworkIssue {
	/** Dotted path of the field, e.g. `sections.2.questions.0.code`. */
	path: string;
	message: string;
}

export type FrameworkParseResult =
	| { ok: true; framework: Framework }
	| { ok: false; issues: FrameworkIssue[] };

export function parseFramework(input: unknown): FrameworkParseResult {
	const parsed = frameworkSchema.safeParse(input);
	if (!parsed.success) {
		return {
			ok: false,
			issues: parsed.error.issues.map((issue) => ({
				path: issue.path.map(String).join('.') || '(root)',
				message: issue.message
			}))
		};
	}
	const issues = checkFrameworkRules(parsed.data);
	return issues.length ? { ok: false, issues } : { ok: true, framework: parsed.data };
}

/** Parses or throws with every issue listed (for frameworks shipped with the app). */
export function loadFramework(input: unknown): Framework {
	const result = parseFramework(input);
	if (!result.ok) {
		const list = result.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
		throw new Error(`invalid framework definition:\n${list}`);
	}
	return result.framework;
}

export function checkFrameworkRules(fw: Framework): FrameworkIssue[] {
	const issues: FrameworkIssue[] = [];
	const seen = new Set<string>();
	const unique = (code: string, path: string) => {
		if (seen.has(code)) issues.push({ path, message: `code ${code} is used more than once` });
		seen.add(code);
	};
	const prefix = fw.kind === 'dg' ? 'DG' : 'OD';
	fw.sections.forEach((section, s) => {
		const sp = `sections.${s}`;
		if (!section.code.startsWith(prefix + '-'))
			issues.push({ path: `${sp}.code`, message: `a ${fw.kind} framework's section codes start with ${prefix}-` });
		unique(section.code, `${sp}.code`);
		section.questions.forEach((q, i) => {
			if (!q.code.startsWith(section.code + '.'))
				issues.push({
					path: `${sp}.questions.${i}.code`,
					message: `question ${q.code} does not belong to section ${section.code}`
				});
			unique(q.code, `${sp}.questions.${i}.code`);
		});
		if (fw.kind === 'od' && 'coreIssues' in section) {
			const questionCodes = new Set(section.questions.map((q) => q.code));
			const coreCodes = new Set<string>();
			section.coreIssues.forEach((ci, c) => {
				if (!ci.code.startsWith(section.code + '.'))
					issues.push({ path: `${sp}.coreIssues.${c}.code`, message: `core issue ${ci.code} does not belong to ${section.code}` });
				unique(ci.code, `${sp}.coreIssues.${c}.code`);
				coreCodes.add(ci.code);
				ci.questions.forEach((qc, k) => {
					if (!questionCodes.has(qc))
						issues.push({ path: `${sp}.coreIssues.${c}.questions.${k}`, message: `unknown question ${qc} in ${section.code}` });
				});
			});
			section.green.required.forEach((code, k) => {
				if (!coreCodes.has(code))
					issues.push({ path: `${sp}.green.required.${k}`, message: `unknown core issue ${code}` });
			});
			const others = section.coreIssues.length - new Set(section.green.required).size;
			if (section.green.minAdditionalMet > others)
				issues.push({
					path: `${sp}.green.minAdditionalMet`,
					message: `needs ${section.green.minAdditionalMet} more core issues but only ${others} remain`
				});
			section.redTriggers.forEach((t, k) => {
				if (!t.code.startsWith(section.code + '.'))
					issues.push({ path: `${sp}.redTriggers.${k}.code`, message: `RED trigger ${t.code} does not belong to ${section.code}` });
				unique(t.code, `${sp}.redTriggers.${k}.code`);
			});
			section.evidence.forEach((e, k) => {
				if (!e.code.startsWith(section.code + '.'))
					issues.push({ path: `${sp}.evidence.${k}.code`, message: `evidence item ${e.code} does not belong to ${section.code}` });
				unique(e.code, `${sp}.evidence.${k}.code`);
			});
		}
	});
	if (fw.kind === 'dg') {
		const bands = fw.scale.bands;
		if (bands[0]?.min !== 1) issues.push({ path: 'scale.bands.0.min', message: 'the first band must start at 1' });
		bands.forEach((b, i) => {
			if (i > 0 && b.min <= bands[i - 1].min)
				issues.push({ path: `scale.bands.${i}.min`, message: 'bands must be in increasing order of min' });
		});
	}
	if (fw.kind === 'od') {
		const dims = new Set(fw.sections.map((s) => s.code));
		if (!dims.has(fw.legalDisclaimer.beforeDimension))
			issues.push({ path: 'legalDisclaimer.beforeDimension', message: `unknown dimension ${fw.legalDisclaimer.beforeDimension}` });
		fw.informationRequests.forEach((item, i) => {
			unique(item.code, `informationRequests.${i}.code`);
			if (!dims.has(item.dimension))
				issues.push({ path: `informationRequests.${i}.dimension`, message: `unknown dimension ${item.dimension}` });
		});
	}
	if (fw.crosswalk) {
		const codes = new Set(fw.sections.flatMap((s) => s.questions.map((q) => q.code)));
		for (const [from, to] of Object.entries(fw.crosswalk.map)) {
			if (!codes.has(to))
				issues.push({ path: `crosswalk.map.${from}`, message: `maps to ${to}, which is not a question of this version` });
		}
		if (fw.crosswalk.from === fw.id) issues.push({ path: 'crosswalk.from', message: 'a version cannot crosswalk to itself' });
	}
	return issues;
}

/** Parses JSON text of an imported framework file; JSON syntax errors become an issue too. */
export function parseFrameworkJson(text: string): FrameworkParseResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, issues: [{ path: '(file)', message: `not valid JSON: ${(e as Error).message}` }] };
	}
	return parseFramework(data);
}
