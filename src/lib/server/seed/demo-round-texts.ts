/**
 * What the fictional people of the demo round write: respondents' notes on their answers, assessors'
 * remarks (in the assessor's language), reasons for N/A, comments and return notes, justifications of
 * overridden dimension colours. All invented for the demo; document numbers are deliberately generic.
 */

/** Respondents' notes on a self-rating, by pillar or dimension. */
export const selfNotes: Record<string, string[]> = {
	'DG-1': [
		'Đã ban hành kế hoạch chuyển đổi số năm 2026, có chỉ tiêu và phân công đơn vị chủ trì.',
		'Ban Chỉ đạo họp định kỳ hằng quý; biên bản các cuộc họp gửi kèm.',
		'Kinh phí chuyển đổi số được bố trí trong dự toán năm nhưng còn phân tán ở nhiều đơn vị.'
	],
	'DG-2': [
		'Tỷ lệ hồ sơ trực tuyến toàn trình tăng so với năm 2025; số liệu lấy từ hệ thống thông tin giải quyết thủ tục hành chính.',
		'Đã triển khai khảo sát mức độ hài lòng trực tuyến nhưng số lượt phản hồi còn ít.',
		'Ứng dụng di động đang thử nghiệm, chưa tích hợp đủ các dịch vụ.'
	],
	'DG-3': [
		'Đã rà soát, đơn giản hóa một phần thủ tục trước khi đưa lên môi trường điện tử.',
		'Văn bản điện tử ký số được gửi, nhận qua trục liên thông; một số đơn vị cấp dưới còn gửi bản giấy song song.',
		'Việc tái sử dụng dữ liệu đã có mới áp dụng cho một số nhóm thủ tục.'
	],
	'DG-4': [
		'Đã tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ, công chức theo kế hoạch năm.',
		'Khó tuyển dụng và giữ chân nhân lực chuyên trách công nghệ thông tin do chế độ đãi ngộ.',
		'Lãnh đạo các đơn vị đã tham gia chương trình bồi dưỡng về chuyển đổi số.'
	],
	'DG-5': [
		'Kiến trúc đang được cập nhật theo khung kiến trúc mới.',
		'Nền tảng tích hợp, chia sẻ dữ liệu đã kết nối với nền tảng quốc gia; một số hệ thống chuyên ngành chưa kết nối.',
		'Hạ tầng máy chủ còn phân tán, đang xây dựng lộ trình chuyển lên đám mây.'
	],
	'DG-6': [
		'Đã ban hành danh mục cơ sở dữ liệu nhưng chưa đánh giá chất lượng dữ liệu định kỳ.',
		'Dữ liệu được chia sẻ cho một số cơ quan theo thỏa thuận riêng, chưa có quy chế chung.',
		'Báo cáo điều hành đã dùng số liệu từ hệ thống, nhưng phần lớn vẫn tổng hợp thủ công.'
	],
	'DG-7': [
		'Các hệ thống quan trọng đã được phê duyệt cấp độ an toàn thông tin.',
		'Có phương án ứng cứu sự cố nhưng chưa diễn tập trong năm 2026.',
		'Đã ban hành quy chế bảo vệ dữ liệu cá nhân, đang rà soát các hệ thống có xử lý dữ liệu cá nhân.'
	],
	'OD-1': [
		'Lãnh đạo đã chỉ đạo xây dựng danh mục dữ liệu mở tại hội nghị chuyển đổi số.',
		'Chưa có văn bản riêng về dữ liệu mở; nội dung này nằm trong kế hoạch chuyển đổi số.',
		'Các đơn vị nắm giữ dữ liệu chủ chốt mới tham gia ở mức góp ý.'
	],
	'OD-2': [
		'Đã công bố danh mục thông tin phải công khai trên cổng thông tin điện tử.',
		'Chưa có hướng dẫn nội bộ về ẩn danh hóa dữ liệu trước khi công bố.',
		'Điều kiện sử dụng dữ liệu trên cổng thông tin chưa nêu rõ giấy phép tái sử dụng.'
	],
	'OD-3': [
		'Trung tâm công nghệ thông tin được giao làm đầu mối về dữ liệu.',
		'Phối hợp giữa các đơn vị còn chủ yếu qua văn bản, chưa có nhóm công tác thường trực.',
		'Một số đơn vị e ngại công bố dữ liệu vì lo ngại sai sót số liệu.'
	],
	'OD-4': [
		'Phần lớn dữ liệu nghiệp vụ đã ở dạng số, một phần dữ liệu lịch sử vẫn ở dạng giấy.',
		'Đã thống kê các tập dữ liệu, chưa có siêu dữ liệu thống nhất.',
		'Đã cung cấp dữ liệu cho viện nghiên cứu theo yêu cầu, có ẩn danh hóa.'
	],
	'OD-5': [
		'Thỉnh thoảng nhận yêu cầu dữ liệu từ doanh nghiệp và báo chí, chủ yếu qua công văn.',
		'Chưa có kênh riêng để người dùng đề xuất tập dữ liệu cần công bố.',
		'Đã tổ chức một buổi lấy ý kiến doanh nghiệp về nhu cầu dữ liệu.'
	],
	'OD-6': [
		'Cổng thông tin có chuyên mục hỏi đáp, trả lời trong thời hạn quy định.',
		'Chưa tổ chức cuộc thi hay hoạt động khuyến khích tái sử dụng dữ liệu.',
		'Đã phối hợp với trường đại học trên địa bàn trong một dự án phân tích dữ liệu.'
	],
	'OD-7': [
		'Chưa có dòng kinh phí riêng cho dữ liệu mở; dự kiến lồng ghép vào dự án cổng dữ liệu.',
		'Kinh phí đào tạo kỹ năng số được bố trí hằng năm.',
		'Có chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo nhưng quy mô nhỏ.'
	]
};

/** Assessors' remarks when their rating agrees roughly with the evidence seen. */
export const assessorNotes: { vi: string[]; en: string[] } = {
	vi: [
		'Đã đối chiếu với tài liệu gửi kèm và kết quả phỏng vấn; mức đánh giá phù hợp.',
		'Minh chứng đầy đủ, có số liệu cập nhật đến quý III/2026.',
		'Có văn bản nhưng chưa thấy kết quả triển khai trên thực tế.',
		'Thông tin thu được qua phỏng vấn trùng khớp với hồ sơ tự đánh giá.',
		'Cần theo dõi thêm ở đợt đánh giá sau: mới triển khai thí điểm.'
	],
	en: [
		'Checked against the attached documents and the interview; the level holds.',
		'Well documented, with figures up to Q3 2026.',
		'A decision exists, but we saw little sign of it being implemented.',
		'Interview findings match the self-assessment file.',
		'Only a pilot so far; worth following up in the next round.'
	]
};

/** Assessors' remarks when they rate lower than the self-assessment. */
export const assessorLowerNotes: { vi: string[]; en: string[] } = {
	vi: [
		'Chưa thấy minh chứng cho mức tự đánh giá; văn bản gửi kèm mới ở dạng dự thảo.',
		'Kết quả phỏng vấn cho thấy việc triển khai chưa đồng đều giữa các đơn vị.',
		'Số liệu tự báo cáo cao hơn số liệu trên hệ thống quốc gia; đề nghị giải trình.',
		'Mức tự đánh giá dựa trên kế hoạch, chưa phản ánh kết quả thực hiện.'
	],
	en: [
		'No evidence for the self-rated level yet; the attached document is still a draft.',
		'Interviews show uneven implementation across departments.',
		'Self-reported figures are higher than those on the national system; please explain.',
		'The self-rating reflects the plan rather than what has been delivered.'
	]
};

export interface NotApplicableRule {
	code: string;
	organisations: string[];
	reason: string;
	/** The assessor's rating: the same N/A, or a rating that disagrees. */
	assessor: 'na' | string;
	assessorNote?: { vi: string; en: string };
}

export const notApplicableRules: NotApplicableRule[] = [
	{
		code: 'DG-6.4',
		organisations: ['bo-ngoai-giao', 'bo-dan-toc-va-ton-giao', 'thanh-tra-chinh-phu', 'van-phong-chinh-phu'],
		reason: 'Cơ quan không được giao chủ trì xây dựng, vận hành cơ sở dữ liệu quốc gia nào trong danh mục cơ sở dữ liệu quốc gia.',
		assessor: 'na'
	},
	{
		code: 'DG-4.6',
		organisations: ['lai-chau', 'quang-tri'],
		reason: 'Tỉnh chưa thuê dịch vụ công nghệ thông tin nào trong giai đoạn đánh giá.',
		assessor: '1',
		assessorNote: {
			vi: 'Tỉnh có thuê dịch vụ hạ tầng cho hệ thống thư điện tử công vụ; câu hỏi vẫn áp dụng.',
			en: 'The province rents hosting for its official e-mail system, so the question applies.'
		}
	},
	{
		code: 'OD-2.5',
		organisations: ['bo-noi-vu', 'ngan-hang-nha-nuoc-viet-nam'],
		reason: 'Cơ quan không quản lý dữ liệu nào thuộc diện cung cấp có thu phí theo quy định về phí, lệ phí.',
		assessor: 'na'
	}
];

/** Conversations on questions while the self-evaluation is in progress: [author, text] in order. */
export const workingComments: { author: 'member' | 'lead' | 'assessor'; text: string }[][] = [
	[
		{ author: 'member', text: 'Đề nghị các đơn vị gửi số liệu hồ sơ trực tuyến 9 tháng để cập nhật câu trả lời.' },
		{ author: 'lead', text: 'Đồng ý. Lấy số liệu từ hệ thống giải quyết thủ tục hành chính, không dùng số liệu báo cáo tháng.' }
	],
	[
		{ author: 'member', text: 'Câu này chưa có quyết định phê duyệt cấp độ của hệ thống kế toán; tạm chọn mức 2.' },
		{ author: 'lead', text: 'Kiểm tra lại với đơn vị vận hành trước khi nộp.' }
	],
	[{ author: 'lead', text: 'Bổ sung minh chứng: quyết định kiện toàn Ban Chỉ đạo chuyển đổi số.' }],
	[{ author: 'assessor', text: 'Đề nghị đính kèm danh mục cơ sở dữ liệu bản mới nhất khi trả lời câu này.' }]
];

/** The assessor's remarks on a question when reviewing or returning work, by what they found. */
export const reviewRemarks: Record<'dontKnow' | 'lower' | 'evidence', { vi: string[]; en: string[] }> = {
	dontKnow: {
		vi: ['Câu trả lời "không biết" cần được làm rõ với đơn vị chuyên môn trước khi nộp lại.', 'Đề nghị hỏi lại đơn vị phụ trách để trả lời câu này thay vì chọn "không biết".'],
		en: ['Please clarify the "don\'t know" answer with the technical department before resubmitting.', 'Please ask the responsible unit and answer this one rather than "don\'t know".']
	},
	lower: {
		vi: [
			'Mức tự đánh giá cao hơn những gì minh chứng cho thấy; đề nghị rà soát hoặc bổ sung minh chứng.',
			'Minh chứng gửi kèm mới là dự thảo; đề nghị gửi văn bản đã ban hành hoặc điều chỉnh mức tự đánh giá.',
			'Kết quả phỏng vấn chưa khớp với mức tự đánh giá; đề nghị giải trình.'
		],
		en: [
			'The self-rating is higher than the evidence supports; please review it or add evidence.',
			'The attached document is a draft; please send the signed version or adjust the self-rating.',
			'The interviews do not match the self-rating; please explain.'
		]
	},
	evidence: {
		vi: ['Đề nghị bổ sung minh chứng: văn bản ban hành chính thức, không phải dự thảo.', 'Đề nghị nêu rõ đơn vị chủ trì và thời hạn hoàn thành.', 'Đề nghị bổ sung số liệu cập nhật đến quý III/2026.'],
		en: ['Please attach the signed decision, not the draft.', 'Please name the lead unit and the deadline.', 'Please add figures up to Q3 2026.']
	}
};

export const returnNotes: { vi: string[]; en: string[] } = {
	vi: [
		'Trả lại để bổ sung minh chứng cho các câu hỏi đã ghi chú và rà soát lại mức tự đánh giá. Đề nghị nộp lại trước hạn tự đánh giá.',
		'Hồ sơ còn thiếu minh chứng ở một số trụ cột; đề nghị hoàn thiện theo các ghi chú từng câu hỏi.'
	],
	en: [
		'Returned so that evidence can be added to the questions marked and the self-ratings reviewed. Please resubmit before the self-evaluation deadline.',
		'Several pillars still lack evidence; please complete them following the notes on each question.'
	]
};

/** Respondents' replies after a return. */
export const replies = [
	'Đã bổ sung văn bản chính thức và cập nhật lại mức tự đánh giá.',
	'Đã rà soát với đơn vị chuyên môn, điều chỉnh câu trả lời theo số liệu trên hệ thống.',
	'Đã gửi kèm báo cáo; đề nghị đoàn chuyên gia xem xét.'
];

/** The committee's reason for changing a carried-over final rating. */
export const committeeNotes = [
	'Ủy ban điều chỉnh sau khi hiệu chỉnh chéo câu hỏi này giữa các cơ quan, địa phương trong đợt đánh giá.',
	'Điều chỉnh theo kết luận phiên họp hiệu chỉnh: minh chứng bổ sung cho thấy kết quả triển khai rõ hơn.',
	'Điều chỉnh để bảo đảm nhất quán với các địa phương có cùng mức độ triển khai.'
];

const colourVi: Record<string, string> = {
	red: 'ĐỎ',
	red_yellow: 'ĐỎ/VÀNG',
	yellow: 'VÀNG',
	yellow_green: 'VÀNG/XANH',
	green: 'XANH',
	grey: 'XÁM'
};
const colourEn: Record<string, string> = {
	red: 'RED',
	red_yellow: 'RED/YELLOW',
	yellow: 'YELLOW',
	yellow_green: 'YELLOW/GREEN',
	green: 'GREEN',
	grey: 'GREY'
};

/** A justification for overriding a suggested dimension colour, citing the rubric's GREEN condition. */
export function overrideJustification(
	locale: 'vi' | 'en',
	from: string,
	to: string,
	rubric: string,
	dimensionCode: string
): string {
	const up = ['red', 'red_yellow', 'yellow', 'yellow_green', 'green'].indexOf(to) > ['red', 'red_yellow', 'yellow', 'yellow_green', 'green'].indexOf(from);
	if (locale === 'en') {
		return up
			? `Overriding the suggested ${colourEn[from]} with ${colourEn[to]} for ${dimensionCode}. Rubric: "${rubric}" The gate is only partly met, but the signed decision and the interviews show the missing element is being put in place this year, so the situation is better than a plain ${colourEn[from]}.`
			: `Overriding the suggested ${colourEn[from]} with ${colourEn[to]} for ${dimensionCode}. Rubric: "${rubric}" On paper the condition holds, but the interviews showed it is not applied in practice in most departments.`;
	}
	return up
		? `Ghi đè gợi ý ${colourVi[from]} thành ${colourVi[to]} (${dimensionCode}). Tiêu chí của bộ khung: «${rubric}» Vấn đề cốt lõi bắt buộc mới đáp ứng một phần, nhưng văn bản đã ban hành và kết quả phỏng vấn cho thấy yếu tố còn thiếu đang được triển khai trong năm, nên tình hình tốt hơn mức ${colourVi[from]} thông thường.`
		: `Ghi đè gợi ý ${colourVi[from]} thành ${colourVi[to]} (${dimensionCode}). Tiêu chí của bộ khung: «${rubric}» Về văn bản thì điều kiện được đáp ứng, nhưng phỏng vấn cho thấy trên thực tế phần lớn các đơn vị chưa áp dụng.`;
}

/** The committee's justification when it changes a final dimension colour. */
export function committeeOverride(from: string, to: string, rubric: string, dimensionCode: string): string {
	return `Ủy ban quyết định màu cuối cùng ${colourVi[to]} thay cho gợi ý ${colourVi[from]} (${dimensionCode}) sau phiên hiệu chỉnh chéo. Tiêu chí của bộ khung: «${rubric}» Các cơ quan, địa phương có cùng mức đáp ứng các vấn đề cốt lõi được xếp cùng màu.`;
}
