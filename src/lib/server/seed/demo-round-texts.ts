/**
 * What the fictional people of the demo round write: respondents' notes on their answers, assessors'
 * remarks (in the assessor's language), reasons for N/A, comments and return notes, justifications of
 * overridden dimension colours. All invented for the demo; document numbers are deliberately generic.
 */

/** Respondents' notes on a self-rating, by question. */
export const selfNotes: Record<string, string> = {
	'DG-1.1': 'Đã ban hành kế hoạch chuyển đổi số năm 2026, có chỉ tiêu và phân công đơn vị chủ trì.',
	'DG-1.2':
		'Ban Chỉ đạo do người đứng đầu làm trưởng ban, họp định kỳ hằng quý; biên bản các cuộc họp gửi kèm.',
	'DG-1.6': 'Kinh phí chuyển đổi số được bố trí trong dự toán năm nhưng còn phân tán ở nhiều đơn vị.',
	'DG-2.1':
		'Tỷ lệ hồ sơ trực tuyến toàn trình tăng so với năm 2025; số liệu lấy từ hệ thống thông tin giải quyết thủ tục hành chính.',
	'DG-2.5':
		'Có kết quả chỉ số hài lòng quốc gia hằng năm; khảo sát riêng trên cổng dịch vụ công chưa dùng cùng thang đo nên chưa so sánh được.',
	'DG-2.6': 'Ứng dụng di động đang thử nghiệm, chưa tích hợp đủ các dịch vụ.',
	'DG-3.1': 'Đã rà soát, đơn giản hóa một phần thủ tục trước khi đưa lên môi trường điện tử.',
	'DG-3.2': 'Việc tái sử dụng dữ liệu đã có mới áp dụng cho một số nhóm thủ tục.',
	'DG-3.4':
		'Văn bản điện tử ký số được gửi, nhận qua trục liên thông; một số đơn vị cấp dưới còn gửi bản giấy song song.',
	'DG-4.1': 'Lãnh đạo các đơn vị đã tham gia chương trình bồi dưỡng về chuyển đổi số.',
	'DG-4.3': 'Đã tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ, công chức theo kế hoạch năm.',
	'DG-4.4': 'Khó tuyển dụng và giữ chân nhân lực chuyên trách công nghệ thông tin do chế độ đãi ngộ.',
	'DG-5.1': 'Kiến trúc đang được cập nhật theo khung kiến trúc mới.',
	'DG-5.2':
		'Nền tảng tích hợp, chia sẻ dữ liệu đã kết nối với nền tảng quốc gia; một số hệ thống chuyên ngành chưa kết nối.',
	'DG-5.6': 'Hạ tầng máy chủ còn phân tán, đang xây dựng lộ trình chuyển lên đám mây.',
	'DG-6.2': 'Đã ban hành danh mục cơ sở dữ liệu nhưng chưa đánh giá chất lượng dữ liệu định kỳ.',
	'DG-6.3': 'Dữ liệu được chia sẻ cho một số cơ quan theo thỏa thuận riêng, chưa có quy chế chung.',
	'DG-6.6': 'Báo cáo điều hành đã dùng số liệu từ hệ thống, nhưng phần lớn vẫn tổng hợp thủ công.',
	'DG-6.8':
		'Đang thí điểm trợ lý ảo trả lời câu hỏi về thủ tục hành chính; chưa có quy định nội bộ về sử dụng trí tuệ nhân tạo.',
	'DG-7.2': 'Các hệ thống quan trọng đã được phê duyệt cấp độ an toàn thông tin.',
	'DG-7.3': 'Có phương án ứng cứu sự cố nhưng chưa diễn tập trong năm 2026.',
	'DG-7.5': 'Đã ban hành quy chế bảo vệ dữ liệu cá nhân, đang rà soát các hệ thống có xử lý dữ liệu cá nhân.',
	'OD-1.1': 'Lãnh đạo đã chỉ đạo xây dựng danh mục dữ liệu mở tại hội nghị chuyển đổi số.',
	'OD-1.2': 'Các đơn vị nắm giữ dữ liệu chủ chốt mới tham gia ở mức góp ý.',
	'OD-1.3': 'Chưa có văn bản riêng về dữ liệu mở; nội dung này nằm trong kế hoạch chuyển đổi số.',
	'OD-2.1': 'Chưa có hướng dẫn nội bộ về ẩn danh hóa dữ liệu trước khi công bố.',
	'OD-2.2': 'Đã công bố danh mục thông tin phải công khai trên cổng thông tin điện tử.',
	'OD-2.4': 'Điều kiện sử dụng dữ liệu trên cổng thông tin chưa nêu rõ giấy phép tái sử dụng.',
	'OD-3.1': 'Trung tâm công nghệ thông tin được giao làm đầu mối về dữ liệu.',
	'OD-3.3': 'Phối hợp giữa các đơn vị còn chủ yếu qua văn bản, chưa có nhóm công tác thường trực.',
	'OD-3.6': 'Một số đơn vị e ngại công bố dữ liệu vì lo ngại sai sót số liệu.',
	'OD-4.2': 'Đã thống kê các tập dữ liệu, chưa có siêu dữ liệu thống nhất.',
	'OD-4.3': 'Phần lớn dữ liệu nghiệp vụ đã ở dạng số, một phần dữ liệu lịch sử vẫn ở dạng giấy.',
	'OD-4.5': 'Đã cung cấp dữ liệu cho viện nghiên cứu theo yêu cầu, có ẩn danh hóa.',
	'OD-5.1': 'Thỉnh thoảng nhận yêu cầu dữ liệu từ báo chí, chủ yếu qua công văn.',
	'OD-5.3': 'Chưa có kênh riêng để người dùng đề xuất tập dữ liệu cần công bố.',
	'OD-5.4': 'Đã tổ chức một buổi lấy ý kiến doanh nghiệp về nhu cầu dữ liệu.',
	'OD-6.2': 'Chưa tổ chức cuộc thi hay hoạt động khuyến khích tái sử dụng dữ liệu.',
	'OD-6.3': 'Cổng thông tin có chuyên mục hỏi đáp, trả lời trong thời hạn quy định.',
	'OD-7.1': 'Chưa có dòng kinh phí riêng cho dữ liệu mở; dự kiến lồng ghép vào dự án cổng dữ liệu.',
	'OD-7.3': 'Kinh phí đào tạo kỹ năng số được bố trí hằng năm.',
	'OD-7.4': 'Có chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo nhưng quy mô nhỏ.'
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
		reason:
			'Cơ quan không được giao chủ trì xây dựng, vận hành cơ sở dữ liệu quốc gia nào trong danh mục cơ sở dữ liệu quốc gia.',
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
		{
			author: 'member',
			text: 'Đề nghị các đơn vị gửi số liệu hồ sơ trực tuyến 9 tháng để cập nhật câu trả lời.'
		},
		{
			author: 'lead',
			text: 'Đồng ý. Lấy số liệu từ hệ thống giải quyết thủ tục hành chính, không dùng số liệu báo cáo tháng.'
		}
	],
	[
		{
			author: 'member',
			text: 'Câu này chưa có quyết định phê duyệt cấp độ của hệ thống kế toán; tạm chọn mức 2.'
		},
		{ author: 'lead', text: 'Kiểm tra lại với đơn vị vận hành trước khi nộp.' }
	],
	[{ author: 'lead', text: 'Bổ sung minh chứng: quyết định kiện toàn Ban Chỉ đạo chuyển đổi số.' }],
	[{ author: 'assessor', text: 'Đề nghị đính kèm danh mục cơ sở dữ liệu bản mới nhất khi trả lời câu này.' }]
];

/** The assessor's remarks on a question when reviewing or returning work, by what they found. */
export const reviewRemarks: Record<'dontKnow' | 'lower' | 'evidence', { vi: string[]; en: string[] }> = {
	dontKnow: {
		vi: [
			'Câu trả lời "không biết" cần được làm rõ với đơn vị chuyên môn trước khi nộp lại.',
			'Đề nghị hỏi lại đơn vị phụ trách để trả lời câu này thay vì chọn "không biết".'
		],
		en: [
			'Please clarify the "don\'t know" answer with the technical department before resubmitting.',
			'Please ask the responsible unit and answer this one rather than "don\'t know".'
		]
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
		vi: [
			'Đề nghị bổ sung minh chứng: văn bản ban hành chính thức, không phải dự thảo.',
			'Đề nghị nêu rõ đơn vị chủ trì và thời hạn hoàn thành.',
			'Đề nghị bổ sung số liệu cập nhật đến quý III/2026.'
		],
		en: [
			'Please attach the signed decision, not the draft.',
			'Please name the lead unit and the deadline.',
			'Please add figures up to Q3 2026.'
		]
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

const overrideReasons: Record<string, { vi: string; en: string }> = {
	'green>yellow_green': {
		vi: 'Điều kiện XANH được đáp ứng trên văn bản, nhưng phỏng vấn cho thấy việc thực hiện chưa đồng đều giữa các đơn vị; chưa đủ vững để xếp XANH.',
		en: 'The GREEN condition holds on paper, but the interviews showed uneven practice across departments; not yet solid enough for GREEN.'
	},
	'yellow>yellow_green': {
		vi: 'Điều kiện XANH chưa đủ, nhưng yếu tố còn thiếu đang được triển khai theo văn bản đã ban hành và đã có kết quả bước đầu qua phỏng vấn, nên tình hình tốt hơn mức VÀNG thông thường.',
		en: 'The GREEN condition is not yet complete, but the missing element is being implemented under a signed decision with first results confirmed in interviews, so the situation is better than a plain YELLOW.'
	},
	'yellow>red_yellow': {
		vi: 'Các vấn đề cốt lõi được đánh giá đáp ứng một phần chủ yếu dựa trên văn bản, chưa thấy kết quả thực tế; tình hình gần với mức ĐỎ hơn.',
		en: 'The core issues marked as partly met rest mostly on documents with no results seen yet; the situation is closer to RED.'
	},
	'red>red_yellow': {
		vi: 'Chưa vấn đề cốt lõi nào được đáp ứng, nhưng đã có bước chuẩn bị cụ thể (đầu mối được giao, dự thảo kế hoạch đã lấy ý kiến), nên không hoàn toàn ở mức ĐỎ.',
		en: 'No core issue is met yet, but concrete preparation is under way (a focal point appointed, a draft plan out for comment), so not entirely RED.'
	}
};

/** A justification for overriding a suggested dimension colour, citing the rubric's GREEN condition. */
export function overrideJustification(
	locale: 'vi' | 'en',
	from: string,
	to: string,
	rubric: string,
	dimensionCode: string
): string {
	const reason = overrideReasons[`${from}>${to}`];
	if (!reason) throw new Error(`no demo justification for ${from} → ${to}`);
	return locale === 'en'
		? `Overriding the suggested ${colourEn[from]} with ${colourEn[to]} for ${dimensionCode}. Rubric: "${rubric}" ${reason.en}`
		: `Ghi đè gợi ý ${colourVi[from]} thành ${colourVi[to]} (${dimensionCode}). Tiêu chí của bộ khung: «${rubric}» ${reason.vi}`;
}

/** The committee's justification when it changes a final dimension colour. */
export function committeeOverride(from: string, to: string, rubric: string, dimensionCode: string): string {
	return `Ủy ban quyết định màu cuối cùng ${colourVi[to]} thay cho gợi ý ${colourVi[from]} (${dimensionCode}) sau phiên hiệu chỉnh chéo. Tiêu chí của bộ khung: «${rubric}» Các cơ quan, địa phương có cùng mức đáp ứng các vấn đề cốt lõi được xếp cùng màu.`;
}
