/**
 * Interviews of the demo round (fictional: roles only, never names, as ODRA interviews are confidential)
 * and the assessors' answers to the national questions.
 */
import type { AssessorKey } from './demo-round-plan';
import type { Polarity } from './demo-evidence-texts';

export interface InterviewPlan {
	key: string;
	organisations: string[];
	date: string;
	category: 'whole_of_government' | 'data_holder' | 'user_civil_society';
	roles: string;
	affiliation: string;
	/** Team members present; `committee` is the committee reviewer. The first one records the notes. */
	team: (AssessorKey | 'committee')[];
	sections: string[];
	notes: string;
	/** Questions the interview is cited for, per organisation. */
	citations: { organisation: string; questions: string[]; polarity: Polarity; description: string | null }[];
}

export const interviewPlans: InterviewPlan[] = [
	{
		key: 'btc-leadership',
		organisations: ['bo-tai-chinh'],
		date: '2026-11-04',
		category: 'whole_of_government',
		roles: 'Phó Cục trưởng phụ trách công nghệ thông tin; Trưởng phòng Quản lý dữ liệu tài chính',
		affiliation: 'Bộ Tài chính',
		team: ['anh', 'tung'],
		sections: ['DG-1', 'DG-6', 'OD-1', 'OD-3', 'OD-4'],
		notes:
			'Lãnh đạo Bộ quan tâm đến dữ liệu mở trong lĩnh vực ngân sách, coi đây là một phần của công khai tài khóa.\nĐơn vị công nghệ thông tin được giao làm đầu mối nhưng chưa có nhóm chuyên trách về dữ liệu mở.\nPhần lớn dữ liệu ngân sách đã ở dạng số; dữ liệu chi tiết theo đơn vị sử dụng ngân sách chưa được phép công bố.\nĐề xuất: xây dựng danh mục dữ liệu mở ưu tiên, bắt đầu từ dữ liệu dự toán, quyết toán theo địa phương.',
		citations: [
			{
				organisation: 'bo-tai-chinh',
				questions: ['DG-1.2', 'DG-6.1', 'OD-1.1', 'OD-3.1', 'OD-4.3'],
				polarity: '+',
				description: 'Lãnh đạo ủng hộ; dữ liệu ngân sách đã số hóa.'
			}
		]
	},
	{
		key: 'dn-ioc',
		organisations: ['da-nang'],
		date: '2026-10-20',
		category: 'whole_of_government',
		roles: 'Phó Giám đốc Sở Khoa học và Công nghệ; Giám đốc Trung tâm giám sát, điều hành đô thị thông minh',
		affiliation: 'UBND thành phố Đà Nẵng',
		team: ['ngocanh', 'sarah'],
		sections: ['DG-5', 'DG-6', 'OD-1', 'OD-3', 'OD-4'],
		notes:
			'Thành phố đã có cổng dữ liệu mở từ nhiều năm, lãnh đạo thành phố thường xuyên nhắc đến dữ liệu mở trong các hội nghị.\nTrung tâm điều hành tổng hợp dữ liệu giao thông, môi trường, phản ánh hiện trường; một phần được công bố qua API.\nKhó khăn: các sở chuyên ngành chưa chủ động cập nhật dữ liệu; thiếu nhân lực phân tích dữ liệu.\nDữ liệu lịch sử trước năm 2020 phần lớn chưa số hóa.',
		citations: [
			{
				organisation: 'da-nang',
				questions: ['DG-5.2', 'DG-6.6', 'OD-1.1', 'OD-3.1', 'OD-4.3'],
				polarity: '+',
				description: null
			}
		]
	},
	{
		key: 'dn-community',
		organisations: ['da-nang'],
		date: '2026-10-22',
		category: 'user_civil_society',
		roles: 'Đại diện câu lạc bộ lập trình viên; giảng viên ngành khoa học dữ liệu',
		affiliation: 'Cộng đồng công nghệ và trường đại học tại Đà Nẵng',
		team: ['sarah', 'ngocanh'],
		sections: ['OD-5', 'OD-6'],
		notes:
			'Người dùng đánh giá cao dữ liệu xe buýt và giao thông; đã có hai ứng dụng của sinh viên sử dụng.\nNhiều tập dữ liệu trên cổng ở dạng PDF, khó tái sử dụng; không rõ giấy phép.\nChưa có kênh để đề xuất dữ liệu cần công bố; yêu cầu gửi qua thư điện tử thường không được trả lời.\nĐề xuất tổ chức cuộc thi ứng dụng dữ liệu mở hằng năm.',
		citations: [
			{
				organisation: 'da-nang',
				questions: ['OD-5.1', 'OD-5.2', 'OD-6.1', 'OD-6.2'],
				polarity: 'o',
				description: 'Có nhu cầu rõ rệt; kênh tiếp nhận yêu cầu còn yếu.'
			}
		]
	},
	{
		key: 'hn-cio',
		organisations: ['ha-noi'],
		date: '2026-10-14',
		category: 'whole_of_government',
		roles: 'Phó Giám đốc Sở Khoa học và Công nghệ phụ trách chuyển đổi số',
		affiliation: 'UBND thành phố Hà Nội',
		team: ['anh'],
		sections: ['DG-1', 'DG-2', 'DG-5', 'OD-1', 'OD-3'],
		notes:
			'Thành phố có ban chỉ đạo do Chủ tịch UBND làm trưởng ban, họp hằng quý.\nTrung tâm dữ liệu của thành phố đang được mở rộng; các sở dùng chung nền tảng tích hợp.\nDữ liệu mở được giao cho Sở Khoa học và Công nghệ chủ trì, có kế hoạch riêng cho năm 2026–2027.\nGhi chú: phỏng vấn chỉ có một thành viên đoàn do lịch trùng; cần xác nhận lại một số số liệu bằng văn bản.',
		citations: [
			{
				organisation: 'ha-noi',
				questions: ['DG-1.3', 'DG-2.1', 'DG-5.6', 'OD-1.2', 'OD-3.1'],
				polarity: '+',
				description: null
			}
		]
	},
	{
		key: 'software-association',
		organisations: ['ha-noi', 'ho-chi-minh', 'da-nang'],
		date: '2026-10-09',
		category: 'user_civil_society',
		roles: 'Phó Chủ tịch hiệp hội doanh nghiệp phần mềm; đại diện hai doanh nghiệp khởi nghiệp về dữ liệu',
		affiliation: 'Hiệp hội doanh nghiệp phần mềm và dịch vụ công nghệ thông tin',
		team: ['committee', 'sarah'],
		sections: ['OD-5', 'OD-6', 'OD-7'],
		notes:
			'Doanh nghiệp cần dữ liệu đăng ký kinh doanh, quy hoạch, giao thông và thời tiết ở dạng máy đọc được, cập nhật thường xuyên.\nTại ba thành phố lớn, dữ liệu giao thông của Đà Nẵng dễ khai thác nhất; Hà Nội và Thành phố Hồ Chí Minh có nhiều dữ liệu nhưng rải rác.\nCác chương trình hỗ trợ khởi nghiệp có nhưng chưa gắn với dữ liệu của nhà nước.\nĐề xuất: công bố kèm giấy phép mở thống nhất và API ổn định.',
		citations: [
			{ organisation: 'ha-noi', questions: ['OD-5.2', 'OD-6.2', 'OD-7.4'], polarity: '+', description: null },
			{
				organisation: 'ho-chi-minh',
				questions: ['OD-5.2', 'OD-6.2', 'OD-7.4'],
				polarity: '+',
				description: null
			},
			{ organisation: 'da-nang', questions: ['OD-5.2', 'OD-7.4'], polarity: 'o', description: null }
		]
	},
	{
		key: 'yte-data',
		organisations: ['bo-y-te'],
		date: '2026-10-07',
		category: 'data_holder',
		roles: 'Trưởng phòng Thống kê; chuyên viên quản lý hệ thống hồ sơ sức khỏe điện tử',
		affiliation: 'Bộ Y tế',
		team: ['anh', 'huy'],
		sections: ['DG-6', 'DG-7', 'OD-2', 'OD-4'],
		notes:
			'Dữ liệu thống kê y tế được tổng hợp hằng năm, phần lớn từ báo cáo của các tỉnh.\nHồ sơ sức khỏe điện tử chứa nhiều dữ liệu cá nhân; quy trình ẩn danh hóa mới ở mức hướng dẫn kỹ thuật, chưa ban hành chính thức.\nĐơn vị e ngại công bố dữ liệu bệnh tật theo địa bàn nhỏ vì nguy cơ nhận diện.\nDanh mục cơ sở khám bệnh, chữa bệnh có thể công bố sớm.',
		citations: [
			{
				organisation: 'bo-y-te',
				questions: ['OD-2.1', 'OD-4.3', 'OD-4.6', 'DG-6.2', 'DG-7.5'],
				polarity: 'o',
				description: 'Nhiều dữ liệu số; ẩn danh hóa chưa có quy trình chính thức.'
			}
		]
	},
	{
		key: 'hcm-data',
		organisations: ['ho-chi-minh'],
		date: '2026-10-08',
		category: 'data_holder',
		roles: 'Giám đốc Trung tâm Chuyển đổi số; đại diện Sở Nông nghiệp và Môi trường',
		affiliation: 'UBND Thành phố Hồ Chí Minh',
		team: ['sarah', 'tung'],
		sections: ['DG-6', 'OD-2', 'OD-4'],
		notes:
			'Thành phố có kho dữ liệu dùng chung, các sở đã kết nối phần lớn hệ thống.\nDữ liệu đất đai, xây dựng có giá trị cao nhưng chứa thông tin cá nhân; đang xây dựng quy trình ẩn danh hóa.\nCổng dữ liệu mở có hơn một trăm tập dữ liệu, một phần định dạng máy đọc được.',
		citations: [
			{
				organisation: 'ho-chi-minh',
				questions: ['OD-4.3', 'OD-4.5', 'OD-2.4', 'DG-6.3'],
				polarity: '+',
				description: null
			}
		]
	},
	{
		key: 'qn-leadership',
		organisations: ['quang-ninh'],
		date: '2026-10-06',
		category: 'whole_of_government',
		roles: 'Phó Chánh Văn phòng UBND tỉnh; Giám đốc Trung tâm Phục vụ hành chính công',
		affiliation: 'UBND tỉnh Quảng Ninh',
		team: ['anh', 'tung'],
		sections: ['DG-1', 'DG-2', 'DG-3', 'OD-1'],
		notes:
			'Tỉnh duy trì đánh giá chất lượng phục vụ công khai theo từng sở và từng xã.\nPhần lớn thủ tục được xử lý không giấy; kết quả giải quyết được trả bản điện tử.\nLãnh đạo tỉnh công khai ủng hộ dữ liệu mở, gắn với thu hút đầu tư và du lịch.',
		citations: [
			{
				organisation: 'quang-ninh',
				questions: ['DG-1.2', 'DG-2.1', 'DG-3.3', 'OD-1.1'],
				polarity: '+',
				description: null
			}
		]
	},
	{
		key: 'db-infrastructure',
		organisations: ['dien-bien'],
		date: '2026-10-13',
		category: 'whole_of_government',
		roles: 'Phó Giám đốc Sở Khoa học và Công nghệ; công chức phụ trách công nghệ thông tin cấp xã',
		affiliation: 'UBND tỉnh Điện Biên',
		team: ['anh', 'huy'],
		sections: ['DG-4', 'DG-5', 'OD-3', 'OD-8'],
		notes:
			'Nhiều xã vùng cao mất kết nối Internet khi mưa lớn; một số thôn chưa có sóng di động ổn định.\nSau sắp xếp đơn vị hành chính, nhiều xã chưa có công chức chuyên trách chuyển đổi số.\nTỉnh thuê dịch vụ trung tâm dữ liệu, chưa có phương án dự phòng.\nTổ công nghệ số cộng đồng hoạt động tích cực nhưng thiếu kinh phí.',
		citations: [
			{
				organisation: 'dien-bien',
				questions: ['DG-4.7', 'DG-5.6', 'OD-3.7'],
				polarity: '-',
				description: 'Hạ tầng và nhân lực cấp xã còn yếu.'
			}
		]
	},
	{
		key: 'ct-users',
		organisations: ['can-tho'],
		date: '2026-10-15',
		category: 'user_civil_society',
		roles: 'Đại diện hợp tác xã nông nghiệp; phóng viên báo địa phương phụ trách mảng kinh tế',
		affiliation: 'Người dùng dữ liệu tại Cần Thơ',
		team: ['sarah', 'huy'],
		sections: ['OD-5', 'OD-6'],
		notes:
			'Hợp tác xã cần dữ liệu mực nước, độ mặn và giá nông sản; hiện lấy chủ yếu qua nhóm mạng xã hội.\nPhóng viên thường phải gửi công văn để xin số liệu, thời gian trả lời kéo dài.\nNgười dùng chưa biết đến cổng dữ liệu của thành phố.',
		citations: [
			{ organisation: 'can-tho', questions: ['OD-5.1', 'OD-5.4', 'OD-6.3'], polarity: 'o', description: null }
		]
	},
	{
		key: 'nn-land',
		organisations: ['bo-nong-nghiep-va-moi-truong'],
		date: '2026-11-05',
		category: 'data_holder',
		roles: 'Lãnh đạo đơn vị quản lý cơ sở dữ liệu đất đai; chuyên viên phụ trách dữ liệu khí tượng thủy văn',
		affiliation: 'Bộ Nông nghiệp và Môi trường',
		team: ['anh', 'brennan'],
		sections: ['DG-6', 'OD-2', 'OD-4'],
		notes:
			'Cơ sở dữ liệu đất đai đang được đồng bộ với các địa phương; một phần dữ liệu vẫn ở dạng giấy tại cấp xã.\nMột số dữ liệu khí tượng thủy văn được cung cấp có thu phí theo quy định chuyên ngành, gây khó cho người dùng.\nĐơn vị sẵn sàng công bố dữ liệu tổng hợp nếu có hướng dẫn chung về giấy phép.',
		citations: [
			{
				organisation: 'bo-nong-nghiep-va-moi-truong',
				questions: ['OD-2.5', 'OD-4.3', 'OD-4.5', 'DG-6.4'],
				polarity: 'o',
				description: null
			}
		]
	},
	{
		key: 'tq-province',
		organisations: ['tuyen-quang'],
		date: '2026-10-28',
		category: 'whole_of_government',
		roles: 'Phó Chánh Văn phòng UBND tỉnh; Trưởng phòng Công nghệ thông tin, Sở Khoa học và Công nghệ',
		affiliation: 'UBND tỉnh Tuyên Quang',
		team: ['tung', 'huy'],
		sections: ['DG-1', 'DG-3', 'OD-1', 'OD-3'],
		notes:
			'Tỉnh mới hoàn thành sắp xếp, đang hợp nhất các hệ thống thông tin của hai tỉnh cũ.\nKế hoạch chuyển đổi số năm 2026 được ban hành muộn; nhiều chỉ tiêu chưa có đơn vị chủ trì.\nChưa có văn bản nào về dữ liệu mở; lãnh đạo quan tâm nhưng ưu tiên hợp nhất hệ thống trước.',
		citations: [
			{
				organisation: 'tuyen-quang',
				questions: ['DG-1.1', 'DG-3.4', 'OD-1.3'],
				polarity: 'o',
				description: null
			}
		]
	},
	{
		key: 'hue-heritage',
		organisations: ['hue'],
		date: '2026-10-09',
		category: 'data_holder',
		roles: 'Đại diện trung tâm bảo tồn di tích; cán bộ phụ trách dữ liệu du lịch',
		affiliation: 'Thành phố Huế',
		team: ['sarah', 'tung'],
		sections: ['OD-4', 'OD-5', 'OD-6'],
		notes:
			'Dữ liệu lượt khách tham quan di tích được cập nhật hằng ngày và đã cung cấp cho một số doanh nghiệp lữ hành.\nThành phố đã tổ chức ngày hội dữ liệu du lịch với sinh viên.\nDữ liệu ảnh số hóa di sản chưa có giấy phép sử dụng rõ ràng.',
		citations: [
			{ organisation: 'hue', questions: ['OD-4.5', 'OD-5.2', 'OD-6.2'], polarity: '+', description: null }
		]
	}
];

export interface NationalAnswerPlan {
	framework: 'dg-sansang-1.1' | 'od-odra-3.1';
	code: string;
	by: AssessorKey;
	day: string;
	rating: string;
	comment: string;
	/** A later revision by another assessor. */
	revision?: { by: AssessorKey; day: string; rating: string; comment: string };
}

export const nationalAnswerPlans: NationalAnswerPlan[] = [
	{
		framework: 'dg-sansang-1.1',
		code: 'DG-1.5',
		by: 'anh',
		day: '2026-09-08',
		rating: '3',
		comment:
			'Ủy ban Quốc gia về chuyển đổi số và tổ công tác giúp việc điều phối chung; cơ chế theo dõi, đôn đốc đã vận hành, nhưng điều phối ngân sách giữa các bộ, ngành còn hạn chế.'
	},
	{
		framework: 'dg-sansang-1.1',
		code: 'DG-5.3',
		by: 'anh',
		day: '2026-09-08',
		rating: '3',
		comment:
			'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia đã kết nối với các bộ, ngành, địa phương; số dịch vụ dữ liệu dùng chung còn ít so với nhu cầu.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-1.5',
		by: 'anh',
		day: '2026-09-09',
		rating: 'red_yellow',
		comment:
			'Việt Nam chưa tham gia Sáng kiến Đối tác Chính phủ mở (OGP). Có các chương trình quốc gia về chuyển đổi số và dữ liệu, nhưng chưa có cam kết riêng về dữ liệu mở với sự tham gia của xã hội dân sự.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-6.4',
		by: 'ngocanh',
		day: '2026-09-10',
		rating: 'yellow',
		comment: 'Có nhiều doanh nghiệp khởi nghiệp công nghệ, chủ yếu ở Hà Nội và Thành phố Hồ Chí Minh.',
		revision: {
			by: 'tung',
			day: '2026-09-17',
			rating: 'yellow_green',
			comment:
				'Có nhiều doanh nghiệp khởi nghiệp công nghệ, chủ yếu ở Hà Nội và Thành phố Hồ Chí Minh; nhiều ứng dụng đã dùng dữ liệu bản đồ, giao thông, thời tiết. Điều chỉnh sau khi trao đổi với hiệp hội doanh nghiệp phần mềm.'
		}
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-6.5',
		by: 'ngocanh',
		day: '2026-09-10',
		rating: 'yellow_green',
		comment:
			'Nhiều trường đại học có chương trình đào tạo khoa học dữ liệu, trí tuệ nhân tạo; hợp tác với cơ quan nhà nước về dữ liệu còn ít.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-8.1',
		by: 'tung',
		day: '2026-09-11',
		rating: 'green',
		comment: 'Hệ sinh thái công nghệ thông tin, viễn thông phát triển; mạng di động phủ đến hầu hết các xã.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-8.2',
		by: 'tung',
		day: '2026-09-11',
		rating: 'yellow_green',
		comment:
			'Chi phí truy cập Internet di động thấp so với khu vực; vùng sâu, vùng xa còn hạn chế về chất lượng kết nối.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-8.3',
		by: 'tung',
		day: '2026-09-11',
		rating: 'yellow',
		comment:
			'Có trung tâm dữ liệu và dịch vụ đám mây trong nước; việc dùng đám mây trong cơ quan nhà nước còn hạn chế.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-8.4',
		by: 'brennan',
		day: '2026-09-14',
		rating: 'yellow_green',
		comment:
			'Ngành công nghệ thông tin lớn, cộng đồng lập trình viên đông đảo; kỹ năng số của người dân chưa đồng đều giữa đô thị và nông thôn.'
	}
];
