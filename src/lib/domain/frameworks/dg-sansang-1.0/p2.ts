/**
 * dg-sansang-1.0, pillar DG-2: user-centricity. Sẵn Sàng's own wording, adapted from the 7-pillar
 * structure of the World Bank DGRA as applied in Vietnam in 2018–2019; not World Bank text.
 */
import type { DgPillarInput } from '../schema';

export const p2: DgPillarInput = {
	code: 'DG-2',
	title: { vi: 'Lấy người dùng làm trung tâm', en: 'User-centricity' },
	shortTitle: { vi: 'Người dùng', en: 'User focus' },
	description: {
		vi: 'Mức độ cơ quan, địa phương thiết kế và cung cấp dịch vụ xuất phát từ nhu cầu của người dân, doanh nghiệp: dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia và mức độ sử dụng thực tế, nghiên cứu người dùng, tiếp nhận và xử lý phản ánh, đo lường sự hài lòng, các kênh tiếp cận kể cả thiết bị di động, và khả năng tiếp cận của các nhóm yếu thế. Trụ cột này đánh giá dịch vụ có thực sự được người dân dùng và dùng được hay không, không chỉ số lượng dịch vụ đưa lên mạng.',
		en: 'How far the organisation designs and delivers services around what citizens and businesses need: full-process online public services on the National Public Service Portal and their actual use, user research, handling of feedback, satisfaction measurement, access channels including mobile, and access for disadvantaged groups. The pillar asks whether services are actually used and usable, not just how many are online.'
	},
	weight: 1,
	target: 3,
	questions: [
		{
			code: 'DG-2.1',
			label: { vi: 'Dịch vụ công trực tuyến toàn trình', en: 'Full-process online services' },
			text: {
				vi: 'Những thủ tục hành chính đủ điều kiện của cơ quan, địa phương anh/chị đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, tích hợp trên Cổng Dịch vụ công quốc gia đến mức nào?',
				en: 'To what extent are your organisation’s eligible administrative procedures offered as full-process online public services, integrated on the National Public Service Portal?'
			},
			guidance: [
				{
					vi: 'Xin danh mục thủ tục hành chính thuộc thẩm quyền và danh sách thủ tục đang cung cấp trực tuyến toàn trình, trực tuyến một phần. Danh sách này do ai rà soát, cập nhật lần cuối khi nào?',
					en: 'Ask for the list of administrative procedures the organisation handles and which are offered fully online or partly online. Who reviews the list, and when was it last updated?'
				},
				{
					vi: 'Chọn ngẫu nhiên hai, ba dịch vụ và thử thực hiện trên Cổng Dịch vụ công quốc gia: đăng nhập bằng VNeID, nộp hồ sơ, thanh toán phí, nhận kết quả điện tử có thực hiện được hết trên mạng không?',
					en: 'Pick two or three services at random and try them on the National Public Service Portal: can you sign in with VNeID, submit, pay fees and receive an electronic result entirely online?'
				},
				{
					vi: 'Những thủ tục chưa thể cung cấp toàn trình vướng ở đâu (quy định yêu cầu bản giấy, phải có mặt trực tiếp, chưa kết nối dữ liệu)? Đã kiến nghị sửa đổi chưa?',
					en: 'Where procedures cannot be offered fully online, what blocks them (rules requiring paper, in-person attendance, missing data connections)? Have changes been proposed?'
				},
				{
					vi: 'Hệ thống thông tin giải quyết thủ tục hành chính của cơ quan, địa phương có đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia không?',
					en: 'Does the organisation’s administrative procedure information system keep case status in sync with the National Public Service Portal?'
				}
			],
			descriptors: [
				{
					vi: 'Phần lớn thủ tục chỉ có thông tin hướng dẫn hoặc biểu mẫu tải về; rất ít dịch vụ cho phép nộp hồ sơ trực tuyến và chưa tích hợp với Cổng Dịch vụ công quốc gia.',
					en: 'Most procedures offer only guidance or downloadable forms; very few services accept online applications, and they are not integrated with the National Public Service Portal.'
				},
				{
					vi: 'Nhiều thủ tục cho phép nộp hồ sơ trực tuyến nhưng phần lớn chỉ là trực tuyến một phần (vẫn phải nộp bản giấy hoặc đến nhận kết quả); một số dịch vụ đã tích hợp trên Cổng Dịch vụ công quốc gia.',
					en: 'Many procedures accept online applications, but most are only partly online (paper copies or a visit to collect the result are still needed); some services are integrated on the National Public Service Portal.'
				},
				{
					vi: 'Các thủ tục đủ điều kiện đã được cung cấp trực tuyến toàn trình, tích hợp trên Cổng Dịch vụ công quốc gia, đăng nhập bằng VNeID, thanh toán trực tuyến và trả kết quả điện tử; danh mục được rà soát định kỳ, thủ tục chưa đủ điều kiện có lý do và kiến nghị xử lý bằng văn bản.',
					en: 'All eligible procedures are offered fully online and integrated on the National Public Service Portal, with VNeID sign-in, online payment and electronic results; the list is reviewed regularly, and procedures not yet eligible have written reasons and proposals for change.'
				},
				{
					vi: 'Ngoài các thủ tục đủ điều kiện, cơ quan, địa phương đã kiến nghị và được sửa đổi quy định để đưa thêm thủ tục lên trực tuyến toàn trình; dịch vụ được thiết kế lại theo nhu cầu người dùng thay vì số hóa nguyên trạng quy trình giấy; một số dịch vụ được cung cấp chủ động mà người dân không cần nộp hồ sơ.',
					en: 'Beyond the eligible procedures, the organisation has had rules changed to bring more procedures fully online; services are redesigned around users rather than copying paper processes; some services are delivered proactively, without the citizen having to apply.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Danh mục thủ tục hành chính và mức độ cung cấp trực tuyến của từng thủ tục',
					en: 'List of administrative procedures with the level of online provision of each'
				},
				{
					vi: 'Kết quả thử thực hiện một số dịch vụ trên Cổng Dịch vụ công quốc gia (ảnh chụp màn hình, ghi chép)',
					en: 'Results of test runs of some services on the National Public Service Portal (screenshots, notes)'
				},
				{
					vi: 'Văn bản kiến nghị sửa đổi quy định để cung cấp trực tuyến toàn trình',
					en: 'Proposals to amend rules so that procedures can be offered fully online'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính phối hợp với đơn vị chuyên trách về chuyển đổi số rà soát toàn bộ danh mục thủ tục, xác định thủ tục đủ điều kiện cung cấp trực tuyến toàn trình và lập lộ trình tích hợp lên Cổng Dịch vụ công quốc gia.',
					en: 'The administrative procedure control unit and the digital transformation unit should review all procedures, identify those eligible to go fully online, and set a timetable for integrating them on the National Public Service Portal.'
				},
				'2': {
					vi: 'Đơn vị chuyên trách hoàn thiện các chức năng còn thiếu (đăng nhập VNeID, thanh toán trực tuyến, trả kết quả điện tử) để chuyển các dịch vụ trực tuyến một phần thành toàn trình; đơn vị kiểm soát thủ tục hành chính ghi rõ lý do đối với thủ tục chưa thể chuyển.',
					en: 'The digital transformation unit should add what is missing (VNeID sign-in, online payment, electronic results) to turn partly online services into full-process ones; the procedure control unit should record why any procedure cannot yet be converted.'
				},
				'3': {
					vi: 'Lãnh đạo cơ quan, địa phương kiến nghị sửa đổi các quy định đang cản trở cung cấp trực tuyến toàn trình và giao đơn vị chuyên trách thí điểm thiết kế lại một số dịch vụ có nhiều hồ sơ theo nhu cầu người dùng, hướng tới cung cấp chủ động.',
					en: 'The organisation’s leadership should propose amendments to rules that block full-process online delivery, and have the digital transformation unit pilot a redesign of some high-volume services around users, aiming at proactive delivery.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị kiểm soát thủ tục hành chính cung cấp danh mục thủ tục kèm mức độ cung cấp trực tuyến của từng thủ tục; đoàn đánh giá thử thực hiện một số dịch vụ trên Cổng Dịch vụ công quốc gia.',
				en: 'Ask the administrative procedure control unit for the list of procedures with the level of online provision of each; assessors should test a few services on the National Public Service Portal.'
			}
		},
		{
			code: 'DG-2.2',
			label: { vi: 'Mức độ sử dụng dịch vụ', en: 'Take-up of online services' },
			text: {
				vi: 'Người dân, doanh nghiệp thực tế sử dụng dịch vụ công trực tuyến của cơ quan, địa phương anh/chị đến mức nào, và cơ quan, địa phương có theo dõi, thúc đẩy việc sử dụng không?',
				en: 'How much do citizens and businesses actually use your organisation’s online public services, and does the organisation track and promote their use?'
			},
			guidance: [
				{
					vi: 'Xin số liệu tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ, theo từng thủ tục, trong 12 tháng gần nhất. Số liệu lấy từ hệ thống hay do các đơn vị tự báo cáo?',
					en: 'Ask for the share of applications submitted online out of all applications, per procedure, over the last 12 months. Do the figures come from the system or from units’ own reports?'
				},
				{
					vi: 'Có bao nhiêu dịch vụ trực tuyến phát sinh rất ít hoặc không có hồ sơ? Đã tìm hiểu nguyên nhân chưa?',
					en: 'How many online services receive few or no applications? Has anyone found out why?'
				},
				{
					vi: 'Cẩn trọng với số liệu hồ sơ trực tuyến do cán bộ nộp hộ tại bộ phận một cửa: có được tách riêng không?',
					en: 'Be wary of online applications that staff at the one-stop desk submit on the applicant’s behalf: are they counted separately?'
				},
				{
					vi: 'Cơ quan, địa phương đã làm gì để tăng sử dụng (hướng dẫn, hỗ trợ tại chỗ, giảm phí, rút ngắn thời gian xử lý hồ sơ trực tuyến) và có đo được tác dụng không?',
					en: 'What has the organisation done to raise use (guidance, help on site, lower fees, faster handling of online applications), and has it measured the effect?'
				}
			],
			descriptors: [
				{
					vi: 'Không có số liệu tin cậy về số hồ sơ trực tuyến; hoặc phần lớn dịch vụ trực tuyến hầu như không phát sinh hồ sơ.',
					en: 'There are no reliable figures on online applications, or most online services receive almost no applications.'
				},
				{
					vi: 'Có số liệu tổng hợp về hồ sơ trực tuyến nhưng không chi tiết theo từng thủ tục hoặc không tách hồ sơ do cán bộ nộp hộ; chưa có biện pháp cụ thể cho các dịch vụ ít người dùng.',
					en: 'Overall figures on online applications exist but are not broken down by procedure or do not separate applications filed by staff for applicants; there are no specific measures for little-used services.'
				},
				{
					vi: 'Tỷ lệ hồ sơ trực tuyến được lấy từ hệ thống, theo dõi theo từng thủ tục và đạt chỉ tiêu trong kế hoạch; các dịch vụ ít người dùng được tìm hiểu nguyên nhân và có biện pháp thúc đẩy.',
					en: 'The share of online applications is taken from the system, tracked per procedure and meets the targets in the plan; the reasons behind little-used services are investigated and measures are taken to raise use.'
				},
				{
					vi: 'Với các thủ tục có nhiều hồ sơ, phần lớn hồ sơ được người dân, doanh nghiệp tự nộp trực tuyến; tác dụng của từng biện pháp thúc đẩy được đo lường; số liệu sử dụng theo từng dịch vụ được công bố công khai.',
					en: 'For high-volume procedures, most applications are filed online by citizens and businesses themselves; the effect of each promotion measure is measured; usage figures per service are published.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Số liệu hồ sơ trực tuyến theo từng thủ tục trong 12 tháng gần nhất, trích xuất từ hệ thống',
					en: 'Online application figures per procedure for the last 12 months, extracted from the system'
				},
				{
					vi: 'Kế hoạch hoặc báo cáo về các biện pháp thúc đẩy sử dụng dịch vụ công trực tuyến',
					en: 'Plan or report on measures to promote use of online public services'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị chuyên trách cấu hình hệ thống thông tin giải quyết thủ tục hành chính để thống kê tự động số hồ sơ trực tuyến theo từng thủ tục, tách riêng hồ sơ do cán bộ nộp hộ.',
					en: 'The digital transformation unit should configure the administrative procedure information system to count online applications per procedure automatically, separating those filed by staff on applicants’ behalf.'
				},
				'2': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính đặt chỉ tiêu sử dụng cho các thủ tục có nhiều hồ sơ, tìm hiểu nguyên nhân các dịch vụ ít người dùng và đề xuất biện pháp cụ thể cho từng dịch vụ.',
					en: 'The administrative procedure control unit should set usage targets for high-volume procedures, find out why some services are little used, and propose specific measures for each.'
				},
				'3': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính đo lường tác dụng của từng biện pháp thúc đẩy, tập trung vào các thủ tục có nhiều hồ sơ và công bố số liệu sử dụng theo từng dịch vụ.',
					en: 'The administrative procedure control unit should measure the effect of each promotion measure, focus on high-volume procedures, and publish usage figures per service.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị vận hành hệ thống thông tin giải quyết thủ tục hành chính trích xuất số hồ sơ trực tuyến và tổng số hồ sơ theo từng thủ tục trong 12 tháng gần nhất.',
				en: 'Ask the operator of the administrative procedure information system to extract online and total application counts per procedure for the last 12 months.'
			}
		},
		{
			code: 'DG-2.3',
			label: { vi: 'Nghiên cứu người dùng', en: 'User research and design' },
			text: {
				vi: 'Khi xây dựng hoặc cải tiến dịch vụ số, cơ quan, địa phương anh/chị có tìm hiểu nhu cầu và thử nghiệm với người dùng thực tế (người dân, doanh nghiệp, cán bộ sử dụng) không?',
				en: 'When building or improving digital services, does your organisation study user needs and test with real users (citizens, businesses, the staff who use them)?'
			},
			guidance: [
				{
					vi: 'Với hai dịch vụ hoặc hệ thống gần nhất: trước khi xây dựng có khảo sát, phỏng vấn, quan sát người dùng không? Có hồ sơ ghi lại không?',
					en: 'For the two most recent services or systems: were users surveyed, interviewed or observed before building them? Is there a record?'
				},
				{
					vi: 'Dịch vụ có được thử nghiệm với người dùng trước khi đưa vào vận hành chính thức không? Những góp ý nào đã dẫn đến thay đổi?',
					en: 'Was the service tested with users before going live? Which comments led to changes?'
				},
				{
					vi: 'Biểu mẫu điện tử có được rút gọn, dùng ngôn ngữ dễ hiểu, tự động điền thông tin đã có (từ tài khoản VNeID, cơ sở dữ liệu) không?',
					en: 'Are online forms shortened, written in plain language and pre-filled with information already held (from the VNeID account or databases)?'
				},
				{
					vi: 'Có hướng dẫn thiết kế dịch vụ hoặc yêu cầu về trải nghiệm người dùng trong hồ sơ mời thầu, hợp đồng thuê dịch vụ không?',
					en: 'Are there service design guidelines, or user-experience requirements in tender documents and service contracts?'
				}
			],
			descriptors: [
				{
					vi: 'Dịch vụ được xây dựng theo quy trình nghiệp vụ và yêu cầu của cơ quan; không có hoạt động tìm hiểu hay thử nghiệm với người dùng.',
					en: 'Services are built around internal processes and the agency’s requirements; users are neither studied nor involved in testing.'
				},
				{
					vi: 'Đôi khi có khảo sát hoặc lấy ý kiến người dùng, nhưng không theo quy trình và không có bằng chứng ý kiến đó làm thay đổi thiết kế; biểu mẫu điện tử vẫn giữ nguyên như bản giấy.',
					en: 'Users are sometimes surveyed or consulted, but not systematically and with no evidence that their views changed the design; online forms still copy the paper versions.'
				},
				{
					vi: 'Dịch vụ mới và dịch vụ được nâng cấp đều có bước tìm hiểu nhu cầu và thử nghiệm với người dùng được ghi nhận; yêu cầu về trải nghiệm người dùng có trong hồ sơ đầu tư, thuê dịch vụ; biểu mẫu được rút gọn và tự động điền thông tin đã có.',
					en: 'Every new or upgraded service includes documented user research and user testing; user-experience requirements appear in investment and service contracts; forms are shortened and pre-filled with information already held.'
				},
				{
					vi: 'Cơ quan, địa phương áp dụng bộ hướng dẫn thiết kế dịch vụ thống nhất; dịch vụ được cải tiến liên tục theo dữ liệu sử dụng và thử nghiệm với người dùng, kể cả nhóm yếu thế; có nhân sự hoặc nhóm được giao chuyên trách về thiết kế dịch vụ.',
					en: 'The organisation applies a common service design standard; services are improved continuously from usage data and user testing, including with disadvantaged groups; staff or a team are assigned specifically to service design.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Báo cáo khảo sát, phỏng vấn hoặc thử nghiệm người dùng của một dịch vụ gần đây',
					en: 'User research or user testing report for a recent service'
				},
				{
					vi: 'Yêu cầu về trải nghiệm người dùng trong hồ sơ mời thầu hoặc hợp đồng thuê dịch vụ',
					en: 'User-experience requirements in a tender document or service contract'
				},
				{
					vi: 'So sánh biểu mẫu điện tử với biểu mẫu giấy của một thủ tục',
					en: 'Comparison of a procedure’s online form with its paper form'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị chuyên trách chọn một dịch vụ có nhiều người dùng để thí điểm tìm hiểu nhu cầu và thử nghiệm với người dùng, ghi nhận kết quả và các thay đổi đã thực hiện.',
					en: 'The digital transformation unit should pick one high-use service to pilot user research and user testing, recording the findings and the changes made.'
				},
				'2': {
					vi: 'Lãnh đạo phụ trách chuyển đổi số quy định bắt buộc bước tìm hiểu nhu cầu và thử nghiệm với người dùng đối với mọi dịch vụ mới, nâng cấp; đơn vị chuyên trách đưa yêu cầu về trải nghiệm người dùng vào hồ sơ mời thầu, thuê dịch vụ.',
					en: 'The leader in charge of digital transformation should make user research and testing mandatory for every new or upgraded service; the lead unit should write user-experience requirements into tenders and service contracts.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách ban hành bộ hướng dẫn thiết kế dịch vụ, giao nhân sự chuyên trách về thiết kế dịch vụ và tổ chức thử nghiệm định kỳ với cả nhóm người dùng yếu thế.',
					en: 'The lead unit should issue a service design standard, assign staff to service design, and run regular testing that includes disadvantaged users.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị chuyên trách cung cấp hồ sơ tìm hiểu nhu cầu hoặc thử nghiệm người dùng của hai dịch vụ, hệ thống được xây dựng hoặc nâng cấp gần nhất.',
				en: 'Ask the lead unit for any user research or testing records from the two most recently built or upgraded services or systems.'
			}
		},
		{
			code: 'DG-2.4',
			label: { vi: 'Tiếp nhận, xử lý phản ánh', en: 'Handling user feedback' },
			text: {
				vi: 'Người dùng dịch vụ số của cơ quan, địa phương anh/chị có thể gửi phản ánh, kiến nghị dễ dàng không, và phản ánh có được trả lời đúng hạn, dùng để cải tiến dịch vụ không?',
				en: 'Can users of your organisation’s digital services easily send feedback and complaints, and is feedback answered on time and used to improve services?'
			},
			guidance: [
				{
					vi: 'Người dùng gửi phản ánh qua những kênh nào (chức năng phản ánh trên Cổng Dịch vụ công quốc gia, cổng thông tin, đường dây nóng, ứng dụng)? Thử gửi một phản ánh.',
					en: 'Through which channels can users send feedback (the feedback function of the National Public Service Portal, the organisation’s portal, a hotline, an app)? Try sending one.'
				},
				{
					vi: 'Có quy định thời hạn trả lời và đơn vị chịu trách nhiệm không? Xin số liệu: số phản ánh nhận được, tỷ lệ trả lời đúng hạn trong 12 tháng gần nhất.',
					en: 'Are there rules on response times and a responsible unit? Ask for figures: feedback received and share answered on time over the last 12 months.'
				},
				{
					vi: 'Phản ánh có được phân loại theo dịch vụ, nguyên nhân để tìm lỗi lặp lại không? Xin ví dụ một thay đổi của dịch vụ xuất phát từ phản ánh của người dùng.',
					en: 'Is feedback classified by service and cause to find recurring problems? Ask for an example of a service change that came from user feedback.'
				},
				{
					vi: 'Nội dung trả lời có được công khai để người khác tra cứu không?',
					en: 'Are the answers published so that others can look them up?'
				}
			],
			descriptors: [
				{
					vi: 'Không có kênh phản ánh riêng cho dịch vụ số, hoặc có kênh nhưng phản ánh không được theo dõi và thường không được trả lời.',
					en: 'There is no feedback channel for digital services, or there is one but feedback is not tracked and often goes unanswered.'
				},
				{
					vi: 'Có kênh tiếp nhận phản ánh và đơn vị trả lời, nhưng không theo dõi thời hạn; phản ánh được xử lý từng trường hợp, không được tổng hợp để cải tiến dịch vụ.',
					en: 'Feedback channels and a responding unit exist, but deadlines are not tracked; feedback is handled case by case and not analysed to improve services.'
				},
				{
					vi: 'Phản ánh được tiếp nhận qua các kênh thống nhất, có thời hạn trả lời, đơn vị chịu trách nhiệm và số liệu trả lời đúng hạn; phản ánh được tổng hợp định kỳ theo dịch vụ và nguyên nhân, gửi đơn vị quản lý dịch vụ để xử lý.',
					en: 'Feedback comes in through common channels with set response times, a responsible unit and figures on on-time answers; it is analysed regularly by service and cause, and sent to the units that own the services.'
				},
				{
					vi: 'Phần lớn phản ánh được trả lời đúng hạn và công khai; các lỗi lặp lại được khắc phục tận gốc, có ví dụ dịch vụ được sửa đổi từ phản ánh; người dùng được thông báo về những thay đổi đã thực hiện.',
					en: 'Most feedback is answered on time and the answers are published; recurring problems are fixed at the root, with examples of services changed because of feedback; users are told what has changed.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về dịch vụ số',
					en: 'Rules for receiving and handling feedback on digital services'
				},
				{
					vi: 'Số liệu phản ánh và tỷ lệ trả lời đúng hạn trong 12 tháng gần nhất',
					en: 'Feedback counts and on-time response rates for the last 12 months'
				},
				{
					vi: 'Báo cáo tổng hợp phản ánh theo dịch vụ, nguyên nhân và các thay đổi đã thực hiện',
					en: 'Analysis of feedback by service and cause, and the changes made as a result'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Lãnh đạo cơ quan, địa phương giao một đơn vị đầu mối tiếp nhận, trả lời phản ánh về dịch vụ số và công bố các kênh tiếp nhận trên mọi dịch vụ.',
					en: 'The organisation’s leadership should name one unit to receive and answer feedback on digital services, and show the feedback channels on every service.'
				},
				'2': {
					vi: 'Đơn vị đầu mối quy định thời hạn trả lời, theo dõi tỷ lệ trả lời đúng hạn và tổng hợp phản ánh định kỳ theo dịch vụ, nguyên nhân để gửi đơn vị quản lý dịch vụ xử lý.',
					en: 'The responsible unit should set response deadlines, track the on-time rate, and analyse feedback regularly by service and cause for the service owners to act on.'
				},
				'3': {
					vi: 'Đơn vị đầu mối công khai nội dung trả lời, theo dõi việc khắc phục các lỗi lặp lại đến khi xong và thông báo cho người dùng về các thay đổi đã thực hiện.',
					en: 'The responsible unit should publish its answers, follow recurring problems until they are fixed, and tell users about the changes made.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị đầu mối cung cấp quy chế xử lý phản ánh và số liệu phản ánh, trả lời đúng hạn trong 12 tháng gần nhất; đoàn đánh giá thử gửi một phản ánh.',
				en: 'Ask the responsible unit for its feedback rules and its feedback and on-time response figures for the last 12 months; assessors should send a test message.'
			}
		},
		{
			code: 'DG-2.5',
			label: { vi: 'Đo lường sự hài lòng', en: 'Satisfaction measurement' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị đo lường sự hài lòng của người dân, doanh nghiệp đối với dịch vụ công (trực tuyến và trực tiếp) như thế nào, và kết quả được sử dụng ra sao?',
				en: 'How does your organisation measure citizen and business satisfaction with its public services (online and in person), and how are the results used?'
			},
			guidance: [
				{
					vi: 'Sự hài lòng được đo bằng cách nào: đánh giá sau mỗi giao dịch, khảo sát định kỳ, chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia? Tần suất và cỡ mẫu ra sao?',
					en: 'How is satisfaction measured: ratings after each transaction, periodic surveys, the citizen and business service indicators on the National Public Service Portal? How often, and with what sample size?'
				},
				{
					vi: 'Kết quả có được tách theo từng dịch vụ, kênh (trực tuyến, trực tiếp) và nhóm người dùng không?',
					en: 'Are results broken down by service, by channel (online or in person) and by user group?'
				},
				{
					vi: 'Kết quả có được báo cáo cho lãnh đạo và dẫn đến hành động cụ thể không? Xin ví dụ.',
					en: 'Are results reported to the leadership, and do they lead to specific action? Ask for an example.'
				},
				{
					vi: 'Kết quả đo lường có do đơn vị độc lập thực hiện hoặc kiểm tra không, hay chỉ do chính đơn vị cung cấp dịch vụ tự đánh giá?',
					en: 'Is satisfaction measured or checked by someone independent, or only by the unit that provides the service?'
				}
			],
			descriptors: [
				{
					vi: 'Không đo lường sự hài lòng, hoặc chỉ có đánh giá chung không gắn với dịch vụ cụ thể và không được sử dụng.',
					en: 'Satisfaction is not measured, or only a general rating exists that is not linked to specific services and is not used.'
				},
				{
					vi: 'Có đánh giá sau giao dịch hoặc khảo sát định kỳ, nhưng số lượng phản hồi ít, kết quả không tách theo dịch vụ và ít khi được báo cáo lãnh đạo.',
					en: 'Post-transaction ratings or periodic surveys exist, but few people respond, results are not broken down by service and rarely reach the leadership.'
				},
				{
					vi: 'Sự hài lòng được đo thường xuyên cho từng dịch vụ và kênh, báo cáo định kỳ cho lãnh đạo; các dịch vụ có mức hài lòng thấp có kế hoạch cải thiện với đơn vị chịu trách nhiệm.',
					en: 'Satisfaction is measured regularly for each service and channel and reported to the leadership; services with low satisfaction have improvement plans with a responsible unit.'
				},
				{
					vi: 'Kết quả đo lường được theo dõi theo thời gian, so sánh giữa các dịch vụ, kênh và nhóm người dùng, được kiểm tra độc lập và công bố công khai; có bằng chứng mức hài lòng được cải thiện sau các biện pháp đã thực hiện.',
					en: 'Results are tracked over time, compared across services, channels and user groups, checked independently and published; there is evidence that satisfaction improved after the measures taken.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Kết quả đo lường sự hài lòng gần nhất, chi tiết theo dịch vụ',
					en: 'Latest satisfaction results, broken down by service'
				},
				{
					vi: 'Phương pháp đo lường (bảng hỏi, cách chọn mẫu, tần suất)',
					en: 'The measurement method (questionnaire, sampling, frequency)'
				},
				{
					vi: 'Kế hoạch cải thiện đối với các dịch vụ có mức hài lòng thấp',
					en: 'Improvement plans for services with low satisfaction'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính triển khai đánh giá sự hài lòng sau mỗi giao dịch cho các dịch vụ có nhiều người dùng, tận dụng chức năng đánh giá sẵn có trên Cổng Dịch vụ công quốc gia.',
					en: 'The administrative procedure control unit should introduce post-transaction satisfaction ratings for high-use services, using the rating function already on the National Public Service Portal.'
				},
				'2': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính tổng hợp kết quả theo từng dịch vụ và kênh, báo cáo định kỳ cho lãnh đạo và giao đơn vị quản lý dịch vụ lập kế hoạch cải thiện các dịch vụ có mức hài lòng thấp.',
					en: 'The procedure control unit should compile results by service and channel, report them to the leadership regularly, and have service owners draw up improvement plans for poorly rated services.'
				},
				'3': {
					vi: 'Lãnh đạo cơ quan, địa phương mời một đơn vị độc lập kiểm tra phương pháp và kết quả đo lường, công bố kết quả và theo dõi sự thay đổi sau các biện pháp cải thiện.',
					en: 'The organisation’s leadership should have an independent body check the method and results, publish the results, and track changes after improvement measures.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị kiểm soát thủ tục hành chính cung cấp kết quả đo lường sự hài lòng gần nhất và mô tả phương pháp đo lường.',
				en: 'Ask the administrative procedure control unit for the latest satisfaction results and a description of how they were measured.'
			}
		},
		{
			code: 'DG-2.6',
			label: { vi: 'Kênh tiếp cận, di động', en: 'Channels and mobile' },
			text: {
				vi: 'Người dân, doanh nghiệp có thể tiếp cận dịch vụ của cơ quan, địa phương anh/chị qua những kênh nào (trực tuyến, thiết bị di động, trực tiếp có hỗ trợ), và các kênh này có được phối hợp thống nhất không?',
				en: 'Through which channels can citizens and businesses reach your organisation’s services (online, mobile, in person with assistance), and do these channels work together consistently?'
			},
			guidance: [
				{
					vi: 'Mở thử hai, ba dịch vụ trên điện thoại di động: có hiển thị và thực hiện được đến cuối không? Có dịch vụ nào thực hiện được qua ứng dụng VNeID hoặc ứng dụng di động khác không?',
					en: 'Open two or three services on a mobile phone: do they display properly and can they be completed? Can any be used through the VNeID app or another mobile app?'
				},
				{
					vi: 'Tại bộ phận một cửa có cán bộ hoặc thiết bị hỗ trợ người dân tự nộp hồ sơ trực tuyến không? Với tỉnh, thành phố: hồ sơ có được tiếp nhận không phụ thuộc địa giới hành chính trong tỉnh không?',
					en: 'Does the one-stop desk have staff or equipment to help people file online themselves? For provinces: can applications be lodged anywhere in the province, regardless of administrative boundaries?'
				},
				{
					vi: 'Thông tin về thủ tục (thành phần hồ sơ, phí, thời hạn) có thống nhất giữa các kênh không? Người dân có theo dõi được tình trạng hồ sơ dù nộp qua kênh nào không?',
					en: 'Is information on procedures (documents needed, fees, time limits) the same on every channel? Can applicants follow their case whichever channel they used?'
				},
				{
					vi: 'Có số liệu về việc sử dụng từng kênh (máy tính, di động, trực tiếp) không?',
					en: 'Are there figures on the use of each channel (computer, mobile, in person)?'
				}
			],
			descriptors: [
				{
					vi: 'Dịch vụ chủ yếu được cung cấp trực tiếp; các trang trực tuyến khó dùng trên điện thoại di động; thông tin giữa các kênh không thống nhất.',
					en: 'Services are delivered mainly in person; online pages are hard to use on a mobile phone; information differs between channels.'
				},
				{
					vi: 'Có kênh trực tuyến và trực tiếp nhưng vận hành tách rời; một số dịch vụ dùng được trên di động; người dân không theo dõi được hồ sơ nộp qua kênh khác.',
					en: 'Online and in-person channels exist but run separately; some services work on mobile; applicants cannot follow a case lodged through another channel.'
				},
				{
					vi: 'Các dịch vụ trực tuyến chính dùng được trọn vẹn trên thiết bị di động; bộ phận một cửa hỗ trợ người dân tự nộp trực tuyến; thông tin thủ tục và tình trạng hồ sơ thống nhất trên mọi kênh; việc sử dụng từng kênh được thống kê.',
					en: 'The main online services can be completed on a mobile device; one-stop desks help people file online themselves; procedure information and case status are the same on every channel; use of each channel is counted.'
				},
				{
					vi: 'Dịch vụ được thiết kế ưu tiên cho thiết bị di động; người dùng có thể bắt đầu ở một kênh và hoàn tất ở kênh khác; cơ quan, địa phương dùng số liệu sử dụng các kênh để phân bổ lại nhân lực, thời gian phục vụ.',
					en: 'Services are designed mobile-first; users can start on one channel and finish on another; the organisation uses channel data to reallocate staff and opening hours.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Ghi chép thử nghiệm dịch vụ trên thiết bị di động (ảnh chụp màn hình)',
					en: 'Notes from testing services on a mobile device (screenshots)'
				},
				{
					vi: 'Số liệu sử dụng theo từng kênh',
					en: 'Usage figures by channel'
				},
				{
					vi: 'Quy định, hướng dẫn hỗ trợ nộp hồ sơ trực tuyến tại bộ phận một cửa',
					en: 'Rules or guidance on helping people file online at one-stop desks'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị chuyên trách rà soát và khắc phục hiển thị, thao tác trên thiết bị di động cho các dịch vụ có nhiều người dùng; đơn vị kiểm soát thủ tục hành chính thống nhất thông tin thủ tục trên mọi kênh.',
					en: 'The digital transformation unit should fix mobile display and use for high-use services; the administrative procedure control unit should make procedure information consistent on every channel.'
				},
				'2': {
					vi: 'Đơn vị chuyên trách kết nối các kênh vào một hệ thống quản lý hồ sơ chung để người dân theo dõi được tình trạng hồ sơ; bộ phận một cửa bố trí người và thiết bị hỗ trợ nộp trực tuyến; bắt đầu thống kê sử dụng theo kênh.',
					en: 'The lead unit should connect all channels to one case system so applicants can follow their case; one-stop desks should provide staff and equipment to help people file online; channel use should start being counted.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách thiết kế lại các dịch vụ chính theo hướng ưu tiên di động, cho phép chuyển tiếp giữa các kênh; lãnh đạo dùng số liệu sử dụng các kênh để phân bổ lại nhân lực phục vụ.',
					en: 'The lead unit should redesign the main services mobile-first and let users move between channels; the leadership should use channel data to reallocate front-line staff.'
				}
			},
			collectEvidence: {
				vi: 'Đoàn đánh giá thử thực hiện một số dịch vụ trên thiết bị di động và đề nghị đơn vị chuyên trách cung cấp số liệu sử dụng theo từng kênh.',
				en: 'Assessors should try a few services on a mobile device and ask the lead unit for usage figures by channel.'
			}
		},
		{
			code: 'DG-2.7',
			label: { vi: 'Tiếp cận, hòa nhập', en: 'Accessibility and inclusion' },
			text: {
				vi: 'Dịch vụ số của cơ quan, địa phương anh/chị có bảo đảm để người khuyết tật, người cao tuổi, đồng bào dân tộc thiểu số, người ở vùng sâu, vùng xa và người ít kỹ năng số sử dụng được, hoặc được hỗ trợ sử dụng, không?',
				en: 'Are your organisation’s digital services usable by, or supported for, people with disabilities, older people, ethnic minorities, people in remote areas and people with few digital skills?'
			},
			guidance: [
				{
					vi: 'Cổng thông tin, dịch vụ có được kiểm tra theo tiêu chuẩn, hướng dẫn về hỗ trợ người khuyết tật tiếp cận không? Ai kiểm tra, khi nào?',
					en: 'Have the portal and services been checked against accessibility standards or guidelines for people with disabilities? By whom, and when?'
				},
				{
					vi: 'Người không tự sử dụng được dịch vụ số được hỗ trợ ra sao (tổ công nghệ số cộng đồng, cán bộ hướng dẫn, nộp hộ, bưu điện)? Với tỉnh, thành phố: việc hỗ trợ tại cấp xã sau khi sắp xếp đơn vị hành chính ra sao?',
					en: 'How are people who cannot use digital services on their own helped (community digital technology teams, guidance staff, filing on their behalf, the post office)? For provinces: what help is available at commune level since the reorganisation?'
				},
				{
					vi: 'Có thông tin, hướng dẫn bằng tiếng dân tộc thiểu số hoặc hình thức dễ hiểu (video, hình ảnh) ở những nơi cần không?',
					en: 'Is information or guidance available in ethnic minority languages or easy formats (video, pictures) where needed?'
				},
				{
					vi: 'Kênh trực tiếp có được duy trì cho người không thể dùng dịch vụ số không? Có số liệu về các nhóm này không?',
					en: 'Is an in-person channel kept for people who cannot use digital services? Are there figures on these groups?'
				}
			],
			descriptors: [
				{
					vi: 'Chưa xem xét nhu cầu của các nhóm yếu thế; dịch vụ số chưa được kiểm tra về khả năng tiếp cận và không có hình thức hỗ trợ riêng.',
					en: 'The needs of disadvantaged groups have not been considered; digital services have not been checked for accessibility and there is no specific help.'
				},
				{
					vi: 'Có hỗ trợ tại chỗ ở một số nơi (hướng dẫn tại bộ phận một cửa, tổ công nghệ số cộng đồng) nhưng không đồng đều; chưa kiểm tra khả năng tiếp cận của dịch vụ số theo tiêu chuẩn.',
					en: 'Help is available in some places (guidance at one-stop desks, community digital technology teams) but unevenly; digital services have not been checked against accessibility standards.'
				},
				{
					vi: 'Các dịch vụ chính đã được kiểm tra khả năng tiếp cận và khắc phục lỗi chính; có hình thức hỗ trợ cho người không tự sử dụng được ở mọi điểm tiếp nhận; có hướng dẫn bằng hình thức dễ hiểu và ngôn ngữ phù hợp ở những nơi cần.',
					en: 'The main services have been checked for accessibility and the main problems fixed; help for those who cannot manage alone is available at every service point; guidance in easy formats and suitable languages is available where needed.'
				},
				{
					vi: 'Khả năng tiếp cận được kiểm tra định kỳ, có sự tham gia của người khuyết tật và các nhóm yếu thế; yêu cầu tiếp cận là điều kiện nghiệm thu dịch vụ mới; việc sử dụng dịch vụ của các nhóm yếu thế được theo dõi và khoảng cách được thu hẹp.',
					en: 'Accessibility is checked regularly with people with disabilities and other disadvantaged groups; accessibility is a condition for accepting new services; use of services by disadvantaged groups is tracked and the gap is narrowing.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Kết quả kiểm tra khả năng tiếp cận của cổng thông tin, dịch vụ',
					en: 'Accessibility test results for the portal and services'
				},
				{
					vi: 'Văn bản tổ chức hỗ trợ người dân tại bộ phận một cửa, tổ công nghệ số cộng đồng',
					en: 'Documents organising help at one-stop desks and community digital technology teams'
				},
				{
					vi: 'Tài liệu hướng dẫn bằng tiếng dân tộc thiểu số hoặc hình thức dễ hiểu',
					en: 'Guidance material in ethnic minority languages or easy formats'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị chuyên trách kiểm tra khả năng tiếp cận của cổng thông tin và các dịch vụ có nhiều người dùng; lãnh đạo giao bộ phận một cửa tổ chức hỗ trợ người không tự sử dụng được dịch vụ số.',
					en: 'The digital transformation unit should check the accessibility of the portal and high-use services; the leadership should task one-stop desks with helping people who cannot use digital services on their own.'
				},
				'2': {
					vi: 'Đơn vị chuyên trách khắc phục các lỗi về khả năng tiếp cận đã phát hiện; lãnh đạo bảo đảm có hình thức hỗ trợ ở mọi điểm tiếp nhận và biên soạn hướng dẫn dễ hiểu, bằng ngôn ngữ phù hợp cho những nơi cần.',
					en: 'The lead unit should fix the accessibility problems found; the leadership should make sure help is available at every service point and produce easy-to-follow guidance in suitable languages where needed.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách đưa yêu cầu về khả năng tiếp cận vào điều kiện nghiệm thu dịch vụ mới, tổ chức kiểm tra định kỳ với người khuyết tật và theo dõi việc sử dụng dịch vụ của các nhóm yếu thế.',
					en: 'The lead unit should make accessibility a condition for accepting new services, run regular tests with people with disabilities, and track use of services by disadvantaged groups.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị chuyên trách cho biết dịch vụ số đã được kiểm tra khả năng tiếp cận chưa, và đề nghị bộ phận một cửa mô tả cách hỗ trợ người không tự sử dụng được dịch vụ số.',
				en: 'Ask the lead unit whether digital services have been checked for accessibility, and ask the one-stop desk how it helps people who cannot use digital services on their own.'
			}
		}
	]
};
