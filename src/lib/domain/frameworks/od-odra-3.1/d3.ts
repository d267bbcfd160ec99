import type { OdDimensionInput } from '../schema';

/**
 * OD-3 Institutional structures, responsibilities and capabilities within government (ODRA 3.1,
 * dimension 3), paraphrased and adapted to Vietnam by Sẵn Sàng. "Lead agency" is read as the unit inside
 * the ministry or province that could run its open data programme.
 */
export const d3: OdDimensionInput = {
	code: 'OD-3',
	title: {
		vi: 'Cơ cấu tổ chức, trách nhiệm và năng lực trong bộ máy nhà nước',
		en: 'Institutional structures, responsibilities and capabilities within government'
	},
	shortTitle: { vi: 'Tổ chức, năng lực', en: 'Institutions' },
	importance: 'high',
	context: {
		vi: 'Một chương trình dữ liệu mở cần một đơn vị chủ trì đủ thẩm quyền và năng lực, cơ chế phối hợp giữa các đơn vị, và những người phụ trách công nghệ thông tin, dữ liệu có tiếng nói thực sự. Sau khi sắp xếp tổ chức bộ máy năm 2025, nhiệm vụ chuyển đổi số ở nhiều bộ, tỉnh được giao lại cho các đơn vị mới (chẳng hạn Sở Khoa học và Công nghệ tiếp nhận nhiệm vụ của Sở Thông tin và Truyền thông), nên cần xác định rõ ai có thể dẫn dắt dữ liệu mở. Khía cạnh này cũng xem xét kỹ năng số của cán bộ, việc đo lường hiệu quả hoạt động và sự hiện diện trực tuyến của cơ quan, địa phương.',
		en: 'An open data programme needs a lead unit with enough authority and skill, working coordination between units, and IT and data managers whose voice counts. After the 2025 reorganisation, digital transformation duties in many ministries and provinces passed to new units (provincial Departments of Science and Technology, for example, took over from the Departments of Information and Communications), so who could lead open data needs settling. This dimension also covers staff digital skills, performance management and the organisation’s online presence.'
	},
	evidence: [
		{
			code: 'OD-3.E1',
			polarity: '+',
			text: {
				vi: 'Một đơn vị có đủ vị thế, thẩm quyền đã được giao điều phối dữ liệu mở.',
				en: 'A single unit with enough standing and authority has been designated to coordinate open data.'
			}
		},
		{
			code: 'OD-3.E2',
			polarity: '+',
			text: {
				vi: 'Đổi mới sáng tạo được hỗ trợ, ví dụ có tổ, nhóm làm việc linh hoạt hoặc thu hút chuyên gia từ bên ngoài.',
				en: 'Innovation is supported, for example through an agile team or by bringing in outside experts.'
			}
		},
		{
			code: 'OD-3.E3',
			polarity: '+',
			text: {
				vi: 'Dữ liệu mở đã được phổ biến và hiểu rõ ở một số đơn vị.',
				en: 'Open data is already known and understood in some units.'
			}
		},
		{
			code: 'OD-3.E4',
			polarity: '+',
			text: {
				vi: 'Các đơn vị chủ chốt có người phụ trách dữ liệu mở hoặc lãnh đạo phụ trách công nghệ thông tin, dữ liệu (kiểu CIO/CDO).',
				en: 'Key units have an open data manager or a leader in charge of IT and data (a CIO or CDO-type role).'
			}
		},
		{
			code: 'OD-3.E5',
			polarity: '+',
			text: {
				vi: 'Có chương trình chung toàn cơ quan, địa phương về minh bạch, Chính phủ mở hoặc cải cách hành chính có nội dung công khai thông tin.',
				en: 'There is an organisation-wide programme on transparency, open government or administrative reform that includes disclosure.'
			}
		},
		{
			code: 'OD-3.E6',
			polarity: '+',
			text: {
				vi: 'Hiệu quả hoạt động của các đơn vị được theo dõi, đánh giá thường xuyên.',
				en: 'Units’ performance is monitored and reviewed regularly.'
			}
		},
		{
			code: 'OD-3.E7',
			polarity: '+',
			text: {
				vi: 'Có chương trình bồi dưỡng chính thức về công nghệ thông tin, kỹ năng số cho cán bộ, công chức, viên chức.',
				en: 'There is formal IT and digital-skills training for civil servants and public employees.'
			}
		},
		{
			code: 'OD-3.E8',
			polarity: '+',
			text: {
				vi: 'Một đơn vị chịu trách nhiệm chung về công nghệ thông tin cho toàn cơ quan, địa phương.',
				en: 'One unit is responsible for IT across the whole organisation.'
			}
		},
		{
			code: 'OD-3.E9',
			polarity: '+',
			text: {
				vi: 'Có mạng lưới, nhóm trao đổi không chính thức giữa cán bộ các đơn vị về công nghệ thông tin, dữ liệu.',
				en: 'Staff in different units share know-how on IT and data through informal networks or groups.'
			}
		},
		{
			code: 'OD-3.E10',
			polarity: '-',
			text: {
				vi: 'Phần lớn các đơn vị không có người phụ trách công nghệ thông tin hay dữ liệu.',
				en: 'Most units have no one in charge of IT or data.'
			}
		},
		{
			code: 'OD-3.E11',
			polarity: '-',
			text: {
				vi: 'Không có cơ chế phối hợp về công nghệ thông tin giữa các đơn vị.',
				en: 'There is no body or mechanism coordinating IT between units.'
			}
		}
	],
	coreIssues: [
		{
			code: 'OD-3.C1',
			text: {
				vi: 'Có một đơn vị sẵn sàng chủ trì chương trình dữ liệu mở, đủ vị thế và năng lực.',
				en: 'A unit willing to lead the open data programme, with enough standing and competence.'
			},
			questions: ['OD-3.1', 'OD-3.5', 'OD-3.6']
		},
		{
			code: 'OD-3.C2',
			text: {
				vi: 'Có tiền lệ phối hợp giữa các đơn vị trong các sáng kiến lớn về công nghệ thông tin hoặc công khai, minh bạch.',
				en: 'A track record of coordinating units on major IT or open-government initiatives.'
			},
			questions: ['OD-3.3', 'OD-3.4', 'OD-3.8']
		},
		{
			code: 'OD-3.C3',
			text: {
				vi: 'Các vị trí phụ trách công nghệ thông tin, dữ liệu (kiểu CIO/CDO) ở các đơn vị hoạt động hiệu quả.',
				en: 'Effective CIO or CDO-type posts in the units.'
			},
			questions: ['OD-3.2', 'OD-3.7']
		}
	],
	green: {
		required: ['OD-3.C1'],
		minAdditionalMet: 1,
		text: {
			vi: 'XANH khi có một đơn vị sẵn sàng chủ trì chương trình dữ liệu mở với đủ vị thế và năng lực (vấn đề cốt lõi 1) và có bằng chứng rõ ràng về ít nhất một vấn đề cốt lõi khác: tiền lệ phối hợp liên đơn vị, hoặc các vị trí phụ trách công nghệ thông tin, dữ liệu hoạt động hiệu quả.',
			en: 'GREEN requires a willing lead unit with enough standing and competence (core issue 1) and clear evidence on at least one other core issue: a record of cross-unit coordination, or effective IT and data posts.'
		}
	},
	redTriggers: [
		{
			code: 'OD-3.R1',
			text: {
				vi: 'Không có đơn vị nào có vị trí thuận lợi và sẵn sàng chủ trì chương trình dữ liệu mở.',
				en: 'No unit is well placed and ready to run the open data programme.'
			}
		},
		{
			code: 'OD-3.R2',
			text: {
				vi: 'Không có tiền lệ điều phối công nghệ thông tin trên toàn cơ quan, địa phương; phối hợp giữa các đơn vị yếu.',
				en: 'There is no record of organisation-wide IT coordination, and coordination between units is weak.'
			}
		},
		{
			code: 'OD-3.R3',
			text: {
				vi: 'Sự hiện diện trực tuyến yếu: cổng thông tin điện tử ít cập nhật, rất ít dịch vụ công trực tuyến.',
				en: 'The online presence is weak: the web portal is rarely updated and few services are online.'
			}
		}
	],
	typical: {
		green: [
			{
				vi: 'Đã xác định đơn vị chủ trì dữ liệu mở có thẩm quyền, năng lực và sẵn sàng nhận nhiệm vụ.',
				en: 'A lead unit for open data has been identified, with the authority, skills and willingness to take it on.'
			},
			{
				vi: 'Có tiền lệ điều phối thành công các dự án công nghệ thông tin chung (ví dụ hệ thống thông tin giải quyết thủ tục hành chính, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia – NDXP).',
				en: 'Shared IT projects have been coordinated successfully before (for example the administrative-procedure information system, or connection to the National Data Integration and Sharing Platform, NDXP).'
			},
			{
				vi: 'Các đơn vị chủ chốt có lãnh đạo phụ trách công nghệ thông tin, dữ liệu với thẩm quyền thực sự.',
				en: 'Key units have IT and data leads with real authority.'
			},
			{
				vi: 'Hiệu quả hoạt động được đo lường định kỳ và công khai.',
				en: 'Performance is measured regularly and published.'
			}
		],
		yellow: [
			{
				vi: 'Có phương án tốt cho đơn vị chủ trì (ít nhất là đơn vị quản lý cổng dữ liệu) nhưng lãnh đạo chưa quyết định.',
				en: 'There are good candidates to lead (or at least to run a data portal), but no decision has been taken.'
			},
			{
				vi: 'Chưa có vị trí kiểu CIO nhưng một số đơn vị có bộ phận công nghệ thông tin thực sự.',
				en: 'There are no CIO-type posts, but some units have real IT teams.'
			},
			{
				vi: 'Kết quả phối hợp giữa các đơn vị chưa ổn định, lúc tốt lúc chưa.',
				en: 'The record of coordination between units is mixed.'
			},
			{
				vi: 'Có một số hoạt động theo dõi, đánh giá hiệu quả.',
				en: 'Some performance management takes place.'
			}
		],
		red: [
			{
				vi: 'Không đơn vị nào có vị trí thuận lợi và sẵn sàng chủ trì chương trình.',
				en: 'No unit is well placed and ready to run the programme.'
			},
			{
				vi: 'Chưa từng điều phối công nghệ thông tin trên toàn cơ quan, địa phương.',
				en: 'IT has never been coordinated across the whole organisation.'
			},
			{
				vi: 'Phối hợp giữa các đơn vị yếu.',
				en: 'Coordination between units is weak.'
			},
			{
				vi: 'Sự hiện diện trực tuyến yếu.',
				en: 'The online presence is weak.'
			}
		]
	},
	target: 'green',
	recommendation: {
		vi: 'Người đứng đầu ra quyết định giao một đơn vị chủ trì dữ liệu mở có thẩm quyền điều phối, kiện toàn cơ chế phối hợp về công nghệ thông tin, dữ liệu giữa các đơn vị và phân công người phụ trách dữ liệu ở các đơn vị chủ chốt.',
		en: 'The head of the organisation designates a lead unit for open data with authority to coordinate, strengthens the coordination mechanism for IT and data between units, and names a data lead in each key unit.'
	},
	collectEvidence: {
		vi: 'Thu thập các văn bản về tổ chức và quản trị công nghệ thông tin, quyết định phân công và báo cáo hoạt động của cơ chế phối hợp; phỏng vấn lãnh đạo các đơn vị có thể chủ trì.',
		en: 'Collect the documents on IT organisation and governance, assignment decisions and activity reports of the coordination mechanism; interview the heads of the units that could lead.'
	},
	questions: [
		{
			code: 'OD-3.1',
			label: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
			text: {
				vi: 'Đơn vị nào của cơ quan, địa phương anh/chị có thể chủ trì chương trình dữ liệu mở, và đơn vị đó có đủ thẩm quyền, kinh nghiệm và sự sẵn sàng không?',
				en: 'Which unit in your organisation could lead an open data programme, and does it have the authority, experience and willingness to do so?'
			},
			guidance: [
				{
					vi: 'Những đơn vị nào có thể đảm nhận (đơn vị chuyên trách chuyển đổi số, trung tâm công nghệ thông tin hoặc trung tâm dữ liệu, Văn phòng, đơn vị thống kê)? Điểm mạnh, điểm yếu của từng phương án là gì?',
					en: 'Which units could take it on (the digital transformation unit, the IT or data centre, the Office, the statistics unit)? What are the strengths and weaknesses of each?'
				},
				{
					vi: 'Đơn vị đó có đủ thẩm quyền để yêu cầu các đơn vị khác cung cấp dữ liệu không?',
					en: 'Does that unit have the authority to require other units to hand over data?'
				},
				{
					vi: 'Đơn vị đó đã chủ trì dự án công nghệ thông tin liên đơn vị nào? Kết quả ra sao?',
					en: 'Which cross-unit IT projects has it led, and with what results?'
				},
				{
					vi: 'Đơn vị đó đã có kế hoạch phổ biến dữ liệu mở trong nội bộ chưa? Những đơn vị nào khác cần tham gia?',
					en: 'Does it have plans to spread open data inside the organisation? Which other units need to be involved?'
				},
				{
					vi: 'Đơn vị đó phối hợp thế nào với các cơ quan chủ trì về dữ liệu, dữ liệu mở ở trung ương?',
					en: 'How does it work with the central bodies responsible for data and open data?'
				}
			],
			importance: 'very_high',
			descriptors: {
				red: {
					vi: 'Không đơn vị nào được cân nhắc hoặc sẵn sàng nhận nhiệm vụ; đơn vị có năng lực thì thiếu thẩm quyền, hoặc ngược lại.',
					en: 'No unit has been considered or is willing; units with the skills lack the authority, or the reverse.'
				},
				yellow: {
					vi: 'Có một hoặc hai đơn vị phù hợp nhưng lãnh đạo chưa giao nhiệm vụ, hoặc đơn vị được giao còn thiếu thẩm quyền, nhân lực.',
					en: 'One or two suitable units exist but none has been given the task, or the unit given it lacks authority or staff.'
				},
				green: {
					vi: 'Lãnh đạo đã giao một đơn vị chủ trì dữ liệu mở; đơn vị này có thẩm quyền điều phối, đã từng chủ trì thành công dự án liên đơn vị và có kế hoạch triển khai.',
					en: 'The leadership has named a lead unit for open data; it has authority to coordinate, has led cross-unit projects successfully and has an implementation plan.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Người đứng đầu ra quyết định giao một đơn vị chủ trì dữ liệu mở (thường là đơn vị chuyên trách chuyển đổi số hoặc trung tâm dữ liệu), quy định rõ thẩm quyền điều phối, nhân lực và trách nhiệm của các đơn vị nắm giữ dữ liệu.',
				en: 'The head of the organisation issues a decision naming the lead unit for open data (usually the digital transformation unit or the data centre), setting out its coordinating authority, its staffing and the duties of data-holding units towards it.'
			},
			collectEvidence: {
				vi: 'Thu thập quyết định quy định chức năng, nhiệm vụ của các đơn vị có thể chủ trì; phỏng vấn lãnh đạo các đơn vị đó về mức độ sẵn sàng và kinh nghiệm chủ trì dự án liên đơn vị.',
				en: 'Collect the decisions setting the functions of the candidate units; interview their heads about their willingness and their experience of leading cross-unit projects.'
			}
		},
		{
			code: 'OD-3.2',
			label: { vi: 'Vị trí phụ trách CNTT, dữ liệu', en: 'CIO and data posts' },
			text: {
				vi: 'Những đơn vị nào của cơ quan, địa phương anh/chị có lãnh đạo phụ trách công nghệ thông tin, chuyển đổi số (kiểu CIO/CDO) hoặc vị trí chuyên trách quản lý dữ liệu, và các vị trí đó có thực quyền đến đâu?',
				en: 'Which units in your organisation have a leader in charge of IT and digital transformation (a CIO or CDO-type role) or dedicated data-management posts, and how much real power do these posts carry?'
			},
			guidance: [
				{
					vi: 'Đã phân công lãnh đạo phụ trách công nghệ thông tin, chuyển đổi số ở cấp cơ quan và ở từng đơn vị chưa?',
					en: 'Has a leader been assigned to IT and digital transformation at organisation level and in each unit?'
				},
				{
					vi: 'Có cán bộ chuyên trách quản lý dữ liệu (quản trị, danh mục, chất lượng dữ liệu) hay chỉ là kiêm nhiệm?',
					en: 'Are there staff dedicated to data management (governance, catalogue, quality), or is it a side duty?'
				},
				{
					vi: 'Những vị trí đó có tham gia quyết định đầu tư, ngân sách công nghệ thông tin không?',
					en: 'Do these posts take part in decisions on IT investment and budgets?'
				},
				{
					vi: 'Có mạng lưới những người phụ trách này trong cơ quan, địa phương không?',
					en: 'Is there a network linking these people across the organisation?'
				}
			],
			importance: 'medium_high',
			descriptors: {
				red: {
					vi: 'Phần lớn đơn vị không có người phụ trách công nghệ thông tin hay dữ liệu; công việc do cán bộ kiêm nhiệm xử lý khi phát sinh.',
					en: 'Most units have no one in charge of IT or data; whoever is available deals with issues as they arise.'
				},
				yellow: {
					vi: 'Có lãnh đạo phụ trách chuyển đổi số ở cấp cơ quan và bộ phận công nghệ thông tin ở một số đơn vị, nhưng chưa có vị trí quản lý dữ liệu và ít tiếng nói trong quyết định đầu tư.',
					en: 'There is an organisation-level digital transformation lead and IT teams in some units, but no data-management posts and little say in investment decisions.'
				},
				green: {
					vi: 'Các đơn vị chủ chốt có lãnh đạo phụ trách công nghệ thông tin, dữ liệu và cán bộ chuyên trách quản lý dữ liệu; họ tham gia quyết định đầu tư và phối hợp với nhau thành mạng lưới.',
					en: 'Key units have IT and data leads and dedicated data-management staff, who take part in investment decisions and work together as a network.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Người đứng đầu phân công lãnh đạo phụ trách công nghệ thông tin, dữ liệu ở từng đơn vị chủ chốt và bố trí cán bộ chuyên trách quản lý dữ liệu; đơn vị tổ chức cán bộ quy định nhiệm vụ của các vị trí này.',
				en: 'The head of the organisation assigns an IT and data lead in each key unit and provides dedicated data-management staff; the personnel unit writes the duties of these posts into job descriptions.'
			},
			collectEvidence: {
				vi: 'Thu thập quyết định phân công lãnh đạo phụ trách công nghệ thông tin, chuyển đổi số và danh sách cán bộ chuyên trách dữ liệu ở các đơn vị; phỏng vấn đơn vị tổ chức cán bộ.',
				en: 'Collect the decisions assigning IT and digital transformation leads and the list of dedicated data staff in each unit; interview the personnel unit.'
			}
		},
		{
			code: 'OD-3.3',
			label: { vi: 'Cơ chế phối hợp liên đơn vị', en: 'Inter-unit coordination' },
			text: {
				vi: 'Cơ chế nào đang điều phối các vấn đề công nghệ thông tin, kỹ thuật giữa các đơn vị của cơ quan, địa phương anh/chị, và những ai tham gia?',
				en: 'What mechanisms coordinate IT and technical matters between units in your organisation, and who takes part?'
			},
			guidance: [
				{
					vi: 'Có hội đồng, tổ công tác hoặc quy chế phối hợp về công nghệ thông tin, chuyển đổi số không? Thành phần gồm những ai?',
					en: 'Is there a council, working group or set of coordination rules for IT and digital transformation? Who sits on it?'
				},
				{
					vi: 'Cơ chế đó quyết định những vấn đề gì (kiến trúc Chính phủ số của bộ hoặc kiến trúc chính quyền số của tỉnh, tiêu chuẩn kỹ thuật, hạ tầng dùng chung)?',
					en: 'What does it decide (the ministry’s or province’s digital government architecture, technical standards, shared infrastructure)?'
				},
				{
					vi: 'Ví dụ gần nhất về một vấn đề kỹ thuật liên đơn vị được giải quyết qua cơ chế này là gì?',
					en: 'What is the latest example of a cross-unit technical issue settled this way?'
				},
				{
					vi: 'Cơ quan, địa phương phối hợp về kỹ thuật với các bộ, tỉnh khác và cơ quan trung ương như thế nào (kết nối NDXP, nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh)?',
					en: 'How does the organisation coordinate technically with other ministries, provinces and central bodies (connection to the NDXP, the ministry or provincial data integration and sharing platform)?'
				}
			],
			importance: 'medium_high',
			descriptors: {
				red: {
					vi: 'Không có cơ chế phối hợp về công nghệ thông tin; mỗi đơn vị tự đầu tư, tự chọn giải pháp.',
					en: 'There is no IT coordination; each unit invests and chooses solutions on its own.'
				},
				yellow: {
					vi: 'Có cơ chế phối hợp trên văn bản nhưng ít họp hoặc chỉ xử lý từng việc; một số đơn vị không tham gia.',
					en: 'Coordination exists on paper but rarely meets or handles only one-off issues; some units stay out.'
				},
				green: {
					vi: 'Cơ chế phối hợp hoạt động thường xuyên với đủ các đơn vị chủ chốt, quyết định các vấn đề chung như kiến trúc, tiêu chuẩn, hạ tầng dùng chung, và các quyết định được tuân thủ.',
					en: 'The mechanism meets regularly with all key units, decides common matters such as architecture, standards and shared infrastructure, and its decisions are followed.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chuyên trách chuyển đổi số đề xuất lãnh đạo kiện toàn cơ chế phối hợp về công nghệ thông tin, dữ liệu (thành phần, nhiệm vụ, lịch họp) và giao thêm nhiệm vụ về dữ liệu mở cho cơ chế này.',
				en: 'The digital transformation unit proposes to the leadership a stronger coordination mechanism for IT and data (membership, remit, meeting schedule) and adds open data to its remit.'
			},
			collectEvidence: {
				vi: 'Thu thập quyết định thành lập, quy chế và biên bản họp của cơ chế phối hợp công nghệ thông tin; phỏng vấn một số đơn vị thành viên.',
				en: 'Collect the founding decision, rules and minutes of the IT coordination mechanism; interview some member units.'
			}
		},
		{
			code: 'OD-3.4',
			label: { vi: 'Đo lường hiệu quả hoạt động', en: 'Performance management' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị đo lường hiệu quả hoạt động và chất lượng dịch vụ như thế nào, cả về công nghệ thông tin và cung cấp dịch vụ công?',
				en: 'How does your organisation measure its performance and the quality of its services, both in IT and in public service delivery?'
			},
			guidance: [
				{
					vi: 'Có bộ chỉ tiêu theo dõi hiệu quả hoạt động của các đơn vị không? Ai theo dõi, báo cáo cho ai?',
					en: 'Is there a set of indicators for units’ performance? Who tracks it, and who receives the reports?'
				},
				{
					vi: 'Kết quả các bộ chỉ số như Chỉ số chuyển đổi số (DTI), Chỉ số cải cách hành chính (PAR Index), Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) được sử dụng ra sao?',
					en: 'How are results from indices such as the Digital Transformation Index (DTI), the Public Administration Reform Index (PAR Index) and the Satisfaction Index of Public Administration Services (SIPAS) used?'
				},
				{
					vi: 'Chất lượng dịch vụ công trực tuyến được đo thế nào (tỷ lệ hồ sơ trực tuyến toàn trình, thời gian xử lý, mức độ hài lòng)?',
					en: 'How is the quality of online public services measured (share of applications handled fully online, processing time, satisfaction)?'
				},
				{
					vi: 'Kết quả đo lường có được công khai không?',
					en: 'Are the results published?'
				}
			],
			importance: 'medium',
			descriptors: {
				red: {
					vi: 'Không theo dõi hiệu quả một cách có hệ thống; các chỉ số quốc gia chỉ được báo cáo cho đủ thủ tục.',
					en: 'Performance is not tracked systematically; national indices are reported as a formality.'
				},
				yellow: {
					vi: 'Có theo dõi một số chỉ số, chủ yếu để báo cáo cấp trên; ít dùng để điều chỉnh hoạt động và ít được công khai.',
					en: 'Some indicators are tracked, mainly for reporting upwards; they are seldom used to adjust work and seldom published.'
				},
				green: {
					vi: 'Bộ chỉ tiêu được theo dõi định kỳ, dùng trong điều hành và công khai kết quả, kể cả về chất lượng dịch vụ công trực tuyến.',
					en: 'A set of indicators is tracked regularly, used in management and published, including on the quality of online public services.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Văn phòng phối hợp với đơn vị chuyên trách chuyển đổi số xây dựng bộ chỉ tiêu theo dõi định kỳ, trong đó có chỉ tiêu về dữ liệu mở, và công khai kết quả.',
				en: 'The Office, with the digital transformation unit, sets up a regularly tracked set of indicators, including open data indicators, and publishes the results.'
			},
			collectEvidence: {
				vi: 'Thu thập kết quả DTI, PAR Index, SIPAS gần nhất và các báo cáo theo dõi chỉ tiêu nội bộ; kiểm tra số liệu được công khai trên cổng thông tin điện tử.',
				en: 'Collect the latest DTI, PAR Index and SIPAS results and internal indicator reports; check what is published on the web portal.'
			}
		},
		{
			code: 'OD-3.5',
			label: { vi: 'Đơn vị thống kê, dữ liệu', en: 'Statistics and data function' },
			text: {
				vi: 'Đơn vị nào của cơ quan, địa phương anh/chị chịu trách nhiệm về số liệu thống kê, dữ liệu; đơn vị đó hiện đã công bố những gì và bằng cách nào?',
				en: 'Which unit in your organisation is responsible for statistics and data, and what does it already publish, and how?'
			},
			guidance: [
				{
					vi: 'Đơn vị nào làm công tác thống kê ngành, lĩnh vực hoặc phối hợp với cơ quan thống kê trên địa bàn?',
					en: 'Which unit handles sector statistics, or works with the statistics office in the province?'
				},
				{
					vi: 'Những số liệu nào đang được công bố (niên giám, báo cáo định kỳ, chỉ tiêu thống kê), ở định dạng nào (PDF, bảng tính, dữ liệu máy đọc được)?',
					en: 'Which figures are published (yearbooks, periodic reports, statistical indicators), and in what formats (PDF, spreadsheets, machine-readable data)?'
				},
				{
					vi: 'Có lịch phổ biến thông tin thống kê được công bố trước không?',
					en: 'Is there a release calendar announced in advance?'
				},
				{
					vi: 'Đơn vị này có thể đóng vai trò gì trong chương trình dữ liệu mở?',
					en: 'What role could this unit play in an open data programme?'
				}
			],
			importance: 'medium',
			descriptors: {
				red: {
					vi: 'Không có đơn vị rõ ràng chịu trách nhiệm; số liệu chủ yếu phục vụ báo cáo nội bộ và hầu như không được công bố.',
					en: 'No unit is clearly responsible; figures serve internal reporting and are hardly ever published.'
				},
				yellow: {
					vi: 'Có đơn vị chịu trách nhiệm và số liệu được công bố định kỳ, nhưng chủ yếu dưới dạng báo cáo PDF, không có dữ liệu chi tiết để tải về.',
					en: 'A unit is responsible and figures come out regularly, but mostly as PDF reports with no detailed data to download.'
				},
				green: {
					vi: 'Đơn vị chịu trách nhiệm công bố số liệu theo lịch, ở định dạng máy đọc được, kèm siêu dữ liệu, và sẵn sàng tham gia chương trình dữ liệu mở.',
					en: 'The responsible unit publishes on a calendar, in machine-readable formats with metadata, and is ready to take part in the open data programme.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị được giao nhiệm vụ thống kê công bố số liệu theo lịch, bổ sung bảng tính hoặc dữ liệu máy đọc được kèm siêu dữ liệu, và được giao vai trò cụ thể trong chương trình dữ liệu mở.',
				en: 'The unit responsible for statistics publishes to a calendar, adds spreadsheets or machine-readable data with metadata, and is given a defined role in the open data programme.'
			},
			collectEvidence: {
				vi: 'Thu thập văn bản quy định chức năng của đơn vị thống kê, danh mục và mẫu số liệu đã công bố, lịch phổ biến thông tin thống kê (nếu có).',
				en: 'Collect the document setting the statistics unit’s functions, the list and samples of published figures, and any release calendar.'
			}
		},
		{
			code: 'OD-3.6',
			label: { vi: 'Lo ngại về công bố dữ liệu', en: 'Concerns about release' },
			text: {
				vi: 'Những đơn vị nào của cơ quan, địa phương anh/chị lo ngại nhất về việc công bố dữ liệu, vì sao, và có thể giải tỏa các lo ngại đó bằng cách nào?',
				en: 'Which units in your organisation are most worried about releasing data, why, and how could their concerns be addressed?'
			},
			guidance: [
				{
					vi: 'Lo ngại cụ thể là gì: lộ bí mật, lộ thông tin cá nhân, bị chỉ trích, mất nguồn thu, dữ liệu chưa đủ chất lượng, phát sinh thêm việc?',
					en: 'What exactly is the worry: secrets, personal information, criticism, lost income, poor data quality, extra work?'
				},
				{
					vi: 'Những lo ngại đó có căn cứ pháp lý hoặc thực tế đến đâu?',
					en: 'How far are the concerns grounded in law or in fact?'
				},
				{
					vi: 'Đã có đơn vị nào vượt qua được lo ngại tương tự chưa? Bằng cách nào?',
					en: 'Has any unit overcome similar concerns? How?'
				},
				{
					vi: 'Biện pháp nào có thể giúp (hướng dẫn pháp lý, ẩn danh hóa, công bố thử nghiệm, hỗ trợ nguồn lực)?',
					en: 'What would help (legal guidance, anonymisation, a pilot release, extra resources)?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Nhiều đơn vị nắm giữ dữ liệu chủ chốt phản đối công bố dữ liệu và chưa có cách nào để xử lý lo ngại của họ.',
					en: 'Several key data-holding units oppose release and there is no way yet of addressing their concerns.'
				},
				yellow: {
					vi: 'Các lo ngại đã được nhận diện, một số có căn cứ; đã có ý tưởng giải quyết nhưng chưa thực hiện.',
					en: 'The concerns are known, some of them well founded; there are ideas for handling them but nothing has been done.'
				},
				green: {
					vi: 'Lo ngại của từng đơn vị đã được nhận diện cụ thể và đang được xử lý bằng biện pháp rõ ràng (hướng dẫn, ẩn danh hóa, công bố thử nghiệm); không đơn vị chủ chốt nào phản đối.',
					en: 'Each unit’s concerns are identified and being handled by specific measures (guidance, anonymisation, pilot releases); no key unit is opposed.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chủ trì dữ liệu mở làm việc với từng đơn vị còn lo ngại, phân loại lo ngại và thống nhất biện pháp xử lý (hướng dẫn pháp lý, ẩn danh hóa, công bố thử nghiệm một tập dữ liệu ít nhạy cảm).',
				en: 'The open data lead unit meets each hesitant unit, sorts their concerns and agrees how to handle them (legal guidance, anonymisation, a pilot release of a low-sensitivity dataset).'
			},
			collectEvidence: {
				vi: 'Phỏng vấn lãnh đạo và cán bộ quản lý dữ liệu của các đơn vị nắm giữ dữ liệu chủ chốt về những lo ngại khi công bố dữ liệu.',
				en: 'Interview the heads and data managers of key data-holding units about their concerns over releasing data.'
			}
		},
		{
			code: 'OD-3.7',
			label: { vi: 'Kỹ năng số của cán bộ', en: 'ICT skills of staff' },
			text: {
				vi: 'Kỹ năng công nghệ thông tin, kỹ năng số của lãnh đạo và cán bộ, công chức, viên chức trong cơ quan, địa phương anh/chị đang ở mức nào?',
				en: 'How strong are the IT and digital skills of leaders, civil servants and public employees in your organisation?'
			},
			guidance: [
				{
					vi: 'Lãnh đạo và cán bộ sử dụng các hệ thống số trong công việc hằng ngày ở mức nào (văn bản điện tử, chữ ký số, hệ thống thông tin giải quyết thủ tục hành chính)?',
					en: 'How far do leaders and staff use digital systems in daily work (electronic documents, digital signatures, the administrative-procedure information system)?'
				},
				{
					vi: 'Có chương trình bồi dưỡng kỹ năng số, kỹ năng dữ liệu định kỳ không? Bao nhiêu người đã tham gia?',
					en: 'Is there regular training in digital and data skills? How many people have taken part?'
				},
				{
					vi: 'Đã có khung năng lực số cho các vị trí việc làm chưa?',
					en: 'Is there a digital competence framework for job positions?'
				},
				{
					vi: 'Kỹ năng số có được tính đến trong tuyển dụng, đánh giá, quy hoạch, bổ nhiệm không?',
					en: 'Do digital skills count in recruitment, appraisal, succession planning and appointments?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Nhiều lãnh đạo, cán bộ còn hạn chế về kỹ năng số cơ bản; không có chương trình bồi dưỡng định kỳ.',
					en: 'Many leaders and staff lack basic digital skills; there is no regular training.'
				},
				yellow: {
					vi: 'Kỹ năng số cơ bản khá phổ biến và có các khóa bồi dưỡng, nhưng kỹ năng dữ liệu còn thiếu và chưa có khung năng lực số.',
					en: 'Basic digital skills are common and courses exist, but data skills are scarce and there is no competence framework.'
				},
				green: {
					vi: 'Có khung năng lực số, chương trình bồi dưỡng định kỳ có nội dung về dữ liệu, và kỹ năng số được tính đến trong đánh giá, bổ nhiệm.',
					en: 'A digital competence framework and regular training that covers data are in place, and digital skills count in appraisal and appointments.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị tổ chức cán bộ phối hợp đơn vị chuyên trách chuyển đổi số xây dựng khung năng lực số theo vị trí việc làm và kế hoạch bồi dưỡng kỹ năng dữ liệu, ưu tiên cán bộ các đơn vị nắm giữ dữ liệu.',
				en: 'The personnel unit, with the digital transformation unit, drafts a digital competence framework by job position and a data-skills training plan, starting with staff of the data-holding units.'
			},
			collectEvidence: {
				vi: 'Thu thập kế hoạch, báo cáo bồi dưỡng kỹ năng số và khung năng lực số (nếu có); phỏng vấn đơn vị tổ chức cán bộ.',
				en: 'Collect digital-skills training plans and reports and any competence framework; interview the personnel unit.'
			}
		},
		{
			code: 'OD-3.8',
			label: { vi: 'Hiện diện trực tuyến', en: 'Web presence' },
			text: {
				vi: 'Sự hiện diện trực tuyến của cơ quan, địa phương anh/chị như thế nào: cổng, trang thông tin điện tử, dịch vụ công trực tuyến, API, ứng dụng di động?',
				en: 'What is your organisation’s online presence: web portal and websites, online public services, APIs, mobile apps?'
			},
			guidance: [
				{
					vi: 'Cổng thông tin điện tử và trang của các đơn vị được cập nhật bao lâu một lần? Ai chịu trách nhiệm nội dung?',
					en: 'How often are the web portal and unit websites updated? Who is responsible for content?'
				},
				{
					vi: 'Bao nhiêu thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình và tích hợp trên Cổng Dịch vụ công quốc gia?',
					en: 'How many administrative procedures are offered as full end-to-end online public services and integrated with the National Public Service Portal?'
				},
				{
					vi: 'Có API, ứng dụng di động hoặc dịch vụ dữ liệu nào cho người dân, doanh nghiệp không?',
					en: 'Are there APIs, mobile apps or data services for citizens and businesses?'
				},
				{
					vi: 'Có theo dõi số liệu truy cập, sử dụng và dùng số liệu đó để cải thiện không?',
					en: 'Are visits and usage tracked, and used to make improvements?'
				}
			],
			importance: 'medium',
			descriptors: {
				red: {
					vi: 'Cổng thông tin ít cập nhật, thiếu thông tin cơ bản; ít dịch vụ công trực tuyến; không có API hay ứng dụng.',
					en: 'The portal is rarely updated and lacks basic information; few services are online; there are no APIs or apps.'
				},
				yellow: {
					vi: 'Cổng thông tin được cập nhật thường xuyên và có dịch vụ công trực tuyến, nhưng chất lượng không đồng đều; chưa có API và ít theo dõi mức độ sử dụng.',
					en: 'The portal is updated regularly and online services exist, but quality is uneven; there are no APIs and little tracking of use.'
				},
				green: {
					vi: 'Cổng thông tin được cập nhật thường xuyên; phần lớn thủ tục có dịch vụ công trực tuyến toàn trình; có API hoặc ứng dụng di động; mức độ sử dụng được theo dõi và công khai.',
					en: 'The portal is kept current; most procedures are available fully online; there are APIs or mobile apps; usage is tracked and published.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị quản lý cổng thông tin điện tử phối hợp đơn vị chuyên trách chuyển đổi số chuẩn hóa việc cập nhật nội dung, mở rộng dịch vụ công trực tuyến toàn trình, theo dõi số liệu sử dụng và chuẩn bị chuyên mục dữ liệu mở.',
				en: 'The portal management unit, with the digital transformation unit, standardises content updates, extends full online services, tracks usage and prepares an open data section.'
			},
			collectEvidence: {
				vi: 'Kiểm tra cổng thông tin điện tử, trang của các đơn vị và dịch vụ công trực tuyến; thu thập số liệu truy cập, sử dụng và danh sách ứng dụng, API.',
				en: 'Check the web portal, unit websites and online services; collect usage statistics and the list of apps and APIs.'
			}
		}
	]
};
