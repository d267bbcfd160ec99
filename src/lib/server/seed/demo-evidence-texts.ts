/**
 * Evidence of the demo round: fictional documents and web pages (example.gov.vn addresses), dataset fact
 * sheets, and the information-request notes. Titles name the organisation; nothing here is a real
 * document.
 */
import type { Feasibility } from '$lib/domain/fact-sheets';

export type Polarity = '+' | '-' | 'o';

export interface DocumentTemplate {
	key: string;
	title: (of: string) => string;
	fileName: string;
	format: 'pdf' | 'png';
	questions: string[];
	polarity: Polarity;
	description: string | null;
	/** Information-request items this document answers. */
	requestItems: string[];
}

const doc = (
	key: string,
	title: (of: string) => string,
	fileName: string,
	questions: string[],
	polarity: Polarity,
	requestItems: string[] = [],
	description: string | null = null
): DocumentTemplate => ({
	key,
	title,
	fileName,
	format: fileName.endsWith('.png') ? 'png' : 'pdf',
	questions,
	polarity,
	description,
	requestItems
});

/** Documents respondents attach. Questions that do not apply to an organisation's kind are dropped. */
export const respondentDocuments: DocumentTemplate[] = [
	doc(
		'plan',
		(of) => `Kế hoạch chuyển đổi số năm 2026 của ${of}`,
		'ke-hoach-chuyen-doi-so-2026.pdf',
		['DG-1.1', 'DG-1.6', 'DG-1.7', 'OD-1.3', 'OD-7.1'],
		'+',
		['IR-02']
	),
	doc(
		'steering',
		(of) => `Quyết định kiện toàn Ban Chỉ đạo chuyển đổi số của ${of}`,
		'quyet-dinh-ban-chi-dao-cds.pdf',
		['DG-1.2', 'DG-1.3', 'DG-1.4', 'OD-1.2', 'OD-3.1', 'OD-3.2'],
		'+',
		['IR-11']
	),
	doc(
		'sharing',
		(of) => `Quy chế quản lý, khai thác và chia sẻ dữ liệu của ${of}`,
		'quy-che-chia-se-du-lieu.pdf',
		['DG-6.1', 'DG-6.3', 'OD-4.1', 'OD-2.4'],
		'+',
		['IR-16']
	),
	doc(
		'catalogue',
		(of) => `Danh mục cơ sở dữ liệu của ${of} (cập nhật tháng 9/2026)`,
		'danh-muc-co-so-du-lieu-2026.pdf',
		['DG-6.2', 'OD-4.2', 'OD-4.3'],
		'o',
		['IR-15'],
		'Danh mục còn thiếu siêu dữ liệu của một số cơ sở dữ liệu chuyên ngành.'
	),
	doc(
		'services',
		() => 'Báo cáo kết quả cung cấp dịch vụ công trực tuyến 9 tháng đầu năm 2026',
		'bao-cao-dvctt-9-thang-2026.pdf',
		['DG-2.1', 'DG-2.2', 'DG-2.5', 'DG-3.3'],
		'+',
		['IR-14']
	),
	doc(
		'privacy',
		(of) => `Quy chế bảo vệ dữ liệu cá nhân của ${of}`,
		'quy-che-bao-ve-du-lieu-ca-nhan.pdf',
		['DG-7.5', 'OD-2.1'],
		'+',
		['IR-04']
	),
	doc(
		'security',
		(of) => `Báo cáo kiểm tra an toàn thông tin năm 2026 của ${of}`,
		'bao-cao-kiem-tra-attt-2026.pdf',
		['DG-7.1', 'DG-7.2', 'DG-7.3'],
		'-',
		[],
		'Báo cáo nêu một số hệ thống thông tin chưa được phê duyệt cấp độ an toàn.'
	),
	doc(
		'opendata',
		(of) => `Kế hoạch công bố dữ liệu mở giai đoạn 2026–2027 của ${of}`,
		'ke-hoach-du-lieu-mo-2026-2027.pdf',
		['DG-6.7', 'OD-1.1', 'OD-1.3', 'OD-4.5'],
		'+',
		['IR-03', 'IR-18']
	),
	doc(
		'rti',
		(of) => `Báo cáo thực hiện Luật Tiếp cận thông tin năm 2026 của ${of}`,
		'bao-cao-tiep-can-thong-tin-2026.pdf',
		['OD-2.2', 'OD-5.3'],
		'o',
		['IR-01', 'IR-21']
	),
	doc(
		'architecture',
		(of) => `Kiến trúc số phiên bản 3.0 của ${of}`,
		'kien-truc-so-3.0.pdf',
		['DG-5.1', 'DG-5.2', 'DG-5.6'],
		'+'
	),
	doc(
		'training',
		() => 'Kế hoạch bồi dưỡng kỹ năng số cho cán bộ, công chức năm 2026',
		'ke-hoach-boi-duong-ky-nang-so-2026.pdf',
		['DG-4.1', 'DG-4.2', 'DG-4.3', 'OD-3.7'],
		'+',
		['IR-13']
	),
	doc(
		'budget',
		() => 'Báo cáo phân bổ kinh phí công nghệ thông tin và chuyển đổi số năm 2026',
		'phan-bo-kinh-phi-cntt-2026.pdf',
		['DG-1.6', 'OD-7.1', 'OD-7.3'],
		'-',
		['IR-27'],
		'Kinh phí chủ yếu dành cho duy trì hệ thống; chưa có khoản riêng cho dữ liệu mở.'
	),
	doc(
		'commune',
		() => 'Báo cáo năng lực số cấp xã sau sắp xếp đơn vị hành chính',
		'nang-luc-so-cap-xa.pdf',
		['DG-4.7'],
		'-',
		[],
		'Nhiều xã mới sau sắp xếp chưa bố trí công chức phụ trách chuyển đổi số.'
	),
	doc(
		'portal-shot',
		(of) => `Ảnh chụp màn hình trang dữ liệu mở của ${of}`,
		'anh-chup-trang-du-lieu-mo.png',
		['OD-4.5', 'OD-6.2', 'DG-6.7'],
		'+'
	),
	doc(
		'survey-chart',
		() => 'Biểu đồ kết quả khảo sát mức độ hài lòng quý III/2026',
		'bieu-do-khao-sat-hai-long-q3-2026.png',
		['DG-2.5', 'OD-5.4'],
		'o'
	),
	doc(
		'ai-guidance',
		(of) => `Hướng dẫn tạm thời về sử dụng công cụ trí tuệ nhân tạo của ${of}`,
		'huong-dan-su-dung-tri-tue-nhan-tao.pdf',
		['DG-6.8', 'DG-7.5'],
		'o',
		[],
		'Hướng dẫn cấm đưa dữ liệu cá nhân vào công cụ công cộng, nhưng chưa có danh mục các hệ thống dùng trí tuệ nhân tạo.'
	)
];

export interface LinkTemplate {
	title: (of: string) => string;
	url: (code: string) => string;
	questions: string[];
	polarity: Polarity;
	description: string | null;
}

/** Web pages respondents point to. */
export const respondentLinks: LinkTemplate[] = [
	{
		title: (of) => `Cổng dữ liệu mở của ${of}`,
		url: (c) => `https://${c}.example.gov.vn/du-lieu-mo`,
		questions: ['OD-4.5', 'OD-6.2', 'DG-6.7'],
		polarity: '+',
		description: null
	},
	{
		title: (of) => `Trang dịch vụ công trực tuyến của ${of}`,
		url: (c) => `https://dichvucong.${c}.example.gov.vn`,
		questions: ['DG-2.1', 'DG-2.6'],
		polarity: '+',
		description: null
	},
	{
		title: (of) => `Chuyên mục hỏi đáp, phản ánh kiến nghị trên cổng thông tin của ${of}`,
		url: (c) => `https://${c}.example.gov.vn/hoi-dap`,
		questions: ['DG-2.4', 'OD-5.3', 'OD-6.3'],
		polarity: 'o',
		description: 'Nhiều câu hỏi được trả lời, nhưng thời gian trả lời còn dài.'
	},
	{
		title: () => 'Danh mục thông tin phải công khai theo Luật Tiếp cận thông tin',
		url: (c) => `https://${c}.example.gov.vn/tiep-can-thong-tin`,
		questions: ['OD-2.2'],
		polarity: '+',
		description: null
	}
];

/** Pages assessors add during review. */
export const assessorLinks: LinkTemplate[] = [
	{
		title: (of) => `Thống kê dịch vụ công trực tuyến của ${of} trên Cổng Dịch vụ công quốc gia (bản trích)`,
		url: (c) => `https://dichvucong.example.gov.vn/thong-ke/${c}`,
		questions: ['DG-2.1', 'DG-2.2'],
		polarity: 'o',
		description: 'Tỷ lệ hồ sơ trực tuyến toàn trình thấp hơn số liệu tự báo cáo.'
	},
	{
		title: (of) => `Kết quả chỉ số chuyển đổi số năm 2025 – phần của ${of}`,
		url: (c) => `https://dti.example.gov.vn/2025/${c}`,
		questions: ['DG-1.7', 'OD-3.4'],
		polarity: '+',
		description: null
	},
	{
		title: (of) => `Kiểm tra cổng dữ liệu của ${of}: nhiều tập dữ liệu không cập nhật từ năm 2024`,
		url: (c) => `https://${c}.example.gov.vn/du-lieu-mo?sap-xep=cu-nhat`,
		questions: ['OD-4.5', 'DG-6.7'],
		polarity: '-',
		description: 'Kiểm tra ngày 15/10/2026: đa số tập dữ liệu ở định dạng PDF, không có giấy phép.'
	}
];

export interface FactSheetTemplate {
	organisation: string;
	title: string;
	fields: Record<string, string>;
	feasibility: [Feasibility, Feasibility, Feasibility];
	questions: string[];
}

export const factSheetTemplates: FactSheetTemplate[] = [
	{
		organisation: 'bo-tai-chinh',
		title: 'Dữ liệu dự toán và quyết toán ngân sách nhà nước theo địa phương',
		fields: {
			owner: 'Bộ Tài chính',
			manager: 'Đơn vị quản lý ngân sách nhà nước thuộc Bộ',
			description:
				'Số liệu dự toán, tình hình thực hiện và quyết toán thu, chi ngân sách theo tỉnh, thành phố.',
			digitalForm: 'Cơ sở dữ liệu của hệ thống thông tin quản lý ngân sách',
			formats: 'XLSX, PDF (báo cáo công khai); CSV theo yêu cầu',
			granularity: 'Theo tỉnh, thành phố; theo lĩnh vực chi; theo năm',
			updateFrequency: 'Hằng năm (dự toán, quyết toán); hằng quý (tình hình thực hiện)',
			historyDepth: 'Từ năm 2010',
			accessTerms: 'Công khai theo quy định về công khai ngân sách; chưa có giấy phép tái sử dụng',
			cost: 'Miễn phí',
			restrictions: 'Số liệu chi tiết theo đơn vị sử dụng ngân sách chỉ cung cấp cho cơ quan nhà nước',
			governingLaw: 'Luật Ngân sách nhà nước và các văn bản hướng dẫn về công khai ngân sách',
			benefits: 'Tăng minh bạch tài khóa; phục vụ nghiên cứu, báo chí và giám sát của cơ quan dân cử',
			risks: 'Dễ nhầm lẫn giữa số liệu dự toán và quyết toán nếu thiếu siêu dữ liệu'
		},
		feasibility: ['high', 'medium', 'medium'],
		questions: ['OD-4.3', 'OD-4.5', 'DG-6.2']
	},
	{
		organisation: 'bo-tai-chinh',
		title: 'Danh mục doanh nghiệp nhà nước và báo cáo tài chính hằng năm',
		fields: {
			owner: 'Bộ Tài chính',
			manager: 'Đơn vị quản lý tài chính doanh nghiệp thuộc Bộ',
			description: 'Danh sách doanh nghiệp có vốn nhà nước và chỉ tiêu tài chính chủ yếu.',
			digitalForm: 'Bảng tính tổng hợp từ báo cáo của doanh nghiệp',
			formats: 'XLSX, PDF',
			granularity: 'Theo doanh nghiệp, theo năm',
			updateFrequency: 'Hằng năm',
			historyDepth: 'Từ năm 2016',
			accessTerms: 'Một phần được công bố trên cổng thông tin',
			cost: 'Miễn phí',
			restrictions: 'Một số chỉ tiêu thuộc bí mật kinh doanh của doanh nghiệp',
			governingLaw: 'Quy định về công bố thông tin của doanh nghiệp nhà nước',
			benefits: 'Giám sát hiệu quả sử dụng vốn nhà nước',
			risks: 'Số liệu do doanh nghiệp tự báo cáo, chưa kiểm toán đầy đủ'
		},
		feasibility: ['medium', 'high', 'low'],
		questions: ['OD-4.3']
	},
	{
		organisation: 'da-nang',
		title: 'Dữ liệu tuyến và lịch trình xe buýt công cộng',
		fields: {
			owner: 'UBND thành phố Đà Nẵng',
			manager: 'Đơn vị quản lý vận tải hành khách công cộng',
			description: 'Tuyến, điểm dừng, lịch chạy và vị trí xe buýt theo thời gian thực.',
			digitalForm: 'Cơ sở dữ liệu của hệ thống giám sát hành trình',
			formats: 'JSON qua API; CSV',
			granularity: 'Từng tuyến, từng điểm dừng; vị trí xe theo thời gian thực',
			updateFrequency: 'Thời gian thực (vị trí); hằng tháng (lịch chạy)',
			historyDepth: 'Từ năm 2021',
			accessTerms: 'Đã cung cấp cho ứng dụng tra cứu xe buýt của thành phố',
			cost: 'Miễn phí',
			restrictions: 'Không có',
			governingLaw: 'Quy định của thành phố về quản lý vận tải hành khách công cộng',
			benefits: 'Ứng dụng chỉ đường, nghiên cứu giao thông đô thị',
			risks: 'Thấp'
		},
		feasibility: ['high', 'high', 'high'],
		questions: ['OD-4.3', 'OD-4.5', 'OD-6.2']
	},
	{
		organisation: 'bo-y-te',
		title: 'Danh mục cơ sở khám bệnh, chữa bệnh được cấp giấy phép hoạt động',
		fields: {
			owner: 'Bộ Y tế',
			manager: 'Đơn vị quản lý khám bệnh, chữa bệnh thuộc Bộ',
			description: 'Tên, địa chỉ, phạm vi chuyên môn và giấy phép của các cơ sở khám bệnh, chữa bệnh.',
			digitalForm: 'Cơ sở dữ liệu cấp phép hoạt động',
			formats: 'Tra cứu trên trang thông tin; XLSX theo yêu cầu',
			granularity: 'Từng cơ sở',
			updateFrequency: 'Hằng tuần',
			historyDepth: 'Từ năm 2018',
			accessTerms: 'Công khai để tra cứu; chưa cho tải toàn bộ',
			cost: 'Miễn phí',
			restrictions: 'Không có',
			governingLaw: 'Luật Khám bệnh, chữa bệnh',
			benefits: 'Người dân kiểm tra cơ sở được cấp phép; ứng dụng đặt lịch khám',
			risks: 'Dữ liệu địa phương cập nhật chậm'
		},
		feasibility: ['high', 'medium', 'high'],
		questions: ['OD-4.3', 'OD-4.5']
	},
	{
		organisation: 'ha-noi',
		title: 'Dữ liệu quan trắc chất lượng không khí',
		fields: {
			owner: 'UBND thành phố Hà Nội',
			manager: 'Đơn vị quan trắc môi trường của thành phố',
			description: 'Chỉ số chất lượng không khí và nồng độ bụi mịn theo trạm quan trắc.',
			digitalForm: 'Hệ thống quan trắc tự động',
			formats: 'Hiển thị trên bản đồ; chưa có tệp tải về',
			granularity: 'Từng trạm, theo giờ',
			updateFrequency: 'Hằng giờ',
			historyDepth: 'Từ năm 2019',
			accessTerms: 'Chỉ xem trực tuyến',
			cost: 'Miễn phí',
			restrictions: 'Dữ liệu thô chưa được kiểm định chỉ dùng nội bộ',
			governingLaw: 'Luật Bảo vệ môi trường',
			benefits: 'Cảnh báo sức khỏe, nghiên cứu ô nhiễm',
			risks: 'Diễn giải sai dữ liệu chưa kiểm định'
		},
		feasibility: ['medium', 'high', 'low'],
		questions: ['OD-4.3', 'OD-5.1']
	},
	{
		organisation: 'ho-chi-minh',
		title: 'Dữ liệu giấy phép xây dựng đã cấp',
		fields: {
			owner: 'UBND Thành phố Hồ Chí Minh',
			manager: 'Cơ quan quản lý xây dựng của thành phố',
			description: 'Giấy phép xây dựng đã cấp: địa điểm, quy mô, thời hạn.',
			digitalForm: 'Hệ thống cấp phép trực tuyến (từ năm 2022); hồ sơ cũ dạng giấy',
			formats: 'Cơ sở dữ liệu nội bộ',
			granularity: 'Từng giấy phép',
			updateFrequency: 'Hằng ngày',
			historyDepth: 'Từ năm 2022 (dạng số)',
			accessTerms: 'Chưa công bố',
			cost: 'Không áp dụng',
			restrictions: 'Có thông tin cá nhân của chủ đầu tư',
			governingLaw: 'Luật Xây dựng; quy định về bảo vệ dữ liệu cá nhân',
			benefits: 'Minh bạch quản lý đô thị, giám sát của cộng đồng',
			risks: 'Lộ thông tin cá nhân nếu không ẩn danh hóa'
		},
		feasibility: ['low', 'medium', 'medium'],
		questions: ['OD-4.3', 'OD-2.1']
	}
];

export const requestNotes = {
	received: [
		'Đã nhận bản có chữ ký, đóng dấu.',
		'Đã nhận qua hệ thống quản lý văn bản.',
		'Đã nhận bản điện tử; bản giấy gửi sau.'
	],
	missing: [
		'Cơ quan cho biết chưa ban hành văn bản này.',
		'Chưa gửi; hẹn bổ sung sau buổi phỏng vấn.',
		'Không có số liệu tổng hợp.'
	],
	requested: ['Đã nhắc lần hai qua thư điện tử.', 'Đầu mối đang tổng hợp từ các đơn vị.']
};

/** How a title names the organisation ("… của Bộ Y tế", "… của tỉnh Lạng Sơn", "… của thành phố Huế"). */
export function ofName(nameVi: string, kind: string): string {
	if (kind === 'province') return `tỉnh ${nameVi}`;
	if (kind === 'city') return nameVi.startsWith('Thành phố') ? nameVi : `thành phố ${nameVi}`;
	return nameVi;
}
