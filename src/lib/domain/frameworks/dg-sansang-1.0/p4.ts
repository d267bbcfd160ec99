/**
 * dg-sansang-1.0, pillar DG-4: capabilities, culture and skills. Sẵn Sàng's own wording, adapted from
 * the 7-pillar structure of the World Bank DGRA as applied in Vietnam in 2018–2019; not World Bank text.
 */
import type { DgPillarInput } from '../schema';

export const p4: DgPillarInput = {
	code: 'DG-4',
	title: { vi: 'Năng lực, văn hóa và kỹ năng', en: 'Capabilities, culture and skills' },
	shortTitle: { vi: 'Năng lực, kỹ năng', en: 'Skills' },
	description: {
		vi: 'Con người và văn hóa làm việc cần có để chuyển đổi số thành công: kỹ năng số của lãnh đạo và cán bộ, công chức, viên chức, công tác đào tạo, bồi dưỡng, thu hút và giữ chân nhân lực chuyên môn về công nghệ, dữ liệu, an toàn thông tin, văn hóa đổi mới sáng tạo và năng lực quản lý các dịch vụ công nghệ thông tin đi thuê. Với tỉnh, thành phố, trụ cột này xem xét cả năng lực số của chính quyền cấp xã.',
		en: 'The people and working culture that digital transformation depends on: the digital skills of leaders and civil servants, training, recruiting and keeping technology, data and security specialists, a culture of innovation, and the ability to manage outsourced IT services. For provinces, the pillar also looks at the digital capacity of commune-level government.'
	},
	weight: 1,
	target: 3,
	questions: [
		{
			code: 'DG-4.1',
			label: { vi: 'Năng lực số của lãnh đạo', en: 'Leaders’ digital capability' },
			text: {
				vi: 'Lãnh đạo cơ quan, địa phương anh/chị và lãnh đạo các đơn vị trực thuộc có hiểu biết về chuyển đổi số và trực tiếp làm việc trên môi trường số (xử lý văn bản, ký số, điều hành dựa trên số liệu) đến mức nào?',
				en: 'How well do your organisation’s leaders and the heads of its units understand digital transformation, and how far do they work digitally themselves (handling documents, signing digitally, managing from data)?'
			},
			guidance: [
				{
					vi: 'Lãnh đạo đã tham gia các khóa bồi dưỡng về chuyển đổi số, dữ liệu, an toàn thông tin dành cho lãnh đạo chưa? Xin danh sách và thời gian.',
					en: 'Have leaders attended leadership courses on digital transformation, data and cybersecurity? Ask for the list and dates.'
				},
				{
					vi: 'Xem số liệu trên hệ thống quản lý văn bản: lãnh đạo tự xử lý và ký số văn bản trên hệ thống hay giao thư ký, chuyên viên thao tác thay?',
					en: 'Check the document management system: do leaders process and sign documents themselves, or do assistants do it for them?'
				},
				{
					vi: 'Trong các cuộc họp điều hành, lãnh đạo có dùng bảng theo dõi, số liệu từ hệ thống để ra quyết định không? Xin ví dụ.',
					en: 'In management meetings, do leaders use dashboards and system data to decide? Ask for an example.'
				},
				{
					vi: 'Hỏi lãnh đạo: ba ưu tiên chuyển đổi số của cơ quan, địa phương là gì và đang gặp khó khăn gì?',
					en: 'Ask a leader: what are the organisation’s three digital transformation priorities, and what is holding them back?'
				}
			],
			descriptors: [
				{
					vi: 'Phần lớn lãnh đạo chưa được bồi dưỡng về chuyển đổi số và ít khi trực tiếp làm việc trên hệ thống; công việc trên môi trường số do chuyên viên làm thay.',
					en: 'Most leaders have had no training on digital transformation and rarely use systems themselves; staff do their digital work for them.'
				},
				{
					vi: 'Một số lãnh đạo đã được bồi dưỡng và trực tiếp xử lý văn bản, ký số trên hệ thống, nhưng chưa đồng đều giữa các đơn vị; số liệu từ hệ thống ít được dùng trong điều hành.',
					en: 'Some leaders have been trained and process and sign documents in the system themselves, but this varies between units; system data is seldom used in management.'
				},
				{
					vi: 'Lãnh đạo cơ quan, địa phương và lãnh đạo các đơn vị đã được bồi dưỡng về chuyển đổi số; trực tiếp xử lý văn bản, ký số trên hệ thống; nêu được các ưu tiên chuyển đổi số và dùng số liệu trong các cuộc họp điều hành.',
					en: 'The organisation’s leaders and unit heads have had digital transformation training; they process and sign documents in the system themselves, can state the digital priorities and use data in management meetings.'
				},
				{
					vi: 'Lãnh đạo được bồi dưỡng định kỳ, cập nhật về công nghệ mới (dữ liệu, trí tuệ nhân tạo, an toàn thông tin); điều hành dựa trên bảng theo dõi số liệu là thông lệ; năng lực số là một tiêu chí khi đánh giá, bổ nhiệm cán bộ lãnh đạo.',
					en: 'Leaders receive regular refresher training on new technology (data, artificial intelligence, cybersecurity); managing from data dashboards is routine; digital capability is a criterion in appraising and appointing managers.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Danh sách lãnh đạo đã tham gia bồi dưỡng về chuyển đổi số',
					en: 'List of leaders who have attended digital transformation training'
				},
				{
					vi: 'Số liệu xử lý văn bản, ký số của lãnh đạo trên hệ thống quản lý văn bản',
					en: 'Figures on documents processed and signed by leaders in the document management system'
				},
				{
					vi: 'Ghi chép phỏng vấn lãnh đạo',
					en: 'Notes from the interview with a leader'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị tổ chức cán bộ lập kế hoạch bồi dưỡng về chuyển đổi số cho toàn bộ lãnh đạo cơ quan, địa phương và lãnh đạo các đơn vị trong năm tới; Văn phòng yêu cầu lãnh đạo trực tiếp xử lý văn bản trên hệ thống.',
					en: 'The personnel unit should plan digital transformation training for all the organisation’s leaders and unit heads within the next year; the office should ask leaders to process documents in the system themselves.'
				},
				'2': {
					vi: 'Người đứng đầu yêu cầu mọi lãnh đạo đơn vị trực tiếp xử lý, ký số văn bản trên hệ thống; đơn vị chuyên trách cung cấp số liệu từ hệ thống cho các cuộc họp điều hành.',
					en: 'The head of the organisation should require every unit head to process and sign documents in the system personally; the lead unit should supply system data for management meetings.'
				},
				'3': {
					vi: 'Đơn vị tổ chức cán bộ đưa năng lực số vào tiêu chí đánh giá, bổ nhiệm lãnh đạo và tổ chức bồi dưỡng cập nhật định kỳ về các công nghệ mới cho lãnh đạo.',
					en: 'The personnel unit should make digital capability a criterion for appraising and appointing managers, and organise regular refresher training on new technology for leaders.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị tổ chức cán bộ cung cấp danh sách lãnh đạo đã được bồi dưỡng về chuyển đổi số, và đề nghị Văn phòng cung cấp số liệu xử lý văn bản của lãnh đạo trên hệ thống.',
				en: 'Ask the personnel unit for the list of leaders trained in digital transformation, and the office for figures on leaders’ document handling in the system.'
			}
		},
		{
			code: 'DG-4.2',
			label: { vi: 'Kỹ năng số của công chức', en: 'Civil servants’ digital skills' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị có xác định yêu cầu kỹ năng số theo vị trí việc làm và đánh giá kỹ năng số thực tế của cán bộ, công chức, viên chức không?',
				en: 'Has your organisation set the digital skills each job requires, and does it assess the actual digital skills of its civil servants and public employees?'
			},
			guidance: [
				{
					vi: 'Có khung hoặc danh mục kỹ năng số áp dụng cho cán bộ, công chức, viên chức không? Bản mô tả vị trí việc làm có nêu yêu cầu kỹ năng số không?',
					en: 'Is there a digital skills framework or list for civil servants and public employees? Do job descriptions state the digital skills required?'
				},
				{
					vi: 'Kỹ năng số đã được đánh giá bằng cách nào (khảo sát tự đánh giá, bài kiểm tra, số liệu sử dụng hệ thống)? Lần gần nhất khi nào, kết quả ra sao?',
					en: 'How have digital skills been assessed (self-assessment survey, tests, system usage data)? When was the last assessment, and what did it find?'
				},
				{
					vi: 'Kết quả có chỉ ra nhóm, đơn vị còn yếu và được dùng để lập kế hoạch đào tạo không?',
					en: 'Do the results show which groups and units are weakest, and are they used to plan training?'
				},
				{
					vi: 'Cơ quan, địa phương có tham gia các phong trào phổ cập kỹ năng số (như phong trào “Bình dân học vụ số”) và theo dõi kết quả với cán bộ của mình không?',
					en: 'Does the organisation take part in national digital literacy campaigns (such as the “Bình dân học vụ số” movement) and track the results among its own staff?'
				}
			],
			descriptors: [
				{
					vi: 'Chưa xác định yêu cầu kỹ năng số và chưa đánh giá kỹ năng số của cán bộ, công chức, viên chức.',
					en: 'No digital skill requirements have been set, and staff digital skills have not been assessed.'
				},
				{
					vi: 'Có yêu cầu chung về kỹ năng số nhưng chưa gắn với vị trí việc làm; đã có khảo sát tự đánh giá một lần nhưng kết quả chưa được dùng để lập kế hoạch đào tạo.',
					en: 'General digital skill requirements exist but are not linked to jobs; a one-off self-assessment survey has been done, but its results have not been used to plan training.'
				},
				{
					vi: 'Yêu cầu kỹ năng số được xác định theo nhóm vị trí việc làm; kỹ năng số được đánh giá định kỳ bằng phương pháp có kiểm chứng (bài kiểm tra hoặc số liệu sử dụng hệ thống); kết quả chỉ ra nhóm còn yếu và là căn cứ lập kế hoạch đào tạo.',
					en: 'Digital skill requirements are set for each group of jobs; skills are assessed regularly with a verifiable method (tests or system usage data); results identify the weakest groups and drive the training plan.'
				},
				{
					vi: 'Yêu cầu kỹ năng số được đưa vào tuyển dụng, đánh giá hằng năm và bản mô tả vị trí việc làm; kết quả đánh giá theo thời gian cho thấy khoảng cách kỹ năng được thu hẹp; yêu cầu được cập nhật theo công nghệ mới.',
					en: 'Digital skill requirements are built into recruitment, annual appraisal and job descriptions; repeated assessments show the skills gap narrowing; requirements are updated as technology changes.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Khung hoặc danh mục kỹ năng số áp dụng tại cơ quan, địa phương',
					en: 'The digital skills framework or list used by the organisation'
				},
				{
					vi: 'Kết quả đánh giá kỹ năng số gần nhất',
					en: 'Results of the latest digital skills assessment'
				},
				{
					vi: 'Bản mô tả vị trí việc làm có yêu cầu kỹ năng số',
					en: 'Job descriptions that state digital skill requirements'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị tổ chức cán bộ phối hợp với đơn vị chuyên trách về chuyển đổi số xác định yêu cầu kỹ năng số tối thiểu cho từng nhóm vị trí việc làm và tổ chức đánh giá kỹ năng số ban đầu.',
					en: 'The personnel unit and the digital transformation unit should set minimum digital skill requirements for each group of jobs and run a baseline skills assessment.'
				},
				'2': {
					vi: 'Đơn vị tổ chức cán bộ đánh giá kỹ năng số định kỳ bằng bài kiểm tra hoặc số liệu sử dụng hệ thống và dùng kết quả để lập kế hoạch đào tạo cho các nhóm còn yếu.',
					en: 'The personnel unit should assess digital skills regularly through tests or system usage data and use the results to plan training for the weakest groups.'
				},
				'3': {
					vi: 'Đơn vị tổ chức cán bộ đưa yêu cầu kỹ năng số vào tuyển dụng, đánh giá hằng năm và bản mô tả vị trí việc làm, cập nhật yêu cầu theo công nghệ mới.',
					en: 'The personnel unit should build digital skill requirements into recruitment, annual appraisal and job descriptions, and update them as technology changes.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị tổ chức cán bộ cho biết đã có yêu cầu kỹ năng số theo vị trí việc làm chưa và cung cấp kết quả đánh giá kỹ năng số gần nhất, nếu có.',
				en: 'Ask the personnel unit whether digital skill requirements have been set by job, and for the results of the latest skills assessment, if any.'
			}
		},
		{
			code: 'DG-4.3',
			label: { vi: 'Đào tạo, bồi dưỡng', en: 'Training' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị có kế hoạch đào tạo, bồi dưỡng kỹ năng số hằng năm dựa trên nhu cầu thực tế, được thực hiện đầy đủ và đánh giá hiệu quả không?',
				en: 'Does your organisation have a yearly digital skills training plan based on actual needs, carried out in full and evaluated for effect?'
			},
			guidance: [
				{
					vi: 'Xin kế hoạch đào tạo, bồi dưỡng về kỹ năng số năm hiện hành và báo cáo kết quả năm trước: số lượt, nhóm đối tượng, nội dung, kinh phí.',
					en: 'Ask for this year’s digital skills training plan and last year’s results: number of participants, target groups, topics, budget.'
				},
				{
					vi: 'Nội dung đào tạo xuất phát từ kết quả đánh giá kỹ năng hay theo các khóa sẵn có? Có đào tạo chuyên sâu cho cán bộ chuyên trách (dữ liệu, an toàn thông tin, quản lý dự án) không?',
					en: 'Is training content based on skills assessments or on whatever courses are available? Is there specialist training for IT staff (data, cybersecurity, project management)?'
				},
				{
					vi: 'Có sử dụng các nền tảng học trực tuyến để cán bộ tự học không, và có theo dõi việc hoàn thành không?',
					en: 'Are online learning platforms used for self-study, and is completion tracked?'
				},
				{
					vi: 'Sau đào tạo có đánh giá cán bộ áp dụng được vào công việc không (ví dụ mức sử dụng hệ thống thay đổi)?',
					en: 'After training, is there any check that staff apply what they learned (for example, a change in system use)?'
				}
			],
			descriptors: [
				{
					vi: 'Không có kế hoạch đào tạo kỹ năng số riêng; cán bộ chỉ được hướng dẫn sử dụng khi có hệ thống mới.',
					en: 'There is no digital skills training plan; staff are shown how to use new systems only when they arrive.'
				},
				{
					vi: 'Có kế hoạch đào tạo hằng năm nhưng chủ yếu là các lớp tập huấn chung, không dựa trên đánh giá nhu cầu; chỉ theo dõi số lượt tham gia.',
					en: 'There is a yearly training plan, but it consists mostly of general sessions not based on assessed needs; only attendance is counted.'
				},
				{
					vi: 'Kế hoạch đào tạo hằng năm dựa trên đánh giá nhu cầu, có nội dung riêng cho lãnh đạo, cán bộ nghiệp vụ và cán bộ chuyên trách; kết hợp học trực tuyến với theo dõi hoàn thành; được thực hiện đầy đủ và có kinh phí.',
					en: 'The yearly training plan is based on assessed needs, with separate content for leaders, line staff and IT specialists; it combines online learning with completion tracking, is carried out in full and is funded.'
				},
				{
					vi: 'Hiệu quả đào tạo được đánh giá qua thay đổi trong công việc (mức sử dụng hệ thống, chất lượng xử lý); nội dung được điều chỉnh theo kết quả đánh giá; cán bộ chuyên trách có lộ trình đào tạo chuyên sâu và chứng chỉ nghề nghiệp.',
					en: 'Training is evaluated by changes in work (system use, quality of case handling); content is adjusted accordingly; IT specialists have an in-depth learning path and professional certifications.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Kế hoạch đào tạo, bồi dưỡng kỹ năng số năm hiện hành',
					en: 'This year’s digital skills training plan'
				},
				{
					vi: 'Báo cáo kết quả đào tạo năm trước (số lượt, nội dung, kinh phí)',
					en: 'Report on last year’s training (participants, topics, budget)'
				},
				{
					vi: 'Số liệu hoàn thành khóa học trên nền tảng học trực tuyến',
					en: 'Course completion figures from the online learning platform'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị tổ chức cán bộ lập kế hoạch đào tạo, bồi dưỡng kỹ năng số hằng năm có kinh phí, ưu tiên các kỹ năng cần cho hệ thống và quy trình đang triển khai.',
					en: 'The personnel unit should draw up a funded yearly digital skills training plan, giving priority to the skills needed for the systems and processes being rolled out.'
				},
				'2': {
					vi: 'Đơn vị tổ chức cán bộ xây dựng kế hoạch đào tạo dựa trên kết quả đánh giá kỹ năng, tách nội dung cho lãnh đạo, cán bộ nghiệp vụ và cán bộ chuyên trách, sử dụng nền tảng học trực tuyến và theo dõi hoàn thành.',
					en: 'The personnel unit should base the training plan on skills assessments, with separate content for leaders, line staff and IT specialists, using online learning and tracking completion.'
				},
				'3': {
					vi: 'Đơn vị tổ chức cán bộ đánh giá hiệu quả đào tạo qua thay đổi trong công việc, điều chỉnh nội dung theo kết quả và xây dựng lộ trình đào tạo chuyên sâu cho cán bộ chuyên trách.',
					en: 'The personnel unit should evaluate training through changes in work, adjust content accordingly, and set up an in-depth learning path for IT specialists.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị tổ chức cán bộ cung cấp kế hoạch đào tạo kỹ năng số năm hiện hành và báo cáo kết quả đào tạo năm trước.',
				en: 'Ask the personnel unit for this year’s digital skills training plan and last year’s training report.'
			}
		},
		{
			code: 'DG-4.4',
			label: { vi: 'Nhân lực chuyên môn', en: 'Specialist staff' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị có đủ nhân lực chuyên môn về công nghệ thông tin, dữ liệu và an toàn thông tin, và có chính sách để thu hút, giữ chân họ không?',
				en: 'Does your organisation have enough technology, data and cybersecurity specialists, and does it have policies to attract and keep them?'
			},
			guidance: [
				{
					vi: 'Đơn vị chuyên trách và các đơn vị khác có bao nhiêu người chuyên môn về công nghệ thông tin, dữ liệu, an toàn thông tin? So với nhu cầu theo vị trí việc làm thì thiếu bao nhiêu?',
					en: 'How many technology, data and cybersecurity specialists do the lead unit and other units have? How many short is that of the posts required?'
				},
				{
					vi: 'Trong ba năm gần nhất đã tuyển được bao nhiêu người, bao nhiêu người nghỉ việc hoặc chuyển đi? Lý do nghỉ việc chủ yếu là gì?',
					en: 'Over the last three years, how many were recruited and how many left or transferred? What were the main reasons for leaving?'
				},
				{
					vi: 'Có chính sách hỗ trợ, đãi ngộ riêng (phụ cấp, thu nhập tăng thêm, điều kiện làm việc, cơ hội đào tạo) cho nhân lực chuyên môn không, theo chủ trương của Nghị quyết 57-NQ/TW?',
					en: 'Are there specific incentives (allowances, additional income, working conditions, training opportunities) for specialists, in line with Resolution 57-NQ/TW?'
				},
				{
					vi: 'Có cơ chế huy động chuyên gia bên ngoài (hợp đồng chuyên gia, biệt phái, hợp tác với trường đại học, doanh nghiệp) khi thiếu người không?',
					en: 'Is there a way to bring in outside experts (expert contracts, secondments, partnerships with universities or businesses) when staff are short?'
				}
			],
			descriptors: [
				{
					vi: 'Không có hoặc chỉ có một, hai người phụ trách công nghệ thông tin, chủ yếu kiêm nhiệm; không có chuyên môn về dữ liệu, an toàn thông tin.',
					en: 'There are no IT staff, or only one or two, mostly with other duties; there is no data or cybersecurity expertise.'
				},
				{
					vi: 'Có đội ngũ chuyên môn nhưng thiếu so với nhu cầu, đặc biệt về dữ liệu và an toàn thông tin; tuyển dụng khó khăn, nhiều người nghỉ việc; chưa có chính sách đãi ngộ riêng.',
					en: 'There is a specialist team, but it is short of what is needed, especially in data and cybersecurity; recruitment is difficult and turnover high; there are no specific incentives.'
				},
				{
					vi: 'Nhu cầu nhân lực chuyên môn được xác định theo vị trí việc làm và phần lớn đã được đáp ứng, có người chuyên trách về dữ liệu và an toàn thông tin; có chính sách đãi ngộ riêng được áp dụng; số người nghỉ việc được theo dõi.',
					en: 'Specialist staffing needs are set by job and mostly filled, including dedicated data and cybersecurity staff; specific incentives are in place; departures are tracked.'
				},
				{
					vi: 'Đội ngũ chuyên môn đủ về số lượng và cơ cấu theo kế hoạch; chính sách đãi ngộ giúp giữ được người giỏi, số người nghỉ việc thấp và ổn định; có cơ chế huy động chuyên gia bên ngoài và lộ trình phát triển nghề nghiệp cho nhân lực chuyên môn.',
					en: 'The specialist team matches the planned numbers and mix; incentives keep skilled people and turnover is low and stable; outside experts can be brought in, and specialists have a career path.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Số liệu nhân lực chuyên môn hiện có so với nhu cầu theo vị trí việc làm',
					en: 'Current specialist staff numbers compared with the posts required'
				},
				{
					vi: 'Số liệu tuyển dụng và nghỉ việc trong ba năm gần nhất',
					en: 'Recruitment and departure figures for the last three years'
				},
				{
					vi: 'Văn bản về chính sách hỗ trợ, đãi ngộ nhân lực chuyên môn',
					en: 'Documents on incentives for specialist staff'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị tổ chức cán bộ xác định nhu cầu nhân lực chuyên môn về công nghệ thông tin, dữ liệu, an toàn thông tin theo vị trí việc làm và bố trí ngay người chuyên trách cho đơn vị đầu mối.',
					en: 'The personnel unit should set technology, data and cybersecurity staffing needs by job and immediately assign full-time staff to the lead unit.'
				},
				'2': {
					vi: 'Lãnh đạo cơ quan, địa phương ban hành chính sách hỗ trợ, đãi ngộ riêng cho nhân lực chuyên môn; đơn vị tổ chức cán bộ lập kế hoạch tuyển dụng, ưu tiên dữ liệu và an toàn thông tin, và theo dõi số người nghỉ việc.',
					en: 'The organisation’s leadership should adopt specific incentives for specialists; the personnel unit should plan recruitment, giving priority to data and cybersecurity, and track departures.'
				},
				'3': {
					vi: 'Đơn vị tổ chức cán bộ xây dựng lộ trình phát triển nghề nghiệp cho nhân lực chuyên môn và cơ chế huy động chuyên gia bên ngoài, rà soát hiệu quả chính sách đãi ngộ hằng năm.',
					en: 'The personnel unit should create a career path for specialists and a way to bring in outside experts, and review the effect of incentives every year.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị tổ chức cán bộ cung cấp số liệu nhân lực chuyên môn hiện có, nhu cầu theo vị trí việc làm và số liệu tuyển dụng, nghỉ việc trong ba năm gần nhất.',
				en: 'Ask the personnel unit for current specialist numbers, required posts, and recruitment and departure figures for the last three years.'
			}
		},
		{
			code: 'DG-4.5',
			label: { vi: 'Văn hóa đổi mới sáng tạo', en: 'Innovation culture' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị có khuyến khích cán bộ đề xuất, thử nghiệm cách làm mới trên môi trường số, và có cơ chế để thử nghiệm, nhân rộng những sáng kiến thành công không?',
				en: 'Does your organisation encourage staff to propose and try new digital ways of working, and does it have a way to pilot ideas and scale up those that succeed?'
			},
			guidance: [
				{
					vi: 'Trong hai năm gần nhất có những sáng kiến, thí điểm nào về ứng dụng công nghệ số do cán bộ đề xuất? Sáng kiến nào đã được nhân rộng?',
					en: 'What digital initiatives or pilots have staff proposed in the last two years? Which were scaled up?'
				},
				{
					vi: 'Có quy trình tiếp nhận, đánh giá sáng kiến, kinh phí và thời gian dành cho thử nghiệm không? Có cơ chế chấp nhận rủi ro, miễn trừ trách nhiệm khi thử nghiệm không thành công theo chủ trương của Nghị quyết 57-NQ/TW không?',
					en: 'Is there a process for receiving and assessing ideas, with time and money for pilots? Is there tolerance of risk, and protection from blame when a well-run pilot fails, as Resolution 57-NQ/TW encourages?'
				},
				{
					vi: 'Có hợp tác với doanh nghiệp công nghệ, trường đại học, cộng đồng khởi nghiệp để cùng giải quyết bài toán của cơ quan, địa phương không (ví dụ: đặt hàng giải pháp, cuộc thi)?',
					en: 'Does the organisation work with technology companies, universities or start-ups on its problems (for example challenge-based procurement or competitions)?'
				},
				{
					vi: 'Kinh nghiệm, giải pháp có được chia sẻ giữa các đơn vị và với cơ quan, địa phương khác không?',
					en: 'Are lessons and solutions shared between units and with other organisations?'
				}
			],
			descriptors: [
				{
					vi: 'Cách làm mới chỉ được triển khai khi có chỉ đạo của cấp trên; không có kênh tiếp nhận sáng kiến; cán bộ ngại đề xuất vì sợ sai.',
					en: 'New ways of working come only on instruction from above; there is no channel for ideas; staff avoid proposing anything for fear of mistakes.'
				},
				{
					vi: 'Có một số sáng kiến, thí điểm đơn lẻ do cá nhân chủ động, nhưng không có quy trình, kinh phí cho thử nghiệm; sáng kiến ít khi được đánh giá hoặc nhân rộng.',
					en: 'There are some isolated ideas and pilots driven by individuals, but no process or budget for experiments; ideas are rarely evaluated or scaled up.'
				},
				{
					vi: 'Có quy trình tiếp nhận, đánh giá sáng kiến và nguồn lực cho thử nghiệm; thí điểm có mục tiêu và được đánh giá; ít nhất một sáng kiến đã được nhân rộng trong cơ quan, địa phương; sáng kiến được ghi nhận, khen thưởng.',
					en: 'There is a process for receiving and assessing ideas and resources for pilots; pilots have goals and are evaluated; at least one idea has been scaled up across the organisation; good ideas are recognised and rewarded.'
				},
				{
					vi: 'Thử nghiệm là cách làm thường xuyên, có cơ chế chấp nhận rủi ro được quy định bằng văn bản; cơ quan, địa phương hợp tác với doanh nghiệp, trường đại học để giải quyết bài toán cụ thể; giải pháp được chia sẻ và được nơi khác áp dụng.',
					en: 'Experimenting is routine, with risk tolerance set out in writing; the organisation works with businesses and universities on specific problems; its solutions are shared and adopted elsewhere.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Danh sách sáng kiến, thí điểm về ứng dụng công nghệ số trong hai năm gần nhất và kết quả',
					en: 'List of digital initiatives and pilots in the last two years, with their results'
				},
				{
					vi: 'Quy chế tiếp nhận, đánh giá, khen thưởng sáng kiến',
					en: 'Rules for receiving, assessing and rewarding ideas'
				},
				{
					vi: 'Thỏa thuận hợp tác với doanh nghiệp, trường đại học về giải pháp số',
					en: 'Partnership agreements with businesses or universities on digital solutions'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Lãnh đạo cơ quan, địa phương mở kênh tiếp nhận sáng kiến về ứng dụng công nghệ số và giao đơn vị chuyên trách chọn một, hai sáng kiến để thí điểm có mục tiêu cụ thể.',
					en: 'The organisation’s leadership should open a channel for digital ideas and have the lead unit choose one or two to pilot with specific goals.'
				},
				'2': {
					vi: 'Đơn vị chuyên trách xây dựng quy trình đánh giá sáng kiến, bố trí kinh phí và thời gian cho thử nghiệm, đánh giá kết quả thí điểm và đề xuất nhân rộng; đơn vị thi đua, khen thưởng ghi nhận các sáng kiến thành công.',
					en: 'The lead unit should set up a process for assessing ideas, provide time and money for pilots, evaluate them and propose scaling up; the awards unit should recognise successful ideas.'
				},
				'3': {
					vi: 'Người đứng đầu ban hành quy định về chấp nhận rủi ro trong thử nghiệm; đơn vị chuyên trách mở rộng hợp tác với doanh nghiệp, trường đại học và chia sẻ giải pháp cho cơ quan, địa phương khác.',
					en: 'The head of the organisation should issue rules on accepting risk in experiments; the lead unit should extend partnerships with businesses and universities and share its solutions with other organisations.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị chuyên trách cung cấp danh sách sáng kiến, thí điểm về ứng dụng công nghệ số trong hai năm gần nhất và kết quả của từng sáng kiến.',
				en: 'Ask the lead unit for the list of digital initiatives and pilots in the last two years and what became of each.'
			}
		},
		{
			code: 'DG-4.6',
			label: { vi: 'Quản lý thuê dịch vụ', en: 'Managing outsourced IT' },
			text: {
				vi: 'Khi thuê dịch vụ công nghệ thông tin hoặc thuê doanh nghiệp xây dựng, vận hành hệ thống, cơ quan, địa phương anh/chị có đủ năng lực để xác định yêu cầu, giám sát chất lượng và tránh phụ thuộc vào một nhà cung cấp không?',
				en: 'When your organisation buys IT services or contracts companies to build and run systems, does it have the capability to specify requirements, monitor quality and avoid dependence on a single supplier?'
			},
			guidance: [
				{
					vi: 'Xem hai hợp đồng thuê dịch vụ hoặc thuê vận hành gần nhất: có cam kết chất lượng dịch vụ đo được (thời gian sẵn sàng, thời gian khắc phục sự cố) và chế tài không?',
					en: 'Look at the two most recent service or operations contracts: do they include measurable service levels (availability, fix times) and penalties?'
				},
				{
					vi: 'Hợp đồng có quy định quyền sở hữu dữ liệu, mã nguồn (nếu có), tài liệu kỹ thuật và nghĩa vụ bàn giao khi kết thúc hợp đồng không?',
					en: 'Do the contracts settle ownership of data, source code (where relevant) and technical documentation, and the supplier’s duties at hand-over when the contract ends?'
				},
				{
					vi: 'Ai trong cơ quan, địa phương theo dõi việc thực hiện cam kết chất lượng? Có báo cáo định kỳ của nhà cung cấp không, và có được kiểm tra không?',
					en: 'Who in the organisation checks that service levels are met? Does the supplier report regularly, and are the reports checked?'
				},
				{
					vi: 'Cơ quan, địa phương có tự vận hành, xử lý được sự cố cơ bản hoặc chuyển sang nhà cung cấp khác nếu cần không?',
					en: 'Could the organisation handle basic incidents itself, or switch supplier if it had to?'
				}
			],
			descriptors: [
				{
					vi: 'Yêu cầu trong hợp đồng do nhà cung cấp đề xuất; không có cam kết chất lượng dịch vụ đo được; cơ quan, địa phương không nắm được dữ liệu, tài liệu kỹ thuật và phụ thuộc hoàn toàn vào nhà cung cấp.',
					en: 'Contract requirements are written by the supplier; there are no measurable service levels; the organisation does not control its data or technical documentation and depends entirely on the supplier.'
				},
				{
					vi: 'Hợp đồng có một số cam kết chất lượng nhưng không được theo dõi thường xuyên; quyền sở hữu dữ liệu và nghĩa vụ bàn giao chưa được quy định rõ.',
					en: 'Contracts contain some service levels, but they are not monitored regularly; data ownership and hand-over duties are not clearly set out.'
				},
				{
					vi: 'Cơ quan, địa phương tự xác định yêu cầu; hợp đồng có cam kết chất lượng đo được, chế tài, quy định rõ quyền sở hữu dữ liệu, tài liệu và nghĩa vụ bàn giao; có người được giao theo dõi cam kết chất lượng dựa trên báo cáo định kỳ.',
					en: 'The organisation writes its own requirements; contracts include measurable service levels, penalties, clear data and documentation ownership and hand-over duties; a named person monitors service levels from regular reports.'
				},
				{
					vi: 'Việc thực hiện cam kết chất lượng được kiểm tra độc lập với báo cáo của nhà cung cấp và chế tài đã được áp dụng khi vi phạm; cơ quan, địa phương đủ năng lực tiếp nhận, chuyển đổi nhà cung cấp và đã thực hiện ít nhất một lần bàn giao hoặc chuyển đổi thành công.',
					en: 'Service levels are verified independently of supplier reports, and penalties have been applied when breached; the organisation can take over or switch suppliers and has completed at least one successful hand-over or switch.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Hai hợp đồng thuê dịch vụ công nghệ thông tin gần nhất',
					en: 'The two most recent IT service contracts'
				},
				{
					vi: 'Báo cáo định kỳ của nhà cung cấp và biên bản kiểm tra cam kết chất lượng',
					en: 'Supplier’s regular reports and records of service-level checks'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị chuyên trách xây dựng mẫu yêu cầu và điều khoản hợp đồng thuê dịch vụ công nghệ thông tin, bao gồm cam kết chất lượng đo được, quyền sở hữu dữ liệu và nghĩa vụ bàn giao.',
					en: 'The lead unit should draw up template requirements and contract clauses for IT services, covering measurable service levels, data ownership and hand-over duties.'
				},
				'2': {
					vi: 'Lãnh đạo giao người theo dõi từng hợp đồng; đơn vị chuyên trách yêu cầu nhà cung cấp báo cáo định kỳ và kiểm tra việc thực hiện cam kết chất lượng.',
					en: 'The leadership should name someone to manage each contract; the lead unit should require regular supplier reports and check service levels against them.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách kiểm tra cam kết chất lượng độc lập với báo cáo của nhà cung cấp, áp dụng chế tài khi vi phạm và lập phương án tiếp nhận, chuyển đổi nhà cung cấp cho các hệ thống quan trọng.',
					en: 'The lead unit should verify service levels independently of supplier reports, apply penalties when they are breached, and prepare take-over or switching plans for critical systems.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị chuyên trách cung cấp hai hợp đồng thuê dịch vụ công nghệ thông tin gần nhất và báo cáo theo dõi cam kết chất lượng tương ứng.',
				en: 'Ask the lead unit for its two most recent IT service contracts and the related service-level monitoring reports.'
			}
		},
		{
			code: 'DG-4.7',
			label: { vi: 'Năng lực số cấp xã', en: 'Commune-level capacity' },
			text: {
				vi: 'Sau khi tổ chức chính quyền địa phương hai cấp, các xã, phường, đặc khu của tỉnh, thành phố anh/chị có đủ cán bộ có kỹ năng số, trang thiết bị và hạ tầng để giải quyết thủ tục hành chính và điều hành trên môi trường số không?',
				en: 'Since two-tier local government was introduced, do the communes, wards and special zones of your province have enough digitally skilled staff, equipment and connectivity to handle administrative procedures and run their business digitally?'
			},
			guidance: [
				{
					vi: 'Tỉnh, thành phố đã khảo sát năng lực số của cấp xã (nhân lực, thiết bị, đường truyền, chữ ký số) sau ngày 1 tháng 7 năm 2025 chưa? Xin kết quả.',
					en: 'Has the province surveyed commune-level digital capacity (staff, equipment, connectivity, digital signatures) since 1 July 2025? Ask for the results.'
				},
				{
					vi: 'Mỗi xã có người được giao phụ trách chuyển đổi số không? Cán bộ bộ phận một cửa cấp xã đã được đào tạo sử dụng hệ thống thông tin giải quyết thủ tục hành chính chưa?',
					en: 'Does each commune have someone in charge of digital transformation? Have commune one-stop staff been trained on the administrative procedure information system?'
				},
				{
					vi: 'So sánh số liệu hồ sơ trực tuyến, tỷ lệ xử lý đúng hạn giữa các xã: những xã nào tụt lại và vì sao?',
					en: 'Compare online application and on-time processing figures across communes: which are lagging behind, and why?'
				},
				{
					vi: 'Tỉnh hỗ trợ cấp xã thế nào (cán bộ kỹ thuật lưu động, đường dây hỗ trợ, tổ công nghệ số cộng đồng, điều động nhân lực)?',
					en: 'How does the province support communes (mobile technical staff, a helpdesk, community digital technology teams, redeployed staff)?'
				}
			],
			descriptors: [
				{
					vi: 'Chưa nắm được năng lực số của cấp xã; nhiều xã thiếu cán bộ biết sử dụng hệ thống, thiếu thiết bị hoặc đường truyền, hồ sơ phải xử lý thủ công.',
					en: 'The province does not know the communes’ digital capacity; many communes lack staff who can use the systems, equipment or connectivity, and cases are handled by hand.'
				},
				{
					vi: 'Đã khảo sát và có hỗ trợ ban đầu, nhưng năng lực giữa các xã chênh lệch lớn; một số xã vẫn thiếu cán bộ được đào tạo, chữ ký số hoặc đường truyền ổn định.',
					en: 'Capacity has been surveyed and initial support given, but communes differ widely; some still lack trained staff, digital signatures or a stable connection.'
				},
				{
					vi: 'Mọi xã có người được giao phụ trách chuyển đổi số, cán bộ bộ phận một cửa được đào tạo, có đủ thiết bị, đường truyền và chữ ký số; tỉnh theo dõi số liệu từng xã và có hình thức hỗ trợ kỹ thuật thường xuyên.',
					en: 'Every commune has someone in charge of digital transformation, trained one-stop staff, and enough equipment, connectivity and digital signatures; the province tracks each commune’s figures and provides regular technical support.'
				},
				{
					vi: 'Khoảng cách giữa các xã về tỷ lệ hồ sơ trực tuyến và xử lý đúng hạn được thu hẹp theo số liệu theo dõi; các xã tụt lại được hỗ trợ có mục tiêu; cách làm tốt của xã này được nhân rộng sang xã khác.',
					en: 'Monitoring shows the gap between communes in online applications and on-time processing narrowing; lagging communes get targeted help; good practice in one commune is spread to others.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Kết quả khảo sát năng lực số của cấp xã',
					en: 'Results of the commune digital capacity survey'
				},
				{
					vi: 'Số liệu hồ sơ trực tuyến và xử lý đúng hạn theo từng xã',
					en: 'Online application and on-time processing figures by commune'
				},
				{
					vi: 'Kế hoạch hỗ trợ kỹ thuật, đào tạo cho cấp xã',
					en: 'Plan for technical support and training for communes'
				}
			],
			weight: 1,
			scope: 'organisation',
			appliesTo: ['province', 'city'],
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị chuyên trách về chuyển đổi số của tỉnh, thành phố khảo sát năng lực số của từng xã (nhân lực, thiết bị, đường truyền, chữ ký số) và trình Ủy ban nhân dân tỉnh kế hoạch khắc phục các thiếu hụt cấp bách.',
					en: 'The province’s digital transformation unit should survey each commune’s digital capacity (staff, equipment, connectivity, digital signatures) and submit a plan to the provincial People’s Committee to fix urgent gaps.'
				},
				'2': {
					vi: 'Ủy ban nhân dân tỉnh yêu cầu mỗi xã phân công người phụ trách chuyển đổi số; đơn vị chuyên trách đào tạo cán bộ bộ phận một cửa cấp xã, bổ sung thiết bị, chữ ký số và tổ chức hỗ trợ kỹ thuật thường xuyên.',
					en: 'The provincial People’s Committee should require every commune to name someone in charge of digital transformation; the lead unit should train commune one-stop staff, supply equipment and digital signatures, and provide regular technical support.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách theo dõi số liệu từng xã, hỗ trợ có mục tiêu cho các xã tụt lại và tổ chức chia sẻ cách làm tốt giữa các xã.',
					en: 'The lead unit should track each commune’s figures, give targeted help to lagging communes, and organise the sharing of good practice between them.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị chuyên trách về chuyển đổi số của tỉnh, thành phố cung cấp kết quả khảo sát năng lực số cấp xã và số liệu hồ sơ trực tuyến, xử lý đúng hạn theo từng xã.',
				en: 'Ask the province’s digital transformation unit for its commune capacity survey and figures on online applications and on-time processing by commune.'
			}
		}
	]
};
