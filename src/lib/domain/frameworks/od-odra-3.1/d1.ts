import type { OdDimensionInput } from '../schema';

/** OD-1 Senior leadership (ODRA 3.1, dimension 1), paraphrased and adapted to Vietnam by Sẵn Sàng. */
export const d1: OdDimensionInput = {
	code: 'OD-1',
	title: { vi: 'Lãnh đạo cấp cao', en: 'Senior leadership' },
	shortTitle: { vi: 'Lãnh đạo', en: 'Leadership' },
	importance: 'very_high',
	context: {
		vi: 'Dữ liệu mở đòi hỏi các đơn vị thay đổi thói quen giữ dữ liệu cho riêng mình, nên khó tiến xa nếu thiếu sự chỉ đạo rõ ràng, công khai của người đứng đầu. Ở Việt Nam, Nghị quyết 57-NQ/TW và các chương trình quốc gia xác định chuyển đổi số và phát triển dữ liệu là nhiệm vụ trọng tâm do cấp ủy và người đứng đầu trực tiếp chỉ đạo; điều cần làm rõ là cam kết đó có mở rộng tới việc công bố dữ liệu để xã hội khai thác hay không. Khía cạnh này xem xét sự ủng hộ của lãnh đạo cơ quan, địa phương, của các đơn vị nắm giữ dữ liệu chủ chốt và bối cảnh chính trị chung.',
		en: 'Open data asks units to give up long-standing habits of keeping data to themselves, so it rarely gets far without clear, public direction from the top. In Vietnam, Resolution 57-NQ/TW and the national programmes make digital transformation and data development a priority steered personally by Party committees and heads of organisations; what needs establishing is whether that commitment extends to publishing data for the public to reuse. This dimension looks at support from the organisation’s leaders and from its key data-holding units, and at the wider political context.'
	},
	evidence: [
		{
			code: 'OD-1.E1',
			polarity: '+',
			text: {
				vi: 'Một lãnh đạo có ảnh hưởng bao trùm trong cơ quan, địa phương (Bộ trưởng, Thủ trưởng cơ quan; Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân tỉnh, thành phố) đã công khai cam kết về dữ liệu mở, Chính phủ mở hoặc quyền tiếp cận thông tin.',
				en: 'A leader with authority across the whole organisation (the minister or head of agency; the provincial Party secretary or People’s Committee chair) has made a public commitment to open data, open government or the right of access to information.'
			}
		},
		{
			code: 'OD-1.E2',
			polarity: '-',
			text: {
				vi: 'Cơ quan, địa phương có thói quen kiểm soát rất chặt thông tin đưa ra bên ngoài; mọi nội dung công bố đều phải qua nhiều tầng phê duyệt.',
				en: 'The organisation is known for keeping a tight grip on what it says in public; anything released has to pass several layers of approval.'
			}
		},
		{
			code: 'OD-1.E3',
			polarity: '+',
			text: {
				vi: 'Cam kết minh bạch thông qua công bố dữ liệu được thể hiện trong văn bản của tập thể lãnh đạo (nghị quyết của cấp ủy đảng, Hội đồng nhân dân), không chỉ gắn với phát biểu của một cá nhân.',
				en: 'Commitments to transparency through publishing data appear in decisions of collective leadership bodies (resolutions of the Party committee or the People’s Council), not only in one leader’s statements.'
			}
		},
		{
			code: 'OD-1.E4',
			polarity: '+',
			text: {
				vi: 'Cấp cao nhất đã phê duyệt một kế hoạch hành động có cam kết cụ thể về dữ liệu mở (kế hoạch hành động quốc gia OGP, hoặc chương trình, kế hoạch tương đương của quốc gia hay của cơ quan, địa phương).',
				en: 'The highest level has endorsed an action plan containing specific open data commitments (an OGP national action plan, or an equivalent national or organisational plan or programme).'
			}
		},
		{
			code: 'OD-1.E5',
			polarity: '+',
			text: {
				vi: 'Người đứng đầu hoặc một lãnh đạo cấp cao trực tiếp thúc đẩy dữ liệu mở, hoặc có những lãnh đạo được biết đến rộng rãi là người đi đầu về dữ liệu mở.',
				en: 'The head of the organisation or another senior leader is personally driving the open data agenda, or there are leaders widely known as its champions.'
			}
		},
		{
			code: 'OD-1.E6',
			polarity: '+',
			text: {
				vi: 'Đã giao chính thức một lãnh đạo hoặc một đơn vị chịu trách nhiệm về dữ liệu mở, kèm cơ chế điều phối giữa các đơn vị (ban chỉ đạo, tổ công tác, quy chế phối hợp).',
				en: 'A named leader or unit is formally responsible for open data, with machinery to coordinate across units (a steering committee, working group or coordination rules).'
			}
		}
	],
	coreIssues: [
		{
			code: 'OD-1.C1',
			text: {
				vi: 'Lãnh đạo cấp cao nhất của cơ quan, địa phương ủng hộ dữ liệu mở một cách công khai, rõ ràng.',
				en: 'The organisation’s top leaders support open data publicly and visibly.'
			},
			questions: ['OD-1.1', 'OD-1.3']
		},
		{
			code: 'OD-1.C2',
			text: {
				vi: 'Lãnh đạo các đơn vị nắm giữ dữ liệu chủ chốt (cục, vụ thuộc bộ; sở, ban, ngành thuộc tỉnh) ủng hộ dữ liệu mở.',
				en: 'The leaders of key data-holding units (departments and agencies of a ministry; departments and agencies of a province) support open data.'
			},
			questions: ['OD-1.2', 'OD-1.3']
		},
		{
			code: 'OD-1.C3',
			text: {
				vi: 'Bối cảnh chính trị và các ưu tiên phát triển của quốc gia, của cơ quan, địa phương tạo thuận lợi chứ không cản trở dữ liệu mở.',
				en: 'The political context and the national and organisational priorities help rather than hinder open data.'
			},
			questions: ['OD-1.4', 'OD-1.5']
		}
	],
	green: {
		required: ['OD-1.C1'],
		minAdditionalMet: 1,
		text: {
			vi: 'XANH khi lãnh đạo cấp cao nhất của cơ quan, địa phương công khai ủng hộ dữ liệu mở (vấn đề cốt lõi 1) và có bằng chứng rõ ràng về ít nhất một vấn đề cốt lõi khác: sự ủng hộ của các đơn vị nắm giữ dữ liệu chủ chốt, hoặc bối cảnh chính trị thuận lợi.',
			en: 'GREEN requires publicly visible support from the organisation’s top leaders (core issue 1) and clear evidence on at least one other core issue: support from key data-holding units, or a political context that helps.'
		}
	},
	redTriggers: [
		{
			code: 'OD-1.R1',
			text: {
				vi: 'Ngoài đơn vị đề xuất đánh giá, không có lãnh đạo hay đơn vị nào khác bày tỏ sự ủng hộ dữ liệu mở.',
				en: 'No support for open data has been expressed beyond the unit that sponsored the assessment.'
			}
		},
		{
			code: 'OD-1.R2',
			text: {
				vi: 'Lãnh đạo cơ quan, địa phương tỏ rõ sự e ngại lớn hoặc phản đối việc công bố dữ liệu.',
				en: 'The organisation’s leaders have voiced strong reluctance about, or opposition to, releasing data.'
			}
		},
		{
			code: 'OD-1.R3',
			text: {
				vi: 'Môi trường chính trị không thuận lợi cho minh bạch, hoặc các ưu tiên của cơ quan, địa phương đi ngược với dữ liệu mở.',
				en: 'The political environment is hostile to transparency, or the organisation’s priorities run against open data.'
			}
		}
	],
	typical: {
		green: [
			{
				vi: 'Người đứng đầu hoặc tập thể lãnh đạo cơ quan, địa phương công khai ủng hộ dữ liệu mở trong phát biểu và văn bản chỉ đạo.',
				en: 'The head of the organisation or its collective leadership backs open data publicly, in speeches and in directives.'
			},
			{
				vi: 'Lãnh đạo của ít nhất 3–4 đơn vị nắm giữ dữ liệu chủ chốt ủng hộ dữ liệu mở.',
				en: 'The leaders of at least three or four key data-holding units support open data.'
			},
			{
				vi: 'Dữ liệu mở gắn với các ưu tiên lớn của quốc gia và của cơ quan, địa phương (chuyển đổi số, kinh tế số, cải cách hành chính).',
				en: 'Open data is tied to major national and organisational priorities (digital transformation, the digital economy, administrative reform).'
			}
		],
		yellow: [
			{
				vi: 'Môi trường nhìn chung thuận lợi dù người đứng đầu chưa cam kết, và ít nhất 2–3 đơn vị nắm giữ dữ liệu ủng hộ rõ ràng.',
				en: 'The environment is broadly favourable although the head of the organisation has made no commitment, and at least two or three data-holding units clearly support open data.'
			},
			{
				vi: 'Dữ liệu mở chưa gắn với kế hoạch, chương trình lớn nào nhưng cũng không mâu thuẫn với các ưu tiên hiện có.',
				en: 'Open data is not linked to any major plan or programme, but does not conflict with current priorities either.'
			},
			{
				vi: 'Cơ quan, địa phương đã từng triển khai đến cùng những sáng kiến liên đơn vị dù có nhiều ý kiến trái chiều.',
				en: 'The organisation has a record of pushing contested cross-unit initiatives through to results.'
			}
		],
		red: [
			{
				vi: 'Chỉ đơn vị đề xuất đánh giá ủng hộ; các đơn vị khác im lặng hoặc né tránh.',
				en: 'Only the sponsoring unit is supportive; other units stay silent or avoid the subject.'
			},
			{
				vi: 'Lãnh đạo tỏ rõ sự e ngại lớn hoặc phản đối việc mở dữ liệu.',
				en: 'Leaders express strong reluctance about, or opposition to, opening data.'
			},
			{
				vi: 'Các ưu tiên của cơ quan, địa phương không liên quan hoặc đi ngược với dữ liệu mở.',
				en: 'The organisation’s priorities are unrelated to open data or run against it.'
			}
		]
	},
	target: 'green',
	recommendation: {
		vi: 'Đơn vị chuyên trách chuyển đổi số (trung tâm công nghệ thông tin, chuyển đổi số của bộ; Sở Khoa học và Công nghệ của tỉnh, thành phố) tham mưu để người đứng đầu ban hành văn bản chỉ đạo hoặc công khai cam kết về dữ liệu mở, giao một lãnh đạo phụ trách và một đơn vị đầu mối, và đưa dữ liệu mở vào kế hoạch chuyển đổi số của cơ quan, địa phương.',
		en: 'The unit in charge of digital transformation (a ministry’s IT or digital transformation centre; a province’s Department of Science and Technology) prepares a directive or public commitment on open data for the head of the organisation, proposes a responsible leader and a focal unit, and writes open data into the organisation’s digital transformation plan.'
	},
	collectEvidence: {
		vi: 'Thu thập các phát biểu, văn bản chỉ đạo, nghị quyết của lãnh đạo về dữ liệu mở, minh bạch và tiếp cận thông tin trong 2–3 năm gần đây; phỏng vấn lãnh đạo các đơn vị nắm giữ dữ liệu chủ chốt.',
		en: 'Collect leaders’ speeches, directives and resolutions on open data, transparency and access to information from the last two to three years; interview the leaders of key data-holding units.'
	},
	questions: [
		{
			code: 'OD-1.1',
			label: { vi: 'Sự ủng hộ của lãnh đạo', en: 'Visible political leadership' },
			text: {
				vi: 'Lãnh đạo cấp cao của cơ quan, địa phương anh/chị thể hiện sự chỉ đạo, ủng hộ đối với dữ liệu mở, Chính phủ mở và quyền tiếp cận thông tin công khai, rõ ràng đến mức nào?',
				en: 'How visibly do your organisation’s senior leaders lead and support open data, open government and the right of access to information?'
			},
			guidance: [
				{
					vi: 'Người đứng đầu (Bộ trưởng, Thủ trưởng cơ quan ngang bộ; Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân) đã phát biểu hoặc ký văn bản nào về dữ liệu mở, minh bạch, công khai thông tin? Khi nào, trong bối cảnh nào?',
					en: 'Has the head of the organisation (minister or head of agency; provincial Party secretary or People’s Committee chair) spoken about, or signed anything on, open data, transparency or disclosure? When, and in what setting?'
				},
				{
					vi: 'Lãnh đạo phụ trách chuyển đổi số có coi dữ liệu mở là một phần nhiệm vụ của mình không? Lãnh đạo nào phụ trách thực hiện Luật Tiếp cận thông tin?',
					en: 'Does the leader in charge of digital transformation see open data as part of the job? Which leader is responsible for implementing the Law on Access to Information?'
				},
				{
					vi: 'Có lãnh đạo nào khác đóng vai trò người đi đầu về dữ liệu mở hoặc minh bạch không?',
					en: 'Are there other leaders who act as champions of open data or transparency?'
				},
				{
					vi: 'Sự ủng hộ đó đã được cụ thể hóa thành nhiệm vụ, chỉ tiêu, nguồn lực chưa, hay mới dừng ở lời nói?',
					en: 'Has that support been turned into tasks, targets and resources, or is it still words only?'
				}
			],
			importance: 'very_high',
			descriptors: {
				red: {
					vi: 'Lãnh đạo cấp cao chưa từng đề cập đến dữ liệu mở hay việc công bố dữ liệu; sự quan tâm (nếu có) chỉ dừng ở các đơn vị chuyên môn.',
					en: 'Senior leaders have never mentioned open data or publishing data; whatever interest exists stays within technical units.'
				},
				yellow: {
					vi: 'Lãnh đạo có nhắc tới dữ liệu mở hoặc minh bạch trong một số phát biểu, văn bản nhưng còn chung chung, chưa giao nhiệm vụ, chỉ tiêu cụ thể.',
					en: 'Leaders refer to open data or transparency in some speeches or documents, but in general terms, without assigning specific tasks or targets.'
				},
				green: {
					vi: 'Người đứng đầu công khai cam kết về dữ liệu mở và cụ thể hóa bằng văn bản chỉ đạo giao nhiệm vụ, thời hạn và lãnh đạo phụ trách.',
					en: 'The head of the organisation has publicly committed to open data and followed it with a directive that sets tasks, deadlines and a responsible leader.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chuyên trách chuyển đổi số soạn thảo, trình người đứng đầu ký văn bản chỉ đạo về dữ liệu mở (nhiệm vụ, thời hạn, lãnh đạo phụ trách) và đưa nội dung này vào các hội nghị, phát biểu thường kỳ về chuyển đổi số.',
				en: 'The digital transformation unit drafts a directive on open data (tasks, deadlines, responsible leader) for the head of the organisation to sign, and works the topic into regular digital transformation meetings and speeches.'
			},
			collectEvidence: {
				vi: 'Tra cứu văn bản chỉ đạo, bài phát biểu, thông cáo báo chí của lãnh đạo trong 2–3 năm gần đây có nhắc tới dữ liệu mở, minh bạch; phỏng vấn Văn phòng và đơn vị chuyên trách chuyển đổi số.',
				en: 'Search leaders’ directives, speeches and press releases from the last two to three years for references to open data and transparency; interview the chief of staff’s office and the digital transformation unit.'
			}
		},
		{
			code: 'OD-1.2',
			label: { vi: 'Mô hình lãnh đạo, điều hành', en: 'Leadership and governance model' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị đã có mô hình lãnh đạo, điều hành ổn định cho các chương trình liên đơn vị (như chuyển đổi số, Đề án 06) chưa; các chương trình đó được chỉ đạo tập trung từ trên xuống hay để từng đơn vị tự quyết?',
				en: 'Does your organisation have an established way of leading and governing programmes that cut across units (such as digital transformation or Project 06), and are they steered from the top or left to each unit’s discretion?'
			},
			guidance: [
				{
					vi: 'Ban chỉ đạo về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của cơ quan, địa phương do ai đứng đầu, họp bao lâu một lần, có theo dõi việc thực hiện không?',
					en: 'Who chairs the organisation’s steering committee on science, technology, innovation and digital transformation, how often does it meet, and does it follow up on implementation?'
				},
				{
					vi: 'Khi một nhiệm vụ liên đơn vị bị chậm, ai có thẩm quyền đôn đốc, xử lý? Có ví dụ cụ thể không?',
					en: 'When a cross-unit task falls behind, who has the authority to push it through? Is there a concrete example?'
				},
				{
					vi: 'Các đơn vị trực thuộc được tự quyết đến đâu đối với dữ liệu của mình (thu thập, chia sẻ, công bố)?',
					en: 'How much say do subordinate units have over their own data (collection, sharing, publication)?'
				},
				{
					vi: 'Một chương trình dữ liệu mở sẽ được đặt vào mô hình điều hành này như thế nào?',
					en: 'How would an open data programme fit into this governance model?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Không có cơ chế điều hành chung; mỗi đơn vị triển khai theo cách riêng và các nhiệm vụ liên đơn vị thường bị bỏ dở.',
					en: 'There is no common governance; each unit goes its own way and cross-unit tasks are often left unfinished.'
				},
				yellow: {
					vi: 'Đã có ban chỉ đạo hoặc quy chế phối hợp nhưng hoạt động còn hình thức, hoặc chỉ hiệu quả với những chương trình được cấp trên giao.',
					en: 'A steering committee or coordination rules exist but work mostly on paper, or only for programmes imposed from above.'
				},
				green: {
					vi: 'Ban chỉ đạo do người đứng đầu chủ trì họp định kỳ, giao nhiệm vụ có thời hạn, theo dõi kết quả và đã đưa được các chương trình liên đơn vị về đích.',
					en: 'A steering committee chaired by the head of the organisation meets regularly, assigns tasks with deadlines, tracks results and has seen cross-unit programmes through to completion.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Văn phòng bộ hoặc Văn phòng Ủy ban nhân dân tỉnh, thành phố phối hợp với đơn vị chuyên trách chuyển đổi số đưa dữ liệu mở vào chương trình công tác của ban chỉ đạo, kèm quy chế phối hợp nêu rõ trách nhiệm của từng đơn vị nắm giữ dữ liệu.',
				en: 'The ministry’s Office or the provincial People’s Committee Office, with the digital transformation unit, puts open data on the steering committee’s work programme, backed by coordination rules that spell out each data-holding unit’s responsibilities.'
			},
			collectEvidence: {
				vi: 'Thu thập quyết định thành lập, quy chế hoạt động và thông báo kết luận các phiên họp gần nhất của ban chỉ đạo, cùng báo cáo tiến độ các chương trình liên đơn vị.',
				en: 'Collect the steering committee’s founding decision, its rules of procedure and the conclusions of its latest meetings, together with progress reports on cross-unit programmes.'
			}
		},
		{
			code: 'OD-1.3',
			label: { vi: 'Hoạt động và kế hoạch hiện có', en: 'Current activities and plans' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị hiện có những hoạt động, kế hoạch nào liên quan đến dữ liệu mở, minh bạch và tiếp cận thông tin?',
				en: 'What current activities or plans in your organisation bear on open data, transparency and access to information?'
			},
			guidance: [
				{
					vi: 'Đã có kế hoạch hoặc danh mục dữ liệu mở, hay nội dung về dữ liệu mở trong kế hoạch chuyển đổi số hằng năm chưa? Đã thực hiện đến đâu?',
					en: 'Is there an open data plan or dataset list, or an open data section in the annual digital transformation plan? How far has it got?'
				},
				{
					vi: 'Việc thực hiện Luật Tiếp cận thông tin: danh mục thông tin phải công khai, chuyên mục công khai thông tin trên cổng thông tin điện tử, đầu mối cung cấp thông tin.',
					en: 'Implementation of the Law on Access to Information: the list of information to be disclosed, the disclosure section of the web portal, the information focal point.'
				},
				{
					vi: 'Trong 2 năm qua có hoạt động truyền thông, hội thảo, tập huấn nào về dữ liệu mở không?',
					en: 'Has there been any awareness-raising, workshop or training on open data in the last two years?'
				},
				{
					vi: 'Có sáng kiến nào về thống kê, dữ liệu không gian, công khai ngân sách hay mua sắm công mà dữ liệu mở có thể dựa vào?',
					en: 'Are there initiatives in statistics, spatial data, or budget and procurement disclosure that open data could build on?'
				},
				{
					vi: 'Đối với tỉnh, thành phố: cấp xã có tham gia công khai, công bố dữ liệu không?',
					en: 'For provinces and cities: do communes take part in disclosing and publishing data?'
				}
			],
			importance: 'medium',
			descriptors: {
				red: {
					vi: 'Không có hoạt động hay kế hoạch nào liên quan; việc công khai thông tin theo Luật Tiếp cận thông tin chưa được tổ chức bài bản.',
					en: 'There are no related activities or plans; disclosure under the Law on Access to Information has not been properly organised.'
				},
				yellow: {
					vi: 'Có một vài hoạt động rời rạc (công khai thông tin trên cổng thông tin điện tử, một hội thảo) nhưng chưa có kế hoạch dữ liệu mở với danh mục và lộ trình.',
					en: 'There are a few scattered activities (disclosure on the web portal, a workshop) but no open data plan with a dataset list and timetable.'
				},
				green: {
					vi: 'Kế hoạch dữ liệu mở đã được phê duyệt, có danh mục dữ liệu và lộ trình công bố, đang được thực hiện cùng với các hoạt động truyền thông, tập huấn thường xuyên.',
					en: 'An approved open data plan with a dataset list and release timetable is being implemented, alongside regular awareness-raising and training.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chuyên trách chuyển đổi số xây dựng, trình lãnh đạo phê duyệt kế hoạch dữ liệu mở (danh mục dữ liệu ưu tiên, lộ trình công bố, đơn vị chịu trách nhiệm) và lồng ghép vào kế hoạch chuyển đổi số hằng năm.',
				en: 'The digital transformation unit prepares an open data plan (priority datasets, release timetable, responsible units) for the leadership to approve, and builds it into the annual digital transformation plan.'
			},
			collectEvidence: {
				vi: 'Thu thập kế hoạch chuyển đổi số hằng năm, kế hoạch hoặc danh mục dữ liệu mở (nếu có), danh mục thông tin công khai theo Luật Tiếp cận thông tin và tài liệu các hội thảo, tập huấn liên quan.',
				en: 'Collect the annual digital transformation plan, any open data plan or dataset list, the disclosure list under the Law on Access to Information, and material from related workshops and training.'
			}
		},
		{
			code: 'OD-1.4',
			label: { vi: 'Bối cảnh chính trị', en: 'Wider political context' },
			text: {
				vi: 'Bối cảnh chính trị và các ưu tiên phát triển hiện nay đang thúc đẩy hay cản trở dữ liệu mở ở cơ quan, địa phương anh/chị?',
				en: 'Does the current political context, with its development priorities, help or hinder open data in your organisation?'
			},
			guidance: [
				{
					vi: 'Dữ liệu mở có thể phục vụ những động lực nào đang được ưu tiên: minh bạch và phòng, chống tham nhũng, tăng trưởng và kinh tế số, phát triển bao trùm, nâng cao chất lượng dịch vụ công, tiết kiệm chi phí?',
					en: 'Which priority drivers could open data serve: transparency and anti-corruption, growth and the digital economy, inclusion, better public services, efficiency?'
				},
				{
					vi: 'Các định hướng lớn (Nghị quyết 57-NQ/TW, Luật Dữ liệu, Chương trình Chuyển đổi số quốc gia) được cơ quan, địa phương cụ thể hóa ra sao; có nhắc tới việc chia sẻ dữ liệu để xã hội khai thác không?',
					en: 'How has the organisation translated the main policy directions (Resolution 57-NQ/TW, the Law on Data, the National Digital Transformation Programme), and do they mention making data available for society to use?'
				},
				{
					vi: 'Đại biểu Quốc hội, đại biểu Hội đồng nhân dân hoặc các tổ chức chính trị – xã hội có quan tâm, ủng hộ việc công khai dữ liệu không?',
					en: 'Do National Assembly deputies, People’s Council members or socio-political organisations show interest in, or support for, publishing data?'
				},
				{
					vi: 'Việc sắp xếp tổ chức bộ máy, thay đổi nhân sự lãnh đạo hoặc chu kỳ nhiệm kỳ có ảnh hưởng đến tính liên tục của chương trình không?',
					en: 'Could restructuring, leadership changes or the term cycle affect the programme’s continuity?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Các ưu tiên hiện nay không liên quan hoặc đi ngược với việc công bố dữ liệu; có lo ngại rõ rệt rằng dữ liệu công bố sẽ bị dùng để chỉ trích.',
					en: 'Current priorities are unrelated to publishing data or cut against it; there is open concern that released data will be used to criticise.'
				},
				yellow: {
					vi: 'Dữ liệu mở không mâu thuẫn với các ưu tiên nhưng chưa được gắn rõ với mục tiêu nào; tính liên tục phụ thuộc vào một vài cá nhân.',
					en: 'Open data does not conflict with priorities but is not clearly tied to any of them; continuity depends on a few individuals.'
				},
				green: {
					vi: 'Dữ liệu mở được gắn rõ với các ưu tiên lớn (chuyển đổi số, kinh tế số, cải cách hành chính) trong văn bản của cơ quan, địa phương và được cơ quan dân cử, tổ chức chính trị – xã hội ủng hộ.',
					en: 'Open data is explicitly linked to major priorities (digital transformation, the digital economy, administrative reform) in the organisation’s documents and has the support of elected bodies and socio-political organisations.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chuyên trách chuyển đổi số phân tích và báo cáo lãnh đạo lợi ích của dữ liệu mở đối với từng ưu tiên của cơ quan, địa phương (kinh tế số, dịch vụ công, minh bạch), làm căn cứ đưa dữ liệu mở vào nghị quyết, kế hoạch trung hạn.',
				en: 'The digital transformation unit sets out for the leadership how open data serves each of the organisation’s priorities (digital economy, public services, transparency), as a basis for writing open data into resolutions and medium-term plans.'
			},
			collectEvidence: {
				vi: 'Rà soát nghị quyết, chiến lược, kế hoạch phát triển và chuyển đổi số của cơ quan, địa phương; phỏng vấn lãnh đạo và đại diện cơ quan dân cử hoặc tổ chức chính trị – xã hội về cách nhìn nhận dữ liệu mở.',
				en: 'Review the organisation’s resolutions, strategies, development and digital transformation plans; interview leaders and representatives of elected bodies or socio-political organisations about how they view open data.'
			}
		},
		{
			code: 'OD-1.5',
			label: { vi: 'Vị thế trong OGP', en: 'Open Government Partnership' },
			text: {
				vi: 'Việt Nam đang ở vị thế nào đối với Đối tác Chính phủ mở (OGP), và có cam kết quốc gia tương đương nào về dữ liệu mở không?',
				en: 'What is Vietnam’s position in the Open Government Partnership (OGP), and are there equivalent national commitments on open data?'
			},
			guidance: [
				{
					vi: 'Việt Nam là thành viên, đủ điều kiện nhưng chưa tham gia, hay chưa đủ điều kiện tham gia OGP?',
					en: 'Is Vietnam a participant, eligible but not participating, or not yet eligible?'
				},
				{
					vi: 'Nếu có kế hoạch hành động quốc gia: có những cam kết nào về dữ liệu mở, cơ quan nào chủ trì, xã hội dân sự tham gia ra sao?',
					en: 'If there is a national action plan: what open data commitments does it contain, who leads it, and what part does civil society play?'
				},
				{
					vi: 'Nếu không tham gia: có chương trình, cam kết quốc gia nào đóng vai trò tương tự (các quy định hiện hành về dữ liệu mở của cơ quan nhà nước, Cổng dữ liệu quốc gia, cam kết quốc tế khác), và cơ quan nào chủ trì?',
					en: 'If not: which national programmes or commitments play a similar role (the current rules on open data held by state agencies, the National Data Portal, other international commitments), and who leads them?'
				},
				{
					vi: 'Các cam kết đó có được cấp cao nhất của Chính phủ phê duyệt hoặc công khai ủng hộ không?',
					en: 'Have those commitments been endorsed or publicly backed at the highest level of government?'
				}
			],
			importance: null,
			descriptors: {
				red: {
					vi: 'Việt Nam không tham gia OGP và không có cam kết quốc gia tương đương về dữ liệu mở được cấp cao nhất ủng hộ.',
					en: 'Vietnam is not in the OGP and has no equivalent national commitment on open data backed at the highest level.'
				},
				yellow: {
					vi: 'Việt Nam không tham gia OGP nhưng đã có cơ sở pháp lý và nền tảng quốc gia cho dữ liệu mở (quy định về dữ liệu mở, Cổng dữ liệu quốc gia), dù cam kết còn chung chung và xã hội dân sự ít được tham gia.',
					en: 'Vietnam is not in the OGP but has a legal basis and a national platform for open data (open data rules, the National Data Portal), although the commitments are general and civil society has little say.'
				},
				green: {
					vi: 'Việt Nam tham gia OGP với kế hoạch hành động có cam kết về dữ liệu mở được cấp cao nhất phê duyệt, hoặc có chương trình quốc gia tương đương với mục tiêu đo được, cơ quan chủ trì rõ ràng và có sự tham gia của xã hội dân sự.',
					en: 'Vietnam takes part in the OGP with an action plan containing open data commitments endorsed at the highest level, or runs an equivalent national programme with measurable targets, a clear lead agency and civil-society involvement.'
				}
			},
			scope: 'national',
			target: 'green',
			recommendation: {
				vi: 'Các cơ quan trung ương chủ trì về chuyển đổi số và dữ liệu nghiên cứu, xây dựng chương trình quốc gia về dữ liệu mở với cam kết đo được, cơ quan chủ trì rõ ràng và kênh tiếp nhận ý kiến của xã hội dân sự, tham khảo cách xây dựng kế hoạch hành động của OGP.',
				en: 'The central bodies leading digital transformation and data consider a national open data programme with measurable commitments, a clear lead agency and a channel for civil-society input, drawing on how OGP action plans are built.'
			},
			collectEvidence: {
				vi: 'Kiểm tra danh sách thành viên và điều kiện tham gia trên trang thông tin chính thức của OGP và các văn bản quốc gia hiện hành về dữ liệu mở; xác nhận với cơ quan chủ trì ở trung ương.',
				en: 'Check the OGP’s official list of participants and eligibility information and the current national instruments on open data; confirm with the lead agency at central level.'
			}
		}
	]
};
