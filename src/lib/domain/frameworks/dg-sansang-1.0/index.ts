/**
 * dg-sansang-1.0: Sẵn Sàng's digital government readiness questionnaire. It is an adaptation of the
 * 7-pillar structure of the World Bank DGRA as applied in Vietnam in 2018–2019; the questions, level
 * descriptors, level labels and score bands are Sẵn Sàng's own, not the World Bank's.
 */
import type { DgFrameworkInput } from '../schema';
import { pillars1to4 } from './pillars-1-4';
import { pillars5to7 } from './pillars-5-7';

export const dgSansang10: DgFrameworkInput = {
	id: 'dg-sansang-1.0',
	kind: 'dg',
	version: '1.0',
	title: {
		vi: 'Đánh giá mức độ sẵn sàng Chính phủ số — bản điều chỉnh của Sẵn Sàng theo cấu trúc 7 trụ cột',
		en: 'Digital government readiness — Sẵn Sàng adaptation of the 7-pillar structure'
	},
	shortTitle: { vi: 'Sẵn sàng Chính phủ số', en: 'Digital government readiness' },
	description: {
		vi: 'Bộ câu hỏi đánh giá mức độ sẵn sàng Chính phủ số của một bộ, cơ quan ngang bộ hoặc tỉnh, thành phố trực thuộc trung ương theo 7 trụ cột: lãnh đạo và quản trị; lấy người dùng làm trung tâm; tái cấu trúc quy trình nghiệp vụ; năng lực, văn hóa và kỹ năng; hạ tầng dùng chung; hoạch định chính sách dựa trên dữ liệu; an toàn thông tin mạng, bảo vệ dữ liệu cá nhân và khả năng phục hồi. Mỗi câu hỏi được đánh giá theo 4 mức, mỗi mức mô tả một tình huống có thể kiểm chứng bằng tài liệu hoặc phỏng vấn. Đây là bản do Sẵn Sàng tự xây dựng trên cấu trúc 7 trụ cột đã áp dụng tại Việt Nam năm 2018, không phải bộ công cụ gốc của Ngân hàng Thế giới.',
		en: 'A questionnaire for assessing the digital government readiness of a ministry, ministerial-level agency, province or centrally-run city across seven pillars: leadership and governance; user-centricity; business process re-engineering; capabilities, culture and skills; shared infrastructure; data-driven policy making; and cybersecurity, privacy and resilience. Each question is rated on four levels, each describing a situation that can be checked against documents or interviews. It is Sẵn Sàng’s own adaptation of the 7-pillar structure used in Vietnam in 2018, not the World Bank’s original toolkit.'
	},
	source: {
		vi: 'Do Sẵn Sàng điều chỉnh từ cấu trúc 7 trụ cột của Bộ công cụ đánh giá mức độ sẵn sàng Chính phủ số (DGRA) của Ngân hàng Thế giới, như đã áp dụng trong đánh giá mức độ sẵn sàng về Chính phủ số và dữ liệu mở của Việt Nam năm 2018–2019. Chỉ tên và phạm vi của 7 trụ cột được kế thừa; nội dung câu hỏi, mô tả các mức, nhãn mức và ngưỡng phân loại là của Sẵn Sàng, không phải của Ngân hàng Thế giới, và được xây dựng theo bối cảnh pháp lý, tổ chức của Việt Nam năm 2026.',
		en: 'Adapted by Sẵn Sàng from the 7-pillar structure of the World Bank’s Digital Government Readiness Assessment (DGRA) toolkit, as applied in Vietnam’s 2018–2019 digital government and open data readiness (ODDG) assessment. Only the names and scope of the seven pillars are carried over; the question wording, level descriptors, level labels and score bands are Sẵn Sàng’s own, not the World Bank’s, and reflect Vietnam’s legal and institutional setting in 2026.'
	},
	caveat: {
		vi: 'Kết quả đánh giá này là công cụ chẩn đoán để xác định điểm mạnh, khoảng trống và ưu tiên hành động của từng cơ quan, địa phương; đây không phải là phép đo chính xác và không dùng để xếp hạng các bộ, ngành, địa phương. Mức đánh giá phản ánh bằng chứng và ý kiến thu thập được tại thời điểm đánh giá, cần được đọc cùng phần nhận xét, bằng chứng và độ bao phủ của từng trụ cột.',
		en: 'This assessment is a diagnostic tool for identifying each organisation’s strengths, gaps and priorities for action; it is not a precise measurement and is not meant for ranking ministries or provinces. Ratings reflect the evidence and views gathered at the time of the assessment and should be read together with the findings, the evidence and the coverage shown for each pillar.'
	},
	scale: {
		levels: [
			{ vi: 'Khởi đầu', en: 'Initial' },
			{ vi: 'Đang phát triển', en: 'Developing' },
			{ vi: 'Xác lập', en: 'Defined' },
			{ vi: 'Tối ưu', en: 'Optimised' }
		],
		bands: [
			{ code: 'initial', min: 1, label: { vi: 'Khởi đầu', en: 'Initial' } },
			{ code: 'developing', min: 1.75, label: { vi: 'Đang phát triển', en: 'Developing' } },
			{ code: 'defined', min: 2.5, label: { vi: 'Xác lập', en: 'Defined' } },
			{ code: 'optimised', min: 3.25, label: { vi: 'Tối ưu', en: 'Optimised' } }
		]
	},
	sections: [...pillars1to4, ...pillars5to7]
};
