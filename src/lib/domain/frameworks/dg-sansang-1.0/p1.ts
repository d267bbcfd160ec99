/**
 * dg-sansang-1.0, pillar DG-1: leadership and governance. Sẵn Sàng's own wording, adapted from the
 * 7-pillar structure of the World Bank DGRA as applied in Vietnam in 2018–2019; not World Bank text.
 */
import type { DgPillarInput } from '../schema';

export const p1: DgPillarInput = {
	code: 'DG-1',
	title: { vi: 'Lãnh đạo và quản trị', en: 'Leadership and governance' },
	shortTitle: { vi: 'Lãnh đạo, quản trị', en: 'Leadership' },
	description: {
		vi: 'Vai trò của lãnh đạo và bộ máy quản trị trong chuyển đổi số của cơ quan, địa phương: kế hoạch có mục tiêu đo lường được, người đứng đầu trực tiếp chỉ đạo, đầu mối chuyên trách có đủ thẩm quyền, cơ chế phối hợp với các cơ quan khác, nguồn kinh phí và việc theo dõi, đánh giá kết quả. Trụ cột này xem xét sự quan tâm của lãnh đạo có được chuyển thành phân công, nguồn lực và trách nhiệm giải trình cụ thể hay không.',
		en: 'How leaders and governance arrangements drive the organisation’s digital transformation: a plan with measurable targets, hands-on direction from the head of the organisation, a lead unit with real authority, coordination with other agencies, funding, and monitoring and evaluation of results. The pillar asks whether leadership attention turns into specific assignments, resources and accountability.'
	},
	weight: 1,
	target: 3,
	questions: [
		{
			code: 'DG-1.1',
			label: { vi: 'Kế hoạch chuyển đổi số', en: 'Digital transformation plan' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị có chiến lược hoặc kế hoạch chuyển đổi số được cấp có thẩm quyền phê duyệt, với mục tiêu đo lường được, lộ trình, phân công thực hiện và nguồn lực rõ ràng không?',
				en: 'Does your organisation have a digital transformation strategy or plan, approved at the appropriate level, with measurable targets, a timeline, assigned responsibilities and identified resources?'
			},
			guidance: [
				{
					vi: 'Xin văn bản chiến lược, kế hoạch đang có hiệu lực (kế hoạch trung hạn và kế hoạch năm): cấp ban hành, ngày ban hành.',
					en: 'Ask for the strategy or plan in force (medium-term and annual): who issued it and when.'
				},
				{
					vi: 'Các mục tiêu có chỉ tiêu định lượng, mốc thời gian và đơn vị chủ trì không, hay chỉ nêu định hướng chung?',
					en: 'Do the objectives have quantified targets, deadlines and a lead unit, or do they only set general directions?'
				},
				{
					vi: 'Kế hoạch đã được cập nhật theo Nghị quyết 57-NQ/TW và các chỉ đạo sau đó chưa? Với tỉnh, thành phố: đã điều chỉnh theo việc sắp xếp đơn vị hành chính và mô hình chính quyền địa phương hai cấp từ năm 2025 chưa?',
					en: 'Has the plan been updated for Resolution 57-NQ/TW and later directions? For provinces: has it been revised for the 2025 reorganisation of administrative units and the two-tier local government model?'
				},
				{
					vi: 'Hỏi một, hai trưởng đơn vị nghiệp vụ: họ có biết nhiệm vụ của đơn vị mình trong kế hoạch và có kế hoạch triển khai tương ứng không?',
					en: 'Ask one or two heads of line units whether they know their unit’s tasks under the plan and have an implementation plan of their own.'
				},
				{
					vi: 'Kế hoạch có gắn với dự toán ngân sách và danh mục dự án, nhiệm vụ cụ thể không?',
					en: 'Is the plan tied to the budget estimate and to a list of specific projects and tasks?'
				}
			],
			descriptors: [
				{
					vi: 'Chưa có chiến lược hoặc kế hoạch chuyển đổi số riêng; các nhiệm vụ công nghệ thông tin được đề ra rời rạc theo từng năm hoặc từng dự án.',
					en: 'There is no dedicated digital transformation strategy or plan; IT tasks are set piecemeal, year by year or project by project.'
				},
				{
					vi: 'Có kế hoạch được phê duyệt nhưng chủ yếu nêu định hướng chung; phần lớn mục tiêu chưa có chỉ tiêu định lượng, mốc thời gian hoặc đơn vị chủ trì.',
					en: 'An approved plan exists but mostly sets general directions; most objectives have no quantified target, deadline or lead unit.'
				},
				{
					vi: 'Kế hoạch được phê duyệt có mục tiêu định lượng, lộ trình và đơn vị chủ trì cho từng nhiệm vụ, được cụ thể hóa thành kế hoạch năm gắn với dự toán ngân sách và đã cập nhật theo các chủ trương hiện hành.',
					en: 'The approved plan has quantified targets, a timeline and a lead unit for each task; it is broken down into annual plans tied to the budget and reflects current national policy.'
				},
				{
					vi: 'Kế hoạch có mục tiêu định lượng, gắn với ngân sách và được rà soát, điều chỉnh ít nhất mỗi năm một lần dựa trên số liệu theo dõi; mọi đơn vị trực thuộc có kế hoạch triển khai tương ứng; kế hoạch và kết quả thực hiện được công bố công khai.',
					en: 'The plan has quantified targets tied to the budget and is reviewed and adjusted at least once a year on the basis of monitoring data; every subordinate unit has a matching implementation plan; the plan and its results are published.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Quyết định phê duyệt và văn bản kế hoạch chuyển đổi số đang có hiệu lực',
					en: 'The decision approving the digital transformation plan in force, and the plan itself'
				},
				{
					vi: 'Kế hoạch năm hiện hành kèm dự toán kinh phí',
					en: 'The current annual plan with its budget estimate'
				},
				{
					vi: 'Báo cáo sơ kết, tổng kết hoặc rà soát việc thực hiện kế hoạch',
					en: 'A mid-term or final review of plan implementation'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Người đứng đầu cơ quan, địa phương giao đơn vị chuyên trách về chuyển đổi số chủ trì xây dựng kế hoạch chuyển đổi số trung hạn, có mục tiêu định lượng và phân công cụ thể, trình phê duyệt.',
					en: 'The head of the organisation should task the digital transformation unit with drafting a medium-term digital transformation plan, with quantified targets and clear assignments, and submitting it for approval.'
				},
				'2': {
					vi: 'Đơn vị chuyên trách rà soát kế hoạch, bổ sung chỉ tiêu định lượng, mốc thời gian và đơn vị chủ trì cho từng nhiệm vụ; phối hợp với đơn vị kế hoạch – tài chính để lập kế hoạch năm gắn với dự toán ngân sách.',
					en: 'The digital transformation unit should revise the plan, adding a quantified target, deadline and lead unit for each task, and work with the planning and finance unit to produce annual plans tied to the budget.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách tổ chức rà soát kế hoạch hằng năm dựa trên số liệu theo dõi, yêu cầu các đơn vị trực thuộc lập kế hoạch triển khai và công bố kế hoạch cùng kết quả thực hiện.',
					en: 'The digital transformation unit should run a yearly review of the plan based on monitoring data, require subordinate units to draw up implementation plans, and publish the plan and its results.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị chuyên trách về chuyển đổi số cung cấp kế hoạch chuyển đổi số đang có hiệu lực, quyết định phê duyệt và kế hoạch năm hiện hành.',
				en: 'Ask the digital transformation unit for the digital transformation plan in force, the decision approving it and the current annual plan.'
			}
		},
		{
			code: 'DG-1.2',
			label: { vi: 'Chỉ đạo của người đứng đầu', en: 'Direction from the top' },
			text: {
				vi: 'Người đứng đầu cơ quan, địa phương anh/chị trực tiếp chỉ đạo chuyển đổi số đến mức nào: ban chỉ đạo có hoạt động thực chất không, lãnh đạo có theo dõi tiến độ và trực tiếp xử lý vướng mắc không?',
				en: 'How directly does the head of your organisation lead digital transformation: does the steering committee actually work, and do leaders follow progress and deal with obstacles themselves?'
			},
			guidance: [
				{
					vi: 'Ai là trưởng ban chỉ đạo về chuyển đổi số của cơ quan, địa phương? Xem quy chế hoạt động và số cuộc họp trong 12 tháng qua, ai chủ trì.',
					en: 'Who chairs the organisation’s digital transformation steering committee? Look at its rules of procedure and at how many meetings were held in the last 12 months, and who chaired them.'
				},
				{
					vi: 'Xem thông báo kết luận của hai cuộc họp gần nhất: có quyết định cụ thể, có giao việc kèm thời hạn không? Các kết luận trước đã được thực hiện chưa?',
					en: 'Read the conclusions of the two most recent meetings: do they contain specific decisions and tasks with deadlines? Were earlier conclusions carried out?'
				},
				{
					vi: 'Chuyển đổi số có là nội dung thường kỳ trong chương trình công tác và giao ban của lãnh đạo không?',
					en: 'Is digital transformation a standing item in the leadership’s work programme and regular management meetings?'
				},
				{
					vi: 'Xin ví dụ cụ thể về một vướng mắc (giữa các đơn vị, về kinh phí, về thể chế) đã được lãnh đạo trực tiếp xử lý.',
					en: 'Ask for a specific example of an obstacle (between units, over funding, over rules) that leaders resolved themselves.'
				}
			],
			descriptors: [
				{
					vi: 'Chuyển đổi số được giao cho một đơn vị chuyên môn; ban chỉ đạo chưa thành lập hoặc chỉ tồn tại trên giấy, lãnh đạo ít khi đưa nội dung này ra bàn.',
					en: 'Digital transformation is left to a specialist unit; the steering committee has not been set up or exists only on paper, and leaders rarely put the subject on the agenda.'
				},
				{
					vi: 'Có ban chỉ đạo nhưng thường do cấp phó chủ trì và họp không thường xuyên; kết luận chủ yếu mang tính chung, ít giao việc kèm thời hạn cụ thể.',
					en: 'A steering committee exists but is usually chaired by a deputy and meets irregularly; its conclusions are mostly general, with few tasks carrying specific deadlines.'
				},
				{
					vi: 'Người đứng đầu làm trưởng ban chỉ đạo; ban chỉ đạo họp theo quy chế, kết luận có giao việc, thời hạn và được theo dõi đến khi hoàn thành; chuyển đổi số là nội dung thường kỳ của giao ban lãnh đạo.',
					en: 'The head of the organisation chairs the steering committee, which meets as its rules require; its conclusions assign tasks with deadlines and are followed up until done; digital transformation is a standing item at leadership meetings.'
				},
				{
					vi: 'Người đứng đầu trực tiếp chủ trì và theo dõi việc thực hiện kết luận; có văn bản cho thấy lãnh đạo đã giải quyết các vướng mắc liên đơn vị, liên ngành; kết quả thực hiện nhiệm vụ chuyển đổi số được dùng khi đánh giá, xếp loại người đứng đầu các đơn vị trực thuộc.',
					en: 'The head of the organisation chairs the committee and follows up its conclusions; records show leaders resolving obstacles between units and with other agencies; results on digital transformation tasks count in the performance appraisal of the heads of subordinate units.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Quyết định thành lập, kiện toàn ban chỉ đạo và quy chế hoạt động',
					en: 'Decision establishing or reorganising the steering committee, and its rules of procedure'
				},
				{
					vi: 'Thông báo kết luận các cuộc họp ban chỉ đạo trong 12 tháng gần nhất',
					en: 'Conclusions of steering committee meetings over the last 12 months'
				},
				{
					vi: 'Chương trình công tác của lãnh đạo có nội dung chuyển đổi số',
					en: 'The leadership’s work programme showing digital transformation items'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Người đứng đầu thành lập hoặc kiện toàn ban chỉ đạo về chuyển đổi số do mình làm trưởng ban, ban hành quy chế hoạt động và lịch họp định kỳ.',
					en: 'The head of the organisation should set up or reorganise a digital transformation steering committee, chair it personally, and issue its rules of procedure and a regular meeting schedule.'
				},
				'2': {
					vi: 'Trưởng ban chỉ đạo yêu cầu mỗi cuộc họp có thông báo kết luận giao việc, thời hạn; giao đơn vị chuyên trách theo dõi và báo cáo tình hình thực hiện kết luận tại cuộc họp sau.',
					en: 'The committee chair should require written conclusions with tasks and deadlines after every meeting, and have the digital transformation unit track them and report on progress at the next meeting.'
				},
				'3': {
					vi: 'Người đứng đầu đưa kết quả thực hiện nhiệm vụ chuyển đổi số vào tiêu chí đánh giá, xếp loại người đứng đầu các đơn vị trực thuộc và trực tiếp xử lý các vướng mắc liên đơn vị còn tồn đọng.',
					en: 'The head of the organisation should make results on digital transformation tasks part of the appraisal of subordinate unit heads, and personally settle outstanding obstacles between units.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị Văn phòng của cơ quan, địa phương cung cấp quyết định thành lập ban chỉ đạo, quy chế hoạt động và thông báo kết luận các cuộc họp trong 12 tháng gần nhất.',
				en: 'Ask the organisation’s office for the decision establishing the steering committee, its rules of procedure and the conclusions of its meetings over the last 12 months.'
			}
		},
		{
			code: 'DG-1.3',
			label: { vi: 'Đầu mối chuyên trách, CIO', en: 'Lead unit and CIO role' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị có một lãnh đạo phụ trách và một đơn vị chuyên trách về chuyển đổi số (chức năng tương tự Giám đốc công nghệ thông tin – CIO) với thẩm quyền thực tế đối với các dự án, hệ thống và dữ liệu của các đơn vị không?',
				en: 'Does your organisation have a senior leader and a dedicated unit in charge of digital transformation (a role similar to a chief information officer, CIO) with real authority over the IT projects, systems and data of its units?'
			},
			guidance: [
				{
					vi: 'Văn bản nào quy định chức năng, nhiệm vụ của đơn vị chuyên trách? Sau sắp xếp tổ chức bộ máy năm 2025, đơn vị này trực thuộc đâu và có bao nhiêu người?',
					en: 'Which document sets out the unit’s functions and duties? Since the 2025 reorganisation of the state apparatus, where does the unit sit and how many staff does it have?'
				},
				{
					vi: 'Dự án, kế hoạch thuê dịch vụ công nghệ thông tin của các đơn vị khác có bắt buộc phải có ý kiến thẩm định của đơn vị chuyên trách không? Đã có trường hợp nào phải điều chỉnh theo ý kiến đó chưa?',
					en: 'Must IT projects and IT service procurements of other units obtain the lead unit’s appraisal opinion? Has any been changed because of that opinion?'
				},
				{
					vi: 'Lãnh đạo phụ trách chuyển đổi số có tham gia các quyết định về dự toán ngân sách và tổ chức bộ máy không?',
					en: 'Does the leader in charge of digital transformation take part in decisions on the budget and on organisational structure?'
				},
				{
					vi: 'Các đơn vị nghiệp vụ có tự đầu tư hoặc thuê hệ thống mà đơn vị chuyên trách không nắm được không?',
					en: 'Do line units buy or rent systems without the lead unit knowing?'
				}
			],
			descriptors: [
				{
					vi: 'Không có đơn vị được giao chuyên trách; nhiệm vụ công nghệ thông tin do một bộ phận thuộc Văn phòng hoặc cán bộ kiêm nhiệm đảm nhận, chủ yếu là hỗ trợ kỹ thuật.',
					en: 'No unit is formally in charge; IT work is done by a section of the office or by staff with other main duties, and is mostly technical support.'
				},
				{
					vi: 'Có đơn vị chuyên trách và lãnh đạo phụ trách được phân công, nhưng vai trò chủ yếu là tổng hợp, báo cáo; các đơn vị nghiệp vụ tự quyết định đầu tư hệ thống mà không cần ý kiến của đơn vị chuyên trách.',
					en: 'A lead unit and a leader in charge have been designated, but their role is mostly compiling reports; line units decide on system investments without needing the lead unit’s opinion.'
				},
				{
					vi: 'Lãnh đạo phụ trách và đơn vị chuyên trách được giao thẩm quyền bằng văn bản; mọi dự án, kế hoạch thuê dịch vụ công nghệ thông tin của các đơn vị phải có ý kiến thẩm định của đơn vị chuyên trách; đơn vị được bố trí đủ người để thực hiện.',
					en: 'The leader in charge and the lead unit have written authority; every IT project and IT service procurement of any unit needs the lead unit’s appraisal opinion; the unit has enough staff to do this.'
				},
				{
					vi: 'Có hồ sơ cho thấy ý kiến thẩm định của đơn vị chuyên trách đã dẫn đến điều chỉnh hoặc dừng các dự án trùng lặp; đơn vị quản lý danh mục toàn bộ hệ thống, dữ liệu của cơ quan, địa phương; lãnh đạo phụ trách tham gia các quyết định về ngân sách và tổ chức liên quan đến chuyển đổi số.',
					en: 'Records show the lead unit’s opinions have changed or stopped overlapping projects; the unit keeps an inventory of all the organisation’s systems and data; the leader in charge takes part in budget and organisational decisions that affect digital transformation.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Văn bản quy định chức năng, nhiệm vụ của đơn vị chuyên trách và phân công lãnh đạo phụ trách',
					en: 'Documents setting out the lead unit’s functions and assigning the leader in charge'
				},
				{
					vi: 'Ý kiến thẩm định của đơn vị chuyên trách đối với một số dự án gần đây',
					en: 'The lead unit’s appraisal opinions on a few recent projects'
				},
				{
					vi: 'Danh mục hệ thống thông tin do đơn vị chuyên trách quản lý',
					en: 'The inventory of information systems kept by the lead unit'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Người đứng đầu phân công một lãnh đạo phụ trách chuyển đổi số và giao một đơn vị làm đầu mối chuyên trách, quy định rõ chức năng, nhiệm vụ bằng văn bản.',
					en: 'The head of the organisation should assign a senior leader to digital transformation and designate a lead unit, with its functions and duties set out in writing.'
				},
				'2': {
					vi: 'Người đứng đầu quy định bắt buộc lấy ý kiến thẩm định của đơn vị chuyên trách đối với mọi dự án, kế hoạch thuê dịch vụ công nghệ thông tin và bố trí đủ biên chế cho đơn vị.',
					en: 'The head of the organisation should make the lead unit’s appraisal opinion mandatory for every IT project and IT service procurement, and give the unit enough staff.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách lập và duy trì danh mục toàn bộ hệ thống, dữ liệu; người đứng đầu mời lãnh đạo phụ trách chuyển đổi số tham gia các quyết định về dự toán và tổ chức bộ máy có liên quan.',
					en: 'The lead unit should build and maintain an inventory of all systems and data; the head of the organisation should bring the leader in charge of digital transformation into related budget and organisational decisions.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị cung cấp văn bản quy định chức năng, nhiệm vụ của đơn vị chuyên trách về chuyển đổi số, văn bản phân công lãnh đạo phụ trách và ý kiến thẩm định của đơn vị đối với hai dự án gần nhất.',
				en: 'Ask for the documents setting out the lead unit’s functions and assigning the leader in charge, and the unit’s appraisal opinions on the two most recent projects.'
			}
		},
		{
			code: 'DG-1.4',
			label: { vi: 'Phối hợp liên ngành', en: 'Cross-agency coordination' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị phối hợp với các bộ, ngành, địa phương khác trong các nhiệm vụ chuyển đổi số có liên quan (kết nối hệ thống, chia sẻ dữ liệu, dịch vụ liên thông) qua cơ chế nào, và cơ chế đó có hiệu quả không?',
				en: 'Through what arrangements does your organisation work with other ministries and provinces on shared digital transformation tasks (connecting systems, sharing data, joined-up services), and do those arrangements work?'
			},
			guidance: [
				{
					vi: 'Kể tên các nhiệm vụ cần phối hợp với cơ quan khác (ví dụ: kết nối cơ sở dữ liệu quốc gia, thủ tục hành chính liên thông, nhiệm vụ thuộc Đề án 06). Đầu mối phối hợp của mỗi bên là ai?',
					en: 'List the tasks that need other agencies (for example connecting to national databases, joined-up administrative procedures, Project 06 tasks). Who is the contact point on each side?'
				},
				{
					vi: 'Có quy chế, thỏa thuận phối hợp hoặc tổ công tác liên ngành bằng văn bản không? Có lịch làm việc định kỳ không?',
					en: 'Are there written coordination rules, agreements or joint working groups? Do they meet on a regular schedule?'
				},
				{
					vi: 'Có vướng mắc nào kéo dài trên sáu tháng (ví dụ: chờ cơ quan khác cung cấp dữ liệu hoặc kết nối)? Đã kiến nghị lên cấp nào và kết quả ra sao?',
					en: 'Has any obstacle lasted more than six months (for example waiting for another agency’s data or connection)? To which level was it escalated, and with what result?'
				},
				{
					vi: 'Cơ quan, địa phương có tham gia các tổ công tác, mạng lưới đầu mối chuyển đổi số cấp quốc gia không, và có chủ động chia sẻ giải pháp với nơi khác không?',
					en: 'Does the organisation take part in national digital transformation working groups and contact-point networks, and does it offer its solutions to others?'
				}
			],
			descriptors: [
				{
					vi: 'Việc phối hợp diễn ra theo từng vụ việc qua công văn; không có đầu mối hay quy chế phối hợp; vướng mắc liên ngành thường kéo dài mà không có người theo dõi.',
					en: 'Coordination happens case by case through official letters; there is no contact point or agreed procedure, and cross-agency obstacles drag on with nobody tracking them.'
				},
				{
					vi: 'Có đầu mối liên lạc và tham gia các cuộc họp do cơ quan khác triệu tập, nhưng các nhiệm vụ chung chưa có thỏa thuận phối hợp bằng văn bản; nhiều vướng mắc chưa được kiến nghị lên cấp có thẩm quyền.',
					en: 'There is a contact point who attends meetings called by other agencies, but shared tasks have no written coordination agreement, and many obstacles have not been escalated to the competent level.'
				},
				{
					vi: 'Các nhiệm vụ liên ngành chính có quy chế hoặc thỏa thuận phối hợp bằng văn bản, đầu mối được phân công và lịch làm việc định kỳ; vướng mắc được theo dõi và kiến nghị lên ban chỉ đạo cấp trên khi quá hạn.',
					en: 'The main cross-agency tasks have written coordination rules or agreements, named contact points and regular working sessions; obstacles are tracked and escalated to the higher steering committee when they overrun.'
				},
				{
					vi: 'Cơ quan, địa phương chủ trì hoặc đồng chủ trì nhiệm vụ liên ngành và đã hoàn thành theo kế hoạch; vướng mắc liên ngành được theo dõi đến khi giải quyết xong; giải pháp của cơ quan, địa phương được nơi khác tái sử dụng.',
					en: 'The organisation leads or co-leads cross-agency tasks and has delivered them on schedule; cross-agency obstacles are tracked until resolved; other agencies reuse solutions the organisation developed.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Quy chế, thỏa thuận phối hợp đã ký với các cơ quan khác',
					en: 'Coordination rules or agreements signed with other agencies'
				},
				{
					vi: 'Danh sách nhiệm vụ liên ngành kèm tình trạng thực hiện và vướng mắc',
					en: 'List of cross-agency tasks with their status and open obstacles'
				},
				{
					vi: 'Văn bản kiến nghị gửi ban chỉ đạo cấp trên hoặc cơ quan chủ trì và phản hồi nhận được',
					en: 'Letters escalating issues to the higher steering committee or lead agency, and the replies'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Lãnh đạo phụ trách chuyển đổi số giao đơn vị chuyên trách lập danh mục các nhiệm vụ cần phối hợp liên ngành và phân công đầu mối cho từng nhiệm vụ.',
					en: 'The leader in charge of digital transformation should have the lead unit list the tasks that need other agencies and name a contact point for each.'
				},
				'2': {
					vi: 'Đơn vị chuyên trách chủ động đề xuất quy chế hoặc thỏa thuận phối hợp với các cơ quan liên quan cho từng nhiệm vụ chung, đặt lịch làm việc định kỳ và theo dõi, kiến nghị xử lý vướng mắc.',
					en: 'The lead unit should propose coordination rules or agreements with the agencies concerned for each shared task, set regular working sessions, and track and escalate obstacles.'
				},
				'3': {
					vi: 'Lãnh đạo phụ trách đăng ký chủ trì một nhiệm vụ liên ngành có tác động rộng, theo dõi vướng mắc đến khi giải quyết xong và chia sẻ giải pháp đã triển khai để cơ quan khác tái sử dụng.',
					en: 'The leader in charge should volunteer to lead a cross-agency task with wide impact, follow obstacles through to resolution, and share the solutions built so that other agencies can reuse them.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị chuyên trách cung cấp danh sách các nhiệm vụ chuyển đổi số cần phối hợp với cơ quan khác, các văn bản phối hợp đã ký và tình trạng các vướng mắc đang chờ xử lý.',
				en: 'Ask the lead unit for the list of digital transformation tasks that involve other agencies, the coordination documents signed and the status of pending obstacles.'
			}
		},
		{
			code: 'DG-1.5',
			label: { vi: 'Điều phối cấp quốc gia', en: 'National coordination' },
			text: {
				vi: 'Cơ chế điều phối chuyển đổi số, Chính phủ số cấp quốc gia (ban chỉ đạo của Chính phủ và bộ phận giúp việc) có đủ thẩm quyền, nguồn lực và công cụ để điều phối các bộ, ngành, địa phương đến mức nào?',
				en: 'How far does the national coordination arrangement for digital transformation and digital government (the government’s steering committee and its secretariat) have the authority, resources and tools to coordinate ministries and provinces?'
			},
			guidance: [
				{
					vi: 'Câu hỏi này do đoàn đánh giá trả lời một lần trong mỗi đợt, dựa trên văn bản của ban chỉ đạo, phỏng vấn bộ phận giúp việc và ý kiến của các bộ, tỉnh được phỏng vấn.',
					en: 'Assessors answer this once per round, from the steering committee’s documents, an interview with its secretariat and the views of the ministries and provinces interviewed.'
				},
				{
					vi: 'Cơ quan nào là cơ quan thường trực? Bộ phận giúp việc có biên chế, kinh phí riêng không, người phụ trách báo cáo trực tiếp cho ai?',
					en: 'Which body is the standing agency? Does the secretariat have its own staff and budget, and to whom does its head report directly?'
				},
				{
					vi: 'Ban chỉ đạo có quyết định danh mục chương trình, dự án liên ngành (nền tảng dùng chung, cơ sở dữ liệu quốc gia) không, hay chủ yếu đôn đốc, nhắc nhở?',
					en: 'Does the steering committee decide the portfolio of cross-agency programmes and projects (shared platforms, national databases), or does it mainly chase progress?'
				},
				{
					vi: 'Vai trò của Bộ Khoa học và Công nghệ (cơ quan chủ trì về chuyển đổi số), Văn phòng Chính phủ, Bộ Công an và các bộ chủ quản cơ sở dữ liệu quốc gia trong các nhiệm vụ chung có được phân định rõ bằng văn bản không?',
					en: 'Are the roles of the Ministry of Science and Technology (the lead ministry for digital transformation), the Government Office, the Ministry of Public Security and the ministries that own national databases in shared tasks set out clearly in writing?'
				},
				{
					vi: 'Kết quả của từng bộ, tỉnh có được theo dõi trên một hệ thống chung và công bố không? Các bộ, tỉnh được phỏng vấn đánh giá thế nào về sự phối hợp ngang giữa các bộ?',
					en: 'Are each ministry’s and province’s results tracked on a common system and published? How do the ministries and provinces interviewed rate horizontal coordination between ministries?'
				}
			],
			descriptors: [
				{
					vi: 'Không có cơ quan điều phối chung có thẩm quyền thực tế; các bộ, ngành triển khai theo kế hoạch riêng, vướng mắc liên ngành được xử lý qua công văn theo từng vụ việc.',
					en: 'No common coordinating body has real authority; ministries follow their own plans and cross-agency obstacles are handled by official letters case by case.'
				},
				{
					vi: 'Có ban chỉ đạo cấp quốc gia do lãnh đạo Chính phủ đứng đầu, nhưng bộ phận giúp việc thiếu người và công cụ; ban chỉ đạo chủ yếu đôn đốc; các bộ, tỉnh phản ánh sự phối hợp ngang giữa các bộ còn yếu.',
					en: 'A national steering committee headed by a government leader exists, but its secretariat lacks staff and tools; the committee mostly chases progress, and ministries and provinces report weak horizontal coordination between ministries.'
				},
				{
					vi: 'Ban chỉ đạo họp định kỳ, ra kết luận giao việc cho từng bộ, tỉnh; bộ phận giúp việc có biên chế, kinh phí và theo dõi việc thực hiện kết luận; vai trò của các bộ chủ trì nhiệm vụ chung được phân định bằng văn bản.',
					en: 'The steering committee meets regularly and assigns tasks to named ministries and provinces; its secretariat has staff and a budget and tracks follow-up; the roles of the ministries leading shared tasks are set out in writing.'
				},
				{
					vi: 'Ban chỉ đạo quyết định và theo dõi danh mục chương trình, dự án liên ngành; kết quả của từng bộ, tỉnh được theo dõi trên một hệ thống chung và công bố định kỳ; vướng mắc liên ngành được giải quyết trong thời hạn do ban chỉ đạo đặt ra.',
					en: 'The steering committee decides and monitors the portfolio of cross-agency programmes and projects; each ministry’s and province’s results are tracked on a common system and published regularly; cross-agency obstacles are resolved within deadlines the committee sets.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Quyết định thành lập, quy chế hoạt động của ban chỉ đạo cấp quốc gia và của bộ phận giúp việc',
					en: 'Decisions establishing the national steering committee and its secretariat, and their rules of procedure'
				},
				{
					vi: 'Thông báo kết luận các phiên họp gần nhất của ban chỉ đạo',
					en: 'Conclusions of the steering committee’s most recent meetings'
				},
				{
					vi: 'Ghi chép phỏng vấn bộ phận giúp việc và các bộ, tỉnh về hiệu quả điều phối',
					en: 'Interview notes from the secretariat and from ministries and provinces on how well coordination works'
				}
			],
			weight: 1,
			scope: 'national',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Chính phủ giao một cơ quan làm thường trực điều phối chuyển đổi số liên ngành, với thẩm quyền quyết định đối với các nhiệm vụ, nền tảng dùng chung.',
					en: 'The Government should give one body the standing mandate to coordinate digital transformation across agencies, with decision-making authority over shared tasks and platforms.'
				},
				'2': {
					vi: 'Ban chỉ đạo cấp quốc gia bố trí biên chế, kinh phí cho bộ phận giúp việc và phân định bằng văn bản vai trò của các bộ chủ trì nhiệm vụ chung.',
					en: 'The national steering committee should give its secretariat staff and a budget, and set out in writing the roles of the ministries that lead shared tasks.'
				},
				'3': {
					vi: 'Bộ phận giúp việc xây dựng danh mục chương trình liên ngành trình ban chỉ đạo quyết định, theo dõi tiến độ của từng bộ, tỉnh trên hệ thống chung và công bố kết quả định kỳ.',
					en: 'The secretariat should draw up a portfolio of cross-agency programmes for the steering committee to decide, track each ministry’s and province’s progress on a common system, and publish results regularly.'
				}
			},
			collectEvidence: {
				vi: 'Đoàn đánh giá thu thập quyết định thành lập, quy chế hoạt động và các thông báo kết luận gần nhất của ban chỉ đạo cấp quốc gia, và phỏng vấn bộ phận giúp việc.',
				en: 'Assessors should obtain the national steering committee’s founding decision, rules of procedure and latest meeting conclusions, and interview its secretariat.'
			}
		},
		{
			code: 'DG-1.6',
			label: { vi: 'Kinh phí chuyển đổi số', en: 'Funding' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị bảo đảm kinh phí cho chuyển đổi số như thế nào: có dự toán riêng, ổn định qua các năm, gắn với kế hoạch và bao gồm cả chi vận hành, duy trì, bảo đảm an toàn thông tin và thuê dịch vụ không?',
				en: 'How does your organisation fund digital transformation: is there a separate budget, stable from year to year and tied to the plan, that also covers operation, maintenance, security and IT services?'
			},
			guidance: [
				{
					vi: 'Xin số liệu dự toán và thực chi cho chuyển đổi số trong ba năm gần nhất, tách theo chi đầu tư, chi thường xuyên và thuê dịch vụ công nghệ thông tin.',
					en: 'Ask for budgeted and actual spending on digital transformation over the last three years, split into investment, recurrent spending and IT services.'
				},
				{
					vi: 'Kinh phí được phân bổ theo danh mục nhiệm vụ ưu tiên trong kế hoạch hay chia theo đề xuất của từng đơn vị?',
					en: 'Is money allocated according to the plan’s list of priority tasks, or shared out according to each unit’s requests?'
				},
				{
					vi: 'Có hệ thống đã đưa vào sử dụng nhưng thiếu kinh phí vận hành, nâng cấp hoặc bảo đảm an toàn thông tin không?',
					en: 'Are there systems in use that lack money for operation, upgrades or security?'
				},
				{
					vi: 'Tỷ lệ giải ngân của các dự án, nhiệm vụ chuyển đổi số ra sao? Nếu chậm, nguyên nhân là gì (thủ tục đầu tư, thủ tục thuê dịch vụ, năng lực lập dự án)?',
					en: 'How much of the money for digital transformation projects and tasks is actually disbursed? If disbursement lags, why (investment procedures, IT service procurement rules, project preparation capacity)?'
				},
				{
					vi: 'Có sử dụng nguồn lực ngoài ngân sách (hợp tác với doanh nghiệp, tài trợ) không, và được quản lý thế nào?',
					en: 'Are resources from outside the state budget used (partnerships with businesses, donor funding), and how are they managed?'
				}
			],
			descriptors: [
				{
					vi: 'Không có dự toán riêng cho chuyển đổi số; kinh phí chỉ được bố trí khi có dự án cụ thể, không ổn định và không tính đến chi vận hành, duy trì.',
					en: 'There is no separate budget for digital transformation; money is found only when a specific project comes up, is unstable from year to year, and does not cover operation and maintenance.'
				},
				{
					vi: 'Có dự toán hằng năm cho chuyển đổi số nhưng phân bổ theo đề xuất của từng đơn vị, không theo thứ tự ưu tiên của kế hoạch; một số hệ thống đang thiếu kinh phí vận hành hoặc bảo đảm an toàn thông tin.',
					en: 'There is an annual budget for digital transformation, but it follows each unit’s requests rather than the plan’s priorities; some systems lack money for operation or security.'
				},
				{
					vi: 'Kinh phí chuyển đổi số được lập theo kế hoạch trung hạn và hằng năm, phân bổ theo danh mục nhiệm vụ ưu tiên và bao gồm chi vận hành, duy trì, an toàn thông tin, thuê dịch vụ; số liệu dự toán và thực chi được tổng hợp riêng.',
					en: 'Digital transformation funding is planned over the medium term and each year, allocated by the list of priority tasks, and covers operation, maintenance, security and IT services; budgeted and actual figures are reported separately.'
				},
				{
					vi: 'Chi phí trong cả vòng đời của từng hệ thống được tính trước khi quyết định đầu tư; kinh phí được theo dõi theo kết quả đạt được; các khoản đầu tư trùng lặp được phát hiện và cắt giảm; giải ngân đúng kế hoạch.',
					en: 'The whole-life cost of each system is estimated before the investment decision; spending is tracked against results achieved; overlapping investments are identified and cut; disbursement keeps to plan.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Số liệu dự toán và thực chi cho chuyển đổi số trong ba năm gần nhất',
					en: 'Budgeted and actual digital transformation spending for the last three years'
				},
				{
					vi: 'Danh mục nhiệm vụ, dự án ưu tiên kèm kinh phí được duyệt',
					en: 'List of priority tasks and projects with approved funding'
				},
				{
					vi: 'Báo cáo tình hình giải ngân các dự án, nhiệm vụ chuyển đổi số',
					en: 'Disbursement report for digital transformation projects and tasks'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị chuyên trách phối hợp với đơn vị kế hoạch – tài chính lập dự toán riêng cho chuyển đổi số, tính cả chi vận hành, duy trì và bảo đảm an toàn thông tin, trình lãnh đạo phê duyệt.',
					en: 'The lead unit and the planning and finance unit should prepare a separate digital transformation budget, including operation, maintenance and security, for the leadership to approve.'
				},
				'2': {
					vi: 'Đơn vị kế hoạch – tài chính phân bổ kinh phí theo danh mục nhiệm vụ ưu tiên trong kế hoạch chuyển đổi số và tổng hợp riêng số liệu dự toán, thực chi hằng năm.',
					en: 'The planning and finance unit should allocate money by the priority tasks of the digital transformation plan and report budgeted and actual figures separately each year.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách yêu cầu tính chi phí cả vòng đời cho mọi dự án mới, theo dõi kinh phí theo kết quả đạt được và đề xuất cắt giảm các khoản đầu tư trùng lặp.',
					en: 'The lead unit should require a whole-life cost estimate for every new project, track spending against results, and propose cutting overlapping investments.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị kế hoạch – tài chính cung cấp số liệu dự toán và thực chi cho chuyển đổi số trong ba năm gần nhất, tách theo chi đầu tư, chi thường xuyên và thuê dịch vụ.',
				en: 'Ask the planning and finance unit for budgeted and actual digital transformation spending over the last three years, split into investment, recurrent spending and IT services.'
			}
		},
		{
			code: 'DG-1.7',
			label: { vi: 'Theo dõi, đánh giá', en: 'Monitoring and evaluation' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị theo dõi, đánh giá kết quả chuyển đổi số như thế nào, và kết quả đó có được dùng để điều chỉnh kế hoạch, nguồn lực không?',
				en: 'How does your organisation monitor and evaluate its digital transformation results, and are the findings used to adjust plans and resources?'
			},
			guidance: [
				{
					vi: 'Có bộ chỉ tiêu theo dõi gắn với mục tiêu của kế hoạch không? Số liệu được lấy tự động từ hệ thống hay tổng hợp thủ công từ báo cáo của các đơn vị?',
					en: 'Is there a set of indicators linked to the plan’s targets? Are the figures drawn automatically from systems or compiled by hand from units’ reports?'
				},
				{
					vi: 'Xem báo cáo định kỳ gần nhất: có so sánh kết quả với chỉ tiêu, nêu nguyên nhân chưa đạt và biện pháp khắc phục không?',
					en: 'Read the latest periodic report: does it compare results with targets, explain shortfalls and propose remedies?'
				},
				{
					vi: 'Kết quả đánh giá chuyển đổi số hằng năm của cơ quan, địa phương theo bộ chỉ số đánh giá chuyển đổi số (DTI) được phân tích và sử dụng như thế nào?',
					en: 'How is the organisation’s yearly result in the national digital transformation index (DTI) analysed and used?'
				},
				{
					vi: 'Các hệ thống, dự án lớn có được đánh giá hiệu quả sau khi đưa vào sử dụng không?',
					en: 'Are large systems and projects evaluated for results after they go into use?'
				},
				{
					vi: 'Kết quả theo dõi, đánh giá có được công khai không?',
					en: 'Are monitoring and evaluation results made public?'
				}
			],
			descriptors: [
				{
					vi: 'Chỉ có báo cáo theo yêu cầu của cấp trên, liệt kê các việc đã làm; không có chỉ tiêu để so sánh kết quả.',
					en: 'There are only reports requested by higher levels, listing work done; there are no targets to compare results against.'
				},
				{
					vi: 'Có báo cáo định kỳ với một số chỉ tiêu, số liệu tổng hợp thủ công từ các đơn vị; kết quả ít khi được phân tích hoặc dùng để điều chỉnh kế hoạch.',
					en: 'Periodic reports cover some indicators, with figures compiled by hand from units; results are rarely analysed or used to adjust the plan.'
				},
				{
					vi: 'Có bộ chỉ tiêu gắn với mục tiêu của kế hoạch, được báo cáo định kỳ cho ban chỉ đạo kèm phân tích nguyên nhân chưa đạt; kết quả đánh giá hằng năm được dùng để điều chỉnh kế hoạch năm sau.',
					en: 'A set of indicators linked to the plan’s targets is reported regularly to the steering committee, with reasons for shortfalls; the yearly evaluation is used to adjust the next year’s plan.'
				},
				{
					vi: 'Phần lớn chỉ tiêu được cập nhật tự động từ các hệ thống lên bảng theo dõi; các dự án lớn được đánh giá hiệu quả sau đầu tư; kết quả theo dõi được công bố công khai và có văn bản cho thấy nguồn lực đã được điều chỉnh theo kết quả đó.',
					en: 'Most indicators feed automatically from systems into a monitoring dashboard; large projects are evaluated after completion; monitoring results are published, and records show resources being reallocated in response.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Bộ chỉ tiêu theo dõi, đánh giá chuyển đổi số của cơ quan, địa phương',
					en: 'The organisation’s digital transformation monitoring indicators'
				},
				{
					vi: 'Báo cáo định kỳ gần nhất về tình hình thực hiện kế hoạch chuyển đổi số',
					en: 'The latest periodic report on implementation of the digital transformation plan'
				},
				{
					vi: 'Ảnh chụp hoặc đường dẫn bảng theo dõi (dashboard), báo cáo đánh giá sau đầu tư',
					en: 'Screenshot of or link to the monitoring dashboard; post-implementation evaluation reports'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị chuyên trách xây dựng bộ chỉ tiêu theo dõi gắn với mục tiêu của kế hoạch chuyển đổi số, trình lãnh đạo ban hành và giao trách nhiệm cung cấp số liệu cho từng đơn vị.',
					en: 'The lead unit should draft a set of indicators linked to the plan’s targets for the leadership to issue, and assign each unit responsibility for supplying figures.'
				},
				'2': {
					vi: 'Đơn vị chuyên trách chuẩn hóa mẫu báo cáo định kỳ có so sánh với chỉ tiêu và phân tích nguyên nhân, trình ban chỉ đạo xem xét và dùng kết quả để điều chỉnh kế hoạch năm sau.',
					en: 'The lead unit should standardise periodic reports so they compare results with targets and explain gaps, present them to the steering committee, and use them to adjust the next year’s plan.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách tự động hóa việc thu thập số liệu lên bảng theo dõi, tổ chức đánh giá hiệu quả sau đầu tư đối với các dự án lớn và công bố kết quả theo dõi.',
					en: 'The lead unit should automate data collection into a dashboard, organise post-implementation evaluations of large projects, and publish monitoring results.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị chuyên trách cung cấp bộ chỉ tiêu theo dõi và báo cáo định kỳ gần nhất về tình hình thực hiện kế hoạch chuyển đổi số.',
				en: 'Ask the lead unit for its monitoring indicators and the latest periodic report on implementation of the digital transformation plan.'
			}
		}
	]
};
