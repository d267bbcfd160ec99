import type { OdFrameworkInput } from '../schema';
import { dimensions1to4 } from './dimensions-1-4';
import { dimensions5to8 } from './dimensions-5-8';

/**
 * World Bank Open Data Readiness Assessment 3.1, as encoded in Sẵn Sàng: eight dimensions, 43 primary
 * questions, evidence catalogues, rating rubrics and the Annex A pre-fieldwork information request.
 */
export const odOdra31: OdFrameworkInput = {
	id: 'od-odra-3.1',
	kind: 'od',
	version: '3.1',
	title: {
		vi: 'Đánh giá mức độ sẵn sàng dữ liệu mở (ODRA 3.1)',
		en: 'Open Data Readiness Assessment (ODRA 3.1)'
	},
	shortTitle: { vi: 'Sẵn sàng dữ liệu mở', en: 'Open data readiness' },
	description: {
		vi: 'Bộ câu hỏi đánh giá mức độ sẵn sàng dữ liệu mở theo phương pháp ODRA phiên bản 3.1 của Ngân hàng Thế giới, được Sẵn Sàng biên soạn lại cho bộ, cơ quan ngang bộ và tỉnh, thành phố trực thuộc trung ương. Gồm 8 khía cạnh với 43 câu hỏi chính; mỗi câu hỏi và mỗi khía cạnh được xếp màu XANH, VÀNG hoặc ĐỎ (hoặc XÁM khi chưa đủ thông tin) theo nhận định chuyên môn, dựa trên bằng chứng và các vấn đề cốt lõi của từng khía cạnh, không tính điểm.',
		en: 'A questionnaire on open data readiness following version 3.1 of the World Bank’s ODRA method, rewritten by Sẵn Sàng for ministries, ministerial-level agencies, provinces and centrally-run cities. It has 8 dimensions and 43 primary questions; each question and dimension is rated GREEN, YELLOW or RED (or GREY where information is lacking) by professional judgement on the evidence and on each dimension’s core issues, not by a score.'
	},
	source: {
		vi: 'Ngân hàng Thế giới, Đánh giá mức độ sẵn sàng dữ liệu mở (Open Data Readiness Assessment – ODRA), phiên bản 3.1 (2015), gồm Phần A (Hướng dẫn sử dụng) và Phần B (Phương pháp), cấp phép CC BY. Câu hỏi, danh mục bằng chứng và tiêu chí xếp màu do Sẵn Sàng diễn đạt lại và điều chỉnh cho bối cảnh Việt Nam; mức độ quan trọng giữ nguyên như bản gốc. Màu XÁM (chưa đủ thông tin) và các mức kết hợp (ĐỎ/VÀNG, VÀNG/XANH) theo thực tiễn của các báo cáo quốc gia đã công bố.',
		en: 'World Bank, Open Data Readiness Assessment (ODRA) version 3.1 (2015), Part A (User’s Guide) and Part B (Methodology), licensed CC BY. Questions, evidence items and rating rubrics are paraphrased and adapted to Vietnam by Sẵn Sàng; importance labels are kept as printed. GREY (not enough information) and the mixed ratings (RED/YELLOW, YELLOW/GREEN) follow the practice of published country reports.'
	},
	caveat: {
		vi: 'ODRA là công cụ chẩn đoán và lập kế hoạch, giúp xác định những việc cần làm tiếp theo để xây dựng một chương trình dữ liệu mở. Đây không phải công cụ đo lường, không phải một cuộc đánh giá chính thức và không dùng để xếp hạng. Màu xếp cho từng khía cạnh thể hiện nhận định chuyên môn của nhóm đánh giá dựa trên bằng chứng có được tại thời điểm đánh giá, không phải điểm số, và không nên dùng để so sánh thứ hạng giữa các cơ quan, địa phương.',
		en: 'The ODRA is a diagnostic and planning tool: it helps identify what to do next to build an open data programme. It is not a measurement instrument, not a formal evaluation and not a ranking. The colour given to each dimension is the assessment team’s professional judgement on the evidence available at the time, not a score, and should not be used to rank organisations against each other.'
	},
	greyUnknownShare: 0.5,
	legalDisclaimer: {
		beforeDimension: 'OD-2',
		text: {
			vi: 'Các nhận định về khung chính sách và pháp lý dưới đây không phải là kết quả thẩm định pháp lý (legal due diligence) và không phải là ý kiến tư vấn pháp lý. Cơ quan, địa phương nên tổ chức rà soát pháp lý chính thức do luật sư hoặc chuyên gia pháp lý am hiểu pháp luật Việt Nam thực hiện.',
			en: 'The findings on the policy and legal framework below are not legal due diligence and do not constitute legal advice. A formal review by qualified local counsel, versed in Vietnamese law, is recommended.'
		}
	},
	sections: [...dimensions1to4, ...dimensions5to8],
	informationRequests: [
		// Legal and leadership (Annex A 1–10): 1–3 serve OD-1 (and inform OD-2), 4–10 serve OD-2.
		{
			code: 'IR-01',
			dimension: 'OD-1',
			text: {
				vi: 'Các văn bản thực hiện Luật Tiếp cận thông tin của cơ quan, địa phương: quy chế cung cấp thông tin, quyết định cử đầu mối, danh mục thông tin phải công khai.',
				en: 'The organisation’s instruments implementing the Law on Access to Information: rules on providing information, the decision naming focal points, the list of information to be disclosed.'
			}
		},
		{
			code: 'IR-02',
			dimension: 'OD-1',
			text: {
				vi: 'Các văn bản, phát biểu chính thức của lãnh đạo về dữ liệu mở, Chính phủ mở, minh bạch (nghị quyết, chỉ thị, kế hoạch, bài phát biểu).',
				en: 'Official statements by the leadership on open data, open government and transparency (resolutions, directives, plans, speeches).'
			}
		},
		{
			code: 'IR-03',
			dimension: 'OD-1',
			text: {
				vi: 'Quy định, chính sách hoặc kế hoạch về chủ động công bố và cho phép tái sử dụng dữ liệu (kế hoạch, danh mục dữ liệu mở).',
				en: 'Rules, policies or plans on proactive release and reuse of data (open data plan, open data list).'
			}
		},
		{
			code: 'IR-04',
			dimension: 'OD-2',
			text: {
				vi: 'Quy chế, quy trình nội bộ về bảo vệ dữ liệu cá nhân và quyết định phân công trách nhiệm.',
				en: 'Internal rules and procedures on personal data protection, and the decision assigning responsibility.'
			}
		},
		{
			code: 'IR-05',
			dimension: 'OD-2',
			text: {
				vi: 'Quy định, hướng dẫn về ẩn danh hóa hoặc tổng hợp dữ liệu trước khi công bố.',
				en: 'Rules or guidance on anonymising or aggregating data before release.'
			}
		},
		{
			code: 'IR-06',
			dimension: 'OD-2',
			text: {
				vi: 'Điều kiện sử dụng, giấy phép đang áp dụng cho cổng, trang thông tin điện tử và dữ liệu đã công bố.',
				en: 'Terms of use and licences currently applied to portals, websites and published data.'
			}
		},
		{
			code: 'IR-07',
			dimension: 'OD-2',
			text: {
				vi: 'Các thỏa thuận, hợp đồng cung cấp hoặc khai thác dữ liệu có tính độc quyền với doanh nghiệp, tổ chức.',
				en: 'Exclusive agreements or contracts with companies or organisations to supply or exploit data.'
			}
		},
		{
			code: 'IR-08',
			dimension: 'OD-2',
			text: {
				vi: 'Các quy định về quyền sở hữu, quyền tác giả đối với dữ liệu do cơ quan nhà nước tạo ra hoặc quản lý.',
				en: 'Provisions on ownership of, and copyright in, data created or managed by government.'
			}
		},
		{
			code: 'IR-09',
			dimension: 'OD-2',
			text: {
				vi: 'Quy định về thống kê và phổ biến thông tin thống kê áp dụng cho cơ quan, địa phương.',
				en: 'Rules on statistics and on disseminating statistical information that apply to the organisation.'
			}
		},
		{
			code: 'IR-10',
			dimension: 'OD-2',
			text: {
				vi: 'Các giới hạn vì lý do quốc phòng, an ninh, bí mật nhà nước đối với việc công bố dữ liệu (văn bản quy định danh mục bí mật của ngành, lĩnh vực, phần được phép tham khảo).',
				en: 'Limits on releasing data for defence, security or state-secrets reasons (the instrument setting the sector’s secrets list, as far as it may be consulted).'
			}
		},
		// Institutional (Annex A 11–14).
		{
			code: 'IR-11',
			dimension: 'OD-3',
			text: {
				vi: 'Văn bản về tổ chức, quản trị công nghệ thông tin và chuyển đổi số, kể cả phân công lãnh đạo phụ trách công nghệ thông tin, dữ liệu (kiểu CIO/CDO).',
				en: 'Documents on IT and digital transformation organisation and governance, including the assignment of IT and data leads (CIO or CDO-type roles).'
			}
		},
		{
			code: 'IR-12',
			dimension: 'OD-3',
			text: {
				vi: 'Tài liệu về theo dõi, đánh giá hiệu quả hoạt động (bộ chỉ tiêu; kết quả DTI, PAR Index, SIPAS).',
				en: 'Performance management documents (indicator sets, DTI, PAR Index and SIPAS results).'
			}
		},
		{
			code: 'IR-13',
			dimension: 'OD-3',
			text: {
				vi: 'Chương trình bồi dưỡng kỹ năng số, kỹ năng dữ liệu và các mạng lưới cán bộ về công nghệ thông tin, dữ liệu.',
				en: 'Digital and data skills training programmes, and staff networks on IT and data.'
			}
		},
		{
			code: 'IR-14',
			dimension: 'OD-3',
			text: {
				vi: 'Danh sách, ví dụ cổng, trang thông tin điện tử, dịch vụ công trực tuyến và ứng dụng di động của cơ quan, địa phương.',
				en: 'A list of, or examples from, the organisation’s portals, websites, online public services and mobile apps.'
			}
		},
		// Data within government (Annex A 15–19).
		{
			code: 'IR-15',
			dimension: 'OD-4',
			text: {
				vi: 'Danh mục dữ liệu, danh mục cơ sở dữ liệu của cơ quan, địa phương.',
				en: 'The organisation’s data inventory or list of databases.'
			}
		},
		{
			code: 'IR-16',
			dimension: 'OD-4',
			text: {
				vi: 'Chính sách, quy định về quản lý thông tin, an toàn thông tin, chất lượng dữ liệu, lưu trữ và tiêu chuẩn dữ liệu.',
				en: 'Policies and rules on information management, security, data quality, archiving and data standards.'
			}
		},
		{
			code: 'IR-17',
			dimension: 'OD-4',
			text: {
				vi: 'Quy định về mua sắm và mẫu hợp đồng có điều khoản về quyền sở hữu, quyền truy cập dữ liệu.',
				en: 'Procurement rules and model contracts with clauses on data ownership and access.'
			}
		},
		{
			code: 'IR-18',
			dimension: 'OD-4',
			text: {
				vi: 'Danh sách các tập dữ liệu có thể đưa lên cổng dữ liệu (tốt nhất do tổ công tác đầu mối của cơ quan, địa phương chuẩn bị).',
				en: 'A list of datasets that could go on a data portal (best prepared by the organisation’s counterpart team).'
			}
		},
		{
			code: 'IR-19',
			dimension: 'OD-4',
			text: {
				vi: 'Phiếu thông tin cho từng tập dữ liệu chủ chốt: đơn vị chủ quản, dạng số, định dạng, mức độ chi tiết, tần suất cập nhật, điều kiện và chi phí tiếp cận, lý do hạn chế (nếu có).',
				en: 'A fact sheet for each key dataset: owner, digital form, formats, granularity, update frequency, access terms and cost, reasons for any restriction.'
			}
		},
		// Demand (Annex A 20–21).
		{
			code: 'IR-20',
			dimension: 'OD-5',
			text: {
				vi: 'Ví dụ về việc dữ liệu của cơ quan, địa phương đang được tổ chức, cá nhân bên ngoài khai thác, sử dụng.',
				en: 'Examples of the organisation’s data being reused by people or organisations outside government.'
			}
		},
		{
			code: 'IR-21',
			dimension: 'OD-5',
			text: {
				vi: 'Số lượng và nội dung các yêu cầu cung cấp thông tin đã nhận.',
				en: 'The number and subjects of requests for information received.'
			}
		},
		// Citizen engagement (Annex A 22–26).
		{
			code: 'IR-22',
			dimension: 'OD-6',
			text: {
				vi: 'Chính sách, quy định về sử dụng mạng xã hội và tham vấn, tương tác với người dân, doanh nghiệp.',
				en: 'Policies on social media use and on consulting and engaging with citizens and businesses.'
			}
		},
		{
			code: 'IR-23',
			dimension: 'OD-6',
			text: {
				vi: 'Các tổ chức xã hội, nhóm cộng đồng sử dụng công nghệ và những người đi đầu về dữ liệu mở ngoài khu vực nhà nước.',
				en: 'Technology-using civil-society organisations and community groups, and open data champions outside government.'
			}
		},
		{
			code: 'IR-24',
			dimension: 'OD-6',
			text: {
				vi: 'Các đơn vị đã tham vấn hoặc làm việc với lập trình viên, doanh nghiệp công nghệ.',
				en: 'Units that have consulted or worked with developers and technology firms.'
			}
		},
		{
			code: 'IR-25',
			dimension: 'OD-6',
			text: {
				vi: 'Các trường đại học, cơ sở đào tạo kỹ thuật trên địa bàn hoặc trong lĩnh vực.',
				en: 'Technical universities and training institutions in the province or the sector.'
			}
		},
		{
			code: 'IR-26',
			dimension: 'OD-6',
			text: {
				vi: 'Các cơ quan báo chí chính và hội nhà báo trên địa bàn hoặc trong lĩnh vực.',
				en: 'The main media outlets and journalists’ associations in the province or the sector.'
			}
		},
		// Funding (Annex A 27–29).
		{
			code: 'IR-27',
			dimension: 'OD-7',
			text: {
				vi: 'Quy trình lập, phân bổ kinh phí cho công nghệ thông tin và chuyển đổi số.',
				en: 'How funding for IT and digital transformation is planned and allocated.'
			}
		},
		{
			code: 'IR-28',
			dimension: 'OD-7',
			text: {
				vi: 'Các nguồn kinh phí có thể dùng cho cổng dữ liệu và các ứng dụng ưu tiên (ngân sách, dự án, nhà tài trợ).',
				en: 'Possible funding sources for a data portal and priority applications (budget, projects, donors).'
			}
		},
		{
			code: 'IR-29',
			dimension: 'OD-7',
			text: {
				vi: 'Các cơ chế tài trợ, hỗ trợ đổi mới sáng tạo hiện có (quỹ, chương trình hỗ trợ khởi nghiệp, doanh nghiệp nhỏ và vừa).',
				en: 'Existing mechanisms that fund innovation (funds, start-up and SME support programmes).'
			}
		},
		// Infrastructure (Annex A 30).
		{
			code: 'IR-30',
			dimension: 'OD-8',
			text: {
				vi: 'Danh sách các nhà cung cấp dịch vụ Internet và di động.',
				en: 'A list of internet and mobile service providers.'
			}
		}
	]
};
