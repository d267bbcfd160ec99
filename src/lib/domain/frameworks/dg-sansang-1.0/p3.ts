/**
 * dg-sansang-1.0, pillar DG-3: business process re-engineering. Sẵn Sàng's own wording, adapted from the
 * 7-pillar structure of the World Bank DGRA as applied in Vietnam in 2018–2019; not World Bank text.
 */
import type { DgPillarInput } from '../schema';

export const p3: DgPillarInput = {
	code: 'DG-3',
	title: { vi: 'Tái cấu trúc quy trình nghiệp vụ', en: 'Business process re-engineering' },
	shortTitle: { vi: 'Tái cấu trúc quy trình', en: 'Process redesign' },
	description: {
		vi: 'Mức độ cơ quan, địa phương thay đổi cách làm việc chứ không chỉ đưa quy trình giấy lên môi trường số: cắt giảm, đơn giản hóa thủ tục hành chính trước khi số hóa, không yêu cầu người dân cung cấp lại thông tin nhà nước đã có, xử lý hồ sơ và văn bản trên môi trường điện tử với chữ ký số, trao đổi văn bản điện tử và liên thông thủ tục giữa các cơ quan. Trụ cột này cũng xem xét cách cơ quan, địa phương quản lý sự thay đổi đối với cán bộ, công chức và người dân.',
		en: 'How far the organisation changes the way it works rather than moving paper processes onto screens: cutting and simplifying administrative procedures before digitising them, not asking people again for information the state already holds, handling cases and documents electronically with digital signatures, and exchanging documents and joining up procedures between agencies. The pillar also looks at how the organisation manages the change for its staff and the public.'
	},
	weight: 1,
	target: 3,
	questions: [
		{
			code: 'DG-3.1',
			label: { vi: 'Đơn giản hóa trước số hóa', en: 'Simplify before digitising' },
			text: {
				vi: 'Trước khi đưa một thủ tục hành chính hoặc quy trình nội bộ lên môi trường số, cơ quan, địa phương anh/chị có rà soát để cắt giảm, đơn giản hóa và tái cấu trúc quy trình không?',
				en: 'Before putting an administrative procedure or internal process online, does your organisation review it to cut steps, simplify it and redesign the process?'
			},
			guidance: [
				{
					vi: 'Xin kế hoạch rà soát, đơn giản hóa thủ tục hành chính năm gần nhất và kết quả: bao nhiêu thủ tục, thành phần hồ sơ, bước xử lý đã được cắt giảm?',
					en: 'Ask for the latest plan to review and simplify administrative procedures and its results: how many procedures, required documents and processing steps were cut?'
				},
				{
					vi: 'Với hai thủ tục vừa được đưa lên trực tuyến toàn trình: quy trình điện tử có khác quy trình giấy trước đây không? Có sơ đồ quy trình trước và sau không?',
					en: 'For two procedures recently put fully online: does the electronic process differ from the old paper one? Are there before-and-after process maps?'
				},
				{
					vi: 'Khi rà soát có tính chi phí tuân thủ của người dân, doanh nghiệp (thời gian, số lần đi lại, chi phí) không?',
					en: 'Does the review estimate the compliance cost for citizens and businesses (time, trips, money)?'
				},
				{
					vi: 'Những đề xuất đơn giản hóa thuộc thẩm quyền cấp trên đã được kiến nghị chưa, và kết quả ra sao?',
					en: 'Have simplification proposals that need a higher authority been submitted, and with what result?'
				}
			],
			descriptors: [
				{
					vi: 'Thủ tục và quy trình được đưa lên môi trường số nguyên trạng như bản giấy; việc rà soát, đơn giản hóa chỉ làm khi có yêu cầu của cấp trên.',
					en: 'Procedures and processes go online exactly as they were on paper; review and simplification happen only when a higher level demands it.'
				},
				{
					vi: 'Có kế hoạch rà soát, đơn giản hóa thủ tục hằng năm, nhưng tập trung vào số lượng thủ tục rà soát; việc số hóa và việc đơn giản hóa được thực hiện tách rời.',
					en: 'There is a yearly plan to review and simplify procedures, but it focuses on how many are reviewed; digitisation and simplification are done separately.'
				},
				{
					vi: 'Mỗi thủ tục, quy trình trước khi số hóa đều được rà soát và có sơ đồ quy trình trước và sau; các thành phần hồ sơ, bước xử lý không cần thiết được cắt bỏ; chi phí tuân thủ được tính toán và kiến nghị vượt thẩm quyền được gửi cấp có thẩm quyền.',
					en: 'Every procedure or process is reviewed before digitisation, with before-and-after process maps; unnecessary documents and steps are removed; compliance costs are estimated and proposals beyond the organisation’s authority are sent to the competent level.'
				},
				{
					vi: 'Quy trình được thiết kế lại từ đầu theo nhu cầu người dùng và khả năng của công nghệ, không chỉ cắt giảm; mức giảm thời gian, chi phí tuân thủ được đo lường sau khi triển khai và công bố; nhiều kiến nghị đơn giản hóa đã được cấp có thẩm quyền chấp thuận.',
					en: 'Processes are redesigned from scratch around users and what technology allows, not just trimmed; the reduction in time and compliance cost is measured after roll-out and published; many simplification proposals have been accepted by the competent authorities.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Kế hoạch và báo cáo kết quả rà soát, đơn giản hóa thủ tục hành chính',
					en: 'Plan and results report for reviewing and simplifying administrative procedures'
				},
				{
					vi: 'Sơ đồ quy trình trước và sau tái cấu trúc của một số thủ tục',
					en: 'Before-and-after process maps for some procedures'
				},
				{
					vi: 'Văn bản kiến nghị đơn giản hóa gửi cấp có thẩm quyền và phản hồi',
					en: 'Simplification proposals sent to the competent authority, and the replies'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Lãnh đạo cơ quan, địa phương quy định mọi thủ tục, quy trình phải được rà soát, đơn giản hóa trước khi số hóa; đơn vị kiểm soát thủ tục hành chính chủ trì, bắt đầu từ các thủ tục có nhiều hồ sơ.',
					en: 'The organisation’s leadership should require every procedure and process to be reviewed and simplified before digitisation, led by the administrative procedure control unit and starting with high-volume procedures.'
				},
				'2': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính và đơn vị chuyên trách về chuyển đổi số phối hợp rà soát cùng lúc với số hóa: lập sơ đồ quy trình trước và sau, tính chi phí tuân thủ, kiến nghị các nội dung vượt thẩm quyền.',
					en: 'The procedure control unit and the digital transformation unit should review and digitise together: map processes before and after, estimate compliance costs, and submit proposals beyond the organisation’s authority.'
				},
				'3': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính thí điểm thiết kế lại từ đầu một số quy trình có nhiều hồ sơ theo nhu cầu người dùng, đo lường và công bố mức giảm thời gian, chi phí sau triển khai.',
					en: 'The procedure control unit should pilot a from-scratch redesign of some high-volume processes around users, and measure and publish the time and cost saved after roll-out.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị kiểm soát thủ tục hành chính cung cấp báo cáo kết quả rà soát, đơn giản hóa thủ tục năm gần nhất và sơ đồ quy trình của hai thủ tục vừa được đưa lên trực tuyến toàn trình.',
				en: 'Ask the administrative procedure control unit for the latest simplification results and the process maps of two procedures recently put fully online.'
			}
		},
		{
			code: 'DG-3.2',
			label: { vi: 'Không yêu cầu cung cấp lại', en: 'Once-only principle' },
			text: {
				vi: 'Khi giải quyết thủ tục hành chính, cơ quan, địa phương anh/chị có còn yêu cầu người dân, doanh nghiệp nộp giấy tờ, thông tin mà cơ quan nhà nước đã có (trong cơ sở dữ liệu quốc gia, chuyên ngành hoặc hồ sơ, kết quả đã số hóa) không?',
				en: 'When handling administrative procedures, does your organisation still ask citizens and businesses for documents or information the state already holds (in national or sector databases, or in digitised case files and results)?'
			},
			guidance: [
				{
					vi: 'Chọn hai, ba thủ tục có nhiều hồ sơ: thành phần hồ sơ còn yêu cầu những giấy tờ nào mà thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư hoặc cơ sở dữ liệu khác?',
					en: 'Pick two or three high-volume procedures: which required documents contain information already in the National Population Database or another database?'
				},
				{
					vi: 'Cán bộ tiếp nhận có tra cứu, khai thác dữ liệu sẵn có (kể cả kho quản lý dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia) thay vì yêu cầu nộp bản sao không? Quan sát tại bộ phận một cửa.',
					en: 'Do front-desk staff look up existing data (including the personal and business e-document store on the National Public Service Portal) instead of asking for copies? Observe at the one-stop desk.'
				},
				{
					vi: 'Kết quả giải quyết thủ tục do chính cơ quan, địa phương cấp có được lưu dưới dạng điện tử để tái sử dụng cho lần sau không?',
					en: 'Are results the organisation itself issues stored electronically so they can be reused next time?'
				},
				{
					vi: 'Nếu còn yêu cầu giấy tờ, vì sao: quy định chưa sửa, chưa kết nối dữ liệu, hay thói quen của cán bộ?',
					en: 'Where documents are still required, why: rules not yet amended, no data connection, or staff habit?'
				}
			],
			descriptors: [
				{
					vi: 'Người dân, doanh nghiệp vẫn phải nộp bản sao các giấy tờ mà thông tin đã có trong cơ sở dữ liệu của Nhà nước; hồ sơ, kết quả không được lưu điện tử để tái sử dụng.',
					en: 'Citizens and businesses must still hand in copies of documents whose information is already in state databases; case files and results are not stored electronically for reuse.'
				},
				{
					vi: 'Một số thủ tục đã khai thác dữ liệu dân cư thay cho giấy tờ, nhưng phần lớn vẫn yêu cầu bản sao; việc số hóa hồ sơ, kết quả chưa đầy đủ và ít được tái sử dụng.',
					en: 'Some procedures use population data instead of paper, but most still require copies; digitisation of case files and results is incomplete and rarely reused.'
				},
				{
					vi: 'Các thủ tục có nhiều hồ sơ không còn yêu cầu giấy tờ mà thông tin đã có trong cơ sở dữ liệu đang kết nối; hồ sơ, kết quả giải quyết được số hóa và tái sử dụng; các trường hợp còn yêu cầu giấy tờ được liệt kê kèm lý do và kế hoạch xử lý.',
					en: 'High-volume procedures no longer require documents whose information is in connected databases; case files and results are digitised and reused; remaining document requirements are listed with reasons and a plan to remove them.'
				},
				{
					vi: 'Nguyên tắc không yêu cầu cung cấp lại được áp dụng cho mọi thủ tục thuộc thẩm quyền, được quy định trong quy trình nội bộ và kiểm tra định kỳ; thông tin đã có được tự động điền vào biểu mẫu; cơ quan, địa phương đã kiến nghị bỏ các yêu cầu giấy tờ còn lại trong văn bản quy phạm pháp luật.',
					en: 'The once-only principle applies to every procedure the organisation handles, is written into internal procedures and checked regularly; known information is pre-filled in forms; the organisation has proposed removing the remaining document requirements from legislation.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Thành phần hồ sơ hiện hành của một số thủ tục có nhiều hồ sơ',
					en: 'Current document requirements of some high-volume procedures'
				},
				{
					vi: 'Số liệu hồ sơ, kết quả đã số hóa và số lần được tái sử dụng',
					en: 'Figures on digitised case files and results, and how often they were reused'
				},
				{
					vi: 'Ghi chép quan sát tại bộ phận một cửa',
					en: 'Observation notes from the one-stop desk'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính lập danh sách các giấy tờ đang yêu cầu mà thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư và cơ sở dữ liệu khác; đơn vị chuyên trách ưu tiên kết nối để thay thế các giấy tờ có nhiều hồ sơ nhất.',
					en: 'The administrative procedure control unit should list the documents still required whose information is in the National Population Database or other databases; the digital transformation unit should prioritise the connections that replace the most-requested ones.'
				},
				'2': {
					vi: 'Lãnh đạo chỉ đạo bộ phận một cửa khai thác dữ liệu sẵn có thay cho bản sao đối với các thủ tục đã kết nối, hoàn thành số hóa hồ sơ, kết quả giải quyết và lập kế hoạch xử lý các yêu cầu giấy tờ còn lại.',
					en: 'The leadership should instruct one-stop desks to use available data instead of copies for connected procedures, complete digitisation of case files and results, and plan to remove the remaining document requirements.'
				},
				'3': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính đưa nguyên tắc không yêu cầu cung cấp lại vào quy trình nội bộ của mọi thủ tục, kiểm tra định kỳ việc tuân thủ và kiến nghị sửa các quy định còn yêu cầu giấy tờ.',
					en: 'The procedure control unit should write the once-only principle into the internal procedure for every service, check compliance regularly, and propose amending rules that still require documents.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị kiểm soát thủ tục hành chính cung cấp thành phần hồ sơ của ba thủ tục có nhiều hồ sơ nhất và số liệu số hóa hồ sơ, kết quả giải quyết; đoàn đánh giá quan sát tại bộ phận một cửa.',
				en: 'Ask the administrative procedure control unit for the document requirements of its three highest-volume procedures and figures on digitised case files and results; assessors should observe at the one-stop desk.'
			}
		},
		{
			code: 'DG-3.3',
			label: { vi: 'Xử lý hồ sơ không giấy', en: 'Paperless case handling' },
			text: {
				vi: 'Hồ sơ thủ tục hành chính của cơ quan, địa phương anh/chị có được xử lý hoàn toàn trên môi trường điện tử, từ tiếp nhận, thẩm định, phê duyệt bằng chữ ký số đến trả kết quả điện tử, không?',
				en: 'Are your organisation’s administrative procedure cases handled entirely electronically, from receipt and review through approval with digital signatures to an electronic result?'
			},
			guidance: [
				{
					vi: 'Theo dõi một hồ sơ trên hệ thống thông tin giải quyết thủ tục hành chính: ở bước nào hồ sơ được in ra, trình ký giấy hoặc chuyển bằng tay?',
					en: 'Follow one case through the administrative procedure information system: at which steps is it printed, signed on paper or passed by hand?'
				},
				{
					vi: 'Lãnh đạo phê duyệt, ký kết quả bằng chữ ký số hay ký tay? Kết quả điện tử có giá trị pháp lý và được gửi vào kho dữ liệu của người dân, doanh nghiệp không?',
					en: 'Do leaders approve and sign results with digital signatures or by hand? Do electronic results have legal value and go into the citizen’s or business’s e-document store?'
				},
				{
					vi: 'Tỷ lệ hồ sơ được xử lý trên hệ thống và tỷ lệ kết quả điện tử trong 12 tháng gần nhất là bao nhiêu? Có còn hồ sơ “chạy ngoài hệ thống” không?',
					en: 'What share of cases were processed in the system, and what share of results were issued electronically, over the last 12 months? Are some cases still handled outside the system?'
				},
				{
					vi: 'Có quy định lưu trữ hồ sơ điện tử theo quy định về lưu trữ không, hay vẫn phải lưu song song bản giấy?',
					en: 'Are electronic case files archived under the archiving rules, or must paper copies still be kept in parallel?'
				}
			],
			descriptors: [
				{
					vi: 'Hồ sơ chủ yếu được xử lý trên giấy; hệ thống điện tử chỉ dùng để cập nhật trạng thái sau khi đã xử lý; kết quả được ký tay và trả bản giấy.',
					en: 'Cases are handled mainly on paper; the electronic system is only updated with status after the fact; results are signed by hand and issued on paper.'
				},
				{
					vi: 'Hồ sơ được tiếp nhận và luân chuyển trên hệ thống nhưng nhiều bước vẫn in ra để trình ký; chữ ký số mới được dùng cho một phần kết quả; còn hồ sơ xử lý ngoài hệ thống.',
					en: 'Cases are received and routed in the system, but many steps are still printed out for signature; digital signatures are used for only some results; some cases are still handled outside the system.'
				},
				{
					vi: 'Hồ sơ được xử lý trên hệ thống ở mọi bước, lãnh đạo phê duyệt bằng chữ ký số; kết quả được cấp dưới dạng điện tử có giá trị pháp lý cho các thủ tục pháp luật cho phép; tỷ lệ xử lý trên hệ thống được theo dõi từ số liệu hệ thống.',
					en: 'Cases are processed in the system at every step and approved by leaders with digital signatures; results are issued electronically with legal value wherever the law allows; the share handled in the system is tracked from system data.'
				},
				{
					vi: 'Không còn hồ sơ xử lý ngoài hệ thống; hồ sơ điện tử được lưu trữ theo quy định mà không cần bản giấy song song; thời gian xử lý từng bước được đo và dùng để loại bỏ điểm nghẽn.',
					en: 'No cases are handled outside the system; electronic case files are archived under the rules with no parallel paper copy; the time taken at each step is measured and used to remove bottlenecks.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Số liệu hồ sơ xử lý trên hệ thống và kết quả điện tử trong 12 tháng gần nhất',
					en: 'Figures on cases handled in the system and electronic results over the last 12 months'
				},
				{
					vi: 'Nhật ký xử lý của một hồ sơ trên hệ thống',
					en: 'The processing log of one case in the system'
				},
				{
					vi: 'Mẫu kết quả điện tử có chữ ký số',
					en: 'A sample electronic result bearing a digital signature'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Lãnh đạo cơ quan, địa phương yêu cầu mọi hồ sơ được tiếp nhận và luân chuyển trên hệ thống thông tin giải quyết thủ tục hành chính; đơn vị chuyên trách cấp chứng thư chữ ký số cho người có thẩm quyền ký kết quả.',
					en: 'The organisation’s leadership should require every case to be received and routed in the administrative procedure information system; the digital transformation unit should issue digital signature certificates to everyone who signs results.'
				},
				'2': {
					vi: 'Lãnh đạo thực hiện phê duyệt, ký số trên hệ thống; đơn vị kiểm soát thủ tục hành chính xác định các thủ tục được cấp kết quả điện tử và theo dõi tỷ lệ hồ sơ xử lý ngoài hệ thống để xóa bỏ.',
					en: 'Leaders should approve and sign digitally in the system; the procedure control unit should identify the procedures that can issue electronic results and track cases handled outside the system until there are none.'
				},
				'3': {
					vi: 'Đơn vị lưu trữ phối hợp với đơn vị chuyên trách áp dụng lưu trữ hồ sơ điện tử theo quy định, bỏ lưu song song bản giấy; đơn vị kiểm soát thủ tục hành chính phân tích thời gian xử lý từng bước để loại bỏ điểm nghẽn.',
					en: 'The archives unit and the lead unit should archive electronic files under the rules and stop keeping parallel paper copies; the procedure control unit should analyse step times to remove bottlenecks.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị vận hành hệ thống thông tin giải quyết thủ tục hành chính cung cấp số liệu hồ sơ xử lý trên hệ thống, kết quả điện tử trong 12 tháng gần nhất và nhật ký xử lý của một hồ sơ.',
				en: 'Ask the operator of the administrative procedure information system for figures on cases handled in the system and electronic results over the last 12 months, and the processing log of one case.'
			}
		},
		{
			code: 'DG-3.4',
			label: { vi: 'Văn bản điện tử, liên thông', en: 'Electronic documents and exchange' },
			text: {
				vi: 'Văn bản, công việc nội bộ của cơ quan, địa phương anh/chị có được xử lý trên hệ thống quản lý văn bản và điều hành với chữ ký số, và văn bản gửi, nhận với các cơ quan khác có được trao đổi dưới dạng điện tử qua Trục liên thông văn bản quốc gia không?',
				en: 'Are your organisation’s internal documents and work handled in its document and workflow management system with digital signatures, and are documents exchanged with other agencies electronically through the National Document Exchange Hub?'
			},
			guidance: [
				{
					vi: 'Tỷ lệ văn bản đi được ký số và gửi hoàn toàn dưới dạng điện tử trong 12 tháng gần nhất là bao nhiêu? Những loại văn bản nào vẫn gửi kèm bản giấy, vì sao?',
					en: 'What share of outgoing documents over the last 12 months were digitally signed and sent only electronically? Which kinds still go with a paper copy, and why?'
				},
				{
					vi: 'Hệ thống quản lý văn bản đã kết nối với Trục liên thông văn bản quốc gia chưa? Với tỉnh, thành phố: đã kết nối đến tất cả các xã chưa?',
					en: 'Is the document management system connected to the National Document Exchange Hub? For provinces: is it connected to every commune?'
				},
				{
					vi: 'Lãnh đạo có xử lý, cho ý kiến, giao việc trên hệ thống không, hay chuyên viên in văn bản ra để trình?',
					en: 'Do leaders process documents, comment and assign tasks in the system, or do staff print documents out for them?'
				},
				{
					vi: 'Có sử dụng họp không giấy, lịch công tác, giao việc và theo dõi nhiệm vụ trên môi trường điện tử không?',
					en: 'Are paperless meetings, electronic calendars, and task assignment and tracking used?'
				}
			],
			descriptors: [
				{
					vi: 'Văn bản chủ yếu được xử lý và gửi bằng giấy; hệ thống quản lý văn bản, nếu có, chỉ dùng để vào sổ; ít sử dụng chữ ký số.',
					en: 'Documents are mainly handled and sent on paper; the document management system, if any, is used only as a register; digital signatures are rarely used.'
				},
				{
					vi: 'Hệ thống quản lý văn bản được dùng rộng rãi và một phần văn bản đi được ký số, nhưng nhiều văn bản vẫn gửi kèm bản giấy; lãnh đạo thường xử lý trên bản in; chưa kết nối đầy đủ với Trục liên thông văn bản quốc gia.',
					en: 'The document management system is widely used and some outgoing documents are digitally signed, but many still go with a paper copy; leaders often work on printouts; the connection to the National Document Exchange Hub is incomplete.'
				},
				{
					vi: 'Văn bản đi được ký số và gửi dưới dạng điện tử, trừ văn bản mật và các trường hợp pháp luật quy định khác; lãnh đạo xử lý, giao việc trên hệ thống; hệ thống đã kết nối với Trục liên thông văn bản quốc gia và các đơn vị trực thuộc.',
					en: 'Outgoing documents are digitally signed and sent electronically, except classified documents and cases where the law requires otherwise; leaders process documents and assign tasks in the system; the system is connected to the National Document Exchange Hub and to all subordinate units.'
				},
				{
					vi: 'Văn bản, hồ sơ công việc được lập, xử lý, lưu trữ hoàn toàn điện tử; nhiệm vụ được giao, theo dõi đến khi hoàn thành trên hệ thống; họp không giấy là thông lệ; số liệu về thời gian xử lý văn bản được dùng để cải thiện điều hành.',
					en: 'Documents and files are created, processed and archived entirely electronically; tasks are assigned and tracked to completion in the system; paperless meetings are the norm; data on document processing times is used to improve management.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Số liệu văn bản đi ký số, gửi điện tử trong 12 tháng gần nhất',
					en: 'Figures on digitally signed and electronically sent documents over the last 12 months'
				},
				{
					vi: 'Xác nhận kết nối với Trục liên thông văn bản quốc gia và danh sách đơn vị đã kết nối',
					en: 'Confirmation of the connection to the National Document Exchange Hub and the list of connected units'
				},
				{
					vi: 'Quy chế quản lý văn bản điện tử của cơ quan, địa phương',
					en: 'The organisation’s rules on electronic document management'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Văn phòng cơ quan, địa phương ban hành quy chế quản lý văn bản điện tử, yêu cầu mọi văn bản đến, đi được xử lý trên hệ thống; đơn vị chuyên trách cấp chữ ký số cho lãnh đạo và văn thư.',
					en: 'The organisation’s office should issue rules on electronic document management requiring all incoming and outgoing documents to be handled in the system; the digital transformation unit should issue digital signatures to leaders and records clerks.'
				},
				'2': {
					vi: 'Văn phòng chấm dứt việc gửi kèm bản giấy đối với văn bản không thuộc diện phải gửi bản giấy; lãnh đạo xử lý, giao việc trên hệ thống; đơn vị chuyên trách hoàn thành kết nối với Trục liên thông văn bản quốc gia và các đơn vị trực thuộc.',
					en: 'The office should stop sending paper copies of documents that do not legally need them; leaders should process and assign work in the system; the lead unit should complete connections to the National Document Exchange Hub and to all subordinate units.'
				},
				'3': {
					vi: 'Văn phòng triển khai lưu trữ hồ sơ công việc điện tử, giao và theo dõi nhiệm vụ trên hệ thống, áp dụng họp không giấy và dùng số liệu thời gian xử lý văn bản để cải thiện điều hành.',
					en: 'The office should move to electronic filing of work records, assign and track tasks in the system, hold paperless meetings, and use document processing times to improve management.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị Văn phòng cơ quan, địa phương cung cấp số liệu văn bản đi ký số, gửi điện tử trong 12 tháng gần nhất và tình trạng kết nối với Trục liên thông văn bản quốc gia.',
				en: 'Ask the organisation’s office for figures on digitally signed and electronically sent documents over the last 12 months and the status of its connection to the National Document Exchange Hub.'
			}
		},
		{
			code: 'DG-3.5',
			label: { vi: 'Liên thông thủ tục', en: 'Joined-up procedures' },
			text: {
				vi: 'Các thủ tục hành chính của cơ quan, địa phương anh/chị có liên quan đến nhiều cơ quan (theo sự kiện đời sống của người dân hoặc vòng đời doanh nghiệp) có được liên thông để người dân, doanh nghiệp chỉ nộp hồ sơ một lần, ở một nơi không?',
				en: 'Are your organisation’s administrative procedures that involve several agencies (around events in a person’s life or a business’s life cycle) joined up so that citizens and businesses apply only once, in one place?'
			},
			guidance: [
				{
					vi: 'Cơ quan, địa phương tham gia những nhóm thủ tục liên thông nào (ví dụ các nhóm thủ tục liên thông thuộc Đề án 06 như đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế)? Số hồ sơ liên thông trong 12 tháng gần nhất là bao nhiêu?',
					en: 'Which joined-up procedure bundles does the organisation take part in (for example the Project 06 bundles such as birth registration, permanent residence registration and health insurance cards)? How many joined-up cases in the last 12 months?'
				},
				{
					vi: 'Hồ sơ được chuyển giữa các cơ quan bằng điện tử hay người dân vẫn phải tự mang kết quả của cơ quan này sang cơ quan khác?',
					en: 'Do cases pass between agencies electronically, or must applicants still carry one agency’s result to the next?'
				},
				{
					vi: 'Khi một nhóm thủ tục liên thông bị chậm, có theo dõi được hồ sơ đang chậm ở cơ quan nào không?',
					en: 'When a joined-up case is delayed, can anyone see which agency is holding it up?'
				},
				{
					vi: 'Cơ quan, địa phương có chủ động đề xuất thêm nhóm thủ tục liên thông theo sự kiện đời sống không?',
					en: 'Has the organisation proposed new joined-up bundles around life events on its own initiative?'
				}
			],
			descriptors: [
				{
					vi: 'Không có thủ tục liên thông; người dân, doanh nghiệp phải tự đến từng cơ quan, nộp lại giấy tờ và chuyển kết quả giữa các cơ quan.',
					en: 'No procedures are joined up; citizens and businesses go to each agency in turn, hand in the same documents again and carry results from one agency to another.'
				},
				{
					vi: 'Có tham gia một số nhóm thủ tục liên thông nhưng hồ sơ vẫn chuyển một phần bằng giấy hoặc qua người dân; số hồ sơ liên thông ít; không theo dõi được hồ sơ chậm ở khâu nào.',
					en: 'The organisation takes part in some joined-up bundles, but cases still move partly on paper or via the applicant; few cases are handled this way; delays cannot be traced to a step.'
				},
				{
					vi: 'Các nhóm thủ tục liên thông được giao đã triển khai trực tuyến, hồ sơ chuyển điện tử giữa các cơ quan, người dân chỉ nộp một lần; tình trạng và thời gian xử lý ở từng cơ quan được theo dõi.',
					en: 'All assigned joined-up bundles run online, cases move electronically between agencies and applicants file only once; status and processing time at each agency are tracked.'
				},
				{
					vi: 'Ngoài các nhóm được giao, cơ quan, địa phương đã chủ trì thiết kế và triển khai thêm nhóm thủ tục liên thông theo sự kiện đời sống hoặc vòng đời doanh nghiệp; thời gian xử lý toàn nhóm được đo, công bố và giảm dần.',
					en: 'Beyond the assigned bundles, the organisation has led the design and roll-out of further joined-up services around life or business events; end-to-end processing time is measured, published and falling.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Danh sách nhóm thủ tục liên thông đang triển khai và số hồ sơ của từng nhóm',
					en: 'List of joined-up bundles in operation and the number of cases for each'
				},
				{
					vi: 'Quy chế phối hợp liên thông giữa các cơ quan liên quan',
					en: 'Coordination rules between the agencies in the joined-up bundles'
				},
				{
					vi: 'Báo cáo thời gian xử lý hồ sơ liên thông ở từng cơ quan',
					en: 'Report on processing time for joined-up cases at each agency'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Đơn vị kiểm soát thủ tục hành chính xác định các nhóm thủ tục liên thông mà cơ quan, địa phương có trách nhiệm triển khai và lập kế hoạch cùng các cơ quan liên quan.',
					en: 'The administrative procedure control unit should identify the joined-up bundles the organisation must deliver and plan them with the agencies concerned.'
				},
				'2': {
					vi: 'Đơn vị chuyên trách hoàn thành kết nối để hồ sơ liên thông được chuyển điện tử giữa các cơ quan; đơn vị kiểm soát thủ tục hành chính theo dõi thời gian xử lý ở từng cơ quan và xử lý điểm chậm.',
					en: 'The digital transformation unit should complete the connections so joined-up cases move electronically between agencies; the procedure control unit should track processing time at each agency and deal with delays.'
				},
				'3': {
					vi: 'Lãnh đạo cơ quan, địa phương đề xuất và chủ trì thiết kế thêm nhóm thủ tục liên thông theo sự kiện đời sống có nhiều người dùng, công bố thời gian xử lý toàn nhóm.',
					en: 'The organisation’s leadership should propose and lead the design of further joined-up services around high-demand life events, and publish their end-to-end processing times.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị kiểm soát thủ tục hành chính cung cấp danh sách nhóm thủ tục liên thông đang triển khai và số hồ sơ của từng nhóm trong 12 tháng gần nhất.',
				en: 'Ask the administrative procedure control unit for the list of joined-up bundles in operation and the number of cases for each over the last 12 months.'
			}
		},
		{
			code: 'DG-3.6',
			label: { vi: 'Quản lý sự thay đổi', en: 'Change management' },
			text: {
				vi: 'Khi thay đổi quy trình hoặc đưa hệ thống mới vào sử dụng, cơ quan, địa phương anh/chị có kế hoạch quản lý sự thay đổi (phân công trách nhiệm, sửa quy chế nội bộ, hướng dẫn, truyền thông, hỗ trợ cán bộ và người dân) và đánh giá kết quả sau triển khai không?',
				en: 'When changing processes or introducing new systems, does your organisation plan how to manage the change (responsibilities, updated internal rules, training, communication, support for staff and the public) and evaluate the results afterwards?'
			},
			guidance: [
				{
					vi: 'Với hai thay đổi lớn gần đây (ví dụ: hệ thống mới, quy trình mới sau sắp xếp bộ máy): có kế hoạch triển khai nêu ai làm gì, khi nào, kể cả việc ngừng cách làm cũ không?',
					en: 'For two recent major changes (for example a new system, or new processes after the reorganisation): was there a roll-out plan saying who does what and when, including when the old way stops?'
				},
				{
					vi: 'Quy chế nội bộ, phân công nhiệm vụ, bản mô tả vị trí việc làm có được sửa theo quy trình mới không?',
					en: 'Were internal rules, task assignments and job descriptions updated for the new process?'
				},
				{
					vi: 'Cán bộ trực tiếp thực hiện có được tham gia thiết kế và được hỗ trợ trong giai đoạn chuyển đổi không? Hỏi một, hai cán bộ về trải nghiệm của họ.',
					en: 'Were the staff doing the work involved in the design and supported during the transition? Ask one or two of them about their experience.'
				},
				{
					vi: 'Sau triển khai có đánh giá kết quả so với mục tiêu ban đầu và rút kinh nghiệm không? Có còn tình trạng chạy song song cách làm cũ và mới kéo dài không?',
					en: 'Were results compared with the original goals after roll-out and lessons drawn? Do old and new ways still run side by side long after the switch?'
				}
			],
			descriptors: [
				{
					vi: 'Hệ thống, quy trình mới được triển khai bằng văn bản yêu cầu thực hiện; không có kế hoạch quản lý sự thay đổi; cách làm cũ và mới tồn tại song song kéo dài.',
					en: 'New systems and processes are introduced by instruction alone; there is no change management plan; old and new ways run side by side for a long time.'
				},
				{
					vi: 'Có tập huấn sử dụng khi triển khai, nhưng quy chế nội bộ và phân công nhiệm vụ chưa được sửa theo quy trình mới; cán bộ ít được tham gia; không đánh giá kết quả sau triển khai.',
					en: 'Training is given at roll-out, but internal rules and task assignments are not updated for the new process; staff are rarely involved; results are not evaluated afterwards.'
				},
				{
					vi: 'Mỗi thay đổi lớn có kế hoạch triển khai gồm phân công trách nhiệm, sửa quy chế nội bộ, hướng dẫn, truyền thông, hỗ trợ và thời điểm chấm dứt cách làm cũ; cán bộ thực hiện được tham gia thiết kế; kết quả được đánh giá so với mục tiêu sau triển khai.',
					en: 'Each major change has a roll-out plan covering responsibilities, updated internal rules, training, communication, support and a date for ending the old way; the staff affected help with the design; results are evaluated against goals after roll-out.'
				},
				{
					vi: 'Cơ quan, địa phương có phương pháp quản lý sự thay đổi thống nhất, áp dụng cho mọi dự án; mức độ chấp nhận của cán bộ và người dân được đo trong quá trình triển khai; bài học kinh nghiệm được ghi lại và áp dụng cho các thay đổi sau.',
					en: 'The organisation has a common change management method applied to every project; acceptance by staff and the public is measured during roll-out; lessons learned are recorded and applied to later changes.'
				}
			],
			suggestedEvidence: [
				{
					vi: 'Kế hoạch triển khai, quản lý sự thay đổi của một dự án gần đây',
					en: 'The roll-out or change management plan of a recent project'
				},
				{
					vi: 'Quy chế nội bộ hoặc bản mô tả vị trí việc làm được sửa đổi theo quy trình mới',
					en: 'Internal rules or job descriptions revised for a new process'
				},
				{
					vi: 'Báo cáo đánh giá sau triển khai, rút kinh nghiệm',
					en: 'Post-implementation review or lessons-learned report'
				}
			],
			weight: 1,
			scope: 'organisation',
			target: 3,
			recommendations: {
				'1': {
					vi: 'Lãnh đạo phụ trách chuyển đổi số yêu cầu mọi dự án, thay đổi quy trình lớn có kế hoạch triển khai, trong đó nêu rõ trách nhiệm, hỗ trợ cán bộ và thời điểm chấm dứt cách làm cũ.',
					en: 'The leader in charge of digital transformation should require a roll-out plan for every project and major process change, stating responsibilities, support for staff and when the old way ends.'
				},
				'2': {
					vi: 'Đơn vị tổ chức cán bộ phối hợp với đơn vị chuyên trách sửa quy chế nội bộ, phân công nhiệm vụ theo quy trình mới; đơn vị chủ trì dự án mời cán bộ thực hiện tham gia thiết kế và đánh giá kết quả sau triển khai.',
					en: 'The personnel unit and the lead unit should update internal rules and task assignments for new processes; project owners should involve the staff affected in the design and evaluate results after roll-out.'
				},
				'3': {
					vi: 'Đơn vị chuyên trách ban hành phương pháp quản lý sự thay đổi thống nhất, đo mức độ chấp nhận trong quá trình triển khai và lập kho bài học kinh nghiệm dùng chung cho các dự án.',
					en: 'The lead unit should issue a common change management method, measure acceptance during roll-outs, and keep a shared store of lessons learned for all projects.'
				}
			},
			collectEvidence: {
				vi: 'Đề nghị đơn vị chuyên trách cung cấp kế hoạch triển khai và báo cáo đánh giá sau triển khai của hai thay đổi lớn gần nhất; đoàn đánh giá phỏng vấn một, hai cán bộ trực tiếp thực hiện.',
				en: 'Ask the lead unit for the roll-out plans and post-implementation reviews of the two most recent major changes; assessors should interview one or two staff who do the work.'
			}
		}
	]
};
