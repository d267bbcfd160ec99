/**
 * The two questions dg-sansang-1.1 changes: DG-2.5 rewritten around the national satisfaction index (its
 * levels no longer mean what they meant in 1.0, so it is not comparable), and the new DG-6.8 on the
 * responsible use of artificial intelligence and advanced analytics. Sẵn Sàng's own wording.
 */
import type { DgPillarInput } from '../schema';

type DgQuestionInput = DgPillarInput['questions'][number];

export const satisfactionIndex: DgQuestionInput = {
	code: 'DG-2.5',
	label: { vi: 'Chỉ số hài lòng quốc gia', en: 'National satisfaction index' },
	text: {
		vi: 'Cơ quan, địa phương anh/chị đo lường sự hài lòng của người dân, doanh nghiệp theo chỉ số hài lòng quốc gia (tiêu chí, thang đo và cách chọn mẫu thống nhất trên toàn quốc) đến mức nào, và kết quả được sử dụng ra sao?',
		en: 'How far does your organisation measure citizen and business satisfaction according to the national satisfaction index (criteria, scale and sampling common to the whole country), and how are the results used?'
	},
	guidance: [
		{
			vi: 'Xin kết quả chỉ số hài lòng quốc gia của cơ quan, địa phương trong hai năm gần nhất. Điểm của từng tiêu chí (tiếp cận dịch vụ, thủ tục, công chức, kết quả, tiếp nhận phản ánh) so với mức trung bình toàn quốc ra sao?',
			en: 'Ask for the organisation’s national satisfaction index results for the last two years. How does each criterion (access, procedures, civil servants, results, handling of feedback) compare with the national average?'
		},
		{
			vi: 'Ngoài đợt điều tra quốc gia, cơ quan, địa phương có tự đo lường thường xuyên không? Khảo sát riêng và đánh giá sau giao dịch trên Cổng Dịch vụ công quốc gia có dùng đúng tiêu chí, thang đo của chỉ số để so sánh được không?',
			en: 'Apart from the national survey, does the organisation measure satisfaction regularly itself? Do its own surveys and the post-transaction ratings on the National Public Service Portal use the index’s criteria and scale, so that results can be compared?'
		},
		{
			vi: 'Cỡ mẫu có đủ để tách kết quả theo nhóm thủ tục, kênh (trực tuyến, trực tiếp) và nhóm người dùng không? Ai chọn mẫu và thu phiếu?',
			en: 'Is the sample large enough to break results down by group of procedures, by channel (online or in person) and by user group? Who draws the sample and collects the answers?'
		},
		{
			vi: 'Những tiêu chí có điểm thấp đã dẫn đến biện pháp cụ thể nào? Sau đó chỉ số có thay đổi không? Xin ví dụ.',
			en: 'What specific measures followed from the criteria with low scores, and did the index change afterwards? Ask for an example.'
		}
	],
	descriptors: [
		{
			vi: 'Cơ quan, địa phương không nắm kết quả chỉ số hài lòng quốc gia của mình, hoặc chỉ có mặt trong điều tra khi được chọn mẫu; không tự đo lường theo chỉ số và kết quả không được xem xét.',
			en: 'The organisation does not know its national satisfaction index results, or appears in the survey only when sampled; it does not measure against the index itself and the results are not considered.'
		},
		{
			vi: 'Có kết quả chỉ số hài lòng quốc gia hằng năm và đánh giá sau giao dịch, nhưng các khảo sát riêng dùng tiêu chí, thang đo khác nên không so sánh được với chỉ số; kết quả chỉ được đưa vào báo cáo, chưa dẫn đến hành động.',
			en: 'Yearly national index results and post-transaction ratings exist, but the organisation’s own surveys use other criteria and scales and cannot be compared with the index; results only go into reports and lead to no action.'
		},
		{
			vi: 'Cơ quan, địa phương đo lường thường xuyên theo đúng tiêu chí, thang đo của chỉ số quốc gia cho từng nhóm thủ tục và kênh, với cỡ mẫu đủ lớn; kết quả được so sánh với mức trung bình toàn quốc, báo cáo lãnh đạo định kỳ, và các tiêu chí có điểm thấp có kế hoạch cải thiện với đơn vị chịu trách nhiệm.',
			en: 'The organisation measures regularly with the national index’s criteria and scale for each group of procedures and channel, with a large enough sample; results are compared with the national average and reported to the leadership regularly, and criteria with low scores have improvement plans with a responsible unit.'
		},
		{
			vi: 'Kết quả theo chỉ số được theo dõi qua nhiều năm, tách theo tiêu chí, dịch vụ, kênh và nhóm người dùng, được đơn vị độc lập kiểm tra và công bố công khai; có bằng chứng chỉ số được cải thiện sau các biện pháp đã thực hiện; cơ quan, địa phương góp ý hoàn thiện phương pháp của chỉ số.',
			en: 'Index results are tracked over several years, broken down by criterion, service, channel and user group, checked by an independent body and published; there is evidence that the index improved after the measures taken; the organisation contributes to improving the index method.'
		}
	],
	suggestedEvidence: [
		{
			vi: 'Kết quả chỉ số hài lòng quốc gia của cơ quan, địa phương trong hai năm gần nhất, theo từng tiêu chí',
			en: 'The organisation’s national satisfaction index results for the last two years, by criterion'
		},
		{
			vi: 'Phương pháp các khảo sát riêng (bảng hỏi, thang đo, cách chọn mẫu) và cách đối chiếu với chỉ số quốc gia',
			en: 'The method of the organisation’s own surveys (questionnaire, scale, sampling) and how they map to the national index'
		},
		{
			vi: 'Kế hoạch cải thiện các tiêu chí có điểm thấp và báo cáo kết quả thực hiện',
			en: 'Improvement plans for the criteria with low scores, and reports on their implementation'
		}
	],
	weight: 1,
	scope: 'organisation',
	target: 3,
	recommendations: {
		'1': {
			vi: 'Đơn vị kiểm soát thủ tục hành chính lấy kết quả chỉ số hài lòng quốc gia của cơ quan, địa phương, báo cáo lãnh đạo và chuyển chức năng đánh giá sau giao dịch trên Cổng Dịch vụ công quốc gia sang tiêu chí, thang đo của chỉ số.',
			en: 'The administrative procedure control unit should obtain the organisation’s national satisfaction index results, report them to the leadership, and align the post-transaction ratings on the National Public Service Portal with the index’s criteria and scale.'
		},
		'2': {
			vi: 'Đơn vị kiểm soát thủ tục hành chính thiết kế lại các khảo sát riêng theo tiêu chí, thang đo của chỉ số quốc gia, bảo đảm cỡ mẫu cho từng nhóm thủ tục và kênh, và giao đơn vị quản lý dịch vụ lập kế hoạch cải thiện các tiêu chí có điểm thấp.',
			en: 'The procedure control unit should redesign the organisation’s own surveys on the national index’s criteria and scale, with a sample large enough for each group of procedures and channel, and have service owners draw up improvement plans for the criteria with low scores.'
		},
		'3': {
			vi: 'Lãnh đạo cơ quan, địa phương mời một đơn vị độc lập kiểm tra cách đo lường, công bố kết quả theo chỉ số qua các năm và theo dõi sự thay đổi sau từng biện pháp cải thiện.',
			en: 'The organisation’s leadership should have an independent body check how satisfaction is measured, publish the index results year by year, and track the change after each improvement measure.'
		}
	},
	collectEvidence: {
		vi: 'Đề nghị đơn vị kiểm soát thủ tục hành chính cung cấp kết quả chỉ số hài lòng quốc gia gần nhất của cơ quan, địa phương và mô tả các khảo sát riêng đang thực hiện.',
		en: 'Ask the administrative procedure control unit for the organisation’s latest national satisfaction index results and a description of its own surveys.'
	}
};

export const responsibleAi: DgQuestionInput = {
	code: 'DG-6.8',
	label: {
		vi: 'Sử dụng trí tuệ nhân tạo có trách nhiệm',
		en: 'Responsible use of AI and analytics'
	},
	text: {
		vi: 'Cơ quan, địa phương anh/chị sử dụng trí tuệ nhân tạo và các kỹ thuật phân tích dữ liệu nâng cao một cách có trách nhiệm đến mức nào: có quy định, người chịu trách nhiệm, đánh giá rủi ro và sự giám sát của con người đối với các quyết định ảnh hưởng đến người dân, doanh nghiệp không?',
		en: 'How responsibly does your organisation use artificial intelligence and advanced analytics: are there rules, named owners, risk assessments and human oversight of decisions that affect citizens and businesses?'
	},
	guidance: [
		{
			vi: 'Cơ quan, địa phương đang dùng hoặc thí điểm những ứng dụng trí tuệ nhân tạo, phân tích nâng cao nào (trợ lý ảo trả lời người dân, phân loại hồ sơ, nhận dạng văn bản, dự báo, phát hiện gian lận)? Có danh mục các hệ thống này và người chịu trách nhiệm từng hệ thống không?',
			en: 'Which AI and advanced analytics applications does the organisation use or pilot (virtual assistants answering citizens, case triage, document recognition, forecasting, fraud detection)? Is there a list of these systems, with an owner for each?'
		},
		{
			vi: 'Trước khi triển khai, rủi ro có được đánh giá không: dữ liệu cá nhân dùng để huấn luyện và vận hành, sai lệch đối với các nhóm dân cư, an toàn thông tin, sự phụ thuộc vào nhà cung cấp? Ai phê duyệt?',
			en: 'Are risks assessed before deployment: personal data used for training and operation, bias against groups of the population, security, dependence on a supplier? Who approves?'
		},
		{
			vi: 'Khi kết quả của hệ thống ảnh hưởng đến quyền lợi của người dân, doanh nghiệp, có cán bộ xem xét trước khi quyết định không? Người dân có được biết mình đang làm việc với trí tuệ nhân tạo và có thể yêu cầu xem xét lại không?',
			en: 'When a system’s output affects the rights of citizens or businesses, does an official review it before the decision? Are people told that they are dealing with AI, and can they ask for a review?'
		},
		{
			vi: 'Cán bộ có được hướng dẫn về việc dùng các công cụ trí tuệ nhân tạo tạo sinh công cộng, nhất là không đưa tài liệu mật, dữ liệu cá nhân vào các công cụ đó không? Chất lượng hệ thống có được theo dõi sau khi đưa vào sử dụng không?',
			en: 'Are staff given guidance on public generative AI tools, in particular not to enter classified documents or personal data into them? Is the quality of systems monitored once they are in use?'
		}
	],
	descriptors: [
		{
			vi: 'Chưa có chủ trương hay quy định nào về trí tuệ nhân tạo; cán bộ tự dùng các công cụ trí tuệ nhân tạo công cộng cho công việc mà không có hướng dẫn; cơ quan, địa phương không nắm được hệ thống nào đang dùng trí tuệ nhân tạo.',
			en: 'There is no policy or rule on AI; staff use public AI tools for their work without guidance; the organisation does not know which of its systems use AI.'
		},
		{
			vi: 'Có một số ứng dụng trí tuệ nhân tạo hoặc phân tích nâng cao đang thí điểm, chủ yếu theo đề xuất của nhà cung cấp; có hướng dẫn chung về dùng công cụ trí tuệ nhân tạo, nhưng chưa có danh mục hệ thống, chưa đánh giá rủi ro và chưa giao người chịu trách nhiệm.',
			en: 'A few AI or advanced analytics applications are being piloted, mostly at a supplier’s suggestion; general guidance on AI tools exists, but there is no list of systems, no risk assessment and no named owner.'
		},
		{
			vi: 'Có quy định nội bộ về sử dụng trí tuệ nhân tạo: danh mục các hệ thống đang dùng, mỗi hệ thống có người chịu trách nhiệm; rủi ro về dữ liệu cá nhân, sai lệch và an toàn thông tin được đánh giá và phê duyệt trước khi triển khai; quyết định ảnh hưởng đến quyền lợi của người dân luôn có cán bộ xem xét; người dân được thông báo khi làm việc với trí tuệ nhân tạo.',
			en: 'Internal rules on AI exist: a list of the systems in use, each with a named owner; risks to personal data, bias and security are assessed and approved before deployment; decisions affecting people’s rights are always reviewed by an official; people are told when they are dealing with AI.'
		},
		{
			vi: 'Chất lượng và sai lệch của từng hệ thống được theo dõi sau triển khai và kiểm tra độc lập định kỳ; danh mục hệ thống và kết quả đánh giá được công khai; người dân có kênh yêu cầu xem xét lại kết quả do trí tuệ nhân tạo hỗ trợ và được trả lời; kinh nghiệm được chia sẻ với các cơ quan khác.',
			en: 'The quality and bias of each system are monitored after deployment and checked independently at regular intervals; the list of systems and the assessments are published; people have a channel to ask for a review of AI-assisted results and get an answer; lessons are shared with other agencies.'
		}
	],
	suggestedEvidence: [
		{
			vi: 'Quy định hoặc hướng dẫn nội bộ về sử dụng trí tuệ nhân tạo và các công cụ trí tuệ nhân tạo tạo sinh',
			en: 'Internal rules or guidance on the use of AI and of generative AI tools'
		},
		{
			vi: 'Danh mục các hệ thống có dùng trí tuệ nhân tạo, phân tích nâng cao, với người chịu trách nhiệm',
			en: 'List of systems that use AI or advanced analytics, with their owners'
		},
		{
			vi: 'Một báo cáo đánh giá rủi ro trước khi triển khai hoặc báo cáo theo dõi chất lượng sau triển khai',
			en: 'A risk assessment made before deployment, or a report on quality monitoring after deployment'
		}
	],
	weight: 1,
	scope: 'organisation',
	target: 3,
	recommendations: {
		'1': {
			vi: 'Đơn vị chuyên trách về chuyển đổi số rà soát các hệ thống và công cụ đang dùng trí tuệ nhân tạo, lập danh mục ban đầu và trình lãnh đạo ban hành hướng dẫn tạm thời, trước hết cấm đưa tài liệu mật và dữ liệu cá nhân vào công cụ công cộng.',
			en: 'The digital transformation unit should survey the systems and tools that use AI, draw up a first list, and have the leadership issue interim guidance, starting with a ban on entering classified documents and personal data into public tools.'
		},
		'2': {
			vi: 'Lãnh đạo ban hành quy định nội bộ về trí tuệ nhân tạo: giao người chịu trách nhiệm từng hệ thống, bắt buộc đánh giá rủi ro về dữ liệu cá nhân, sai lệch và an toàn thông tin trước khi triển khai, và yêu cầu cán bộ xem xét mọi quyết định ảnh hưởng đến quyền lợi của người dân.',
			en: 'Leadership should issue internal rules on AI: name an owner for each system, require an assessment of personal data, bias and security risks before deployment, and require an official to review every decision that affects people’s rights.'
		},
		'3': {
			vi: 'Đơn vị chuyên trách tổ chức theo dõi chất lượng, sai lệch của từng hệ thống sau triển khai, mời đơn vị độc lập kiểm tra định kỳ, công khai danh mục hệ thống và mở kênh để người dân yêu cầu xem xét lại kết quả.',
			en: 'The digital transformation unit should monitor the quality and bias of each system after deployment, have an independent body check them regularly, publish the list of systems, and open a channel for people to ask for a review of results.'
		}
	},
	collectEvidence: {
		vi: 'Đề nghị đơn vị chuyên trách về chuyển đổi số cho biết các hệ thống, công cụ đang dùng trí tuệ nhân tạo và cung cấp quy định, hướng dẫn nội bộ (nếu có); hỏi thêm đơn vị tiếp nhận phản ánh về trợ lý ảo.',
		en: 'Ask the digital transformation unit which systems and tools use AI and for any internal rules or guidance; ask the unit handling feedback about the virtual assistant as well.'
	}
};
