/**
 * dg-sansang-1.0, pillars DG-5 to DG-7: shared infrastructure, data-driven policy making, and
 * cybersecurity, privacy and resilience. Sẵn Sàng's own wording, adapted from the 7-pillar structure
 * of the World Bank DGRA as applied in Vietnam in 2018–2019; not World Bank text.
 */
import type { DgPillarInput } from '../schema';

export const pillars5to7: DgPillarInput[] = [
	// ------------------------------------------------------------------ DG-5 Shared infrastructure
	{
		code: 'DG-5',
		title: { vi: 'Hạ tầng dùng chung', en: 'Shared infrastructure' },
		shortTitle: { vi: 'Hạ tầng dùng chung', en: 'Shared infrastructure' },
		description: {
			vi: 'Hạ tầng và các nền tảng số mà nhiều cơ quan cùng sử dụng: kiến trúc Chính phủ số, nền tảng tích hợp, chia sẻ dữ liệu, định danh và xác thực điện tử, chữ ký số, trung tâm dữ liệu, điện toán đám mây và các nền tảng số dùng chung khác. Trụ cột này đánh giá mức độ cơ quan, địa phương xây dựng hệ thống trên nền tảng chung thay vì đầu tư riêng lẻ, trùng lặp.',
			en: 'The infrastructure and digital platforms that many agencies use in common: the digital government architecture, data integration and sharing platforms, electronic identification and authentication, digital signatures, data centres and cloud, and other shared platforms. This pillar looks at how far the organisation builds on common foundations instead of investing in separate, overlapping systems.'
		},
		weight: 1,
		target: 3,
		questions: [
			{
				code: 'DG-5.1',
				label: { vi: 'Kiến trúc Chính phủ số', en: 'Digital government architecture' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị đã có kiến trúc Chính phủ số (đối với bộ, ngành) hoặc kiến trúc chính quyền số (đối với tỉnh, thành phố) được phê duyệt, cập nhật và thực sự dùng làm căn cứ khi thẩm định các dự án công nghệ thông tin chưa?',
					en: 'Does your organisation have an approved, up-to-date digital government architecture (for a province, its digital local government architecture), and is it actually used when IT projects are appraised?'
				},
				guidance: [
					{
						vi: 'Xin bản kiến trúc đang có hiệu lực: phiên bản, ngày phê duyệt, đã cập nhật theo khung kiến trúc Chính phủ số quốc gia hiện hành chưa?',
						en: 'Ask for the architecture in force: its version and approval date, and whether it has been updated to the current national digital government architecture framework.'
					},
					{
						vi: 'Đơn vị nào được giao duy trì kiến trúc? Kiến trúc có kèm lộ trình triển khai không?',
						en: 'Which unit is responsible for maintaining the architecture? Does it come with an implementation roadmap?'
					},
					{
						vi: 'Chọn hai, ba dự án công nghệ thông tin gần đây: hồ sơ thẩm định có đánh giá sự phù hợp với kiến trúc không?',
						en: 'Pick two or three recent IT projects: did their appraisal check whether they fit the architecture?'
					},
					{
						vi: 'Kiến trúc có chỉ ra các hệ thống trùng lặp cần hợp nhất và các thành phần dùng chung cần tái sử dụng không?',
						en: 'Does the architecture identify overlapping systems to consolidate and shared components to reuse?'
					},
					{
						vi: 'Với tỉnh, thành phố: kiến trúc đã được điều chỉnh theo mô hình chính quyền địa phương hai cấp và việc hợp nhất đơn vị hành chính năm 2025 chưa?',
						en: 'For provinces: has the architecture been revised for the two-tier local government model and the 2025 merger of provinces?'
					}
				],
				descriptors: [
					{
						vi: 'Chưa có kiến trúc được phê duyệt, hoặc bản đã ban hành từ nhiều năm trước không còn phản ánh các hệ thống đang vận hành.',
						en: 'No approved architecture exists, or the one issued years ago no longer reflects the systems in operation.'
					},
					{
						vi: 'Có kiến trúc được phê duyệt nhưng chưa cập nhật theo khung kiến trúc quốc gia hiện hành; các dự án công nghệ thông tin được lập và thẩm định mà không đối chiếu với kiến trúc.',
						en: 'An approved architecture exists but has not been updated to the current national framework; IT projects are prepared and appraised without reference to it.'
					},
					{
						vi: 'Kiến trúc đã cập nhật theo khung quốc gia hiện hành, có lộ trình triển khai và đơn vị được giao duy trì; hồ sơ thẩm định dự án công nghệ thông tin có nội dung đánh giá sự phù hợp với kiến trúc.',
						en: 'The architecture has been updated to the current national framework, with an implementation roadmap and a unit assigned to maintain it; IT project appraisals include a check of fit with the architecture.'
					},
					{
						vi: 'Kiến trúc được rà soát hằng năm và điều chỉnh khi tổ chức hoặc hệ thống thay đổi; việc tuân thủ được theo dõi; các hệ thống trùng lặp đã được hợp nhất hoặc dừng theo lộ trình.',
						en: 'The architecture is reviewed every year and revised when the organisation or its systems change; compliance is tracked, and overlapping systems have been merged or retired as the roadmap planned.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Quyết định phê duyệt và bản kiến trúc hiện hành',
						en: 'Decision approving the architecture, and the current architecture document'
					},
					{
						vi: 'Hồ sơ thẩm định của một số dự án công nghệ thông tin gần đây',
						en: 'Appraisal records of a few recent IT projects'
					},
					{
						vi: 'Báo cáo rà soát hoặc kế hoạch cập nhật kiến trúc',
						en: 'Architecture review report or update plan'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Lãnh đạo cơ quan, địa phương giao đơn vị chuyên trách về chuyển đổi số xây dựng (hoặc cập nhật) kiến trúc theo khung kiến trúc Chính phủ số quốc gia hiện hành và trình phê duyệt.',
						en: 'The organisation’s leadership should task its digital transformation unit with drafting (or updating) the architecture on the current national framework and submitting it for approval.'
					},
					'2': {
						vi: 'Đơn vị chuyên trách cập nhật kiến trúc theo khung hiện hành và bổ sung lộ trình triển khai; cơ quan thẩm định bổ sung yêu cầu đánh giá sự phù hợp với kiến trúc vào quy trình thẩm định dự án công nghệ thông tin.',
						en: 'The digital transformation unit should update the architecture to the current framework and add a roadmap; the appraising body should add a check of fit with the architecture to its IT project appraisal procedure.'
					},
					'3': {
						vi: 'Đơn vị chuyên trách thiết lập chu kỳ rà soát kiến trúc hằng năm, theo dõi tỷ lệ dự án tuân thủ và lập lộ trình hợp nhất hoặc dừng các hệ thống trùng lặp.',
						en: 'The digital transformation unit should set up an annual architecture review, track how many projects comply, and plan the merger or retirement of overlapping systems.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách về chuyển đổi số cung cấp quyết định phê duyệt kiến trúc hiện hành và hồ sơ thẩm định của hai dự án công nghệ thông tin gần nhất.',
					en: 'Ask the digital transformation unit for the decision approving the current architecture and the appraisal records of the two most recent IT projects.'
				}
			},
			{
				code: 'DG-5.2',
				label: { vi: 'Nền tảng tích hợp dữ liệu', en: 'Data integration platform' },
				text: {
					vi: 'Các hệ thống thông tin của cơ quan, địa phương anh/chị được kết nối với nhau và với hệ thống bên ngoài qua nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP) đến mức nào?',
					en: 'To what extent are your organisation’s information systems connected to one another and to outside systems through a ministry- or province-level data integration and sharing platform (LGSP)?'
				},
				guidance: [
					{
						vi: 'Nền tảng LGSP đã vận hành chưa, đã kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) chưa? Xem danh sách các hệ thống đang kết nối.',
						en: 'Is the LGSP in operation, and is it connected to the National Data Integration and Sharing Platform (NDXP)? Look at the list of connected systems.'
					},
					{
						vi: 'Còn bao nhiêu kết nối trực tiếp điểm–điểm giữa các hệ thống, hoặc trao đổi dữ liệu bằng tệp, thư điện tử?',
						en: 'How many direct point-to-point links, or exchanges by file or email, remain?'
					},
					{
						vi: 'Có danh mục dịch vụ dữ liệu (API) được công bố cho các đơn vị khác sử dụng không? Có áp dụng tiêu chuẩn kỹ thuật kết nối chung không?',
						en: 'Is there a published catalogue of data services (APIs) for other units to use? Are common technical standards for connection applied?'
					},
					{
						vi: 'Có số liệu về số giao dịch và thời gian sẵn sàng của nền tảng không?',
						en: 'Are there figures on the platform’s transactions and availability?'
					},
					{
						vi: 'Hệ thống mới có bắt buộc phải kết nối qua nền tảng trước khi đưa vào vận hành không?',
						en: 'Must new systems connect through the platform before they go live?'
					}
				],
				descriptors: [
					{
						vi: 'Chưa có nền tảng tích hợp; các hệ thống vận hành riêng rẽ, dữ liệu trao đổi chủ yếu bằng văn bản, tệp hoặc nhập lại thủ công.',
						en: 'There is no integration platform; systems run separately and data is exchanged mostly by letter, file or manual re-entry.'
					},
					{
						vi: 'Đã có nền tảng tích hợp nhưng mới kết nối một số hệ thống; nhiều kết nối vẫn là điểm–điểm, chưa có danh mục dịch vụ dữ liệu.',
						en: 'An integration platform exists but only some systems use it; many links are still point-to-point and there is no catalogue of data services.'
					},
					{
						vi: 'Nền tảng đã kết nối với NDXP và các hệ thống nghiệp vụ chính; có danh mục dịch vụ dữ liệu được công bố, áp dụng tiêu chuẩn kết nối chung; hệ thống mới bắt buộc kết nối qua nền tảng.',
						en: 'The platform is connected to the NDXP and to the main business systems; a catalogue of data services is published and common connection standards apply; new systems must connect through the platform.'
					},
					{
						vi: 'Giao dịch qua nền tảng được giám sát theo cam kết chất lượng dịch vụ và báo cáo định kỳ; các kết nối điểm–điểm cũ đã được thay thế; dịch vụ dữ liệu được các cơ quan bên ngoài tái sử dụng.',
						en: 'Platform transactions are monitored against service levels and reported regularly; legacy point-to-point links have been replaced; the data services are reused by bodies outside the organisation.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Danh sách hệ thống và dịch vụ dữ liệu kết nối qua nền tảng',
						en: 'List of systems and data services connected through the platform'
					},
					{
						vi: 'Thống kê giao dịch và thời gian sẵn sàng của nền tảng trong 12 tháng gần nhất',
						en: 'Transaction and availability statistics for the platform over the last 12 months'
					},
					{
						vi: 'Văn bản quy định việc bắt buộc kết nối qua nền tảng',
						en: 'The rule requiring systems to connect through the platform'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị chuyên trách về chuyển đổi số xây dựng hoặc thuê dịch vụ nền tảng tích hợp, chia sẻ dữ liệu, kết nối với NDXP và ưu tiên kết nối các hệ thống trao đổi dữ liệu nhiều nhất.',
						en: 'The digital transformation unit should build or procure an integration platform as a service, connect it to the NDXP, and connect first the systems that exchange the most data.'
					},
					'2': {
						vi: 'Lãnh đạo ban hành quy định bắt buộc các hệ thống kết nối qua nền tảng; đơn vị chuyên trách lập và công bố danh mục dịch vụ dữ liệu, chuyển dần các kết nối điểm–điểm sang nền tảng.',
						en: 'Leadership should issue a rule requiring systems to connect through the platform; the digital transformation unit should publish a catalogue of data services and move point-to-point links onto the platform.'
					},
					'3': {
						vi: 'Đơn vị vận hành nền tảng đặt chỉ tiêu chất lượng dịch vụ, báo cáo định kỳ cho lãnh đạo và thay thế các kết nối cũ còn lại.',
						en: 'The platform operator should set service-level targets, report on them regularly to leadership, and replace the remaining legacy links.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị vận hành nền tảng tích hợp cung cấp danh sách hệ thống đang kết nối và thống kê giao dịch 12 tháng gần nhất.',
					en: 'Ask the platform operator for the list of connected systems and the last 12 months of transaction statistics.'
				}
			},
			{
				code: 'DG-5.3',
				label: { vi: 'Nền tảng chia sẻ dữ liệu quốc gia', en: 'National data sharing platform' },
				text: {
					vi: 'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đáp ứng nhu cầu kết nối hệ thống và chia sẻ dữ liệu giữa các bộ, ngành, địa phương đến mức nào?',
					en: 'How well does the National Data Integration and Sharing Platform (NDXP) meet the needs of ministries and provinces for connecting systems and sharing data?'
				},
				guidance: [
					{
						vi: 'Câu hỏi này do đoàn đánh giá trả lời một lần trong mỗi đợt, dựa trên thông tin của cơ quan vận hành NDXP và ý kiến của các bộ, tỉnh được phỏng vấn.',
						en: 'Assessors answer this once per round, from information supplied by the NDXP operator and the views of the ministries and provinces interviewed.'
					},
					{
						vi: 'Bao nhiêu bộ, ngành, địa phương và cơ sở dữ liệu quốc gia đã kết nối? Số liệu giao dịch được công bố ở đâu?',
						en: 'How many ministries, provinces and national databases are connected? Where are transaction figures published?'
					},
					{
						vi: 'Có danh mục dịch vụ dữ liệu dùng chung và quy trình đăng ký kết nối rõ ràng không? Một cơ quan mất bao lâu để kết nối được một dịch vụ mới?',
						en: 'Is there a catalogue of shared data services and a clear procedure for requesting a connection? How long does an agency wait to get a new service connected?'
					},
					{
						vi: 'Cơ quan vận hành có công bố cam kết chất lượng dịch vụ (thời gian sẵn sàng, thời gian xử lý sự cố) không?',
						en: 'Does the operator publish service commitments, such as availability and incident handling times?'
					},
					{
						vi: 'Các bộ, tỉnh được phỏng vấn nhận xét thế nào về độ ổn định của nền tảng và hỗ trợ kỹ thuật?',
						en: 'What do the ministries and provinces interviewed say about the platform’s stability and the technical support they get?'
					}
				],
				descriptors: [
					{
						vi: 'NDXP mới kết nối một số ít bộ, tỉnh và cơ sở dữ liệu; kết nối được thiết lập theo từng trường hợp, không có danh mục dịch vụ hay quy trình đăng ký được công bố.',
						en: 'The NDXP connects only a few ministries, provinces and databases; links are set up case by case, with no published service catalogue or onboarding procedure.'
					},
					{
						vi: 'Phần lớn bộ, tỉnh đã kết nối và một số cơ sở dữ liệu quốc gia cung cấp dịch vụ qua NDXP, nhưng việc đăng ký kết nối còn chậm, chưa có cam kết chất lượng dịch vụ và các cơ quan sử dụng thường xuyên phản ánh gián đoạn.',
						en: 'Most ministries and provinces are connected and some national databases offer services through the NDXP, but onboarding is slow, there are no service commitments, and user agencies often report outages.'
					},
					{
						vi: 'Tất cả bộ, ngành, tỉnh và các cơ sở dữ liệu quốc gia đang vận hành đã kết nối; danh mục dịch vụ dữ liệu, tiêu chuẩn kỹ thuật và quy trình đăng ký kết nối được công bố; cơ quan vận hành công bố số liệu giao dịch và thời gian sẵn sàng.',
						en: 'All ministries, provinces and operating national databases are connected; a catalogue of data services, technical standards and an onboarding procedure are published; the operator publishes transaction and availability figures.'
					},
					{
						vi: 'NDXP vận hành theo cam kết chất lượng dịch vụ được công bố và đo lường; thời gian đăng ký kết nối được theo dõi và rút ngắn; ý kiến của cơ quan sử dụng được thu thập định kỳ và dẫn đến cải tiến cụ thể.',
						en: 'The NDXP runs to published, measured service levels; onboarding times are tracked and reduced; feedback from user agencies is gathered regularly and leads to specific improvements.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Báo cáo hoặc số liệu công bố của cơ quan vận hành NDXP (số kết nối, số giao dịch)',
						en: 'Reports or published figures from the NDXP operator (connections, transactions)'
					},
					{
						vi: 'Danh mục dịch vụ dữ liệu và tài liệu hướng dẫn kết nối NDXP',
						en: 'The NDXP data service catalogue and connection guide'
					},
					{
						vi: 'Ghi chép phỏng vấn các bộ, tỉnh về trải nghiệm sử dụng NDXP',
						en: 'Interview notes from ministries and provinces on their experience of the NDXP'
					}
				],
				weight: 1,
				scope: 'national',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Cơ quan vận hành NDXP công bố danh mục dịch vụ dữ liệu và quy trình đăng ký kết nối, lập kế hoạch có mốc thời gian để kết nối toàn bộ bộ, tỉnh và cơ sở dữ liệu quốc gia.',
						en: 'The NDXP operator should publish a data service catalogue and an onboarding procedure, and plan, with dates, the connection of all ministries, provinces and national databases.'
					},
					'2': {
						vi: 'Cơ quan vận hành NDXP, phối hợp với Bộ Khoa học và Công nghệ, ban hành cam kết chất lượng dịch vụ, công bố định kỳ số liệu giao dịch và thời gian sẵn sàng, bố trí đầu mối hỗ trợ kỹ thuật cho các bộ, tỉnh.',
						en: 'The NDXP operator, working with the Ministry of Science and Technology, should issue service commitments, publish transaction and availability figures regularly, and give ministries and provinces a technical support contact.'
					},
					'3': {
						vi: 'Cơ quan vận hành NDXP đo lường và công bố kết quả thực hiện cam kết chất lượng dịch vụ, khảo sát định kỳ các cơ quan sử dụng và công khai kế hoạch cải tiến.',
						en: 'The NDXP operator should measure and publish its performance against the service commitments, survey user agencies regularly and publish its improvement plan.'
					}
				},
				collectEvidence: {
					vi: 'Đoàn đánh giá đề nghị cơ quan vận hành NDXP cung cấp số liệu kết nối, giao dịch mới nhất và đối chiếu với ý kiến của ít nhất ba bộ, tỉnh được phỏng vấn.',
					en: 'Assessors should ask the NDXP operator for its latest connection and transaction figures and check them against the views of at least three ministries and provinces interviewed.'
				}
			},
			{
				code: 'DG-5.4',
				label: { vi: 'Định danh, xác thực điện tử', en: 'Digital identity and sign-in' },
				text: {
					vi: 'Người dân, doanh nghiệp và cán bộ, công chức đăng nhập các hệ thống của cơ quan, địa phương anh/chị bằng định danh và xác thực điện tử (VNeID) và tài khoản dùng chung, thay vì tài khoản riêng của từng hệ thống, đến mức nào?',
					en: 'How far do citizens, businesses and civil servants sign in to your organisation’s systems with electronic identification and authentication (VNeID) and shared accounts, rather than a separate account for each system?'
				},
				guidance: [
					{
						vi: 'Cổng dịch vụ công và hệ thống thông tin giải quyết thủ tục hành chính có xác thực người dùng qua VNeID hoặc qua Cổng Dịch vụ công quốc gia không? Còn cấp mới tài khoản riêng không?',
						en: 'Do the organisation’s service portal and administrative procedure system authenticate users through VNeID or the National Public Service Portal? Are separate accounts still being issued?'
					},
					{
						vi: 'Doanh nghiệp, tổ chức có đăng nhập được bằng tài khoản định danh điện tử của tổ chức không?',
						en: 'Can businesses and other organisations sign in with an organisational e-identity account?'
					},
					{
						vi: 'Cán bộ, công chức có đăng nhập một lần (SSO) cho các hệ thống nội bộ không, hay mỗi hệ thống một tài khoản?',
						en: 'Do civil servants have single sign-on across internal systems, or one account per system?'
					},
					{
						vi: 'Có số liệu về tỷ lệ lượt đăng nhập qua VNeID trên tổng số lượt đăng nhập không?',
						en: 'Are there figures on the share of sign-ins made through VNeID?'
					}
				],
				descriptors: [
					{
						vi: 'Mỗi hệ thống cấp tài khoản riêng cho người dùng; chưa hệ thống nào xác thực qua VNeID.',
						en: 'Each system issues its own accounts; none authenticates through VNeID.'
					},
					{
						vi: 'Một số dịch vụ cho phép đăng nhập bằng VNeID, nhưng phần lớn hệ thống vẫn dùng tài khoản riêng; cán bộ, công chức phải dùng nhiều tài khoản khác nhau.',
						en: 'Some services accept VNeID sign-in, but most systems still use their own accounts, and civil servants have to juggle several logins.'
					},
					{
						vi: 'Mọi dịch vụ công trực tuyến và hệ thống phục vụ người dân, doanh nghiệp xác thực qua VNeID (trực tiếp hoặc qua Cổng Dịch vụ công quốc gia), không cấp mới tài khoản riêng; các hệ thống nội bộ chính dùng đăng nhập một lần.',
						en: 'All online public services and public-facing systems authenticate through VNeID (directly or via the National Public Service Portal) and no new separate accounts are issued; the main internal systems use single sign-on.'
					},
					{
						vi: 'Tài khoản riêng cũ đã được chuyển đổi hoặc đóng; tỷ lệ đăng nhập qua VNeID và lỗi xác thực được theo dõi, báo cáo; thông tin định danh đã xác thực được dùng để người dùng không phải khai lại.',
						en: 'Legacy accounts have been migrated or closed; the share of VNeID sign-ins and authentication failures is tracked and reported; verified identity data is used so that users need not type it again.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Danh sách hệ thống và phương thức xác thực đang áp dụng cho từng hệ thống',
						en: 'List of systems and the sign-in method each one uses'
					},
					{
						vi: 'Số liệu lượt đăng nhập theo phương thức trong 12 tháng gần nhất',
						en: 'Sign-in figures by method over the last 12 months'
					},
					{
						vi: 'Ảnh chụp màn hình hoặc đường dẫn trang đăng nhập của cổng dịch vụ công',
						en: 'Screenshot of, or link to, the service portal’s sign-in page'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị chuyên trách về chuyển đổi số lập danh sách các hệ thống có người dùng bên ngoài và kế hoạch tích hợp xác thực qua VNeID, ưu tiên hệ thống giải quyết thủ tục hành chính.',
						en: 'The digital transformation unit should list the systems with outside users and plan their integration with VNeID authentication, starting with the administrative procedure system.'
					},
					'2': {
						vi: 'Lãnh đạo chỉ đạo dừng cấp mới tài khoản riêng cho người dân, doanh nghiệp; đơn vị chuyên trách hoàn thành tích hợp VNeID cho mọi dịch vụ công trực tuyến và triển khai đăng nhập một lần cho các hệ thống nội bộ.',
						en: 'Leadership should stop the issue of new separate accounts to citizens and businesses; the digital transformation unit should finish VNeID integration for every online public service and roll out single sign-on for internal systems.'
					},
					'3': {
						vi: 'Đơn vị chuyên trách chuyển đổi hoặc đóng các tài khoản riêng còn lại, theo dõi tỷ lệ đăng nhập qua VNeID và lỗi xác thực, báo cáo lãnh đạo hằng quý.',
						en: 'The digital transformation unit should migrate or close the remaining separate accounts, track VNeID sign-ins and authentication failures, and report them to leadership every quarter.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách cung cấp bảng kê các hệ thống và phương thức đăng nhập; kiểm tra trực tiếp trang đăng nhập của cổng dịch vụ công.',
					en: 'Ask the digital transformation unit for a list of systems and their sign-in methods, and check the service portal’s sign-in page directly.'
				}
			},
			{
				code: 'DG-5.5',
				label: { vi: 'Hạ tầng chữ ký số', en: 'Digital signature infrastructure' },
				text: {
					vi: 'Chữ ký số chuyên dùng công vụ đã được cấp cho những người có thẩm quyền ký và được tích hợp vào các hệ thống của cơ quan, địa phương anh/chị đến mức nào?',
					en: 'How far have official digital signature certificates been issued to those who sign for your organisation, and built into its systems?'
				},
				guidance: [
					{
						vi: 'Bao nhiêu lãnh đạo, cán bộ có thẩm quyền ký đã được cấp chứng thư chữ ký số chuyên dùng công vụ? Có ký số từ xa, trên thiết bị di động được không?',
						en: 'How many leaders and officials with signing authority hold official digital signature certificates? Can they sign remotely or on mobile devices?'
					},
					{
						vi: 'Hệ thống quản lý văn bản và hệ thống giải quyết thủ tục hành chính có tích hợp ký số và tự động kiểm tra chữ ký số của văn bản, hồ sơ đến không?',
						en: 'Do the document management and administrative procedure systems have built-in signing, and do they verify the signatures on incoming documents and applications automatically?'
					},
					{
						vi: 'Hệ thống có chấp nhận hồ sơ do người dân, doanh nghiệp ký số (kể cả chữ ký số cá nhân) không?',
						en: 'Do the systems accept applications that citizens and businesses sign digitally, including with personal digital signatures?'
					},
					{
						vi: 'Câu hỏi này xem xét hạ tầng ký số; mức độ xử lý hồ sơ không giấy tờ được đánh giá ở trụ cột 3.',
						en: 'This question looks at the signing infrastructure; how much work is actually processed paperlessly is assessed under pillar 3.'
					}
				],
				descriptors: [
					{
						vi: 'Chỉ một số lãnh đạo có chữ ký số; việc ký số dùng công cụ rời, các hệ thống nghiệp vụ chưa tích hợp ký số.',
						en: 'Only a few leaders hold digital signature certificates; signing uses stand-alone tools and business systems have no built-in signing.'
					},
					{
						vi: 'Phần lớn lãnh đạo và văn thư có chữ ký số, hệ thống quản lý văn bản đã tích hợp ký số; hệ thống giải quyết thủ tục hành chính và các hệ thống khác chưa tích hợp, chữ ký số trên văn bản đến chưa được kiểm tra.',
						en: 'Most leaders and records clerks hold certificates and the document management system supports signing, but the administrative procedure system and others do not, and signatures on incoming documents are not verified.'
					},
					{
						vi: 'Mọi người có thẩm quyền ký đều có chữ ký số chuyên dùng công vụ và ký được từ xa; hệ thống quản lý văn bản và hệ thống giải quyết thủ tục hành chính tích hợp ký số, tự động kiểm tra chữ ký số; hồ sơ có chữ ký số của người dân, doanh nghiệp được chấp nhận.',
						en: 'Everyone with signing authority holds an official certificate and can sign remotely; the document management and administrative procedure systems support signing and verify signatures automatically; applications signed digitally by citizens and businesses are accepted.'
					},
					{
						vi: 'Việc cấp, thu hồi chứng thư gắn với quy trình tiếp nhận, điều động, nghỉ việc của cán bộ; số lượt ký và lỗi ký được theo dõi; mọi hệ thống mới đều có sẵn chức năng ký số và kiểm tra chữ ký số ngay từ thiết kế.',
						en: 'Certificates are issued and revoked as part of staff joining, moving and leaving; signing volumes and failures are tracked; every new system has signing and signature verification built in from the design stage.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Số chứng thư chữ ký số đang hiệu lực so với số người có thẩm quyền ký',
						en: 'Valid certificates compared with the number of people with signing authority'
					},
					{
						vi: 'Danh sách hệ thống có tích hợp ký số và kiểm tra chữ ký số',
						en: 'List of systems with built-in signing and signature verification'
					},
					{
						vi: 'Mẫu kết quả giải quyết thủ tục hành chính bản điện tử có chữ ký số',
						en: 'A sample electronic, digitally signed result of an administrative procedure'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Văn phòng lập danh sách người có thẩm quyền ký và đề nghị Ban Cơ yếu Chính phủ cấp đủ chứng thư chữ ký số chuyên dùng công vụ; đơn vị chuyên trách tích hợp ký số vào hệ thống quản lý văn bản.',
						en: 'The organisation’s office should list everyone with signing authority and ask the Government Cipher Committee to issue the missing official certificates; the digital transformation unit should build signing into the document management system.'
					},
					'2': {
						vi: 'Đơn vị chuyên trách tích hợp ký số và kiểm tra chữ ký số vào hệ thống giải quyết thủ tục hành chính và các hệ thống còn lại, triển khai ký số từ xa; Văn phòng đề nghị cấp bổ sung chứng thư cho người còn thiếu.',
						en: 'The digital transformation unit should add signing and signature verification to the administrative procedure system and the other systems, and enable remote signing; the office should request certificates for those still without one.'
					},
					'3': {
						vi: 'Đơn vị tổ chức cán bộ gắn việc cấp, thu hồi chứng thư với quy trình quản lý cán bộ; đơn vị chuyên trách theo dõi số lượt ký, lỗi ký và đưa yêu cầu ký số vào hồ sơ thiết kế mọi hệ thống mới.',
						en: 'The personnel unit should tie certificate issue and revocation to staff management procedures; the digital transformation unit should track signing volumes and failures and write signing requirements into the design of every new system.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị Văn phòng cung cấp số chứng thư chữ ký số đang hiệu lực và số người có thẩm quyền ký; kiểm tra một văn bản điện tử và một kết quả thủ tục hành chính có ký số.',
					en: 'Ask the organisation’s office for the number of valid certificates and of people with signing authority; inspect one electronic document and one digitally signed procedure result.'
				}
			},
			{
				code: 'DG-5.6',
				label: { vi: 'Trung tâm dữ liệu, đám mây', en: 'Data centres and cloud' },
				text: {
					vi: 'Các hệ thống thông tin của cơ quan, địa phương anh/chị được vận hành trên trung tâm dữ liệu hoặc nền tảng điện toán đám mây bảo đảm yêu cầu kỹ thuật và an toàn thông tin đến mức nào?',
					en: 'To what extent do your organisation’s information systems run in data centres or on cloud platforms that meet technical and security requirements?'
				},
				guidance: [
					{
						vi: 'Lập bảng các hệ thống đang vận hành và nơi đặt: trung tâm dữ liệu của cơ quan, nền tảng đám mây Chính phủ, dịch vụ đám mây thuê ngoài hay máy chủ rời tại các đơn vị.',
						en: 'List the systems in operation and where each is hosted: the organisation’s data centre, a government cloud, a contracted cloud service, or stand-alone servers in units.'
					},
					{
						vi: 'Trung tâm dữ liệu hoặc nền tảng đám mây có đáp ứng tiêu chuẩn kỹ thuật và cấp độ an toàn của các hệ thống đặt trên đó không? Có kết quả đánh giá không?',
						en: 'Do the data centre or cloud platform meet the technical standards and the security levels of the systems they host? Is there an assessment on file?'
					},
					{
						vi: 'Có kế hoạch năng lực (tính toán, lưu trữ) và cơ chế cấp phát tài nguyên khi có nhu cầu không?',
						en: 'Is there a capacity plan for compute and storage, and a way to provision resources on demand?'
					},
					{
						vi: 'Với tỉnh, thành phố: sau khi hợp nhất đơn vị hành chính năm 2025, hạ tầng của các tỉnh cũ đã được hợp nhất chưa?',
						en: 'For provinces: since the 2025 merger, has the infrastructure of the former provinces been consolidated?'
					}
				],
				descriptors: [
					{
						vi: 'Hệ thống đặt rải rác trên máy chủ tại các đơn vị hoặc phòng máy không đạt yêu cầu kỹ thuật; không có danh sách đầy đủ nơi đặt các hệ thống.',
						en: 'Systems sit on scattered servers in units or in server rooms that fall short of technical requirements; there is no complete list of where systems are hosted.'
					},
					{
						vi: 'Các hệ thống chính đã được tập trung về một trung tâm dữ liệu hoặc thuê dịch vụ đám mây, nhưng hạ tầng chưa được đánh giá theo yêu cầu kỹ thuật và cấp độ an toàn; nhiều hệ thống vẫn đặt riêng lẻ.',
						en: 'The main systems have been moved to one data centre or a contracted cloud service, but the hosting has not been assessed against technical and security-level requirements, and many systems are still hosted separately.'
					},
					{
						vi: 'Mọi hệ thống đang vận hành đặt tại trung tâm dữ liệu hoặc nền tảng đám mây đã được đánh giá đáp ứng yêu cầu kỹ thuật và cấp độ an toàn tương ứng; có kế hoạch năng lực và quy trình cấp phát tài nguyên.',
						en: 'Every system in operation is hosted in a data centre or on a cloud platform assessed as meeting the technical requirements and its security level; there is a capacity plan and a procedure for provisioning resources.'
					},
					{
						vi: 'Hạ tầng được dùng chung cho các đơn vị trực thuộc; tài nguyên được cấp phát theo nhu cầu và chi phí được theo dõi theo từng hệ thống; mức sử dụng, hiệu năng được giám sát và dùng làm căn cứ lập kế hoạch đầu tư.',
						en: 'The infrastructure is shared by subordinate units; resources are provisioned on demand and costs are tracked per system; usage and performance are monitored and used to plan investment.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Bảng kê hệ thống thông tin và nơi đặt',
						en: 'Inventory of information systems and where they are hosted'
					},
					{
						vi: 'Kết quả đánh giá, kiểm tra trung tâm dữ liệu hoặc hợp đồng thuê dịch vụ đám mây',
						en: 'Assessment or inspection report on the data centre, or the cloud service contract'
					},
					{
						vi: 'Kế hoạch năng lực hoặc báo cáo sử dụng tài nguyên',
						en: 'Capacity plan or resource usage report'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị chuyên trách về chuyển đổi số lập bảng kê toàn bộ hệ thống và nơi đặt, xây dựng phương án tập trung về trung tâm dữ liệu hoặc nền tảng đám mây đáp ứng yêu cầu, trình lãnh đạo phê duyệt.',
						en: 'The digital transformation unit should list every system and where it is hosted, and submit to leadership a plan to consolidate them in a data centre or on a cloud platform that meets requirements.'
					},
					'2': {
						vi: 'Đơn vị chuyên trách tổ chức đánh giá trung tâm dữ liệu hoặc dịch vụ đám mây đang dùng theo yêu cầu kỹ thuật và cấp độ an toàn, khắc phục thiếu sót và chuyển các hệ thống còn đặt riêng lẻ về hạ tầng tập trung.',
						en: 'The digital transformation unit should have the data centre or cloud service assessed against technical and security-level requirements, fix the shortcomings, and move the remaining separately hosted systems onto the consolidated infrastructure.'
					},
					'3': {
						vi: 'Đơn vị chuyên trách triển khai cấp phát tài nguyên theo nhu cầu, theo dõi chi phí và hiệu năng theo từng hệ thống và dùng số liệu này để lập kế hoạch đầu tư hạ tầng.',
						en: 'The digital transformation unit should introduce on-demand provisioning, track cost and performance per system, and use these figures to plan infrastructure investment.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách cung cấp bảng kê hệ thống và nơi đặt cùng kết quả đánh giá gần nhất của trung tâm dữ liệu hoặc dịch vụ đám mây.',
					en: 'Ask the digital transformation unit for the inventory of systems and hosting locations and the latest assessment of the data centre or cloud service.'
				}
			},
			{
				code: 'DG-5.7',
				label: { vi: 'Nền tảng số dùng chung', en: 'Shared digital platforms' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị sử dụng các nền tảng số dùng chung (thanh toán trực tuyến, gửi thông báo, thư điện tử công vụ, báo cáo, họp trực tuyến…) thay vì tự xây dựng riêng đến mức nào?',
					en: 'How far does your organisation use shared digital platforms (online payment, notifications, official email, reporting, video conferencing and so on) instead of building its own?'
				},
				guidance: [
					{
						vi: 'Phí, lệ phí thủ tục hành chính có được thanh toán trực tuyến qua nền tảng thanh toán của Cổng Dịch vụ công quốc gia không?',
						en: 'Are fees for administrative procedures paid online through the payment platform of the National Public Service Portal?'
					},
					{
						vi: 'Thông báo cho người dân (tin nhắn, thư điện tử, ứng dụng) được gửi qua nền tảng dùng chung hay mỗi hệ thống tự gửi?',
						en: 'Are notifications to citizens (SMS, email, app) sent through a shared platform, or does each system send its own?'
					},
					{
						vi: 'Có danh mục nền tảng dùng chung (quốc gia, của bộ, của tỉnh) mà dự án mới phải xem xét tái sử dụng trước khi đầu tư không?',
						en: 'Is there a list of shared platforms (national, ministry or provincial) that new projects must consider reusing before investing?'
					},
					{
						vi: 'Có hệ thống nào trùng chức năng với nền tảng dùng chung mà vẫn đang được duy trì không? Vì sao?',
						en: 'Are any systems that duplicate a shared platform still being maintained? Why?'
					},
					{
						vi: 'Các đơn vị trực thuộc (ở tỉnh: các sở, ngành và xã, phường, đặc khu) có dùng chung nền tảng do cơ quan, địa phương cung cấp không?',
						en: 'Do subordinate units (in a province: its departments and communes) use the platforms the organisation provides?'
					}
				],
				descriptors: [
					{
						vi: 'Các đơn vị tự xây dựng hoặc thuê riêng các thành phần như thanh toán, gửi tin nhắn, thư điện tử; không có danh mục nền tảng dùng chung.',
						en: 'Units build or contract their own components such as payment, messaging and email; there is no list of shared platforms.'
					},
					{
						vi: 'Đã dùng một số nền tảng dùng chung (ví dụ thanh toán qua Cổng Dịch vụ công quốc gia), nhưng vẫn duy trì nhiều thành phần trùng lặp và dự án mới không bắt buộc xem xét tái sử dụng.',
						en: 'Some shared platforms are used (for example payment through the National Public Service Portal), but many duplicate components remain and new projects are not required to consider reuse.'
					},
					{
						vi: 'Có danh mục nền tảng dùng chung được phê duyệt; các chức năng phổ biến (thanh toán, thông báo, thư điện tử công vụ, báo cáo, họp trực tuyến) dùng nền tảng chung; hồ sơ dự án mới phải giải trình nếu không tái sử dụng.',
						en: 'An approved list of shared platforms exists; common functions (payment, notifications, official email, reporting, video conferencing) run on shared platforms; new project proposals must justify any decision not to reuse them.'
					},
					{
						vi: 'Các thành phần trùng lặp đã được dừng theo kế hoạch; mức sử dụng từng nền tảng dùng chung được theo dõi; cơ quan, địa phương cung cấp nền tảng của mình cho đơn vị khác tái sử dụng.',
						en: 'Duplicate components have been retired as planned; the use of each shared platform is tracked; the organisation offers its own platforms for other bodies to reuse.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Danh mục nền tảng dùng chung và danh sách hệ thống đang sử dụng',
						en: 'List of shared platforms and the systems that use them'
					},
					{
						vi: 'Số liệu thanh toán trực tuyến phí, lệ phí qua Cổng Dịch vụ công quốc gia',
						en: 'Figures for online fee payments through the National Public Service Portal'
					},
					{
						vi: 'Hồ sơ một dự án gần đây có phần giải trình về tái sử dụng nền tảng dùng chung',
						en: 'A recent project proposal with its justification on reusing shared platforms'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị chuyên trách về chuyển đổi số lập danh mục nền tảng số dùng chung quốc gia và của cơ quan, địa phương, chỉ rõ chức năng nào phải dùng nền tảng chung, trình lãnh đạo ban hành.',
						en: 'The digital transformation unit should draw up a list of national and in-house shared platforms, stating which functions must use them, and submit it to leadership for issue.'
					},
					'2': {
						vi: 'Lãnh đạo yêu cầu mọi dự án mới giải trình việc tái sử dụng nền tảng dùng chung; đơn vị chuyên trách lập lộ trình chuyển các thành phần trùng lặp sang nền tảng chung.',
						en: 'Leadership should require every new project to justify its reuse of shared platforms; the digital transformation unit should plan the move of duplicate components onto the shared platforms.'
					},
					'3': {
						vi: 'Đơn vị chuyên trách dừng các thành phần trùng lặp còn lại, theo dõi mức sử dụng nền tảng dùng chung và mở các nền tảng của cơ quan, địa phương cho đơn vị khác dùng.',
						en: 'The digital transformation unit should retire the remaining duplicates, track the use of shared platforms, and open the organisation’s own platforms to other bodies.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách cung cấp danh mục nền tảng dùng chung đang áp dụng và danh sách các thành phần riêng còn duy trì.',
					en: 'Ask the digital transformation unit for the list of shared platforms in use and of the separate components still maintained.'
				}
			}
		]
	},

	// ------------------------------------------------------------------ DG-6 Data-driven policy making
	{
		code: 'DG-6',
		title: { vi: 'Hoạch định chính sách dựa trên dữ liệu', en: 'Data-driven policy making' },
		shortTitle: { vi: 'Dựa trên dữ liệu', en: 'Data-driven' },
		description: {
			vi: 'Cách cơ quan, địa phương quản trị, chia sẻ và sử dụng dữ liệu: trách nhiệm về dữ liệu, danh mục và chất lượng dữ liệu, chia sẻ dữ liệu giữa các cơ quan, xây dựng và khai thác cơ sở dữ liệu quốc gia, chuyên ngành. Trụ cột này cũng xem xét dữ liệu có thực sự được phân tích để phục vụ chỉ đạo, điều hành, hoạch định chính sách và có được mở cho xã hội hay không.',
			en: 'How the organisation governs, shares and uses data: responsibilities for data, data catalogues and quality, sharing between agencies, and building and using national and sector databases. The pillar also asks whether data is actually analysed to run operations and shape policy, and whether it is opened to the public.'
		},
		weight: 1,
		target: 3,
		questions: [
			{
				code: 'DG-6.1',
				label: { vi: 'Quản trị dữ liệu', en: 'Data governance' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị đã phân công trách nhiệm và ban hành quy định nội bộ về quản trị, quản lý dữ liệu phù hợp với Luật Dữ liệu chưa?',
					en: 'Has your organisation assigned responsibilities for data and issued internal rules on data governance and management in line with the Law on Data?'
				},
				guidance: [
					{
						vi: 'Có đơn vị và lãnh đạo được giao làm đầu mối về dữ liệu bằng văn bản không? Nhiệm vụ cụ thể là gì?',
						en: 'Have a unit and a leader been formally designated as the focal point for data? With what duties?'
					},
					{
						vi: 'Có quy chế quản lý dữ liệu nội bộ quy định chủ quản dữ liệu, quyền truy cập, chuẩn dữ liệu, việc cập nhật và lưu trữ không? Ban hành khi nào?',
						en: 'Is there an internal data management regulation that sets out data owners, access rights, data standards, updating and retention? When was it issued?'
					},
					{
						vi: 'Có kế hoạch hoặc chiến lược dữ liệu với mục tiêu, nhiệm vụ và đơn vị thực hiện cụ thể không?',
						en: 'Is there a data plan or strategy with specific targets, tasks and responsible units?'
					},
					{
						vi: 'Các quy định nội bộ đã được rà soát theo Luật Dữ liệu (2024) và Luật Bảo vệ dữ liệu cá nhân (2025) chưa?',
						en: 'Have the internal rules been reviewed against the Law on Data (2024) and the Law on Personal Data Protection (2025)?'
					}
				],
				descriptors: [
					{
						vi: 'Chưa có đơn vị hay người được giao trách nhiệm về dữ liệu; mỗi hệ thống tự quản lý dữ liệu của mình, không có quy định chung.',
						en: 'No unit or person is responsible for data; each system manages its own data and there are no common rules.'
					},
					{
						vi: 'Đã giao đầu mối về dữ liệu, nhưng quy chế quản lý dữ liệu chưa ban hành hoặc chưa xác định chủ quản của từng cơ sở dữ liệu; chưa có kế hoạch dữ liệu.',
						en: 'A focal point for data has been named, but the data management regulation has not been issued or does not name an owner for each database; there is no data plan.'
					},
					{
						vi: 'Đã ban hành quy chế quản lý dữ liệu phù hợp Luật Dữ liệu, xác định chủ quản từng cơ sở dữ liệu, quyền truy cập và chuẩn dữ liệu áp dụng; có kế hoạch dữ liệu với mục tiêu, nhiệm vụ và đơn vị thực hiện.',
						en: 'A data management regulation consistent with the Law on Data has been issued, naming the owner of each database, access rights and the data standards applied; a data plan sets targets, tasks and responsible units.'
					},
					{
						vi: 'Lãnh đạo định kỳ xem xét báo cáo thực hiện kế hoạch dữ liệu và các chỉ số chất lượng dữ liệu; quy chế được rà soát, cập nhật khi pháp luật hoặc hệ thống thay đổi.',
						en: 'Leadership regularly reviews reports on the data plan and on data quality indicators; the regulation is reviewed and updated when the law or the systems change.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Quyết định giao đơn vị, lãnh đạo đầu mối về dữ liệu',
						en: 'Decision designating the data focal unit and leader'
					},
					{ vi: 'Quy chế quản lý dữ liệu nội bộ', en: 'Internal data management regulation' },
					{
						vi: 'Kế hoạch hoặc chiến lược dữ liệu và báo cáo thực hiện gần nhất',
						en: 'Data plan or strategy and its latest progress report'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Lãnh đạo cơ quan, địa phương ban hành quyết định giao đơn vị và lãnh đạo đầu mối về dữ liệu, giao đơn vị này soạn thảo quy chế quản lý dữ liệu.',
						en: 'The organisation’s leadership should formally designate a focal unit and leader for data and task that unit with drafting a data management regulation.'
					},
					'2': {
						vi: 'Đơn vị đầu mối về dữ liệu hoàn thiện, trình ban hành quy chế quản lý dữ liệu (chủ quản từng cơ sở dữ liệu, quyền truy cập, chuẩn dữ liệu) và kế hoạch dữ liệu có mục tiêu cụ thể.',
						en: 'The data focal unit should finalise and submit for issue the data management regulation (owner of each database, access rights, data standards) and a data plan with specific targets.'
					},
					'3': {
						vi: 'Đơn vị đầu mối về dữ liệu báo cáo lãnh đạo định kỳ về thực hiện kế hoạch dữ liệu và chỉ số chất lượng dữ liệu, rà soát quy chế hằng năm.',
						en: 'The data focal unit should report regularly to leadership on the data plan and data quality indicators, and review the regulation every year.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị Văn phòng cung cấp quyết định giao đầu mối về dữ liệu và quy chế quản lý dữ liệu đang có hiệu lực (nếu có).',
					en: 'Ask the organisation’s office for the decision designating the data focal point and the data management regulation in force, if any.'
				}
			},
			{
				code: 'DG-6.2',
				label: { vi: 'Danh mục, chất lượng dữ liệu', en: 'Data catalogue and quality' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị có danh mục đầy đủ các cơ sở dữ liệu, tập dữ liệu đang quản lý và có kiểm soát chất lượng dữ liệu không?',
					en: 'Does your organisation keep a complete catalogue of the databases and datasets it holds, and does it control their quality?'
				},
				guidance: [
					{
						vi: 'Danh mục ghi những thông tin gì: chủ quản, nội dung, phạm vi, tần suất cập nhật, định dạng, mức độ chia sẻ, có chứa dữ liệu cá nhân hay không?',
						en: 'What does the catalogue record: owner, content, coverage, update frequency, format, sharing status, whether it holds personal data?'
					},
					{
						vi: 'Danh mục được cập nhật lần cuối khi nào? Có được công bố hoặc chia sẻ cho cơ quan khác không?',
						en: 'When was the catalogue last updated? Is it published or shared with other agencies?'
					},
					{
						vi: 'Dữ liệu quan trọng được kiểm tra theo tiêu chí “đúng, đủ, sạch, sống” như thế nào? Có đo tỷ lệ bản ghi sai, thiếu, trùng không?',
						en: 'How is key data checked against the “correct, complete, clean and current” criteria? Are error, gap and duplicate rates measured?'
					},
					{
						vi: 'Khi phát hiện sai lệch, ai sửa và sửa ở đâu (tại nguồn hay trên bản sao)?',
						en: 'When errors are found, who corrects them, and where: at source or in copies?'
					}
				],
				descriptors: [
					{
						vi: 'Không có danh mục cơ sở dữ liệu, tập dữ liệu; vấn đề chất lượng dữ liệu chỉ lộ ra khi có khiếu nại hoặc sai sót.',
						en: 'There is no catalogue of databases or datasets; data quality problems come to light only through complaints or mistakes.'
					},
					{
						vi: 'Có danh sách một phần các cơ sở dữ liệu, thiếu thông tin về chủ quản, tần suất cập nhật, mức độ chia sẻ; kiểm tra chất lượng làm theo đợt, không có chỉ số.',
						en: 'A partial list of databases exists, without owners, update frequency or sharing status; quality checks are occasional campaigns with no indicators.'
					},
					{
						vi: 'Có danh mục đầy đủ, cập nhật ít nhất hằng năm, ghi rõ chủ quản, tần suất cập nhật, mức độ chia sẻ và dữ liệu cá nhân; dữ liệu quan trọng được kiểm tra chất lượng theo quy trình và tiêu chí “đúng, đủ, sạch, sống”.',
						en: 'A complete catalogue, updated at least once a year, records owner, update frequency, sharing status and personal data; key data is checked by a set procedure against the “correct, complete, clean and current” criteria.'
					},
					{
						vi: 'Chỉ số chất lượng của từng cơ sở dữ liệu quan trọng được đo và báo cáo định kỳ; sai sót được sửa tại nguồn trong thời hạn quy định; danh mục được công bố để các cơ quan khác tra cứu.',
						en: 'Quality indicators for each key database are measured and reported regularly; errors are corrected at source within set deadlines; the catalogue is published for other agencies to consult.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Danh mục cơ sở dữ liệu, tập dữ liệu hiện hành',
						en: 'Current catalogue of databases and datasets'
					},
					{
						vi: 'Quy trình hoặc báo cáo kiểm tra chất lượng dữ liệu',
						en: 'Data quality procedure or check report'
					},
					{
						vi: 'Báo cáo kết quả làm sạch dữ liệu của một cơ sở dữ liệu quan trọng',
						en: 'Report on the cleaning of a key database'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị đầu mối về dữ liệu tổ chức kiểm kê toàn bộ cơ sở dữ liệu, tập dữ liệu và lập danh mục ban đầu, ghi rõ chủ quản của từng mục.',
						en: 'The data focal unit should take stock of every database and dataset and draw up a first catalogue naming the owner of each entry.'
					},
					'2': {
						vi: 'Đơn vị đầu mối bổ sung vào danh mục tần suất cập nhật, mức độ chia sẻ và dữ liệu cá nhân; ban hành quy trình kiểm tra chất lượng cho các cơ sở dữ liệu quan trọng.',
						en: 'The data focal unit should add update frequency, sharing status and personal data to the catalogue, and issue a quality-check procedure for key databases.'
					},
					'3': {
						vi: 'Đơn vị đầu mối xây dựng bộ chỉ số chất lượng dữ liệu, báo cáo định kỳ, quy định thời hạn sửa lỗi tại nguồn và công bố danh mục.',
						en: 'The data focal unit should define data quality indicators, report on them regularly, set deadlines for correcting errors at source, and publish the catalogue.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị đầu mối về dữ liệu cung cấp danh mục cơ sở dữ liệu hiện hành và một báo cáo kiểm tra chất lượng dữ liệu gần đây.',
					en: 'Ask the data focal unit for the current catalogue of databases and a recent data quality check report.'
				}
			},
			{
				code: 'DG-6.3',
				label: { vi: 'Chia sẻ dữ liệu liên cơ quan', en: 'Data sharing between agencies' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị chia sẻ dữ liệu cho các cơ quan nhà nước khác và nhận dữ liệu từ họ theo danh mục, quy trình rõ ràng đến mức nào?',
					en: 'How far does your organisation share data with other state agencies, and receive data from them, on the basis of a clear list and procedure?'
				},
				guidance: [
					{
						vi: 'Có danh mục dữ liệu mà cơ quan, địa phương phải cung cấp (cho ai, bằng phương thức nào, điều kiện gì) và danh mục dữ liệu cần nhận từ nơi khác không?',
						en: 'Is there a list of the data the organisation must provide (to whom, how, on what terms) and of the data it needs from others?'
					},
					{
						vi: 'Việc chia sẻ được thực hiện qua NDXP, LGSP hay bằng công văn, tệp gửi qua thư điện tử?',
						en: 'Does sharing happen through the NDXP or LGSP, or by official letter and emailed files?'
					},
					{
						vi: 'Một yêu cầu chia sẻ dữ liệu mất bao lâu để được đáp ứng? Có trường hợp từ chối nào không, lý do là gì?',
						en: 'How long does it take to meet a data-sharing request? Have any requests been refused, and why?'
					},
					{
						vi: 'Việc chia sẻ có tuân thủ các quy định hiện hành về chia sẻ dữ liệu và bảo vệ dữ liệu cá nhân không?',
						en: 'Does the sharing comply with the data-sharing and personal data protection rules in force?'
					}
				],
				descriptors: [
					{
						vi: 'Dữ liệu chỉ được cung cấp theo từng yêu cầu bằng công văn, thường dưới dạng tệp hoặc bản giấy; không có danh mục dữ liệu chia sẻ.',
						en: 'Data is supplied only case by case in reply to official letters, often as files or on paper; there is no list of data to share.'
					},
					{
						vi: 'Một số dữ liệu được chia sẻ qua kết nối hệ thống, nhưng chưa có danh mục đầy đủ dữ liệu phải cung cấp và cần nhận; điều kiện và thời hạn đáp ứng chưa rõ ràng.',
						en: 'Some data is shared through system connections, but there is no full list of the data to provide and receive; terms and response times are unclear.'
					},
					{
						vi: 'Có danh mục dữ liệu chia sẻ được phê duyệt, ghi rõ bên nhận, phương thức và điều kiện; việc chia sẻ thực hiện qua nền tảng tích hợp (LGSP, NDXP); yêu cầu chia sẻ được xử lý theo quy trình có thời hạn.',
						en: 'An approved list of shared data states recipients, method and terms; sharing runs through the integration platforms (LGSP, NDXP); requests are handled by a set procedure with deadlines.'
					},
					{
						vi: 'Lượt khai thác dữ liệu được chia sẻ được theo dõi và báo cáo; danh mục được mở rộng theo nhu cầu của cơ quan sử dụng; mọi trường hợp từ chối đều được ghi nhận kèm lý do.',
						en: 'Use of the shared data is monitored and reported; the list grows in response to user agencies’ needs; every refusal is recorded with its reason.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Danh mục dữ liệu chia sẻ và văn bản phê duyệt',
						en: 'The list of shared data and the decision approving it'
					},
					{
						vi: 'Danh sách dịch vụ chia sẻ dữ liệu qua LGSP, NDXP và số lượt khai thác',
						en: 'Data-sharing services on the LGSP or NDXP and how much they are used'
					},
					{
						vi: 'Sổ theo dõi các yêu cầu chia sẻ dữ liệu và kết quả xử lý',
						en: 'Log of data-sharing requests and their outcome'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị đầu mối về dữ liệu rà soát các yêu cầu chia sẻ đã nhận, lập danh mục dữ liệu phải cung cấp và cần nhận, trình lãnh đạo phê duyệt.',
						en: 'The data focal unit should review the sharing requests received so far, list the data to provide and to receive, and submit the list to leadership for approval.'
					},
					'2': {
						vi: 'Đơn vị đầu mối hoàn thiện danh mục với bên nhận, phương thức và điều kiện; đơn vị chuyên trách chuyển việc chia sẻ sang nền tảng tích hợp; lãnh đạo ban hành quy trình xử lý yêu cầu có thời hạn.',
						en: 'The data focal unit should complete the list with recipients, methods and terms; the digital transformation unit should move sharing onto the integration platform; leadership should issue a request-handling procedure with deadlines.'
					},
					'3': {
						vi: 'Đơn vị đầu mối theo dõi lượt khai thác, ghi nhận các trường hợp từ chối và lý do, định kỳ lấy ý kiến cơ quan sử dụng để mở rộng danh mục.',
						en: 'The data focal unit should monitor use, record refusals and their reasons, and consult user agencies regularly to extend the list.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị đầu mối về dữ liệu cung cấp danh mục dữ liệu chia sẻ (nếu có) và ba yêu cầu chia sẻ dữ liệu gần nhất kèm kết quả xử lý.',
					en: 'Ask the data focal unit for the list of shared data, if any, and the three most recent data-sharing requests with their outcome.'
				}
			},
			{
				code: 'DG-6.4',
				label: { vi: 'Vận hành cơ sở dữ liệu quốc gia', en: 'Running national databases' },
				text: {
					vi: 'Các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành do bộ, ngành anh/chị chủ quản đã được xây dựng, cập nhật và chia sẻ cho các cơ quan khác khai thác đến mức nào?',
					en: 'How far have the national and sector databases your ministry or agency owns been built, kept up to date and opened to other agencies?'
				},
				guidance: [
					{
						vi: 'Bộ, ngành đang chủ quản những cơ sở dữ liệu quốc gia, chuyên ngành nào? Mỗi cơ sở dữ liệu đang ở giai đoạn nào (kế hoạch, xây dựng, vận hành)?',
						en: 'Which national and sector databases does the ministry or agency own? What stage is each at: planned, being built, in operation?'
					},
					{
						vi: 'Dữ liệu đã bao phủ bao nhiêu phần đối tượng quản lý? Được cập nhật từ hoạt động nghiệp vụ hằng ngày hay theo đợt?',
						en: 'How complete is the data against what the database is meant to cover? Is it updated from day-to-day operations or in batches?'
					},
					{
						vi: 'Cơ sở dữ liệu đã kết nối với Cơ sở dữ liệu quốc gia về dân cư để xác thực thông tin công dân chưa?',
						en: 'Is the database linked to the National Population Database to verify citizens’ details?'
					},
					{
						vi: 'Cơ sở dữ liệu cung cấp dịch vụ dữ liệu qua NDXP cho những cơ quan nào, với bao nhiêu lượt khai thác?',
						en: 'Which agencies use the database’s data services through the NDXP, and how often?'
					},
					{
						vi: 'Nếu bộ, ngành không chủ quản cơ sở dữ liệu quốc gia hay chuyên ngành nào, chọn “Không áp dụng”.',
						en: 'If the ministry or agency owns no national or sector database, answer “not applicable”.'
					}
				],
				descriptors: [
					{
						vi: 'Cơ sở dữ liệu mới ở giai đoạn kế hoạch, hoặc dữ liệu còn nằm rải rác trong hồ sơ giấy và các hệ thống riêng lẻ.',
						en: 'The databases are still at the planning stage, or the data remains scattered across paper files and separate systems.'
					},
					{
						vi: 'Cơ sở dữ liệu đã được xây dựng nhưng dữ liệu chưa đầy đủ hoặc chỉ cập nhật theo đợt; chưa kết nối với Cơ sở dữ liệu quốc gia về dân cư, chưa chia sẻ qua NDXP.',
						en: 'The databases have been built but the data is incomplete or updated only in batches; they are not linked to the National Population Database and not shared through the NDXP.'
					},
					{
						vi: 'Cơ sở dữ liệu vận hành với phạm vi và chuẩn dữ liệu được ban hành, cập nhật từ hoạt động nghiệp vụ; thông tin công dân được đối chiếu với Cơ sở dữ liệu quốc gia về dân cư; dữ liệu được chia sẻ qua NDXP cho các cơ quan có thẩm quyền.',
						en: 'The databases run with an issued scope and data standard and are updated from day-to-day operations; citizens’ details are checked against the National Population Database; data is shared through the NDXP with authorised agencies.'
					},
					{
						vi: 'Chất lượng dữ liệu được đo và công bố theo tiêu chí “đúng, đủ, sạch, sống”; nhiều bộ, tỉnh khai thác dữ liệu thường xuyên để giải quyết thủ tục hành chính và quản lý; phản ánh của bên khai thác được dùng để sửa dữ liệu tại nguồn.',
						en: 'Data quality is measured and published against the “correct, complete, clean and current” criteria; many ministries and provinces use the data routinely for procedures and management; reports from users are used to correct data at source.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Danh sách cơ sở dữ liệu quốc gia, chuyên ngành do bộ, ngành chủ quản và tình trạng từng cơ sở dữ liệu',
						en: 'List of national and sector databases owned, with the status of each'
					},
					{
						vi: 'Văn bản ban hành chuẩn dữ liệu hoặc danh mục dữ liệu của cơ sở dữ liệu',
						en: 'The issued data standard or data dictionary of the database'
					},
					{
						vi: 'Thống kê khai thác dữ liệu qua NDXP',
						en: 'Statistics on data use through the NDXP'
					}
				],
				weight: 1,
				scope: 'organisation',
				appliesTo: ['ministry', 'ministerial_agency', 'government_agency'],
				target: 3,
				recommendations: {
					'1': {
						vi: 'Lãnh đạo bộ, ngành phê duyệt kế hoạch xây dựng cơ sở dữ liệu có lộ trình số hóa dữ liệu, bố trí kinh phí và giao đơn vị chủ trì.',
						en: 'The ministry’s leadership should approve a plan to build the database, with a digitisation timetable, a budget and a lead unit.'
					},
					'2': {
						vi: 'Đơn vị chủ trì ban hành chuẩn dữ liệu, chuyển sang cập nhật từ hoạt động nghiệp vụ, kết nối với Cơ sở dữ liệu quốc gia về dân cư và công bố dịch vụ dữ liệu qua NDXP.',
						en: 'The lead unit should issue a data standard, switch to updating from day-to-day operations, link to the National Population Database and publish data services through the NDXP.'
					},
					'3': {
						vi: 'Đơn vị chủ trì đo và công bố chất lượng dữ liệu, theo dõi lượt khai thác và lập kênh để bên khai thác báo sai sót, sửa tại nguồn.',
						en: 'The lead unit should measure and publish data quality, track use, and set up a channel for users to report errors so they are fixed at source.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chủ trì cung cấp danh sách cơ sở dữ liệu bộ, ngành đang chủ quản, tình trạng từng cơ sở dữ liệu và số liệu khai thác qua NDXP.',
					en: 'Ask the lead unit for the list of databases the ministry owns, the status of each and the figures for their use through the NDXP.'
				}
			},
			{
				code: 'DG-6.5',
				label: { vi: 'Khai thác cơ sở dữ liệu quốc gia', en: 'Using national databases' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị kết nối, khai thác các cơ sở dữ liệu quốc gia (dân cư, đất đai, đăng ký doanh nghiệp, bảo hiểm, tài chính…) phục vụ quản lý và cập nhật dữ liệu thuộc trách nhiệm của mình vào các cơ sở dữ liệu đó đến mức nào?',
					en: 'How far does your organisation connect to and use the national databases (population, land, business registration, insurance, finance and others) in its work, and keep the data it is responsible for up to date in them?'
				},
				guidance: [
					{
						vi: 'Những cơ sở dữ liệu quốc gia nào đã được kết nối với hệ thống của cơ quan, địa phương? Khai thác cho mục đích gì?',
						en: 'Which national databases are connected to the organisation’s systems? What is the data used for?'
					},
					{
						vi: 'Ngoài giải quyết thủ tục hành chính (đánh giá ở trụ cột 3), dữ liệu được dùng cho quản lý, lập kế hoạch như thế nào? Xin ví dụ cụ thể.',
						en: 'Beyond administrative procedures (assessed under pillar 3), how is the data used for management and planning? Ask for a concrete example.'
					},
					{
						vi: 'Cơ quan, địa phương có trách nhiệm cập nhật dữ liệu nào vào cơ sở dữ liệu quốc gia (ví dụ ở tỉnh: đất đai, hộ tịch)? Việc cập nhật có đúng thời hạn không?',
						en: 'Which data is the organisation responsible for updating in national databases (in a province, for example, land and civil status records)? Is it updated on time?'
					},
					{
						vi: 'Khi phát hiện dữ liệu không khớp giữa hệ thống của mình và cơ sở dữ liệu quốc gia, cơ quan, địa phương xử lý thế nào?',
						en: 'When the organisation’s data does not match a national database, what does it do?'
					}
				],
				descriptors: [
					{
						vi: 'Chưa kết nối với cơ sở dữ liệu quốc gia nào; cán bộ tra cứu thủ công hoặc đề nghị cung cấp dữ liệu bằng văn bản.',
						en: 'There is no connection to any national database; staff look data up by hand or request it by letter.'
					},
					{
						vi: 'Đã kết nối với một vài cơ sở dữ liệu quốc gia (thường là dân cư) cho một số nghiệp vụ; dữ liệu thuộc trách nhiệm của mình được cập nhật chậm hoặc theo đợt.',
						en: 'The organisation is connected to one or two national databases (usually population) for a few tasks; the data it is responsible for is updated late or in batches.'
					},
					{
						vi: 'Hệ thống đã kết nối với các cơ sở dữ liệu quốc gia liên quan và dữ liệu được khai thác thường xuyên trong công tác quản lý; dữ liệu thuộc trách nhiệm của cơ quan, địa phương được cập nhật đúng thời hạn quy định.',
						en: 'Systems are connected to the relevant national databases and the data is used routinely in management work; the data the organisation is responsible for is updated within the required time.'
					},
					{
						vi: 'Dữ liệu từ cơ sở dữ liệu quốc gia được kết hợp với dữ liệu của cơ quan, địa phương để lập kế hoạch và phân bổ nguồn lực; sai lệch được đối soát định kỳ và thông báo cho cơ quan chủ quản để sửa tại nguồn.',
						en: 'Data from national databases is combined with the organisation’s own data to plan and allocate resources; discrepancies are reconciled regularly and reported to the owning agency for correction at source.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Danh sách kết nối với cơ sở dữ liệu quốc gia và mục đích khai thác',
						en: 'List of connections to national databases and what each is used for'
					},
					{
						vi: 'Một báo cáo hoặc kế hoạch có sử dụng dữ liệu từ cơ sở dữ liệu quốc gia',
						en: 'A report or plan that uses data from a national database'
					},
					{
						vi: 'Báo cáo tình hình cập nhật dữ liệu thuộc trách nhiệm vào cơ sở dữ liệu quốc gia',
						en: 'Report on updating the organisation’s share of national database records'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị chuyên trách về chuyển đổi số xác định các cơ sở dữ liệu quốc gia cần khai thác và làm thủ tục đề nghị kết nối qua NDXP hoặc LGSP với cơ quan chủ quản.',
						en: 'The digital transformation unit should identify the national databases the organisation needs and apply to their owners for connection through the NDXP or LGSP.'
					},
					'2': {
						vi: 'Đơn vị chuyên trách mở rộng kết nối tới các cơ sở dữ liệu quốc gia liên quan; lãnh đạo giao đơn vị chịu trách nhiệm và thời hạn cập nhật dữ liệu thuộc trách nhiệm của cơ quan, địa phương.',
						en: 'The digital transformation unit should extend connections to all relevant national databases; leadership should assign units and deadlines for updating the data the organisation is responsible for.'
					},
					'3': {
						vi: 'Các đơn vị chuyên môn kết hợp dữ liệu quốc gia với dữ liệu của mình khi lập kế hoạch; đơn vị đầu mối về dữ liệu đối soát định kỳ và thông báo sai lệch cho cơ quan chủ quản.',
						en: 'Line units should combine national data with their own when planning; the data focal unit should reconcile regularly and report discrepancies to the owning agencies.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách cung cấp danh sách kết nối với cơ sở dữ liệu quốc gia và một ví dụ dữ liệu đó được dùng trong công tác quản lý.',
					en: 'Ask the digital transformation unit for its list of connections to national databases and one example of that data being used in management work.'
				}
			},
			{
				code: 'DG-6.6',
				label: { vi: 'Phân tích dữ liệu để ra quyết định', en: 'Analytics in decisions' },
				text: {
					vi: 'Lãnh đạo cơ quan, địa phương anh/chị sử dụng dữ liệu và kết quả phân tích dữ liệu trong chỉ đạo, điều hành và xây dựng chính sách đến mức nào?',
					en: 'How far do your organisation’s leaders use data and analysis to direct operations and make policy?'
				},
				guidance: [
					{
						vi: 'Lãnh đạo theo dõi những chỉ tiêu nào qua bảng điều khiển hoặc trung tâm giám sát, điều hành? Số liệu được lấy tự động từ hệ thống hay tổng hợp thủ công?',
						en: 'Which indicators do leaders follow on a dashboard or in an operations centre? Are the figures drawn automatically from systems or compiled by hand?'
					},
					{
						vi: 'Báo cáo định kỳ gửi Hệ thống thông tin báo cáo Chính phủ được lập từ hệ thống nghiệp vụ hay nhập tay?',
						en: 'Are the periodic reports sent to the Government reporting information system generated from business systems or keyed in by hand?'
					},
					{
						vi: 'Xin một ví dụ gần đây về quyết định hoặc đề xuất chính sách có sử dụng phân tích dữ liệu: dữ liệu gì, ai phân tích, kết quả ra sao?',
						en: 'Ask for a recent decision or policy proposal that used data analysis: which data, who analysed it, and what came of it?'
					},
					{
						vi: 'Có bộ phận hoặc cán bộ có kỹ năng phân tích dữ liệu không? Chính sách có được đánh giá bằng dữ liệu sau khi thực hiện không?',
						en: 'Is there a team or staff with data analysis skills? Are policies evaluated with data after they are implemented?'
					}
				],
				descriptors: [
					{
						vi: 'Chỉ đạo, điều hành dựa trên báo cáo bằng văn bản được tổng hợp thủ công; không có bảng điều khiển hay công cụ phân tích.',
						en: 'Decisions rely on written reports compiled by hand; there is no dashboard or analysis tool.'
					},
					{
						vi: 'Có bảng điều khiển hoặc báo cáo điện tử cho một số lĩnh vực, nhưng số liệu phần lớn nhập tay, cập nhật chậm và ít được dùng trong các cuộc họp điều hành.',
						en: 'Dashboards or electronic reports exist for some areas, but most figures are keyed in by hand, lag behind, and are seldom used in management meetings.'
					},
					{
						vi: 'Bộ chỉ tiêu chính được cập nhật tự động từ các hệ thống nghiệp vụ lên bảng điều khiển hoặc trung tâm giám sát, điều hành và được dùng thường xuyên trong họp điều hành; báo cáo định kỳ được lập từ hệ thống; hồ sơ đề xuất chính sách quan trọng có phần phân tích số liệu.',
						en: 'Key indicators flow automatically from business systems to a dashboard or operations centre and are used regularly in management meetings; periodic reports are generated from systems; major policy proposals include an analysis of data.'
					},
					{
						vi: 'Có bộ phận phân tích dữ liệu chuyên trách; dữ liệu được dùng để dự báo và đánh giá kết quả chính sách sau khi thực hiện; kết quả đánh giá được công bố và dẫn đến điều chỉnh chính sách.',
						en: 'A dedicated analytics team exists; data is used for forecasting and to evaluate policies after implementation; the evaluations are published and lead to policy changes.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Ảnh chụp hoặc trình diễn bảng điều khiển, trung tâm giám sát, điều hành',
						en: 'Screenshots or a demonstration of the dashboard or operations centre'
					},
					{
						vi: 'Danh sách chỉ tiêu lãnh đạo theo dõi và nguồn dữ liệu của từng chỉ tiêu',
						en: 'List of indicators followed by leaders and the data source of each'
					},
					{
						vi: 'Một hồ sơ đề xuất chính sách có phần phân tích dữ liệu',
						en: 'A policy proposal that contains data analysis'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Lãnh đạo chọn một bộ chỉ tiêu ưu tiên cần theo dõi; đơn vị chuyên trách về chuyển đổi số xác định nguồn dữ liệu và xây dựng bảng điều khiển ban đầu.',
						en: 'Leadership should choose a short set of priority indicators to follow; the digital transformation unit should identify their data sources and build a first dashboard.'
					},
					'2': {
						vi: 'Đơn vị chuyên trách kết nối bảng điều khiển với các hệ thống nghiệp vụ để số liệu cập nhật tự động; Văn phòng đưa việc xem xét bảng điều khiển vào chương trình họp điều hành; lãnh đạo yêu cầu hồ sơ chính sách quan trọng có phân tích số liệu.',
						en: 'The digital transformation unit should feed the dashboard automatically from business systems; the office should put the dashboard on the agenda of management meetings; leadership should require major policy proposals to include data analysis.'
					},
					'3': {
						vi: 'Lãnh đạo thành lập hoặc giao bộ phận phân tích dữ liệu chuyên trách, đưa việc đánh giá chính sách sau thực hiện bằng dữ liệu vào quy trình xây dựng chính sách và công bố kết quả.',
						en: 'Leadership should set up or designate a dedicated analytics team, build data-based evaluation after implementation into the policy process, and publish the results.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị Văn phòng cung cấp danh sách chỉ tiêu lãnh đạo đang theo dõi và một ví dụ quyết định gần đây có dùng phân tích dữ liệu; xem trực tiếp bảng điều khiển.',
					en: 'Ask the office for the list of indicators leaders follow and one recent decision that used data analysis, and look at the dashboard directly.'
				}
			},
			{
				code: 'DG-6.7',
				label: { vi: 'Công bố dữ liệu mở', en: 'Open data publication' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị công bố dữ liệu mở để người dân, doanh nghiệp khai thác, sử dụng đến mức nào?',
					en: 'How far does your organisation publish open data for citizens and businesses to use?'
				},
				guidance: [
					{
						vi: 'Có kế hoạch hoặc danh mục dữ liệu mở được phê duyệt không?',
						en: 'Is there an approved open data plan or list?'
					},
					{
						vi: 'Dữ liệu được công bố ở đâu (cổng thông tin của cơ quan, địa phương, Cổng dữ liệu quốc gia), ở định dạng máy đọc được hay PDF, có điều khoản sử dụng và siêu dữ liệu không?',
						en: 'Where is the data published (the organisation’s portal, the National Data Portal), in machine-readable formats or as PDF, with terms of use and metadata or without?'
					},
					{
						vi: 'Dữ liệu mở có được cập nhật theo lịch không? Có theo dõi lượt tải và có kênh tiếp nhận đề nghị mở dữ liệu không?',
						en: 'Is open data updated on a schedule? Are downloads tracked, and is there a channel for requesting data?'
					},
					{
						vi: 'Nếu cơ quan, địa phương cũng được đánh giá mức độ sẵn sàng dữ liệu mở (khung OD) trong đợt này, hãy đối chiếu với kết quả đó.',
						en: 'If the organisation is also assessed on open data readiness (the OD framework) in this round, cross-check with those findings.'
					}
				],
				descriptors: [
					{
						vi: 'Chưa công bố dữ liệu mở; thông tin chỉ có trong các văn bản, báo cáo đăng trên cổng thông tin.',
						en: 'No open data is published; information appears only in documents and reports posted on the website.'
					},
					{
						vi: 'Một số tập dữ liệu được công bố theo đợt, chủ yếu dạng PDF hoặc bảng tính, không có điều khoản sử dụng và siêu dữ liệu; chưa có danh mục dữ liệu mở.',
						en: 'Some datasets are published now and then, mostly as PDFs or spreadsheets without terms of use or metadata; there is no open data list.'
					},
					{
						vi: 'Có danh mục dữ liệu mở được phê duyệt; các tập dữ liệu được công bố ở định dạng máy đọc được, có siêu dữ liệu và điều khoản sử dụng, trên Cổng dữ liệu quốc gia hoặc cổng của cơ quan, địa phương, và được cập nhật theo lịch.',
						en: 'An approved open data list exists; datasets are published in machine-readable formats with metadata and terms of use, on the National Data Portal or the organisation’s own portal, and updated on schedule.'
					},
					{
						vi: 'Việc lựa chọn dữ liệu để mở dựa trên nhu cầu người dùng; lượt khai thác được theo dõi; một số tập dữ liệu được cung cấp qua API; đề nghị mở dữ liệu được tiếp nhận và trả lời công khai.',
						en: 'Datasets are chosen for release according to user demand; use is tracked; some datasets are available through APIs; requests for data are received and answered in public.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Kế hoạch hoặc danh mục dữ liệu mở được phê duyệt',
						en: 'Approved open data plan or list'
					},
					{
						vi: 'Đường dẫn tới các tập dữ liệu mở đã công bố',
						en: 'Links to the open datasets published'
					},
					{
						vi: 'Số liệu lượt truy cập, tải dữ liệu',
						en: 'Access and download statistics'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị đầu mối về dữ liệu chọn một số tập dữ liệu có giá trị, không chứa thông tin hạn chế tiếp cận, để công bố thử ở định dạng máy đọc được; xây dựng danh mục dữ liệu mở trình lãnh đạo.',
						en: 'The data focal unit should pick a few valuable datasets that contain no restricted information and publish them in machine-readable form as a pilot, then draw up an open data list for leadership.'
					},
					'2': {
						vi: 'Lãnh đạo ban hành danh mục dữ liệu mở; đơn vị đầu mối áp dụng định dạng máy đọc được, siêu dữ liệu, điều khoản sử dụng và lịch cập nhật cho từng tập dữ liệu, công bố trên Cổng dữ liệu quốc gia.',
						en: 'Leadership should issue the open data list; the data focal unit should give every dataset a machine-readable format, metadata, terms of use and an update schedule, and publish it on the National Data Portal.'
					},
					'3': {
						vi: 'Đơn vị đầu mối lập kênh tiếp nhận đề nghị mở dữ liệu, theo dõi lượt khai thác và cung cấp API cho các tập dữ liệu được dùng nhiều.',
						en: 'The data focal unit should open a channel for data requests, track use, and provide APIs for the most used datasets.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị đầu mối về dữ liệu cung cấp danh mục dữ liệu mở (nếu có) và đường dẫn tới các tập dữ liệu đã công bố; kiểm tra trực tiếp trên cổng.',
					en: 'Ask the data focal unit for the open data list, if any, and links to the datasets published, and check them on the portal directly.'
				}
			}
		]
	},

	// ------------------------------------------------------------------ DG-7 Cybersecurity, privacy and resilience
	{
		code: 'DG-7',
		title: {
			vi: 'An toàn thông tin mạng, bảo vệ dữ liệu cá nhân và khả năng phục hồi',
			en: 'Cybersecurity, privacy and resilience'
		},
		shortTitle: { vi: 'An toàn thông tin', en: 'Cybersecurity' },
		description: {
			vi: 'Khả năng của cơ quan, địa phương trong bảo vệ hệ thống thông tin và dữ liệu, bảo vệ dữ liệu cá nhân của người dân và duy trì hoạt động khi xảy ra sự cố. Trụ cột này xem xét tổ chức và kế hoạch bảo đảm an toàn thông tin, bảo đảm an toàn hệ thống thông tin theo cấp độ, giám sát và ứng cứu sự cố, an toàn trong đầu tư và thuê dịch vụ, bảo vệ dữ liệu cá nhân, sao lưu và khôi phục.',
			en: 'The organisation’s ability to protect its information systems and data, protect citizens’ personal data and keep working when incidents occur. The pillar covers security organisation and planning, protection of information systems by security level, monitoring and incident response, security in projects and outsourcing, personal data protection, and backup and recovery.'
		},
		weight: 1,
		target: 3,
		questions: [
			{
				code: 'DG-7.1',
				label: { vi: 'Tổ chức, kế hoạch an toàn thông tin', en: 'Security organisation and plan' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị đã phân công lãnh đạo, đơn vị chịu trách nhiệm và có kế hoạch, kinh phí bảo đảm an toàn thông tin mạng hằng năm chưa?',
					en: 'Has your organisation assigned a leader and a unit responsible for cybersecurity, and does it have an annual cybersecurity plan and budget?'
				},
				guidance: [
					{
						vi: 'Lãnh đạo nào phụ trách an toàn thông tin? Đơn vị chuyên trách về an toàn thông tin là đơn vị nào, có bao nhiêu người?',
						en: 'Which leader is in charge of cybersecurity? Which unit handles it, and how many staff does it have?'
					},
					{
						vi: 'Kế hoạch năm gồm những nhiệm vụ nào, kinh phí bao nhiêu, bao phủ những hệ thống nào? Kế hoạch năm trước đã thực hiện được đến đâu?',
						en: 'What tasks does the annual plan contain, with what budget, covering which systems? How much of last year’s plan was delivered?'
					},
					{
						vi: 'Có quy chế bảo đảm an toàn thông tin nội bộ không? Cán bộ, công chức có được phổ biến, tập huấn nâng cao nhận thức hằng năm không?',
						en: 'Is there an internal cybersecurity regulation? Do staff receive awareness briefings or training every year?'
					},
					{
						vi: 'Lãnh đạo nhận báo cáo về tình hình an toàn thông tin bao lâu một lần, và đã ra quyết định gì từ các báo cáo đó?',
						en: 'How often does leadership receive cybersecurity reports, and what decisions has it taken on them?'
					}
				],
				descriptors: [
					{
						vi: 'Chưa giao lãnh đạo, đơn vị phụ trách an toàn thông tin; chỉ xử lý khi có sự cố; không có kế hoạch hay kinh phí riêng.',
						en: 'No leader or unit is responsible for cybersecurity; action is taken only after incidents; there is no plan or dedicated budget.'
					},
					{
						vi: 'Đã giao lãnh đạo và cán bộ phụ trách, có quy chế an toàn thông tin, nhưng chưa có kế hoạch năm hoặc kế hoạch không có kinh phí; nhiệm vụ chủ yếu do cán bộ kiêm nhiệm thực hiện.',
						en: 'A leader and staff have been assigned and a security regulation exists, but there is no annual plan or the plan has no budget; the work is done mostly as a side duty.'
					},
					{
						vi: 'Lãnh đạo phụ trách và đơn vị chuyên trách được giao bằng văn bản; kế hoạch an toàn thông tin hằng năm được phê duyệt kèm kinh phí, bao phủ mọi hệ thống đang vận hành; cán bộ, công chức được tập huấn nâng cao nhận thức hằng năm.',
						en: 'A leader and a dedicated unit are formally assigned; an annual cybersecurity plan is approved with a budget and covers every system in operation; staff receive awareness training every year.'
					},
					{
						vi: 'Kết quả thực hiện kế hoạch được đo bằng chỉ số và báo cáo lãnh đạo định kỳ; thứ tự ưu tiên đầu tư dựa trên đánh giá rủi ro; có đánh giá độc lập về tình trạng an toàn thông tin.',
						en: 'Delivery of the plan is measured against indicators and reported to leadership regularly; investment priorities follow a risk assessment; an independent assessment of the security posture has been carried out.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Quyết định phân công lãnh đạo, đơn vị phụ trách an toàn thông tin',
						en: 'Decision assigning the responsible leader and unit'
					},
					{
						vi: 'Kế hoạch an toàn thông tin năm hiện tại và dự toán kinh phí',
						en: 'This year’s cybersecurity plan and its budget'
					},
					{
						vi: 'Báo cáo kết quả thực hiện kế hoạch năm trước',
						en: 'Report on last year’s plan'
					},
					{
						vi: 'Danh sách các đợt tập huấn nâng cao nhận thức đã tổ chức',
						en: 'Record of the awareness training held'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Người đứng đầu cơ quan, địa phương ban hành quyết định phân công lãnh đạo phụ trách và đơn vị chuyên trách về an toàn thông tin, giao đơn vị này xây dựng kế hoạch năm.',
						en: 'The head of the organisation should formally assign a leader and a dedicated unit for cybersecurity and task the unit with drawing up an annual plan.'
					},
					'2': {
						vi: 'Đơn vị chuyên trách xây dựng kế hoạch an toàn thông tin năm bao phủ mọi hệ thống, trình phê duyệt kèm kinh phí, và tổ chức tập huấn nâng cao nhận thức cho toàn bộ cán bộ, công chức.',
						en: 'The security unit should draw up an annual plan covering every system, submit it for approval with a budget, and run awareness training for all staff.'
					},
					'3': {
						vi: 'Đơn vị chuyên trách xây dựng chỉ số đo kết quả và báo cáo lãnh đạo định kỳ, sắp xếp ưu tiên đầu tư theo đánh giá rủi ro và thuê đánh giá độc lập.',
						en: 'The security unit should define indicators and report on them regularly to leadership, set investment priorities from a risk assessment, and commission an independent assessment.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách về an toàn thông tin cung cấp quyết định phân công và kế hoạch an toàn thông tin năm hiện tại kèm kinh phí.',
					en: 'Ask the security unit for the assignment decision and this year’s cybersecurity plan with its budget.'
				}
			},
			{
				code: 'DG-7.2',
				label: { vi: 'An toàn hệ thống theo cấp độ', en: 'Security levels of systems' },
				text: {
					vi: 'Các hệ thống thông tin của cơ quan, địa phương anh/chị đã được xác định cấp độ, phê duyệt hồ sơ đề xuất cấp độ và triển khai đầy đủ phương án bảo đảm an toàn hệ thống thông tin theo cấp độ chưa?',
					en: 'Have your organisation’s information systems been classified, had their security-level proposals approved, and had the protection measures for their level fully put in place?'
				},
				guidance: [
					{
						vi: 'Đối chiếu danh sách hệ thống đang vận hành với danh sách hệ thống đã được phê duyệt cấp độ theo quy định về bảo đảm an toàn hệ thống thông tin theo cấp độ. Những hệ thống nào chưa được phê duyệt?',
						en: 'Compare the list of systems in operation with the list of systems whose level has been approved under the rules on information-system security by level. Which are missing?'
					},
					{
						vi: 'Với các hệ thống từ cấp độ 3 trở lên: phương án bảo đảm an toàn đã được triển khai đủ chưa, đã được kiểm tra, đánh giá chưa, do ai thực hiện?',
						en: 'For systems at level 3 and above: are the protection measures fully in place, and have they been inspected or assessed? By whom?'
					},
					{
						vi: 'Hệ thống mới có được phê duyệt cấp độ trước khi đưa vào vận hành không?',
						en: 'Do new systems get their level approved before they go live?'
					},
					{
						vi: 'Các thiếu sót phát hiện qua kiểm tra đã được khắc phục chưa? Có bảng theo dõi không?',
						en: 'Have the shortcomings found in inspections been fixed? Is there a tracker?'
					}
				],
				descriptors: [
					{
						vi: 'Chưa có danh sách hệ thống thông tin; chưa hệ thống nào được phê duyệt hồ sơ đề xuất cấp độ.',
						en: 'There is no list of information systems; no system has an approved security-level proposal.'
					},
					{
						vi: 'Đã lập danh sách hệ thống và phê duyệt cấp độ cho một phần; phương án bảo đảm an toàn chưa được triển khai đầy đủ hoặc chưa được kiểm tra.',
						en: 'Systems have been listed and some have approved levels, but the protection measures are incomplete or have not been checked.'
					},
					{
						vi: 'Mọi hệ thống đang vận hành đã được phê duyệt cấp độ và triển khai phương án bảo đảm an toàn tương ứng; hệ thống mới được phê duyệt cấp độ trước khi vận hành; việc kiểm tra, đánh giá được thực hiện theo quy định.',
						en: 'Every system in operation has an approved level and the matching protection measures in place; new systems have their level approved before going live; inspections and assessments are carried out as the rules require.'
					},
					{
						vi: 'Thiếu sót phát hiện qua kiểm tra được theo dõi đến khi khắc phục xong; cấp độ được rà soát lại mỗi khi hệ thống thay đổi; đánh giá độc lập xác nhận mức độ tuân thủ.',
						en: 'Inspection findings are tracked until they are closed; levels are reviewed whenever a system changes; an independent assessment confirms the degree of compliance.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Danh sách hệ thống thông tin và các quyết định phê duyệt hồ sơ đề xuất cấp độ',
						en: 'List of information systems and the decisions approving their security levels'
					},
					{
						vi: 'Báo cáo kiểm tra, đánh giá an toàn thông tin gần nhất',
						en: 'Latest security inspection or assessment report'
					},
					{
						vi: 'Bảng theo dõi khắc phục thiếu sót',
						en: 'Tracker of shortcomings and their remediation'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị chuyên trách về an toàn thông tin lập danh sách toàn bộ hệ thống thông tin và xây dựng hồ sơ đề xuất cấp độ, ưu tiên hệ thống có người dùng bên ngoài và có dữ liệu cá nhân.',
						en: 'The security unit should list every information system and prepare security-level proposals, starting with systems that have outside users or hold personal data.'
					},
					'2': {
						vi: 'Đơn vị chuyên trách hoàn thành phê duyệt cấp độ cho các hệ thống còn lại, triển khai đủ phương án bảo đảm an toàn và tổ chức kiểm tra, đánh giá theo quy định; lãnh đạo quy định không đưa hệ thống vào vận hành khi chưa được phê duyệt cấp độ.',
						en: 'The security unit should get levels approved for the remaining systems, complete the protection measures and arrange inspections as required; leadership should rule that no system goes live without an approved level.'
					},
					'3': {
						vi: 'Đơn vị chuyên trách lập bảng theo dõi khắc phục thiếu sót có thời hạn, rà soát cấp độ khi hệ thống thay đổi và thuê đánh giá độc lập định kỳ.',
						en: 'The security unit should keep a remediation tracker with deadlines, review levels when systems change, and commission periodic independent assessments.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách về an toàn thông tin cung cấp danh sách hệ thống kèm tình trạng phê duyệt cấp độ và báo cáo kiểm tra gần nhất.',
					en: 'Ask the security unit for the list of systems with the status of their level approval, and the latest inspection report.'
				}
			},
			{
				code: 'DG-7.3',
				label: { vi: 'Giám sát, ứng cứu sự cố', en: 'Monitoring and incident response' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị giám sát an toàn thông tin và ứng cứu sự cố đối với các hệ thống của mình đến mức nào?',
					en: 'How well does your organisation monitor its systems for security threats and respond to incidents?'
				},
				guidance: [
					{
						vi: 'Hệ thống được giám sát bởi ai (tự thực hiện hay thuê dịch vụ), trong những khung giờ nào, có kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia không?',
						en: 'Who monitors the systems (in-house or a contracted service), during which hours, and is monitoring linked to the national monitoring system with information shared?'
					},
					{
						vi: 'Đã triển khai mô hình bảo vệ 4 lớp (lực lượng tại chỗ, giám sát chuyên nghiệp, kiểm tra đánh giá độc lập, kết nối với hệ thống giám sát quốc gia) chưa?',
						en: 'Is the four-layer protection model in place (in-house staff, professional monitoring, independent inspection, connection to national monitoring)?'
					},
					{
						vi: 'Có đội ứng cứu sự cố và kế hoạch ứng phó sự cố được phê duyệt không? Đội có tham gia mạng lưới ứng cứu sự cố quốc gia không?',
						en: 'Is there an incident response team and an approved incident response plan? Is the team part of the national incident response network?'
					},
					{
						vi: 'Trong 12 tháng qua có bao nhiêu sự cố, được phát hiện bằng cách nào, xử lý mất bao lâu, có báo cáo theo quy định không?',
						en: 'How many incidents occurred in the last 12 months, how were they detected, how long did they take to resolve, and were they reported as required?'
					},
					{
						vi: 'Lần diễn tập ứng cứu sự cố gần nhất là khi nào, có phải diễn tập thực chiến không, bài học rút ra là gì?',
						en: 'When was the last incident response exercise, was it a live exercise, and what lessons were drawn?'
					}
				],
				descriptors: [
					{
						vi: 'Không có giám sát; sự cố chỉ được biết khi người dùng phản ánh; chưa có đội hay kế hoạch ứng cứu sự cố.',
						en: 'There is no monitoring; incidents become known only when users complain; there is no response team or plan.'
					},
					{
						vi: 'Có công cụ giám sát cho một số hệ thống và đã thành lập đội ứng cứu sự cố, nhưng chưa giám sát liên tục, chưa kết nối với hệ thống giám sát quốc gia, kế hoạch ứng phó chưa được diễn tập.',
						en: 'Some systems have monitoring tools and a response team has been set up, but monitoring is not continuous, there is no link to national monitoring, and the response plan has never been exercised.'
					},
					{
						vi: 'Các hệ thống quan trọng được giám sát liên tục (tự thực hiện hoặc thuê dịch vụ chuyên nghiệp) và kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia; có kế hoạch ứng phó sự cố được phê duyệt, đội ứng cứu tham gia mạng lưới quốc gia; sự cố được ghi nhận, báo cáo theo quy định; diễn tập ít nhất mỗi năm một lần.',
						en: 'Critical systems are monitored continuously (in-house or by a professional service) and linked to national monitoring with information shared; there is an approved response plan and the team belongs to the national network; incidents are logged and reported as required; an exercise is held at least once a year.'
					},
					{
						vi: 'Thời gian phát hiện và xử lý sự cố được đo và cải thiện qua từng năm; diễn tập thực chiến được tổ chức định kỳ; bài học từ sự cố và diễn tập được dùng để cập nhật kế hoạch và cấu hình hệ thống.',
						en: 'Detection and resolution times are measured and improve year on year; live exercises are held regularly; lessons from incidents and exercises are used to update the plan and system configurations.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Hợp đồng hoặc báo cáo định kỳ của dịch vụ giám sát an toàn thông tin',
						en: 'Contract for, or periodic reports of, the security monitoring service'
					},
					{
						vi: 'Kế hoạch ứng phó sự cố và quyết định thành lập đội ứng cứu sự cố',
						en: 'Incident response plan and the decision setting up the response team'
					},
					{
						vi: 'Sổ ghi nhận sự cố trong 12 tháng gần nhất',
						en: 'Incident log for the last 12 months'
					},
					{
						vi: 'Báo cáo diễn tập gần nhất',
						en: 'Report of the most recent exercise'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị chuyên trách về an toàn thông tin thành lập đội ứng cứu sự cố, xây dựng kế hoạch ứng phó sự cố và triển khai giám sát (tự thực hiện hoặc thuê dịch vụ), trước hết cho các hệ thống có người dùng bên ngoài.',
						en: 'The security unit should set up an incident response team, draw up a response plan and introduce monitoring (in-house or contracted), starting with systems that have outside users.'
					},
					'2': {
						vi: 'Đơn vị chuyên trách mở rộng giám sát liên tục cho mọi hệ thống quan trọng, kết nối với hệ thống giám sát quốc gia, đưa đội ứng cứu vào mạng lưới quốc gia và tổ chức diễn tập hằng năm.',
						en: 'The security unit should extend continuous monitoring to every critical system, link it to national monitoring, bring the response team into the national network, and hold an exercise every year.'
					},
					'3': {
						vi: 'Đơn vị chuyên trách đo thời gian phát hiện, xử lý sự cố, tổ chức diễn tập thực chiến và cập nhật kế hoạch, cấu hình hệ thống theo bài học rút ra.',
						en: 'The security unit should measure detection and resolution times, run live exercises, and update the plan and configurations with the lessons learnt.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách về an toàn thông tin cung cấp sổ ghi nhận sự cố, kế hoạch ứng phó sự cố và báo cáo diễn tập gần nhất.',
					en: 'Ask the security unit for the incident log, the incident response plan and the report of the latest exercise.'
				}
			},
			{
				code: 'DG-7.4',
				label: { vi: 'An toàn trong đầu tư, thuê dịch vụ', en: 'Security in projects and outsourcing' },
				text: {
					vi: 'Yêu cầu an toàn thông tin có được đưa vào ngay từ khâu thiết kế, mua sắm, thuê dịch vụ công nghệ thông tin của cơ quan, địa phương anh/chị và được kiểm tra trước khi hệ thống đi vào vận hành không?',
					en: 'Does your organisation build security requirements into the design, procurement and outsourcing of IT systems and services, and check them before systems go live?'
				},
				guidance: [
					{
						vi: 'Xem hồ sơ một dự án hoặc hợp đồng thuê dịch vụ gần đây: có yêu cầu an toàn thông tin cụ thể, yêu cầu về nơi lưu trữ dữ liệu và quyền truy cập của nhà cung cấp không?',
						en: 'Look at a recent project or service contract: does it set specific security requirements, and rules on where data is stored and on supplier access?'
					},
					{
						vi: 'Hệ thống có được kiểm tra, đánh giá an toàn thông tin (kiểm thử xâm nhập, rà quét lỗ hổng) trước khi vận hành không? Lỗ hổng phát hiện được xử lý thế nào?',
						en: 'Are systems security-tested (penetration test, vulnerability scan) before going live? How are the vulnerabilities found dealt with?'
					},
					{
						vi: 'Quyền truy cập của nhà cung cấp vào hệ thống được cấp, ghi nhật ký và thu hồi như thế nào?',
						en: 'How is supplier access to systems granted, logged and withdrawn?'
					},
					{
						vi: 'Hệ thống đang vận hành có được rà quét lỗ hổng định kỳ và cập nhật bản vá kịp thời không?',
						en: 'Are systems in operation scanned for vulnerabilities regularly and patched promptly?'
					}
				],
				descriptors: [
					{
						vi: 'Hồ sơ dự án, hợp đồng thuê dịch vụ không có yêu cầu an toàn thông tin cụ thể; hệ thống được đưa vào vận hành mà không qua kiểm tra an toàn.',
						en: 'Project documents and service contracts contain no specific security requirements; systems go live without any security check.'
					},
					{
						vi: 'Hồ sơ dự án có yêu cầu an toàn thông tin chung chung; một số hệ thống được rà quét lỗ hổng trước khi vận hành, nhưng không thường xuyên và lỗ hổng không được theo dõi đến khi khắc phục.',
						en: 'Project documents state security requirements only in general terms; some systems are scanned before going live, but not consistently, and vulnerabilities are not tracked until fixed.'
					},
					{
						vi: 'Mọi dự án, hợp đồng thuê dịch vụ có yêu cầu an toàn thông tin cụ thể (theo cấp độ, nơi lưu trữ dữ liệu, quyền truy cập của nhà cung cấp); hệ thống chỉ được vận hành sau khi kiểm tra, đánh giá an toàn và khắc phục lỗ hổng nghiêm trọng; hệ thống đang vận hành được rà quét lỗ hổng định kỳ.',
						en: 'Every project and service contract sets specific security requirements (by security level, data location, supplier access); systems go live only after a security assessment and the fixing of serious vulnerabilities; systems in operation are scanned regularly.'
					},
					{
						vi: 'Lỗ hổng được theo dõi và khắc phục trong thời hạn tương ứng với mức độ nghiêm trọng; việc tuân thủ yêu cầu an toàn của nhà cung cấp được kiểm tra định kỳ; có bộ yêu cầu an toàn thông tin mẫu dùng cho mọi dự án, hợp đồng.',
						en: 'Vulnerabilities are tracked and fixed within deadlines set by severity; suppliers’ compliance with security requirements is checked regularly; a standard set of security requirements is used for every project and contract.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Yêu cầu kỹ thuật hoặc hợp đồng thuê dịch vụ có điều khoản an toàn thông tin',
						en: 'Technical specification or service contract with security clauses'
					},
					{
						vi: 'Báo cáo kiểm tra, đánh giá an toàn trước khi vận hành của một hệ thống gần đây',
						en: 'Pre-launch security assessment report for a recent system'
					},
					{
						vi: 'Báo cáo rà quét lỗ hổng định kỳ',
						en: 'Periodic vulnerability scan report'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị chuyên trách về an toàn thông tin soạn bộ yêu cầu an toàn thông tin tối thiểu cho dự án và hợp đồng thuê dịch vụ; lãnh đạo quy định không nghiệm thu hệ thống khi chưa kiểm tra an toàn.',
						en: 'The security unit should draft a minimum set of security requirements for projects and service contracts; leadership should rule that no system is accepted before a security check.'
					},
					'2': {
						vi: 'Các đơn vị chủ đầu tư áp dụng bộ yêu cầu an toàn cho mọi dự án, hợp đồng; đơn vị chuyên trách kiểm tra, đánh giá an toàn trước khi vận hành và triển khai rà quét lỗ hổng định kỳ cho hệ thống đang vận hành.',
						en: 'Units that commission systems should apply the security requirements to every project and contract; the security unit should assess systems before launch and scan systems in operation regularly.'
					},
					'3': {
						vi: 'Đơn vị chuyên trách đặt thời hạn khắc phục theo mức độ nghiêm trọng, theo dõi đến khi đóng và kiểm tra định kỳ việc tuân thủ của nhà cung cấp.',
						en: 'The security unit should set fix deadlines by severity, track vulnerabilities until closed, and check suppliers’ compliance regularly.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách cung cấp yêu cầu an toàn thông tin trong hồ sơ dự án hoặc hợp đồng gần nhất và báo cáo kiểm tra an toàn trước khi vận hành.',
					en: 'Ask the security unit for the security requirements in the most recent project or contract and the pre-launch security assessment report.'
				}
			},
			{
				code: 'DG-7.5',
				label: { vi: 'Bảo vệ dữ liệu cá nhân', en: 'Personal data protection' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị thực hiện các yêu cầu về bảo vệ dữ liệu cá nhân theo Luật Bảo vệ dữ liệu cá nhân (2025) và các văn bản hướng dẫn đến mức nào?',
					en: 'How far does your organisation meet the requirements of the Law on Personal Data Protection (2025) and its implementing rules?'
				},
				guidance: [
					{
						vi: 'Có đơn vị, cán bộ được giao phụ trách bảo vệ dữ liệu cá nhân không?',
						en: 'Has a unit or officer been made responsible for personal data protection?'
					},
					{
						vi: 'Có danh sách các hoạt động xử lý dữ liệu cá nhân (hệ thống nào, dữ liệu gì, mục đích, căn cứ pháp lý, chia sẻ cho ai) không? Đã lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân theo quy định chưa?',
						en: 'Is there a record of personal data processing (which system, what data, for what purpose, on what legal basis, shared with whom)? Have the required impact assessments been prepared?'
					},
					{
						vi: 'Người dân được thông báo về việc xử lý dữ liệu của mình tại cổng dịch vụ công và trên biểu mẫu như thế nào? Yêu cầu xem, chỉnh sửa dữ liệu của người dân được xử lý ra sao?',
						en: 'How are citizens told about the processing of their data on the service portal and on forms? How are their requests to see or correct their data handled?'
					},
					{
						vi: 'Có quy trình phát hiện và thông báo vi phạm dữ liệu cá nhân trong thời hạn luật định không? Đã từng phải áp dụng chưa?',
						en: 'Is there a procedure for detecting personal data breaches and notifying them within the legal deadline? Has it ever been used?'
					}
				],
				descriptors: [
					{
						vi: 'Chưa giao trách nhiệm bảo vệ dữ liệu cá nhân; chưa xác định các hoạt động xử lý dữ liệu cá nhân; chưa lập hồ sơ đánh giá tác động.',
						en: 'No one is responsible for personal data protection; processing activities have not been identified; no impact assessments have been prepared.'
					},
					{
						vi: 'Đã giao cán bộ phụ trách và lập hồ sơ đánh giá tác động cho một số hệ thống; thông báo cho người dân chưa đầy đủ; chưa có quy trình xử lý vi phạm dữ liệu cá nhân.',
						en: 'An officer has been assigned and impact assessments exist for some systems; notices to citizens are incomplete; there is no breach procedure.'
					},
					{
						vi: 'Có đơn vị, cán bộ phụ trách; danh sách hoạt động xử lý dữ liệu cá nhân đầy đủ; hồ sơ đánh giá tác động được lập cho mọi hoạt động theo quy định; người dân được thông báo tại nơi thu thập dữ liệu; có quy trình xử lý yêu cầu của chủ thể dữ liệu và quy trình thông báo vi phạm; cán bộ liên quan được tập huấn.',
						en: 'A responsible unit or officer is in place; the record of processing is complete; impact assessments exist for every activity that needs one; citizens are informed where data is collected; there are procedures for data subjects’ requests and for breach notification; the staff concerned have been trained.'
					},
					{
						vi: 'Hệ thống mới được đánh giá về bảo vệ dữ liệu cá nhân ngay từ khâu thiết kế; dữ liệu thu thập được giới hạn ở mức cần thiết; việc tuân thủ được kiểm tra định kỳ; yêu cầu của chủ thể dữ liệu và các vi phạm được thống kê, báo cáo lãnh đạo.',
						en: 'New systems are assessed for personal data protection at the design stage; data collection is limited to what is needed; compliance is audited regularly; data subjects’ requests and breaches are counted and reported to leadership.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Quyết định giao trách nhiệm bảo vệ dữ liệu cá nhân',
						en: 'Decision assigning responsibility for personal data protection'
					},
					{
						vi: 'Danh sách hoạt động xử lý dữ liệu cá nhân và hồ sơ đánh giá tác động',
						en: 'Record of processing activities and the impact assessments'
					},
					{
						vi: 'Thông báo về xử lý dữ liệu cá nhân trên cổng dịch vụ công hoặc biểu mẫu',
						en: 'Privacy notice on the service portal or on forms'
					},
					{
						vi: 'Quy trình xử lý vi phạm dữ liệu cá nhân',
						en: 'Personal data breach procedure'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Người đứng đầu giao đơn vị, cán bộ phụ trách bảo vệ dữ liệu cá nhân; đơn vị này lập danh sách các hoạt động xử lý dữ liệu cá nhân, ưu tiên hệ thống giải quyết thủ tục hành chính.',
						en: 'The head of the organisation should assign a unit or officer to personal data protection, who should first list the processing activities, starting with the administrative procedure system.'
					},
					'2': {
						vi: 'Đơn vị phụ trách hoàn thành hồ sơ đánh giá tác động cho mọi hoạt động xử lý, bổ sung thông báo tại các điểm thu thập dữ liệu, trình ban hành quy trình xử lý yêu cầu của chủ thể dữ liệu và quy trình thông báo vi phạm, tổ chức tập huấn cho cán bộ liên quan.',
						en: 'The responsible unit should complete impact assessments for every processing activity, add notices wherever data is collected, have procedures for data subjects’ requests and breach notification issued, and train the staff concerned.'
					},
					'3': {
						vi: 'Đơn vị phụ trách đưa đánh giá bảo vệ dữ liệu cá nhân vào khâu thiết kế hệ thống mới, rà soát loại bỏ dữ liệu thu thập không cần thiết, kiểm tra tuân thủ định kỳ và báo cáo lãnh đạo.',
						en: 'The responsible unit should build a personal data review into the design of new systems, stop collecting data that is not needed, audit compliance regularly and report to leadership.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị phụ trách bảo vệ dữ liệu cá nhân cung cấp danh sách hoạt động xử lý và hồ sơ đánh giá tác động đã lập; kiểm tra thông báo trên cổng dịch vụ công.',
					en: 'Ask the unit responsible for personal data protection for its record of processing and the impact assessments prepared, and check the notice on the service portal.'
				}
			},
			{
				code: 'DG-7.6',
				label: { vi: 'Duy trì hoạt động, khôi phục', en: 'Continuity and recovery' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị có bảo đảm duy trì hoạt động và khôi phục được các hệ thống quan trọng khi xảy ra sự cố, thảm họa (sao lưu, hệ thống dự phòng, khôi phục thử) không?',
					en: 'Can your organisation keep its critical systems running, or restore them, after an incident or disaster (backups, standby systems, recovery tests)?'
				},
				guidance: [
					{
						vi: 'Những hệ thống nào được xác định là quan trọng? Thời gian gián đoạn tối đa và lượng dữ liệu tối đa có thể mất của từng hệ thống đã được xác định chưa?',
						en: 'Which systems are classed as critical? Have the maximum acceptable downtime and data loss been set for each?'
					},
					{
						vi: 'Dữ liệu được sao lưu bao lâu một lần, lưu ở đâu (khác địa điểm, ngoại tuyến)? Bản sao lưu có được bảo vệ trước mã độc tống tiền không?',
						en: 'How often is data backed up, and where are backups kept (off site, offline)? Are backups protected against ransomware?'
					},
					{
						vi: 'Lần gần nhất khôi phục thử từ bản sao lưu là khi nào, mất bao lâu, kết quả thế nào?',
						en: 'When was a restore from backup last tested, how long did it take and how did it go?'
					},
					{
						vi: 'Có hệ thống dự phòng ở địa điểm khác không? Đã chuyển đổi thử sang hệ thống dự phòng chưa?',
						en: 'Is there a standby system at another site? Has a switchover to it been tested?'
					}
				],
				descriptors: [
					{
						vi: 'Không sao lưu hoặc sao lưu không thường xuyên; chưa xác định hệ thống quan trọng; chưa từng khôi phục thử.',
						en: 'There are no backups, or they are irregular; critical systems have not been identified; a restore has never been tested.'
					},
					{
						vi: 'Các hệ thống chính được sao lưu định kỳ nhưng bản sao lưu để cùng địa điểm; chưa có kế hoạch duy trì hoạt động; việc khôi phục chưa được thử hoặc chỉ làm khi đã xảy ra sự cố.',
						en: 'The main systems are backed up regularly but backups are kept on the same site; there is no continuity plan; restores have not been tested or happen only after an incident.'
					},
					{
						vi: 'Có kế hoạch duy trì hoạt động xác định hệ thống quan trọng, thời gian gián đoạn và lượng dữ liệu mất tối đa cho phép; bản sao lưu được lưu ở địa điểm khác và có bản ngoại tuyến; khôi phục thử được thực hiện ít nhất mỗi năm một lần và có biên bản.',
						en: 'A continuity plan identifies critical systems and their maximum acceptable downtime and data loss; backups are kept off site with an offline copy; restores are tested at least once a year and the results recorded.'
					},
					{
						vi: 'Các hệ thống quan trọng có hệ thống dự phòng ở địa điểm khác và đã chuyển đổi thử thành công; mục tiêu khôi phục đạt được trong diễn tập; kế hoạch được cập nhật sau mỗi lần diễn tập hoặc sự cố.',
						en: 'Critical systems have standby systems at another site and switchover has been tested successfully; recovery targets are met in exercises; the plan is updated after every exercise or incident.'
					}
				],
				suggestedEvidence: [
					{
						vi: 'Kế hoạch duy trì hoạt động, khôi phục sau sự cố',
						en: 'Business continuity and disaster recovery plan'
					},
					{
						vi: 'Chính sách sao lưu và nhật ký sao lưu',
						en: 'Backup policy and backup logs'
					},
					{
						vi: 'Biên bản khôi phục thử hoặc diễn tập chuyển đổi dự phòng gần nhất',
						en: 'Record of the latest restore test or switchover exercise'
					}
				],
				weight: 1,
				scope: 'organisation',
				target: 3,
				recommendations: {
					'1': {
						vi: 'Đơn vị chuyên trách về công nghệ thông tin xác định các hệ thống quan trọng, triển khai sao lưu định kỳ cho các hệ thống đó và tổ chức khôi phục thử lần đầu.',
						en: 'The IT unit should identify the critical systems, back them up regularly and carry out a first restore test.'
					},
					'2': {
						vi: 'Đơn vị chuyên trách xây dựng kế hoạch duy trì hoạt động với mục tiêu khôi phục cho từng hệ thống, trình lãnh đạo phê duyệt; lưu bản sao lưu ở địa điểm khác và ngoại tuyến; khôi phục thử hằng năm.',
						en: 'The IT unit should write a continuity plan with recovery targets for each system and submit it to leadership for approval, keep backups off site and offline, and test restores every year.'
					},
					'3': {
						vi: 'Đơn vị chuyên trách triển khai hệ thống dự phòng ở địa điểm khác cho các hệ thống quan trọng nhất, diễn tập chuyển đổi định kỳ và cập nhật kế hoạch sau mỗi lần diễn tập.',
						en: 'The IT unit should set up standby systems at another site for the most critical systems, exercise switchover regularly and update the plan after each exercise.'
					}
				},
				collectEvidence: {
					vi: 'Đề nghị đơn vị chuyên trách cung cấp kế hoạch duy trì hoạt động (nếu có), nhật ký sao lưu và biên bản khôi phục thử gần nhất.',
					en: 'Ask the IT unit for its continuity plan, if any, its backup logs and the record of the latest restore test.'
				}
			}
		]
	}
];
