/**
 * What the fictional team of the 2018 demo round wrote: the national answers as the country stood in
 * 2018, interview notes (roles only, never names) and the assessors' remarks. Invented for the demo; in
 * the vocabulary of the time (e-government, online public services at levels 3 and 4).
 */
import type { AssessorKey } from './demo-round-plan';

export interface NationalAnswer2018 {
	framework: 'dg-sansang-1.0' | 'od-odra-3.1';
	code: string;
	by: AssessorKey;
	day: string;
	rating: string;
	comment: string;
}

export const nationalAnswers2018: NationalAnswer2018[] = [
	{
		framework: 'dg-sansang-1.0',
		code: 'DG-1.5',
		by: 'anh',
		day: '2018-10-03',
		rating: '2',
		comment:
			'Ủy ban Quốc gia về Chính phủ điện tử mới được thành lập trong năm 2018; cơ chế điều phối giữa các bộ, ngành, địa phương đang hình thành, chưa có công cụ theo dõi chung.'
	},
	{
		framework: 'dg-sansang-1.0',
		code: 'DG-5.3',
		by: 'anh',
		day: '2018-10-03',
		rating: '1',
		comment:
			'Chưa có nền tảng tích hợp, chia sẻ dữ liệu quốc gia; dữ liệu được trao đổi qua các kết nối riêng lẻ giữa từng cặp hệ thống hoặc bằng văn bản.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-1.5',
		by: 'anh',
		day: '2018-10-04',
		rating: 'red',
		comment:
			'Việt Nam chưa tham gia Sáng kiến Đối tác Chính phủ mở (OGP) và chưa có cam kết quốc gia nào về dữ liệu mở.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-6.4',
		by: 'tung',
		day: '2018-10-05',
		rating: 'red_yellow',
		comment:
			'Cộng đồng khởi nghiệp công nghệ đang hình thành, tập trung ở Hà Nội và Thành phố Hồ Chí Minh; rất ít ứng dụng dùng dữ liệu của cơ quan nhà nước.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-6.5',
		by: 'tung',
		day: '2018-10-05',
		rating: 'red_yellow',
		comment:
			'Một số trường đại học bắt đầu mở chương trình về khoa học dữ liệu; hợp tác nghiên cứu với cơ quan nhà nước về dữ liệu hầu như chưa có.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-8.1',
		by: 'brennan',
		day: '2018-10-08',
		rating: 'yellow_green',
		comment:
			'Ngành viễn thông phát triển nhanh; mạng di động 4G đã phủ sóng phần lớn khu vực dân cư từ năm 2017.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-8.2',
		by: 'brennan',
		day: '2018-10-08',
		rating: 'yellow',
		comment:
			'Hơn một nửa dân số sử dụng Internet, chi phí truy cập di động thấp; vùng sâu, vùng xa còn thiếu kết nối ổn định.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-8.3',
		by: 'brennan',
		day: '2018-10-08',
		rating: 'red_yellow',
		comment:
			'Có trung tâm dữ liệu của các doanh nghiệp viễn thông; cơ quan nhà nước hầu như chưa dùng dịch vụ điện toán đám mây.'
	},
	{
		framework: 'od-odra-3.1',
		code: 'OD-8.4',
		by: 'tung',
		day: '2018-10-09',
		rating: 'yellow',
		comment:
			'Cộng đồng lập trình viên đông đảo; kỹ năng sử dụng và phân tích dữ liệu của cán bộ, công chức và người dân còn hạn chế.'
	}
];

type Text = { vi: string; en: string };

/** Who the team met, by kind of organisation. */
export const interviewRoles2018: Record<'central' | 'province', Text> = {
	central: {
		vi: 'Lãnh đạo đơn vị chuyên trách công nghệ thông tin; chuyên viên phụ trách cổng thông tin điện tử',
		en: 'Head of the IT department; officer in charge of the web portal'
	},
	province: {
		vi: 'Phó Giám đốc Sở Thông tin và Truyền thông; Phó Chánh Văn phòng Ủy ban nhân dân phụ trách kiểm soát thủ tục hành chính',
		en: 'Deputy Director of the Department of Information and Communications; Deputy Chief of the People’s Committee Office for administrative procedures'
	}
};

/** Lines of interview notes; each interview takes a few of its kind's lines. */
export const interviewLines2018: Record<'central' | 'province', Text[]> = {
	central: [
		{
			vi: 'Đơn vị đã ban hành Kiến trúc Chính phủ điện tử phiên bản 1.0; các cơ sở dữ liệu chuyên ngành vẫn được xây dựng theo từng dự án riêng.',
			en: 'An e-government architecture, version 1.0, has been issued; sector databases are still built project by project.'
		},
		{
			vi: 'Dịch vụ công trực tuyến mức độ 3, 4 đã có nhưng số hồ sơ nộp trực tuyến còn ít.',
			en: 'Level 3 and 4 online services exist, but few applications are filed online.'
		},
		{
			vi: 'Số liệu thống kê chủ yếu được công bố trong niên giám và báo cáo dạng PDF.',
			en: 'Statistics are mostly published in yearbooks and PDF reports.'
		},
		{
			vi: 'Lãnh đạo ủng hộ công khai dữ liệu nhưng lo ngại về bí mật nhà nước và độ chính xác của số liệu.',
			en: 'The leadership supports publishing data but worries about state secrets and the accuracy of figures.'
		},
		{
			vi: 'Thiếu nhân lực phân tích dữ liệu; khó giữ chân kỹ sư giỏi vì chế độ đãi ngộ.',
			en: 'Data analysts are lacking; good engineers leave for better pay.'
		},
		{
			vi: 'Văn bản điện tử được gửi, nhận qua hệ thống quản lý văn bản, song song với bản giấy.',
			en: 'Electronic documents go through the document management system, alongside paper copies.'
		}
	],
	province: [
		{
			vi: 'Tỉnh đã có cổng dịch vụ công và hệ thống một cửa điện tử dùng chung; phần lớn dịch vụ công trực tuyến mới ở mức độ 2.',
			en: 'The province has a public service portal and a shared one-stop-shop system; most online services are still at level 2.'
		},
		{
			vi: 'Kiến trúc Chính quyền điện tử của tỉnh đã được ban hành, nhưng các hệ thống của các sở chưa kết nối với nhau.',
			en: 'The provincial e-government architecture has been issued, but the departments’ systems are not connected.'
		},
		{
			vi: 'Dữ liệu nằm rải rác trong hệ thống của từng sở; chưa có danh mục dữ liệu của tỉnh.',
			en: 'Data sits in each department’s own systems; the province has no data inventory.'
		},
		{
			vi: 'Khái niệm dữ liệu mở còn mới với lãnh đạo các sở; chưa có tập dữ liệu nào được công bố ở định dạng máy đọc được.',
			en: 'Open data is a new idea for department heads; no dataset is published in machine-readable form.'
		},
		{
			vi: 'Cấp huyện, xã thiếu cán bộ chuyên trách công nghệ thông tin.',
			en: 'Districts and communes lack dedicated IT staff.'
		},
		{
			vi: 'Trung tâm hành chính công tiếp nhận hồ sơ chủ yếu trực tiếp; người dân chưa quen nộp hồ sơ trực tuyến.',
			en: 'The public administration centre takes applications mostly in person; citizens are not used to applying online.'
		}
	]
};

/** Questions an organisation's interview is cited for (those not asked of its kind are dropped). */
export const interviewCitations2018 = [
	'DG-1.1',
	'DG-2.1',
	'DG-3.4',
	'DG-5.1',
	'DG-6.2',
	'OD-1.1',
	'OD-3.1',
	'OD-4.3'
];

/** Assessors' remarks on a rating in an interview-only round (no self-rating to compare with). */
export const assessorNotes2018: { vi: string[]; en: string[] } = {
	vi: [
		'Nhận định dựa trên phỏng vấn đơn vị chuyên trách; chưa có văn bản kèm theo.',
		'Đã kiểm tra trực tiếp trên cổng thông tin điện tử trong buổi làm việc.',
		'Mới có kế hoạch, chưa thấy kết quả triển khai trên thực tế.',
		'Hệ thống đã có nhưng ít được sử dụng.',
		'Cần kiểm tra lại ở đợt đánh giá sau.'
	],
	en: [
		'Based on the interview with the IT department; no document provided.',
		'Checked on the web portal during the visit.',
		'Only a plan so far; nothing implemented yet.',
		'The system exists but is little used.',
		'To be checked again in the next round.'
	]
};
