/**
 * ODRA 3.1 dimensions 5–8 (demand, civic engagement, funding, national technology and skills
 * infrastructure), written for ministries and provinces in Vietnam. Paraphrased from the method; the
 * GREEN combinations of D6 and D8 are this framework's reading of the rubric (see each `green.text`).
 */
import type { OdDimensionInput } from '../schema';

export const dimensions5to8: OdDimensionInput[] = [
	// ------------------------------------------------------------------ OD-5 Demand for open data
	{
		code: 'OD-5',
		title: { vi: 'Nhu cầu đối với dữ liệu mở', en: 'Demand for open data' },
		shortTitle: { vi: 'Nhu cầu', en: 'Demand' },
		importance: 'very_high',
		context: {
			vi: 'Dữ liệu mở chỉ tạo ra giá trị khi có người khai thác, sử dụng. Ở Việt Nam, doanh nghiệp (bản đồ, logistics, bất động sản, tài chính), viện nghiên cứu, trường đại học, báo chí và các đối tác phát triển đều cần dữ liệu của cơ quan nhà nước, nhưng đánh giá năm 2019 ghi nhận kỳ vọng của khu vực ngoài nhà nước đối với dữ liệu mở còn thấp và nhu cầu ít khi được cơ quan nhà nước chủ động tìm hiểu. Luật Tiếp cận thông tin (2016) và Luật Dữ liệu (2024) tạo cơ sở pháp lý để người dân, doanh nghiệp yêu cầu và khai thác dữ liệu; khía cạnh này xem xét nhu cầu thực tế và cách cơ quan, địa phương tiếp nhận, đáp ứng nhu cầu đó.',
			en: 'Open data creates value only when someone uses it. In Vietnam, businesses (mapping, logistics, real estate, finance), research institutes, universities, the media and development partners all need government data, yet the 2019 assessment found low expectations of open data outside the state, and agencies rarely set out to learn what users want. The Law on Access to Information (2016) and the Law on Data (2024) give citizens and businesses a legal basis to request and reuse data; this dimension looks at actual demand and at how the organisation takes in and answers it.'
		},
		evidence: [
			{
				code: 'OD-5.E1',
				polarity: '+',
				text: {
					vi: 'Có quy định hoặc quy chế chính thức về sử dụng mạng xã hội và tương tác với người dân, doanh nghiệp.',
					en: 'A formal policy or rule governs the use of social media and engagement with citizens and businesses.'
				}
			},
			{
				code: 'OD-5.E2',
				polarity: '+',
				text: {
					vi: 'Việc lấy ý kiến rộng rãi của người dân, doanh nghiệp được thực hiện thực chất và kết quả được sử dụng khi xây dựng chính sách.',
					en: 'Public consultation is genuine and its results are used when policy is made.'
				}
			},
			{
				code: 'OD-5.E3',
				polarity: '+',
				text: {
					vi: 'Có những tổ chức xã hội, nhóm cộng đồng sử dụng công nghệ được nhiều người biết đến và có người, tổ chức đi đầu vận động cho dữ liệu mở.',
					en: 'Well-known technology-savvy civil society groups exist, and some people or groups actively champion open data.'
				}
			},
			{
				code: 'OD-5.E4',
				polarity: '+',
				text: {
					vi: 'Doanh nghiệp hoặc hiệp hội doanh nghiệp đang tìm kiếm, sử dụng dữ liệu của cơ quan nhà nước.',
					en: 'Businesses or business associations are looking for, or already using, government data.'
				}
			},
			{
				code: 'OD-5.E5',
				polarity: '-',
				text: {
					vi: 'Người dân ít tương tác với cơ quan nhà nước qua các kênh số.',
					en: 'Citizens rarely deal with government through digital channels.'
				}
			},
			{
				code: 'OD-5.E6',
				polarity: '-',
				text: {
					vi: 'Không có doanh nghiệp trong nước cung cấp dịch vụ bản đồ, thời tiết hay thông tin giao thông.',
					en: 'No local businesses provide maps, weather or transport information.'
				}
			},
			{
				code: 'OD-5.E7',
				polarity: '-',
				text: {
					vi: 'Các cơ quan nhà nước gặp khó khăn khi xin dữ liệu của nhau.',
					en: 'Government agencies struggle to obtain data from one another.'
				}
			}
		],
		coreIssues: [
			{
				code: 'OD-5.C1',
				text: {
					vi: 'Có bằng chứng về nhu cầu dữ liệu từ tổ chức xã hội, doanh nghiệp, nhà nghiên cứu và báo chí.',
					en: 'There is evidence of demand for data from civil society, business, researchers and the media.'
				},
				questions: ['OD-5.1', 'OD-5.2']
			},
			{
				code: 'OD-5.C2',
				text: {
					vi: 'Cơ quan, địa phương có cơ chế tiếp nhận và trả lời yêu cầu cung cấp dữ liệu, và chủ động tìm hiểu nhu cầu của người dùng.',
					en: 'The organisation has mechanisms to receive and answer requests for data, and actively seeks out what users need.'
				},
				questions: ['OD-5.3', 'OD-5.4']
			}
		],
		green: {
			required: ['OD-5.C1', 'OD-5.C2'],
			minAdditionalMet: 0,
			text: {
				vi: 'XANH khi hội tụ cả hai vấn đề cốt lõi: nhu cầu dữ liệu rõ ràng từ bên ngoài, và cơ chế tiếp nhận yêu cầu hoạt động hiệu quả, dẫn đến việc công bố dữ liệu có giá trị cao, trong đó cơ quan, địa phương chủ động khảo sát nhu cầu người dùng khi lập kế hoạch.',
				en: 'GREEN when both core issues are met together: clear outside demand, and request mechanisms that work and lead to the release of high-value data, with the organisation actively surveying user needs when it plans.'
			}
		},
		redTriggers: [
			{
				code: 'OD-5.R1',
				text: {
					vi: 'Hầu như không tìm thấy nhu cầu dữ liệu từ tổ chức xã hội, doanh nghiệp, nhà nghiên cứu hay báo chí; xã hội dân sự thụ động.',
					en: 'Almost no demand for data can be found from civil society, business, researchers or the media; civil society is passive.'
				}
			},
			{
				code: 'OD-5.R2',
				text: {
					vi: 'Không có kênh tiếp nhận yêu cầu dữ liệu đang hoạt động, hoặc yêu cầu thường không được trả lời.',
					en: 'No working channel exists for data requests, or requests usually go unanswered.'
				}
			},
			{
				code: 'OD-5.R3',
				text: {
					vi: 'Nhu cầu của người dùng hoàn toàn không được xem xét khi lập kế hoạch thu thập, công bố dữ liệu.',
					en: 'User demand plays no part in planning what data to collect or release.'
				}
			},
			{
				code: 'OD-5.R4',
				text: {
					vi: 'Dữ liệu hầu như không được chia sẻ, kể cả giữa các cơ quan nhà nước với nhau.',
					en: 'Data is hardly shared at all, even between government agencies.'
				}
			}
		],
		typical: {
			green: [
				{
					vi: 'Nhiều nhóm người dùng ngoài nhà nước được xác định cụ thể và thường xuyên sử dụng dữ liệu của cơ quan, địa phương.',
					en: 'Several named non-state user groups use the organisation’s data regularly.'
				},
				{
					vi: 'Yêu cầu cung cấp dữ liệu được ghi sổ, trả lời đúng hạn và đã dẫn đến việc công bố một số tập dữ liệu có giá trị cao.',
					en: 'Data requests are logged and answered on time, and have led to the release of high-value datasets.'
				},
				{
					vi: 'Kế hoạch thu thập, công bố dữ liệu có bước khảo sát, tham vấn nhu cầu của người dùng.',
					en: 'Plans for collecting and releasing data include a step that surveys or consults users.'
				}
			],
			yellow: [
				{
					vi: 'Có một số nhu cầu, chủ yếu từ viện nghiên cứu, dự án của đối tác phát triển hoặc một vài doanh nghiệp.',
					en: 'Some demand exists, mainly from research institutes, donor projects or a few businesses.'
				},
				{
					vi: 'Một số đơn vị có kênh tiếp nhận yêu cầu hoạt động và đã cung cấp một phần dữ liệu.',
					en: 'Some units have working request channels and have released some data.'
				},
				{
					vi: 'Nhu cầu được tính đến khi có người đề nghị, nhưng không được chủ động tìm hiểu.',
					en: 'Demand is taken into account when someone raises it, but is not actively sought.'
				}
			],
			red: [
				{
					vi: 'Rất ít nhu cầu được ghi nhận; xã hội dân sự thụ động.',
					en: 'Very little demand is recorded; civil society is passive.'
				},
				{
					vi: 'Yêu cầu cung cấp dữ liệu thường không được trả lời hoặc trả lời muộn.',
					en: 'Requests for data go unanswered or are answered late.'
				},
				{
					vi: 'Dữ liệu ít được chia sẻ giữa các cơ quan nhà nước; nhu cầu không được xem xét khi lập kế hoạch.',
					en: 'Little data is shared between agencies; demand is not considered in planning.'
				}
			]
		},
		target: 'green',
		recommendation: {
			vi: 'Giao một đầu mối tổng hợp yêu cầu cung cấp dữ liệu và nhu cầu của người dùng; tổ chức tham vấn định kỳ với doanh nghiệp, tổ chức xã hội, nhà nghiên cứu và báo chí; dùng kết quả để xác định các tập dữ liệu ưu tiên công bố trên cổng dữ liệu mở.',
			en: 'Name a focal point to collect data requests and user needs; consult businesses, civil society, researchers and the media on a regular schedule; use the results to choose which datasets to publish first on the open data portal.'
		},
		collectEvidence: {
			vi: 'Thu thập sổ theo dõi yêu cầu cung cấp thông tin, dữ liệu (số lượng, chủ đề, kết quả xử lý), các ví dụ về việc tái sử dụng dữ liệu của cơ quan, địa phương, và phỏng vấn ít nhất hai người dùng ngoài nhà nước.',
			en: 'Collect the log of information and data requests (volume, subjects, outcome), examples of reuse of the organisation’s data, and interview at least two users from outside government.'
		},
		questions: [
			{
				code: 'OD-5.1',
				label: { vi: 'Nhu cầu từ xã hội, báo chí', en: 'Civil society and media demand' },
				text: {
					vi: 'Tổ chức xã hội, viện nghiên cứu, trường đại học, cơ quan báo chí và đối tác phát triển đang sử dụng hoặc có nhu cầu sử dụng dữ liệu của cơ quan, địa phương anh/chị ở mức độ nào?',
					en: 'How far do civil society organisations, researchers, universities, the media and development partners use, or want to use, your organisation’s data?'
				},
				guidance: [
					{
						vi: 'Trong hai năm gần đây, những ai đã đề nghị cung cấp hoặc đã sử dụng dữ liệu của cơ quan, địa phương? Đó là những dữ liệu nào?',
						en: 'Who has asked for or used the organisation’s data in the last two years, and which data?'
					},
					{
						vi: 'Có tổ chức xã hội nào dùng dữ liệu để giám sát ngân sách, dịch vụ công hoặc môi trường không?',
						en: 'Does any civil society group use the data to monitor budgets, public services or the environment?'
					},
					{
						vi: 'Báo chí có khai thác số liệu để viết bài (báo chí dữ liệu) không? Có hoạt động đào tạo nhà báo về dữ liệu không?',
						en: 'Do journalists use the figures in their reporting (data journalism)? Is anyone training journalists to work with data?'
					},
					{
						vi: 'Các đối tác phát triển, tổ chức quốc tế cần những dữ liệu nào cho chương trình, dự án của họ?',
						en: 'Which data do development partners and international organisations need for their programmes?'
					},
					{
						vi: 'Các tổ chức này có đủ năng lực kỹ thuật để xử lý dữ liệu thô không? Ai là người đi đầu, có uy tín trong vận động dữ liệu mở?',
						en: 'Do these groups have the technical capacity to handle raw data? Who are the recognised open data champions?'
					}
				],
				importance: 'high',
				descriptors: {
					red: {
						vi: 'Hầu như không có tổ chức xã hội, nhà báo, nhà nghiên cứu hay đối tác phát triển nào đề nghị cung cấp hoặc sử dụng dữ liệu của cơ quan, địa phương.',
						en: 'Hardly any civil society group, journalist, researcher or development partner has asked for or used the organisation’s data.'
					},
					yellow: {
						vi: 'Một số người dùng (ví dụ vài viện nghiên cứu hoặc dự án của đối tác phát triển) xin và sử dụng dữ liệu, nhưng lẻ tẻ, qua quan hệ cá nhân hoặc theo từng dự án.',
						en: 'A few users (for example some research institutes or donor projects) ask for and use data, but only now and then, through personal contacts or single projects.'
					},
					green: {
						vi: 'Nhiều nhóm người dùng ngoài nhà nước được xác định cụ thể, thường xuyên sử dụng dữ liệu (có bài báo, công trình nghiên cứu, báo cáo giám sát dẫn nguồn dữ liệu) và có người, tổ chức chủ động đề nghị công bố thêm dữ liệu.',
						en: 'Several named non-state user groups use the data regularly (articles, studies or monitoring reports cite it), and some of them actively press for more data to be released.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Lập danh sách các nhóm người dùng dữ liệu ngoài nhà nước, tổ chức ít nhất một buổi tham vấn để xác định những tập dữ liệu họ cần nhất và đưa kết quả vào kế hoạch công bố dữ liệu mở.',
					en: 'List the non-state groups that use or want the data, hold at least one consultation to find the datasets they need most, and feed the results into the open data release plan.'
				},
				collectEvidence: {
					vi: 'Thu thập văn bản đề nghị cung cấp dữ liệu, bài báo hoặc nghiên cứu có sử dụng dữ liệu của cơ quan, địa phương, và phỏng vấn ít nhất hai người dùng là tổ chức xã hội, nhà nghiên cứu hoặc nhà báo.',
					en: 'Collect request letters and articles or studies that use the organisation’s data, and interview at least two users from civil society, research or the media.'
				}
			},
			{
				code: 'OD-5.2',
				label: { vi: 'Nhu cầu từ doanh nghiệp', en: 'Business demand' },
				text: {
					vi: 'Doanh nghiệp đang sử dụng hoặc cần dữ liệu của cơ quan, địa phương anh/chị để phát triển sản phẩm, dịch vụ ở mức độ nào?',
					en: 'How far do businesses use, or need, your organisation’s data to build products and services?'
				},
				guidance: [
					{
						vi: 'Những doanh nghiệp nào đang dùng dữ liệu bản đồ, không gian địa lý, khí tượng, giao thông, đất đai hoặc đăng ký doanh nghiệp?',
						en: 'Which businesses use mapping and geospatial, weather, transport, land or company register data?'
					},
					{
						vi: 'Có doanh nghiệp cung cấp dịch vụ thông tin cho doanh nghiệp khác dựa trên dữ liệu nhà nước không (tra cứu thông tin doanh nghiệp, chấm điểm tín dụng, phân tích thị trường)?',
						en: 'Do any firms sell information services to other businesses built on government data (company look-ups, credit scoring, market analysis)?'
					},
					{
						vi: 'Hiệp hội ngành nghề, tổ chức đại diện doanh nghiệp đã đề nghị công bố những dữ liệu nào?',
						en: 'Which data have trade associations and business bodies asked to be released?'
					},
					{
						vi: 'Hiện nay doanh nghiệp lấy dữ liệu bằng cách nào (xin trực tiếp, mua, tự thu thập lại từ trang thông tin điện tử, tự điều tra)? Chi phí và trở ngại là gì?',
						en: 'How do businesses get the data today (asking, buying, scraping websites, running their own surveys)? At what cost, and with what obstacles?'
					},
					{
						vi: 'Những dữ liệu nào, nếu được công bố, doanh nghiệp có thể sử dụng ngay?',
						en: 'Which data could businesses put to use as soon as it was released?'
					}
				],
				importance: 'high',
				descriptors: {
					red: {
						vi: 'Không ghi nhận được doanh nghiệp nào sử dụng hoặc đề nghị cung cấp dữ liệu của cơ quan, địa phương.',
						en: 'No business can be found that uses or has asked for the organisation’s data.'
					},
					yellow: {
						vi: 'Một vài doanh nghiệp sử dụng dữ liệu, chủ yếu bằng cách xin theo từng lần, mua hoặc tự thu thập lại; nhu cầu của doanh nghiệp chưa được tổng hợp.',
						en: 'A few businesses use the data, mostly by asking case by case, buying it or scraping it; nobody has compiled what businesses need.'
					},
					green: {
						vi: 'Có nhiều doanh nghiệp hoặc hiệp hội được xác định cụ thể đang dùng dữ liệu trong sản phẩm, dịch vụ của mình hoặc đề nghị công bố những tập dữ liệu cụ thể; có ví dụ về dịch vụ thương mại xây dựng trên dữ liệu của cơ quan, địa phương.',
						en: 'Several named businesses or associations use the data in their products or ask for specific datasets; there are examples of commercial services built on the organisation’s data.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Phối hợp với hiệp hội doanh nghiệp tổ chức khảo sát, đối thoại về nhu cầu dữ liệu; ưu tiên công bố các tập dữ liệu doanh nghiệp cần nhất ở định dạng máy đọc được.',
					en: 'Work with business associations on a survey or dialogue about data needs; publish the datasets businesses need most first, in machine-readable form.'
				},
				collectEvidence: {
					vi: 'Phỏng vấn hiệp hội doanh nghiệp và ít nhất hai doanh nghiệp sử dụng dữ liệu; thu thập các văn bản đề nghị cung cấp hoặc hợp đồng mua dữ liệu.',
					en: 'Interview a business association and at least two businesses that use data; collect request letters or data purchase contracts.'
				}
			},
			{
				code: 'OD-5.3',
				label: { vi: 'Tiếp nhận, đáp ứng yêu cầu', en: 'Handling data requests' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị tiếp nhận, xử lý yêu cầu cung cấp thông tin, dữ liệu và xác định nhu cầu của người dùng như thế nào?',
					en: 'How does your organisation receive and handle requests for information and data, and how does it find out what users need?'
				},
				guidance: [
					{
						vi: 'Có đầu mối và quy trình tiếp nhận yêu cầu cung cấp thông tin theo Luật Tiếp cận thông tin không? Thời hạn trả lời có được bảo đảm không?',
						en: 'Is there a focal point and a procedure for information requests under the Law on Access to Information? Are response deadlines met?'
					},
					{
						vi: 'Mỗi năm nhận bao nhiêu yêu cầu, những thông tin, dữ liệu nào được yêu cầu nhiều nhất? Có sổ theo dõi không?',
						en: 'How many requests arrive each year, and which information and data are asked for most? Is there a log?'
					},
					{
						vi: 'Yêu cầu dữ liệu từ cơ quan nhà nước khác được xử lý ra sao (qua NDXP, bằng văn bản…)?',
						en: 'How are requests from other government agencies handled (through the NDXP, by official letter…)?'
					},
					{
						vi: 'Ưu tiên thu thập số liệu thống kê và dữ liệu không gian được xác định dựa trên cơ sở nào? Có tính đến nhu cầu của người dùng ngoài nhà nước không?',
						en: 'How are priorities for statistics and geospatial data set? Are the needs of non-state users considered?'
					},
					{
						vi: 'Có khảo sát người dùng hoặc phân tích lượt truy cập, tải dữ liệu không? Dữ liệu được yêu cầu nhiều lần có được xem xét công bố rộng rãi không?',
						en: 'Are users surveyed, or downloads and visits analysed? Is data that is requested again and again considered for general release?'
					}
				],
				importance: 'medium',
				descriptors: {
					red: {
						vi: 'Không có đầu mối hay quy trình tiếp nhận yêu cầu cung cấp thông tin, dữ liệu; yêu cầu được xử lý tùy từng trường hợp, không được ghi lại và thường không có trả lời.',
						en: 'There is no focal point or procedure for information and data requests; requests are handled ad hoc, not recorded, and often get no answer.'
					},
					yellow: {
						vi: 'Có đầu mối và quy trình tiếp nhận yêu cầu theo Luật Tiếp cận thông tin và một số yêu cầu được đáp ứng, nhưng không thống kê các yêu cầu và không dùng chúng để quyết định công bố dữ liệu.',
						en: 'A focal point and procedure exist under the Law on Access to Information and some requests are met, but requests are not counted or used to decide what to publish.'
					},
					green: {
						vi: 'Yêu cầu được tiếp nhận qua kênh công khai, ghi sổ và trả lời đúng hạn; số liệu về yêu cầu được tổng hợp định kỳ; dữ liệu được yêu cầu nhiều đã được đưa vào kế hoạch công bố; cơ quan chủ động khảo sát nhu cầu khi lập kế hoạch thu thập, công bố dữ liệu.',
						en: 'Requests come in through a public channel, are logged and answered on time; request statistics are compiled regularly; frequently requested data has been added to the release plan; the organisation surveys user needs when planning data collection and release.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Công khai đầu mối, kênh và quy trình tiếp nhận yêu cầu cung cấp thông tin, dữ liệu; mở sổ theo dõi, tổng hợp hằng năm các yêu cầu và chuyển những dữ liệu được yêu cầu nhiều sang công bố chủ động.',
					en: 'Publish the focal point, channel and procedure for information and data requests; keep a log, summarise requests every year, and move frequently requested data into proactive publication.'
				},
				collectEvidence: {
					vi: 'Thu thập quy chế hoặc quy trình cung cấp thông tin, sổ theo dõi yêu cầu và báo cáo thực hiện Luật Tiếp cận thông tin gần nhất.',
					en: 'Collect the information-provision rules or procedure, the request log and the latest report on implementing the Law on Access to Information.'
				}
			},
			{
				code: 'OD-5.4',
				label: { vi: 'Đánh giá của người dùng', en: 'Users’ view of responsiveness' },
				text: {
					vi: 'Người dùng bên ngoài (doanh nghiệp, tổ chức xã hội, nhà nghiên cứu, báo chí) đánh giá thế nào về mức độ đáp ứng của cơ quan, địa phương anh/chị, và họ có được tham gia xác định ưu tiên dữ liệu không?',
					en: 'How do outside users (businesses, civil society, researchers, journalists) rate your organisation’s responsiveness, and are they involved in setting data priorities?'
				},
				guidance: [
					{
						vi: 'Người dùng có biết phải đề nghị cung cấp dữ liệu ở đâu và bằng cách nào không?',
						en: 'Do users know where and how to ask for data?'
					},
					{
						vi: 'Theo người dùng, thời gian trả lời, chất lượng dữ liệu nhận được và các điều kiện kèm theo (phí, giấy tờ, cam kết) có hợp lý không?',
						en: 'In users’ eyes, are response times, the quality of the data received and the conditions attached (fees, paperwork, undertakings) reasonable?'
					},
					{
						vi: 'Người dùng đã từng được mời góp ý về ưu tiên thống kê, danh mục dữ liệu mở hoặc kế hoạch công bố dữ liệu chưa?',
						en: 'Have users ever been invited to comment on statistical priorities, the open data catalogue or release plans?'
					},
					{
						vi: 'Góp ý của họ có được phản hồi và thể hiện trong quyết định không?',
						en: 'Did they get a reply, and did their input show up in decisions?'
					},
					{
						vi: 'Đoàn đánh giá kiểm chứng qua phỏng vấn người dùng ngoài cơ quan, không chỉ dựa vào ý kiến của cơ quan, địa phương.',
						en: 'Assessors should check this by interviewing outside users, not only the organisation itself.'
					}
				],
				importance: 'medium',
				descriptors: {
					red: {
						vi: 'Người dùng không biết kênh đề nghị cung cấp dữ liệu hoặc cho rằng đề nghị hầu như không được đáp ứng; họ chưa bao giờ được hỏi ý kiến về ưu tiên dữ liệu.',
						en: 'Users do not know how to ask for data or say requests are hardly ever met; they have never been asked about data priorities.'
					},
					yellow: {
						vi: 'Người dùng nhận được dữ liệu trong một số trường hợp nhưng phàn nàn về thời gian, thủ tục hoặc chất lượng; việc hỏi ý kiến người dùng chỉ diễn ra không thường xuyên.',
						en: 'Users get data in some cases but complain about delays, paperwork or quality; they are consulted only occasionally.'
					},
					green: {
						vi: 'Phần lớn người dùng được phỏng vấn cho rằng cơ quan, địa phương đáp ứng kịp thời; người dùng được mời góp ý về ưu tiên dữ liệu theo định kỳ và nêu được ví dụ góp ý của họ đã được tiếp thu.',
						en: 'Most users interviewed say the organisation responds promptly; they are consulted on data priorities regularly and can point to input that was acted on.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Tổ chức khảo sát mức độ hài lòng của người dùng dữ liệu và mời đại diện người dùng góp ý vào danh mục, kế hoạch công bố dữ liệu mở hằng năm; công khai việc tiếp thu góp ý.',
					en: 'Survey data users’ satisfaction and invite user representatives to comment on the open data catalogue and the annual release plan; publish how their comments were handled.'
				},
				collectEvidence: {
					vi: 'Phỏng vấn ít nhất ba người dùng bên ngoài thuộc các nhóm khác nhau về trải nghiệm đề nghị cung cấp dữ liệu và việc tham gia xác định ưu tiên.',
					en: 'Interview at least three outside users from different groups about their experience of requesting data and of being involved in priorities.'
				}
			}
		]
	},

	// ------------------------------------------------------------------ OD-6 Civic engagement and capabilities
	{
		code: 'OD-6',
		title: {
			vi: 'Sự tham gia của xã hội và năng lực khai thác dữ liệu mở',
			en: 'Civic engagement and capabilities for open data'
		},
		shortTitle: { vi: 'Tham gia xã hội', en: 'Civic engagement' },
		importance: 'high',
		context: {
			vi: 'Báo chí Việt Nam hoạt động theo cơ chế cơ quan chủ quản, còn ít nhà báo và tổ chức xã hội chuyên phân tích dữ liệu, nên vai trò trung gian chuyển dữ liệu thành thông tin cho người dân phụ thuộc nhiều vào báo chí, trường đại học và cộng đồng công nghệ. Bù lại, Việt Nam có cộng đồng lập trình viên đông đảo, nhiều trường đào tạo công nghệ thông tin và hệ sinh thái khởi nghiệp năng động; người dân đã quen phản ánh, kiến nghị qua Cổng Dịch vụ công quốc gia, ứng dụng di động và mạng xã hội. Câu hỏi OD-6.4 và OD-6.5 là thông tin chung của cả nước, do đoàn đánh giá trả lời một lần cho mỗi đợt đánh giá.',
			en: 'Vietnamese media outlets each operate under a governing agency, and few journalists or civil society groups specialise in data analysis, so turning data into information for the public depends largely on the press, universities and the tech community. On the other hand, Vietnam has a large developer community, many IT training institutions and a lively start-up scene, and citizens are used to sending feedback through the National Public Service Portal, mobile apps and social media. Questions OD-6.4 and OD-6.5 are facts about the country, answered once per round by the assessors.'
		},
		evidence: [
			{
				code: 'OD-6.E1',
				polarity: '+',
				text: {
					vi: 'Các cơ quan thường xuyên lấy ý kiến phản hồi của người dân, doanh nghiệp.',
					en: 'Agencies regularly ask citizens and businesses for feedback.'
				}
			},
			{
				code: 'OD-6.E2',
				polarity: '+',
				text: {
					vi: 'Đã có kinh nghiệm hợp tác với lập trình viên để xây dựng ứng dụng, dịch vụ số.',
					en: 'There is a track record of working with developers on apps and digital services.'
				}
			},
			{
				code: 'OD-6.E3',
				polarity: '+',
				text: {
					vi: 'Đã tổ chức hackathon hoặc cuộc thi phát triển ứng dụng.',
					en: 'Hackathons or app competitions have been held.'
				}
			},
			{
				code: 'OD-6.E4',
				polarity: '+',
				text: {
					vi: 'Có đội ngũ lập trình viên trong nước đủ đông và đang hoạt động tích cực.',
					en: 'There is a critical mass of active local developers.'
				}
			},
			{
				code: 'OD-6.E5',
				polarity: '+',
				text: {
					vi: 'Có nguồn vốn cho doanh nghiệp khởi nghiệp ở giai đoạn đầu.',
					en: 'Early-stage finance is available for start-ups.'
				}
			},
			{
				code: 'OD-6.E6',
				polarity: '+',
				text: {
					vi: 'Đã hình thành nền kinh tế ứng dụng (doanh nghiệp, người dùng trả tiền cho ứng dụng, dịch vụ số).',
					en: 'An apps economy exists (firms and users paying for apps and digital services).'
				}
			},
			{
				code: 'OD-6.E7',
				polarity: '+',
				text: {
					vi: 'Các trường đại học, cơ sở đào tạo kỹ thuật có số lượng sinh viên tốt nghiệp đáng kể hằng năm.',
					en: 'Technical schools and universities turn out a significant number of graduates.'
				}
			},
			{
				code: 'OD-6.E8',
				polarity: '-',
				text: {
					vi: 'Hoạt động báo chí tập trung ở một số cơ quan báo chí lớn, rất ít nhà báo hoạt động độc lập.',
					en: 'Journalism is concentrated in a few large outlets, with very few independent journalists.'
				}
			},
			{
				code: 'OD-6.E9',
				polarity: '-',
				text: {
					vi: 'Truyền thông chủ yếu là các kênh do nhà nước quản lý, ít kênh tự khai thác, phân tích dữ liệu.',
					en: 'Media are mostly state-run, with few outlets that dig into data on their own.'
				}
			}
		],
		coreIssues: [
			{
				code: 'OD-6.C1',
				text: {
					vi: 'Cơ quan, địa phương có thành tích tương tác thực chất với người dân, doanh nghiệp.',
					en: 'The organisation has a record of genuine engagement with citizens and businesses.'
				},
				questions: ['OD-6.3']
			},
			{
				code: 'OD-6.C2',
				text: {
					vi: 'Năng lực của các trường đại học, viện nghiên cứu kỹ thuật.',
					en: 'Capacity of technical universities and research institutes.'
				},
				questions: ['OD-6.5']
			},
			{
				code: 'OD-6.C3',
				text: {
					vi: 'Có các trung gian thông tin như nhà báo dữ liệu, tổ chức xã hội biết khai thác dữ liệu.',
					en: 'Infomediaries such as data journalists and data-literate civil society groups are present.'
				},
				questions: ['OD-6.1']
			},
			{
				code: 'OD-6.C4',
				text: {
					vi: 'Có nền kinh tế ứng dụng.',
					en: 'An apps economy exists.'
				},
				questions: ['OD-6.4']
			},
			{
				code: 'OD-6.C5',
				text: {
					vi: 'Cơ quan, địa phương chủ động thúc đẩy việc tái sử dụng dữ liệu, kể cả hoạt động đồng sáng tạo.',
					en: 'The organisation actively promotes reuse of data, including co-creation.'
				},
				questions: ['OD-6.2']
			}
		],
		green: {
			required: ['OD-6.C1', 'OD-6.C5'],
			minAdditionalMet: 2,
			text: {
				vi: 'Theo phương pháp gốc, khía cạnh được xếp XANH khi có đồng thời: thành tích tương tác tốt với người dân, trường đại học kỹ thuật có nghiên cứu và hợp tác với doanh nghiệp, nền kinh tế ứng dụng đang phát triển và kinh nghiệm đồng sáng tạo. Cách áp dụng trong bộ câu hỏi này: bắt buộc đạt hai vấn đề thuộc trách nhiệm của chính cơ quan, địa phương – vấn đề cốt lõi 1 (thành tích tương tác với người dân) và vấn đề cốt lõi 5 (thúc đẩy tái sử dụng, đồng sáng tạo) – và thêm ít nhất hai trong ba vấn đề về môi trường chung (trường đại học, trung gian thông tin, nền kinh tế ứng dụng), tức là đạt bốn trên năm vấn đề.',
				en: 'The rubric gives GREEN for a combination of a strong engagement record, research-active technical universities working with industry, a growing apps economy and experience of co-creation. As applied here: the two issues the organisation itself controls are required – core issue 1 (its engagement record) and core issue 5 (promotion of reuse and co-creation) – plus at least two of the three ecosystem issues (universities, infomediaries, apps economy), i.e. four of the five issues met.'
			}
		},
		redTriggers: [
			{
				code: 'OD-6.R1',
				text: {
					vi: 'Cơ quan, địa phương không có hoạt động nào thúc đẩy tái sử dụng dữ liệu và hầu như không tương tác thực chất với người dân, doanh nghiệp.',
					en: 'The organisation does nothing to promote reuse of data and has little genuine engagement with citizens and businesses.'
				}
			},
			{
				code: 'OD-6.R2',
				text: {
					vi: 'Đào tạo kỹ thuật yếu hoặc ngành công nghệ thông tin gặp những trở ngại nghiêm trọng để phát triển.',
					en: 'Technical education is weak, or the ICT sector faces serious constraints on growth.'
				}
			},
			{
				code: 'OD-6.R3',
				text: {
					vi: 'Xã hội dân sự thụ động và có rất ít kênh số để người dân tham gia.',
					en: 'Civil society is passive and there are few digital channels for people to take part.'
				}
			}
		],
		typical: {
			green: [
				{
					vi: 'Cơ quan, địa phương thường xuyên lấy ý kiến qua các kênh số và có ví dụ quyết định được điều chỉnh theo ý kiến đó.',
					en: 'The organisation regularly consults through digital channels and can show decisions changed as a result.'
				},
				{
					vi: 'Trường đại học kỹ thuật có hoạt động nghiên cứu và hợp tác với doanh nghiệp, cơ quan nhà nước về dữ liệu.',
					en: 'Technical universities do research and work with industry and government on data.'
				},
				{
					vi: 'Nền kinh tế ứng dụng đang tăng trưởng, có sản phẩm dựa trên dữ liệu nhà nước.',
					en: 'A growing apps economy includes products built on government data.'
				},
				{
					vi: 'Đã có kinh nghiệm đồng sáng tạo với lập trình viên, doanh nghiệp (hackathon, đặt hàng ứng dụng) và sản phẩm còn được duy trì.',
					en: 'There is experience of co-creation with developers and businesses (hackathons, commissioned apps) and the results are still maintained.'
				}
			],
			yellow: [
				{
					vi: 'Số lượng sinh viên tốt nghiệp các ngành kỹ thuật đáng kể.',
					en: 'Significant numbers of technical graduates.'
				},
				{
					vi: 'Nền kinh tế ứng dụng, ngành công nghệ thông tin đang hình thành.',
					en: 'An emerging apps economy and ICT sector.'
				},
				{
					vi: 'Có một số hoạt động báo chí dữ liệu.',
					en: 'Some data journalism.'
				}
			],
			red: [
				{
					vi: 'Không thúc đẩy tái sử dụng dữ liệu, ít tương tác thực chất với người dân.',
					en: 'No promotion of reuse and little genuine engagement with citizens.'
				},
				{
					vi: 'Đào tạo kỹ thuật yếu; ngành công nghệ thông tin bị hạn chế nghiêm trọng.',
					en: 'Weak technical education; serious constraints on the ICT sector.'
				},
				{
					vi: 'Xã hội dân sự thụ động, ít kênh số để tương tác.',
					en: 'Passive civil society and few digital channels.'
				}
			]
		},
		target: 'green',
		recommendation: {
			vi: 'Xây dựng chương trình thúc đẩy tái sử dụng dữ liệu: đối thoại định kỳ với cộng đồng lập trình viên, doanh nghiệp, trường đại học và báo chí; tổ chức cuộc thi hoặc đặt hàng ứng dụng trên dữ liệu mở; hỗ trợ đào tạo kỹ năng dữ liệu cho nhà báo và tổ chức xã hội.',
			en: 'Set up a reuse programme: regular dialogue with developers, businesses, universities and the press; competitions or commissioned apps built on open data; data-skills training for journalists and civil society.'
		},
		collectEvidence: {
			vi: 'Thu thập quy chế sử dụng mạng xã hội và tương tác với người dân, danh sách hoạt động hackathon, cuộc thi, hợp tác với lập trình viên; phỏng vấn báo chí, tổ chức xã hội, trường đại học.',
			en: 'Collect the social media and engagement rules and a list of hackathons, competitions and developer partnerships; interview journalists, civil society groups and universities.'
		},
		questions: [
			{
				code: 'OD-6.1',
				label: { vi: 'Trung gian thông tin', en: 'Infomediaries' },
				text: {
					vi: 'Có những tổ chức, cá nhân trung gian nào (cơ quan báo chí, nhà báo dữ liệu, tổ chức xã hội, viện nghiên cứu, cộng đồng công nghệ) có thể biến dữ liệu của cơ quan, địa phương anh/chị thành thông tin dễ hiểu cho người dân?',
					en: 'Which intermediaries (media outlets, data journalists, civil society groups, research institutes, the tech community) could turn your organisation’s data into information the public can understand?'
				},
				guidance: [
					{
						vi: 'Những cơ quan báo chí nào (trung ương, địa phương) thường đưa tin về lĩnh vực hoặc địa bàn? Họ có phóng viên, bộ phận đồ họa dữ liệu không?',
						en: 'Which national and local outlets cover the sector or province? Do they have data reporters or a data-graphics desk?'
					},
					{
						vi: 'Có nhà báo, tổ chức xã hội hoặc nhóm cộng đồng nào thường phân tích, trực quan hóa số liệu của cơ quan, địa phương không?',
						en: 'Do any journalists, civil society groups or community groups regularly analyse or visualise the organisation’s figures?'
					},
					{
						vi: 'Có chương trình đào tạo kỹ năng dữ liệu cho nhà báo, tổ chức xã hội không? Do ai tổ chức?',
						en: 'Is there data-skills training for journalists or civil society? Who runs it?'
					},
					{
						vi: 'Cơ quan, địa phương có cung cấp số liệu và bối cảnh cho báo chí (họp báo, thông cáo kèm số liệu) không?',
						en: 'Does the organisation give the press figures and context (briefings, press releases with data)?'
					},
					{
						vi: 'Trở ngại chính đối với các trung gian thông tin là gì (thiếu dữ liệu, thiếu kỹ năng, e ngại khi sử dụng số liệu)?',
						en: 'What holds intermediaries back (no data, no skills, reluctance to use official figures)?'
					}
				],
				importance: 'high',
				descriptors: {
					red: {
						vi: 'Không xác định được cơ quan báo chí, tổ chức hay nhóm nào có khả năng hoặc quan tâm phân tích, truyền tải dữ liệu của cơ quan, địa phương.',
						en: 'No outlet, organisation or group can be found that could or would analyse and explain the organisation’s data.'
					},
					yellow: {
						vi: 'Báo chí thỉnh thoảng sử dụng số liệu, chủ yếu đăng lại thông cáo; có một vài nhóm hoặc cá nhân biết phân tích dữ liệu nhưng hoạt động rời rạc.',
						en: 'The press sometimes uses figures, mostly reprinting press releases; a few groups or individuals can analyse data but work in isolation.'
					},
					green: {
						vi: 'Có nhiều cơ quan báo chí, tổ chức xã hội, nhóm nghiên cứu thường xuyên phân tích, trực quan hóa dữ liệu của cơ quan, địa phương; có chương trình đào tạo kỹ năng dữ liệu đang được duy trì.',
						en: 'Several outlets, civil society groups and research teams regularly analyse and visualise the organisation’s data; data-skills training runs on an ongoing basis.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Lập danh sách các trung gian thông tin tiềm năng; cung cấp số liệu kèm giải thích cho báo chí; phối hợp với hội nhà báo, trường đại học tổ chức đào tạo kỹ năng khai thác dữ liệu.',
					en: 'List potential intermediaries; give the press data with explanations; work with the journalists’ association and universities on data-skills training.'
				},
				collectEvidence: {
					vi: 'Thu thập ví dụ bài báo, ấn phẩm phân tích số liệu của cơ quan, địa phương và phỏng vấn ít nhất một cơ quan báo chí và một tổ chức xã hội.',
					en: 'Collect articles or publications analysing the organisation’s figures, and interview at least one media outlet and one civil society group.'
				}
			},
			{
				code: 'OD-6.2',
				label: { vi: 'Thúc đẩy tái sử dụng dữ liệu', en: 'Promoting data reuse' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị đã làm gì để khuyến khích người dân, doanh nghiệp và lập trình viên tái sử dụng dữ liệu (cuộc thi ứng dụng, hackathon, hợp tác xây dựng ứng dụng, dịch vụ), và có thể làm thêm gì?',
					en: 'What has your organisation done to encourage citizens, businesses and developers to reuse its data (app competitions, hackathons, jointly built apps and services), and what more could it do?'
				},
				guidance: [
					{
						vi: 'Đã tổ chức hoặc tham gia cuộc thi, hackathon, ngày hội dữ liệu nào? Sản phẩm sau đó còn hoạt động không?',
						en: 'Which competitions, hackathons or data days has the organisation run or joined? Are the resulting products still running?'
					},
					{
						vi: 'Có dự án nào cùng doanh nghiệp, trường đại học, cộng đồng lập trình viên xây dựng ứng dụng, dịch vụ trên dữ liệu của cơ quan, địa phương không?',
						en: 'Has the organisation built apps or services on its data together with businesses, universities or developers?'
					},
					{
						vi: 'Có cung cấp API, tài liệu hướng dẫn, môi trường thử nghiệm cho nhà phát triển không?',
						en: 'Does it offer APIs, documentation or a test environment for developers?'
					},
					{
						vi: 'Cổng thông tin có giới thiệu các sản phẩm, câu chuyện tái sử dụng dữ liệu không?',
						en: 'Does its portal showcase products and stories of data reuse?'
					},
					{
						vi: 'Cơ quan, địa phương dự định làm gì trong một đến hai năm tới?',
						en: 'What does it plan to do in the next one to two years?'
					}
				],
				importance: 'high',
				descriptors: {
					red: {
						vi: 'Chưa có hoạt động nào khuyến khích tái sử dụng dữ liệu và chưa có kế hoạch.',
						en: 'Nothing has been done to encourage reuse of data, and nothing is planned.'
					},
					yellow: {
						vi: 'Đã có một vài hoạt động đơn lẻ (ví dụ một cuộc thi hoặc tham gia sự kiện của đơn vị khác) nhưng không có kết quả được duy trì; chưa có API hoặc tài liệu cho nhà phát triển.',
						en: 'There have been one-off activities (for example one competition, or joining someone else’s event) with nothing lasting; no APIs or developer documentation.'
					},
					green: {
						vi: 'Có hoạt động thúc đẩy tái sử dụng dữ liệu định kỳ, đã có ít nhất một ứng dụng hoặc dịch vụ được xây dựng cùng bên ngoài và đang được duy trì; nhà phát triển được cung cấp API và tài liệu hướng dẫn.',
						en: 'Reuse is promoted on a regular basis; at least one app or service built with outside partners is still maintained; developers get APIs and documentation.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Lập kế hoạch thúc đẩy tái sử dụng dữ liệu hằng năm: công bố API và tài liệu cho nhà phát triển, tổ chức hoặc đồng tổ chức cuộc thi dựa trên dữ liệu mở, và có cơ chế hỗ trợ duy trì các sản phẩm tốt.',
					en: 'Adopt an annual reuse plan: publish APIs and developer documentation, run or co-host a competition based on open data, and have a way to help good products survive.'
				},
				collectEvidence: {
					vi: 'Thu thập tài liệu về cuộc thi, hackathon, dự án hợp tác đã thực hiện và kết quả; kiểm tra cổng thông tin xem có API, tài liệu cho nhà phát triển không.',
					en: 'Collect records of past competitions, hackathons and partnerships and what came of them; check the portal for APIs and developer documentation.'
				}
			},
			{
				code: 'OD-6.3',
				label: { vi: 'Tương tác qua kênh số', en: 'Digital engagement' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị tương tác với người dân, doanh nghiệp qua mạng xã hội và các kênh số ở mức độ nào, và ý kiến nhận được có được xem xét khi ra quyết định không?',
					en: 'How much does your organisation engage with citizens and businesses through social media and other digital channels, and is what it hears taken into account in decisions?'
				},
				guidance: [
					{
						vi: 'Đang dùng những kênh nào: trang thông tin điện tử, mạng xã hội, ứng dụng di động, đường dây nóng, chức năng phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia?',
						en: 'Which channels are used: website, social media, mobile app, hotline, the feedback function of the National Public Service Portal?'
					},
					{
						vi: 'Có quy chế sử dụng mạng xã hội, phân công người trả lời và thời hạn phản hồi không?',
						en: 'Are there rules for social media, with named people to reply and response deadlines?'
					},
					{
						vi: 'Mỗi năm nhận và trả lời bao nhiêu phản ánh, kiến nghị qua kênh số? Kết quả xử lý có được công khai không?',
						en: 'How many pieces of feedback arrive and are answered through digital channels each year? Are the outcomes published?'
					},
					{
						vi: 'Có ví dụ cụ thể về một quyết định, chính sách được điều chỉnh nhờ ý kiến nhận được qua kênh số không?',
						en: 'Is there a concrete example of a decision or policy changed because of input received online?'
					},
					{
						vi: 'Khi giải trình với người dân, cơ quan, địa phương có dẫn số liệu không?',
						en: 'When the organisation explains itself to the public, does it back its case with data?'
					}
				],
				importance: 'medium',
				descriptors: {
					red: {
						vi: 'Kênh số chủ yếu dùng để đăng tin một chiều; phản ánh, kiến nghị qua mạng ít được trả lời và không có quy định về việc tiếp nhận, xử lý.',
						en: 'Digital channels are used mainly to broadcast; online feedback is seldom answered and there are no rules for handling it.'
					},
					yellow: {
						vi: 'Có kênh tiếp nhận phản ánh, kiến nghị và phần lớn được trả lời, nhưng ý kiến thu được hiếm khi được tổng hợp, phân tích để phục vụ ra quyết định.',
						en: 'Feedback channels exist and most messages get a reply, but the input is rarely compiled or analysed for decisions.'
					},
					green: {
						vi: 'Có quy chế tương tác qua kênh số với phân công và thời hạn rõ ràng; kết quả xử lý được công khai; ý kiến được tổng hợp định kỳ và có ví dụ chính sách, quyết định được điều chỉnh theo ý kiến đó.',
						en: 'Rules for digital engagement set clear responsibilities and deadlines; outcomes are published; input is compiled regularly and there are examples of policies or decisions changed because of it.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Ban hành hoặc cập nhật quy chế tương tác với người dân qua kênh số (phân công, thời hạn, công khai kết quả); tổng hợp ý kiến định kỳ và báo cáo lãnh đạo những ý kiến đã được tiếp thu.',
					en: 'Adopt or update rules for digital engagement (who replies, deadlines, publishing outcomes); compile input regularly and report to the leadership on what was acted on.'
				},
				collectEvidence: {
					vi: 'Thu thập quy chế tương tác, số liệu phản ánh, kiến nghị qua kênh số trong năm gần nhất và một ví dụ ý kiến đã được tiếp thu.',
					en: 'Collect the engagement rules, last year’s figures for online feedback, and one example of input that was acted on.'
				}
			},
			{
				code: 'OD-6.4',
				label: { vi: 'Nền kinh tế ứng dụng', en: 'Apps economy' },
				text: {
					vi: 'Nền kinh tế ứng dụng của Việt Nam phát triển đến đâu: người dân có thói quen sử dụng ứng dụng số không, đã có ứng dụng dựa trên dữ liệu nhà nước chưa và có doanh nghiệp kinh doanh dịch vụ dựa trên dữ liệu nhà nước không?',
					en: 'How developed is Vietnam’s apps economy: do people habitually use apps, are there apps built on government data, and do firms sell services based on government data?'
				},
				guidance: [
					{
						vi: 'Người dân dùng ứng dụng di động phổ biến cho những việc gì (thanh toán, đi lại, mua sắm, dịch vụ công)?',
						en: 'What do people commonly use mobile apps for (payments, transport, shopping, public services)?'
					},
					{
						vi: 'Có ứng dụng nào của doanh nghiệp hoặc cộng đồng dựa trên dữ liệu nhà nước (bản đồ, thời tiết, giao thông, thông tin doanh nghiệp, giá cả) không?',
						en: 'Are there business or community apps built on government data (maps, weather, transport, company information, prices)?'
					},
					{
						vi: 'Có doanh nghiệp bán dịch vụ dữ liệu, phân tích dựa trên dữ liệu nhà nước không?',
						en: 'Do firms sell data or analytics services based on government data?'
					},
					{
						vi: 'Doanh nghiệp khởi nghiệp có tiếp cận được vốn giai đoạn đầu (quỹ đầu tư, vườn ươm, chương trình hỗ trợ khởi nghiệp) không?',
						en: 'Can start-ups get early-stage finance (investment funds, incubators, start-up support programmes)?'
					},
					{
						vi: 'Dẫn nguồn số liệu từ báo cáo chính thức hoặc nghiên cứu có uy tín, ghi rõ năm.',
						en: 'Cite figures from official reports or reputable studies, with their year.'
					}
				],
				importance: 'medium_high',
				descriptors: {
					red: {
						vi: 'Người dân ít dùng ứng dụng số; hầu như không có doanh nghiệp phát triển ứng dụng hay dịch vụ dựa trên dữ liệu.',
						en: 'People make little use of apps; almost no firms build apps or services on data.'
					},
					yellow: {
						vi: 'Ứng dụng số được dùng rộng rãi và có nhiều doanh nghiệp phát triển ứng dụng, nhưng rất ít sản phẩm dựa trên dữ liệu nhà nước.',
						en: 'Apps are widely used and many firms build them, but very few products rely on government data.'
					},
					green: {
						vi: 'Ứng dụng số được dùng rộng rãi; có nhiều ứng dụng và doanh nghiệp đang khai thác dữ liệu nhà nước và thị trường này đang tăng trưởng; doanh nghiệp khởi nghiệp tiếp cận được vốn giai đoạn đầu.',
						en: 'Apps are in wide use; many apps and firms already exploit government data and that market is growing; start-ups can get early-stage finance.'
					}
				},
				scope: 'national',
				recommendation: {
					vi: 'Đưa dữ liệu mở vào các chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo và chuyển đổi số; ưu tiên công bố các tập dữ liệu có tiềm năng thương mại (bản đồ, giao thông, thời tiết, đăng ký doanh nghiệp).',
					en: 'Build open data into start-up, innovation and digital transformation support programmes; publish datasets with commercial potential first (maps, transport, weather, company registers).'
				},
				collectEvidence: {
					vi: 'Tổng hợp số liệu gần nhất về thị trường ứng dụng và hệ sinh thái khởi nghiệp từ nguồn chính thức hoặc nghiên cứu có uy tín; phỏng vấn hiệp hội ngành công nghệ số và một số doanh nghiệp khởi nghiệp.',
					en: 'Compile the latest figures on the apps market and start-up ecosystem from official or reputable sources; interview the digital industry association and a few start-ups.'
				}
			},
			{
				code: 'OD-6.5',
				label: { vi: 'Cộng đồng học thuật', en: 'Academic community' },
				text: {
					vi: 'Cộng đồng học thuật, nghiên cứu của Việt Nam có đủ năng lực đào tạo nhân lực kỹ thuật và phân tích dữ liệu không, và có gắn kết với cơ quan nhà nước không?',
					en: 'Does Vietnam’s academic and research community have the capacity to train technical people and analyse data, and does it work with government?'
				},
				guidance: [
					{
						vi: 'Mỗi năm có bao nhiêu sinh viên tốt nghiệp công nghệ thông tin, khoa học máy tính, khoa học dữ liệu (theo số liệu chính thức)?',
						en: 'How many graduates in IT, computer science and data science are there each year (official figures)?'
					},
					{
						vi: 'Có chương trình đào tạo thống kê, khoa học dữ liệu, hệ thống thông tin địa lý không?',
						en: 'Are there programmes in statistics, data science and geographic information systems?'
					},
					{
						vi: 'Trường đại học, viện nghiên cứu có hợp tác với cơ quan nhà nước hoặc doanh nghiệp trong các dự án dữ liệu không?',
						en: 'Do universities and research institutes work with government or businesses on data projects?'
					},
					{
						vi: 'Chương trình giáo dục phổ thông có nội dung tin học, kỹ năng số ở mức nào?',
						en: 'How much IT and digital skills content is in the school curriculum?'
					},
					{
						vi: 'Nhà nghiên cứu có gặp khó khăn khi tiếp cận dữ liệu nhà nước không?',
						en: 'Do researchers struggle to get access to government data?'
					}
				],
				importance: 'medium',
				descriptors: {
					red: {
						vi: 'Đào tạo kỹ thuật, thống kê còn yếu và ít người tốt nghiệp; trường đại học hầu như không hợp tác với cơ quan nhà nước hay doanh nghiệp về dữ liệu.',
						en: 'Technical and statistics education is weak with few graduates; universities hardly work with government or business on data.'
					},
					yellow: {
						vi: 'Số sinh viên tốt nghiệp các ngành kỹ thuật đáng kể, nhưng nghiên cứu và hợp tác với cơ quan nhà nước, doanh nghiệp về dữ liệu còn hạn chế.',
						en: 'Technical graduates are numerous, but research and collaboration on data with government and industry are limited.'
					},
					green: {
						vi: 'Nhiều trường đào tạo công nghệ thông tin, thống kê, khoa học dữ liệu; trường đại học có nghiên cứu và các dự án dữ liệu cụ thể với cơ quan nhà nước, doanh nghiệp; nội dung kỹ năng số có trong chương trình phổ thông.',
						en: 'Many institutions teach IT, statistics and data science; universities do research and run concrete data projects with government and industry; digital skills are part of the school curriculum.'
					}
				},
				scope: 'national',
				recommendation: {
					vi: 'Thiết lập hợp tác giữa cơ quan nhà nước và trường đại học về dữ liệu (thực tập, đề tài nghiên cứu dùng dữ liệu mở, hỗ trợ phân tích), và tạo điều kiện để nhà nghiên cứu tiếp cận dữ liệu nhà nước.',
					en: 'Set up government–university partnerships on data (internships, research using open data, analytical support) and make it easier for researchers to access government data.'
				},
				collectEvidence: {
					vi: 'Thu thập số liệu chính thức gần nhất về sinh viên tốt nghiệp các ngành kỹ thuật và danh sách trường có chương trình khoa học dữ liệu, thống kê; phỏng vấn ít nhất một trường đại học kỹ thuật.',
					en: 'Collect the latest official figures on technical graduates and a list of institutions teaching data science and statistics; interview at least one technical university.'
				}
			}
		]
	},

	// ------------------------------------------------------------------ OD-7 Funding an open data programme
	{
		code: 'OD-7',
		title: { vi: 'Nguồn lực tài chính cho chương trình dữ liệu mở', en: 'Funding an open data programme' },
		shortTitle: { vi: 'Kinh phí', en: 'Funding' },
		importance: 'medium_high',
		context: {
			vi: 'Ở Việt Nam, chi cho công nghệ thông tin và chuyển đổi số của bộ, ngành, địa phương chủ yếu từ ngân sách nhà nước (vốn đầu tư công và chi thường xuyên) và phải được đưa vào kế hoạch, dự toán từ trước; dữ liệu mở hiếm khi có nguồn kinh phí riêng mà thường nằm trong các dự án chuyển đổi số, xây dựng cơ sở dữ liệu. Nghị quyết 57-NQ/TW (2024) yêu cầu tăng và ưu tiên ngân sách cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, tạo cơ hội bố trí nguồn lực cho dữ liệu mở. Khía cạnh này xem xét khả năng bố trí kinh phí, nhân lực cho giai đoạn đầu và thành tích đầu tư cho đổi mới sáng tạo.',
			en: 'In Vietnam, ministries and provinces pay for IT and digital transformation mainly from the state budget (public investment and recurrent spending), which must be planned and budgeted in advance; open data seldom has its own budget line and usually sits inside digital transformation or database projects. Resolution 57-NQ/TW (2024) calls for more and prioritised budget for science, technology, innovation and digital transformation, which opens a way to fund open data. This dimension looks at whether money and staff can be found for a first phase, and at the record of investing in innovation.'
		},
		evidence: [
			{
				code: 'OD-7.E1',
				polarity: '+',
				text: {
					vi: 'Đã có nguồn lực cho những năm đầu của chương trình, kể cả cổng dữ liệu mở.',
					en: 'Resources are available for the first years of the programme, including the portal.'
				}
			},
			{
				code: 'OD-7.E2',
				polarity: '+',
				text: {
					vi: 'Đã có phân tích về hiệu quả đầu tư (lợi ích tài chính hoặc lợi ích xã hội).',
					en: 'Some thought has been given to the return on investment (financial or social).'
				}
			},
			{
				code: 'OD-7.E3',
				polarity: '+',
				text: {
					vi: 'Đã xác định kinh phí cho các ứng dụng, dịch vụ số ưu tiên.',
					en: 'Funding has been identified for priority apps and digital services.'
				}
			},
			{
				code: 'OD-7.E4',
				polarity: '+',
				text: {
					vi: 'Đã có các quỹ hoặc nguồn tài trợ cho đổi mới sáng tạo.',
					en: 'Innovation funds or grant schemes already exist.'
				}
			},
			{
				code: 'OD-7.E5',
				polarity: '+',
				text: {
					vi: 'Các đơn vị nắm giữ dữ liệu quan trọng có chương trình đào tạo công nghệ thông tin và đội ngũ cán bộ có kỹ năng.',
					en: 'Key data-holding units have IT training and a pool of skilled staff.'
				}
			},
			{
				code: 'OD-7.E6',
				polarity: '-',
				text: {
					vi: 'Chưa từng bố trí kinh phí cho việc mở rộng tiếp cận dữ liệu.',
					en: 'There is no history of funding access to data.'
				}
			},
			{
				code: 'OD-7.E7',
				polarity: '-',
				text: {
					vi: 'Không có đầu tư trực tiếp cho đổi mới sáng tạo, doanh nghiệp nhỏ và vừa hay ngành công nghệ thông tin.',
					en: 'No direct investment in innovation, small businesses or the ICT industry.'
				}
			},
			{
				code: 'OD-7.E8',
				polarity: '-',
				text: {
					vi: 'Chưa từng đầu tư cho dịch vụ công trực tuyến hay chính quyền điện tử.',
					en: 'No investment has ever been made in online services or e-government.'
				}
			}
		],
		coreIssues: [
			{
				code: 'OD-7.C1',
				text: {
					vi: 'Có nguồn lực và nhân sự cho chương trình dữ liệu mở.',
					en: 'Resources and people are available for the open data programme.'
				},
				questions: ['OD-7.1', 'OD-7.2']
			},
			{
				code: 'OD-7.C2',
				text: {
					vi: 'Có kinh phí nhà nước cho hạ tầng công nghệ thông tin và đào tạo.',
					en: 'Government funding is available for ICT infrastructure and training.'
				},
				questions: ['OD-7.3']
			},
			{
				code: 'OD-7.C3',
				text: {
					vi: 'Có thành tích đầu tư cho đổi mới sáng tạo.',
					en: 'There is a record of investing in innovation.'
				},
				questions: ['OD-7.4']
			}
		],
		green: {
			required: ['OD-7.C1', 'OD-7.C3'],
			minAdditionalMet: 0,
			text: {
				vi: 'XANH khi đã xác định được một số nguồn lực và nhân sự ban đầu cho chương trình (vấn đề cốt lõi 1) và có thành tích đầu tư cho đổi mới sáng tạo (vấn đề cốt lõi 3).',
				en: 'GREEN when some initial resources and staff for the programme have been identified (core issue 1) and there is a record of investing in innovation (core issue 3).'
			}
		},
		redTriggers: [
			{
				code: 'OD-7.R1',
				text: {
					vi: 'Không có dấu hiệu nào về kinh phí cho dữ liệu mở, kể cả dự kiến.',
					en: 'No sign of any budget for open data, not even a planned one.'
				}
			},
			{
				code: 'OD-7.R2',
				text: {
					vi: 'Chưa giao cho cán bộ, đơn vị nào phụ trách dữ liệu mở, kể cả kiêm nhiệm.',
					en: 'Nobody – no unit, no official, not even part-time – is assigned to open data.'
				}
			},
			{
				code: 'OD-7.R3',
				text: {
					vi: 'Không có đầu tư đáng kể nào cho đổi mới sáng tạo, khởi nghiệp.',
					en: 'No meaningful investment in innovation or entrepreneurship.'
				}
			}
		],
		typical: {
			green: [
				{
					vi: 'Đã xác định nguồn kinh phí cho giai đoạn đầu (trong dự án, nhiệm vụ chuyển đổi số hoặc dự toán) và phân công nhân sự.',
					en: 'Funding for a first phase has been identified (in a digital transformation project or task, or in the budget) and staff assigned.'
				},
				{
					vi: 'Có thành tích đầu tư cho đổi mới sáng tạo (quỹ, chương trình hỗ trợ khởi nghiệp, đặt hàng giải pháp công nghệ).',
					en: 'A record of investing in innovation (funds, start-up support, commissioning technology solutions).'
				},
				{
					vi: 'Đã có lập luận về hiệu quả đầu tư để trình cấp có thẩm quyền.',
					en: 'A case for the return on investment has been made to decision-makers.'
				}
			],
			yellow: [
				{
					vi: 'Sẵn sàng xem xét bố trí kinh phí nhưng chưa có cam kết.',
					en: 'Willing to consider budgeting, but nothing committed.'
				},
				{
					vi: 'Đã có một số cán bộ ban đầu.',
					en: 'Some initial staff in place.'
				},
				{
					vi: 'Có đầu tư cho đổi mới sáng tạo dù còn khó khăn về ngân sách.',
					en: 'Some investment in innovation despite budget constraints.'
				},
				{
					vi: 'Hạ tầng đáp ứng được nhưng ít đào tạo.',
					en: 'Adequate infrastructure but little training.'
				}
			],
			red: [
				{
					vi: 'Không có dấu hiệu về kinh phí hay nhóm cán bộ chuyên trách.',
					en: 'No sign of a budget or a dedicated team.'
				},
				{
					vi: 'Không có đầu tư đáng kể cho đổi mới sáng tạo, khởi nghiệp.',
					en: 'No meaningful investment in innovation or entrepreneurship.'
				},
				{
					vi: 'Chưa từng bố trí kinh phí cho việc cung cấp, chia sẻ dữ liệu.',
					en: 'No history of funding data provision or sharing.'
				}
			]
		},
		target: 'green',
		recommendation: {
			vi: 'Đưa các hoạt động dữ liệu mở (cổng dữ liệu, chuẩn hóa, công bố, thúc đẩy tái sử dụng) vào kế hoạch chuyển đổi số và dự toán ngân sách của cơ quan, địa phương; giao đơn vị, cán bộ phụ trách; gắn dữ liệu mở với các chương trình hỗ trợ đổi mới sáng tạo hiện có.',
			en: 'Put open data activities (portal, standardisation, publication, promoting reuse) into the organisation’s digital transformation plan and budget; assign a unit and staff; link open data to existing innovation support programmes.'
		},
		collectEvidence: {
			vi: 'Thu thập kế hoạch chuyển đổi số, kế hoạch đầu tư công trung hạn và dự toán năm gần nhất có liên quan đến dữ liệu, cùng quyết định phân công đơn vị, cán bộ phụ trách.',
			en: 'Collect the digital transformation plan, the medium-term public investment plan and the latest budget items related to data, and the decision assigning responsible units and staff.'
		},
		questions: [
			{
				code: 'OD-7.1',
				label: { vi: 'Kinh phí giai đoạn đầu', en: 'Funding the first phase' },
				text: {
					vi: 'Giai đoạn đầu của chương trình dữ liệu mở tại cơ quan, địa phương anh/chị có thể được bố trí kinh phí từ nguồn nào, và ai cần quyết định?',
					en: 'Where could the money for a first phase of an open data programme in your organisation come from, and who has to decide?'
				},
				guidance: [
					{
						vi: 'Có dự án, nhiệm vụ chuyển đổi số, xây dựng cơ sở dữ liệu hoặc cổng thông tin đang triển khai có thể lồng ghép hoạt động dữ liệu mở không?',
						en: 'Could open data work be folded into a current digital transformation, database or portal project?'
					},
					{
						vi: 'Kinh phí cho dữ liệu mở đã có trong kế hoạch đầu tư công trung hạn hoặc dự toán hằng năm chưa?',
						en: 'Is open data already in the medium-term public investment plan or the annual budget?'
					},
					{
						vi: 'Đối tác phát triển, nhà tài trợ nào quan tâm hỗ trợ?',
						en: 'Which development partners or donors are interested in supporting it?'
					},
					{
						vi: 'Đã có phân tích lợi ích – chi phí hoặc lập luận về hiệu quả (tài chính, xã hội) chưa?',
						en: 'Has anyone made a cost–benefit analysis or a business case (financial or social)?'
					},
					{
						vi: 'Cần thuyết phục ai: lãnh đạo cơ quan, cơ quan tài chính, Hội đồng nhân dân (đối với địa phương)?',
						en: 'Who must be convinced: the organisation’s leadership, the finance authorities, the People’s Council (for a province)?'
					}
				],
				importance: 'very_high',
				descriptors: {
					red: {
						vi: 'Chưa xác định được nguồn kinh phí nào và chưa có ai đề xuất; dữ liệu mở không có trong kế hoạch, dự án nào.',
						en: 'No source of money has been identified and nobody has proposed one; open data appears in no plan or project.'
					},
					yellow: {
						vi: 'Đã xác định được nguồn có thể sử dụng (dự án đang triển khai, đối tác phát triển) và lãnh đạo sẵn sàng xem xét, nhưng chưa có quyết định bố trí kinh phí.',
						en: 'Possible sources have been identified (a running project, a development partner) and leaders are willing to consider them, but no funding decision has been made.'
					},
					green: {
						vi: 'Kinh phí cho giai đoạn đầu (kể cả cổng dữ liệu) đã được phê duyệt trong dự án, kế hoạch hoặc dự toán, với nội dung và đơn vị thực hiện cụ thể, dựa trên lập luận về hiệu quả.',
						en: 'Funding for a first phase (portal included) has been approved in a project, plan or budget, with defined content and a delivering unit, backed by a business case.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Lập đề xuất kinh phí cho giai đoạn đầu (cổng dữ liệu, chuẩn hóa và công bố các tập dữ liệu ưu tiên) kèm phân tích lợi ích; lồng ghép vào dự án chuyển đổi số sẵn có hoặc dự toán năm tới và trình lãnh đạo phê duyệt.',
					en: 'Draft a funding proposal for a first phase (portal, standardising and publishing priority datasets) with a benefit case; fold it into an existing digital transformation project or next year’s budget and put it to the leadership for approval.'
				},
				collectEvidence: {
					vi: 'Thu thập kế hoạch chuyển đổi số, danh mục dự án công nghệ thông tin và dự toán liên quan; phỏng vấn đơn vị kế hoạch – tài chính của cơ quan, địa phương.',
					en: 'Collect the digital transformation plan, the list of IT projects and related budget lines; interview the organisation’s planning and finance unit.'
				}
			},
			{
				code: 'OD-7.2',
				label: { vi: 'Nguồn lực cho ứng dụng đầu tiên', en: 'Resources for first apps' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị đã xác định được nguồn lực cho các ứng dụng, dịch vụ số đầu tiên sử dụng dữ liệu mở chưa?',
					en: 'Has your organisation identified resources for the first apps and digital services that will use open data?'
				},
				guidance: [
					{
						vi: 'Những ứng dụng, dịch vụ nào có thể xây dựng sớm trên dữ liệu mở (tra cứu, bản đồ, theo dõi ngân sách, chất lượng môi trường)?',
						en: 'Which apps or services could be built early on open data (look-ups, maps, budget tracking, environmental quality)?'
					},
					{
						vi: 'Kinh phí và đơn vị thực hiện đã được xác định chưa (ngân sách, đặt hàng, hợp tác với doanh nghiệp)?',
						en: 'Have funding and a delivering unit been identified (budget, commissioning, partnership with firms)?'
					},
					{
						vi: 'Có thể dùng hình thức thuê dịch vụ công nghệ thông tin hoặc đặt hàng doanh nghiệp, trường đại học không?',
						en: 'Could IT services be hired, or work commissioned from firms or universities?'
					},
					{
						vi: 'Có kế hoạch vận hành, duy trì sau khi đưa vào sử dụng không?',
						en: 'Is there a plan to run and maintain them after launch?'
					}
				],
				importance: 'high',
				descriptors: {
					red: {
						vi: 'Chưa xác định ứng dụng, dịch vụ nào và chưa có nguồn lực cho việc này.',
						en: 'No apps or services have been identified and there are no resources for them.'
					},
					yellow: {
						vi: 'Đã có ý tưởng về ứng dụng, dịch vụ ưu tiên nhưng chưa có kinh phí hoặc đơn vị thực hiện.',
						en: 'Priority apps or services have been suggested but have no funding or delivering unit.'
					},
					green: {
						vi: 'Đã có danh sách ứng dụng, dịch vụ ưu tiên với kinh phí, đơn vị thực hiện và kế hoạch vận hành được phê duyệt.',
						en: 'There is a list of priority apps or services with approved funding, a delivering unit and a plan for running them.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Chọn hai đến ba ứng dụng, dịch vụ ưu tiên dựa trên nhu cầu người dùng; xác định kinh phí, hình thức thực hiện (tự làm, thuê dịch vụ, đặt hàng) và đơn vị vận hành.',
					en: 'Pick two or three priority apps or services based on user demand; settle funding, delivery model (in-house, hired service, commissioned) and who will run them.'
				},
				collectEvidence: {
					vi: 'Thu thập danh sách ứng dụng, dịch vụ số dự kiến và văn bản bố trí kinh phí liên quan, nếu có.',
					en: 'Collect the list of planned apps and digital services and any related funding decisions.'
				}
			},
			{
				code: 'OD-7.3',
				label: { vi: 'Kinh phí hạ tầng và kỹ năng', en: 'Infrastructure and skills funding' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị có kinh phí cho hạ tầng công nghệ thông tin và kỹ năng cần thiết để vận hành chương trình dữ liệu mở không?',
					en: 'Does your organisation have funding for the ICT infrastructure and skills needed to run an open data programme?'
				},
				guidance: [
					{
						vi: 'Có thể dùng hạ tầng dùng chung (trung tâm dữ liệu, điện toán đám mây của cơ quan nhà nước, Cổng dữ liệu quốc gia) thay vì đầu tư riêng không?',
						en: 'Could shared infrastructure (government data centres and cloud, the National Data Portal) be used instead of building separately?'
					},
					{
						vi: 'Có cán bộ chuyên trách hoặc kiêm nhiệm về dữ liệu không? Có chế độ để thu hút, giữ chân chuyên gia không?',
						en: 'Are there full-time or part-time data staff? Are there ways to attract and keep specialists?'
					},
					{
						vi: 'Có kinh phí đào tạo kỹ năng quản lý, chuẩn hóa, công bố dữ liệu cho cán bộ các đơn vị nắm giữ dữ liệu không?',
						en: 'Is there money to train staff in data-holding units to manage, standardise and publish data?'
					},
					{
						vi: 'Chi phí thuê nhà cung cấp (phát triển, vận hành, lưu trữ) được dự tính như thế nào?',
						en: 'How are vendor costs (development, operation, hosting) estimated?'
					}
				],
				importance: 'medium_high',
				descriptors: {
					red: {
						vi: 'Không có kinh phí cho hạ tầng hay đào tạo liên quan đến dữ liệu; không có cán bộ có kỹ năng dữ liệu.',
						en: 'No funding for data-related infrastructure or training; no staff with data skills.'
					},
					yellow: {
						vi: 'Hạ tầng cơ bản đáp ứng được (hoặc dùng được hạ tầng dùng chung) nhưng hầu như không có kinh phí đào tạo và chưa có cán bộ chuyên trách về dữ liệu.',
						en: 'Basic infrastructure is adequate (or shared infrastructure can be used) but there is hardly any training budget and no dedicated data staff.'
					},
					green: {
						vi: 'Sử dụng hạ tầng dùng chung hoặc có kinh phí hạ tầng được bố trí; có cán bộ chuyên trách về dữ liệu và kế hoạch đào tạo có kinh phí cho các đơn vị nắm giữ dữ liệu.',
						en: 'Shared infrastructure is used or infrastructure funding is allocated; there are dedicated data staff and a funded training plan for data-holding units.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Ưu tiên sử dụng hạ tầng dùng chung thay vì đầu tư riêng; bố trí kinh phí đào tạo kỹ năng dữ liệu hằng năm và giao cán bộ chuyên trách hoặc kiêm nhiệm về dữ liệu tại các đơn vị nắm giữ dữ liệu quan trọng.',
					en: 'Use shared infrastructure rather than building separately; budget for data-skills training every year and assign full- or part-time data staff in the key data-holding units.'
				},
				collectEvidence: {
					vi: 'Thu thập dự toán chi cho hạ tầng công nghệ thông tin và đào tạo năm gần nhất, danh sách cán bộ phụ trách dữ liệu và kế hoạch đào tạo.',
					en: 'Collect last year’s budget for ICT infrastructure and training, the list of data staff and the training plan.'
				}
			},
			{
				code: 'OD-7.4',
				label: { vi: 'Cơ chế tài trợ đổi mới sáng tạo', en: 'Innovation funding' },
				text: {
					vi: 'Cơ quan, địa phương anh/chị có những cơ chế tài chính nào hỗ trợ đổi mới sáng tạo (quỹ, chương trình hỗ trợ khởi nghiệp và doanh nghiệp nhỏ và vừa, hợp tác công tư về công nghệ) có thể dùng cho việc tái sử dụng dữ liệu mở?',
					en: 'What funding mechanisms for innovation does your organisation have (funds, start-up and small-business programmes, technology public–private partnerships) that could support reuse of open data?'
				},
				guidance: [
					{
						vi: 'Có quỹ phát triển khoa học và công nghệ, quỹ hoặc chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo do cơ quan, địa phương quản lý hoặc có thể tiếp cận không?',
						en: 'Is there a science and technology development fund, or a start-up and innovation fund or programme, that the organisation runs or can draw on?'
					},
					{
						vi: 'Có chương trình hỗ trợ doanh nghiệp nhỏ và vừa, vườn ươm, trung tâm đổi mới sáng tạo không?',
						en: 'Are there programmes for small businesses, incubators or innovation centres?'
					},
					{
						vi: 'Có hỗ trợ nâng cao năng lực cho tổ chức xã hội, cộng đồng công nghệ không?',
						en: 'Is there support for building the capacity of civil society and the tech community?'
					},
					{
						vi: 'Đã thực hiện dự án hợp tác công tư về công nghệ nào? Kết quả ra sao?',
						en: 'Which technology public–private partnerships have been carried out, and with what results?'
					},
					{
						vi: 'Trong ba năm gần đây đã thực chi cho các hoạt động này như thế nào?',
						en: 'What has actually been spent on these in the last three years?'
					}
				],
				importance: 'medium_high',
				descriptors: {
					red: {
						vi: 'Không có cơ chế hay khoản chi nào cho đổi mới sáng tạo, khởi nghiệp trong những năm gần đây.',
						en: 'No mechanism or spending for innovation or start-ups in recent years.'
					},
					yellow: {
						vi: 'Có quỹ hoặc chương trình hỗ trợ đổi mới sáng tạo nhưng quy mô nhỏ, giải ngân ít, chưa gắn với dữ liệu hay dịch vụ số.',
						en: 'An innovation fund or programme exists but it is small, disburses little and has no link to data or digital services.'
					},
					green: {
						vi: 'Có quỹ, chương trình hỗ trợ đổi mới sáng tạo đang hoạt động với khoản chi thực tế trong ba năm gần đây, đã tài trợ cho sản phẩm, dịch vụ số và có thể mở rộng cho việc tái sử dụng dữ liệu mở.',
						en: 'Innovation funds or programmes are active with actual spending in the last three years, have financed digital products or services, and could be opened to reuse of open data.'
					}
				},
				scope: 'organisation',
				recommendation: {
					vi: 'Bổ sung nội dung tái sử dụng dữ liệu mở vào các quỹ, chương trình hỗ trợ đổi mới sáng tạo, khởi nghiệp hiện có (ví dụ đặt hàng giải pháp dựa trên dữ liệu mở).',
					en: 'Add reuse of open data to existing innovation and start-up funds and programmes (for example, commissioning solutions built on open data).'
				},
				collectEvidence: {
					vi: 'Thu thập danh sách quỹ, chương trình hỗ trợ đổi mới sáng tạo, khởi nghiệp và số liệu giải ngân ba năm gần nhất.',
					en: 'Collect the list of innovation and start-up funds and programmes, and their disbursements over the last three years.'
				}
			}
		]
	},

	// ------------------------------------------------------------------ OD-8 National technology and skills infrastructure
	{
		code: 'OD-8',
		title: {
			vi: 'Hạ tầng công nghệ và kỹ năng số quốc gia',
			en: 'National technology and skills infrastructure'
		},
		shortTitle: { vi: 'Hạ tầng và kỹ năng', en: 'Infrastructure and skills' },
		importance: 'high',
		context: {
			vi: 'Việt Nam có mạng di động băng rộng phủ gần như toàn quốc, tỷ lệ sử dụng điện thoại thông minh và Internet cao, một ngành công nghiệp phần mềm, dịch vụ công nghệ thông tin lớn và nhiều nhà cung cấp trung tâm dữ liệu, điện toán đám mây trong nước. Các nền tảng dùng chung như Cổng Dịch vụ công quốc gia, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) và hệ thống định danh, xác thực điện tử (VNeID) đã vận hành, nhưng nhiều hệ thống thông tin của bộ, ngành, địa phương chưa kết nối liên thông đầy đủ và khoảng cách số giữa đô thị với nông thôn, miền núi vẫn còn. Các câu hỏi của khía cạnh này là thông tin chung của cả nước, do đoàn đánh giá trả lời một lần cho mỗi đợt; riêng vấn đề cốt lõi về mức độ trưởng thành công nghệ thông tin của khu vực nhà nước được xem xét thêm qua việc cơ quan, địa phương sử dụng hạ tầng dùng chung.',
			en: 'Vietnam has mobile broadband covering almost the whole country, high smartphone and internet use, a large software and IT services industry, and several domestic data-centre and cloud providers. Shared platforms such as the National Public Service Portal, the National Data Integration and Sharing Platform (NDXP) and the electronic identification system (VNeID) are in operation, but many ministry and provincial systems are not yet fully interoperable, and a digital divide between cities and rural and mountain areas remains. The questions here are facts about the country, answered once per round by the assessors; the core issue on the maturity of government ICT is also judged from how the organisation uses shared infrastructure.'
		},
		evidence: [
			{
				code: 'OD-8.E1',
				polarity: '+',
				text: {
					vi: 'Cơ quan nhà nước đã sử dụng hạ tầng, dịch vụ công nghệ thông tin dùng chung.',
					en: 'Government already uses shared ICT infrastructure and services.'
				}
			},
			{
				code: 'OD-8.E2',
				polarity: '+',
				text: {
					vi: 'Phần lớn cơ quan, đơn vị đã có mặt trên môi trường mạng.',
					en: 'Most agencies are online.'
				}
			},
			{
				code: 'OD-8.E3',
				polarity: '+',
				text: {
					vi: 'Các cơ quan cung cấp dịch vụ công trực tuyến, kể cả trên thiết bị di động.',
					en: 'Agencies offer online services, including on mobile.'
				}
			},
			{
				code: 'OD-8.E4',
				polarity: '+',
				text: {
					vi: 'Tỷ lệ sử dụng Internet ở mức cao (phương pháp gốc lấy mốc tham chiếu là trên 40% dân số).',
					en: 'Internet use is robust (the method’s benchmark is above 40% of the population).'
				}
			},
			{
				code: 'OD-8.E5',
				polarity: '-',
				text: {
					vi: 'Hạ tầng cơ bản còn thiếu, chất lượng kém hoặc chi phí cao.',
					en: 'Basic infrastructure is missing, poor or expensive.'
				}
			},
			{
				code: 'OD-8.E6',
				polarity: '-',
				text: {
					vi: 'Một bộ phận lớn người dân không đủ khả năng chi trả cho Internet băng rộng.',
					en: 'Broadband is unaffordable for a large share of the population.'
				}
			},
			{
				code: 'OD-8.E7',
				polarity: '-',
				text: {
					vi: 'Ngành công nghệ thông tin, phần mềm trong nước có quy mô nhỏ.',
					en: 'The local ICT and software industry is small.'
				}
			}
		],
		coreIssues: [
			{
				code: 'OD-8.C1',
				text: {
					vi: 'Hệ sinh thái công nghệ thông tin, truyền thông và kỹ năng nói chung.',
					en: 'The overall ICT ecosystem and skills.'
				},
				questions: ['OD-8.1', 'OD-8.4']
			},
			{
				code: 'OD-8.C2',
				text: {
					vi: 'Khả năng tiếp cận Internet tốc độ cao và mạng di động.',
					en: 'Access to high-speed internet and mobile networks.'
				},
				questions: ['OD-8.2', 'OD-8.1']
			},
			{
				code: 'OD-8.C3',
				text: {
					vi: 'Mức độ trưởng thành công nghệ thông tin của khu vực nhà nước, kể cả hạ tầng dùng chung.',
					en: 'Maturity of government ICT, including shared infrastructure.'
				},
				questions: ['OD-8.3', 'OD-8.1']
			},
			{
				code: 'OD-8.C4',
				text: {
					vi: 'Trình độ tin học, kỹ năng số của người dân.',
					en: 'ICT literacy of the population.'
				},
				questions: ['OD-8.1', 'OD-8.4']
			},
			{
				code: 'OD-8.C5',
				text: {
					vi: 'Sức mạnh của ngành công nghệ thông tin, cộng đồng lập trình viên và kỹ năng số.',
					en: 'Strength of the ICT industry, the developer community and digital literacy.'
				},
				questions: ['OD-8.4']
			}
		],
		green: {
			required: ['OD-8.C2', 'OD-8.C3'],
			minAdditionalMet: 2,
			text: {
				vi: 'Theo phương pháp gốc, các phát hiện điển hình ở mức XANH gồm: Internet tốc độ cao phổ biến (khoảng một nửa dân số) không chỉ ở đô thị, kỹ năng tin học lan rộng ra ngoài đô thị, hệ thống thông tin của nhà nước liên thông với nhau và hệ sinh thái khởi nghiệp sôi động. Cách áp dụng trong bộ câu hỏi này: bắt buộc đạt vấn đề cốt lõi 2 (tiếp cận Internet tốc độ cao) và vấn đề cốt lõi 3 (mức độ trưởng thành công nghệ thông tin của khu vực nhà nước) – hai điều kiện tiên quyết để triển khai và đưa dữ liệu mở đến người dùng – và thêm ít nhất hai trong ba vấn đề còn lại (hệ sinh thái và kỹ năng chung, kỹ năng số của người dân, ngành công nghệ thông tin), tức là đạt bốn trên năm vấn đề.',
				en: 'The rubric’s typical GREEN findings are widespread high-speed access (around half the population) beyond the cities, IT literacy beyond the cities, interoperable government systems and a vibrant start-up scene. As applied here: core issue 2 (access to high-speed internet) and core issue 3 (maturity of government ICT) are required – the preconditions for running a programme and reaching users – plus at least two of the other three issues (overall ecosystem and skills, population ICT literacy, ICT industry), i.e. four of the five issues met.'
			}
		},
		redTriggers: [
			{
				code: 'OD-8.R1',
				text: {
					vi: 'Phần lớn người dân không có hoặc không đủ khả năng chi trả cho truy cập Internet.',
					en: 'Internet access is unavailable or unaffordable for most people.'
				}
			},
			{
				code: 'OD-8.R2',
				text: {
					vi: 'Không có hạ tầng dùng chung trong khu vực nhà nước và đầu tư cho công nghệ thông tin thấp.',
					en: 'Government has no shared infrastructure and invests little in ICT.'
				}
			},
			{
				code: 'OD-8.R3',
				text: {
					vi: 'Kỹ năng số của lãnh đạo, cán bộ, công chức yếu.',
					en: 'Digital literacy among leaders and civil servants is weak.'
				}
			},
			{
				code: 'OD-8.R4',
				text: {
					vi: 'Hầu như không có cộng đồng lập trình viên và trình độ tin học rất thấp, kể cả ở đô thị.',
					en: 'There is almost no developer community and ICT literacy is very low, even in cities.'
				}
			}
		],
		typical: {
			green: [
				{
					vi: 'Internet tốc độ cao phổ biến (khoảng một nửa dân số trở lên), không chỉ ở đô thị.',
					en: 'High-speed internet is widespread (around half the population or more), not only in cities.'
				},
				{
					vi: 'Kỹ năng tin học lan rộng ra ngoài các đô thị.',
					en: 'IT literacy reaches beyond the cities.'
				},
				{
					vi: 'Hệ thống thông tin quản lý của các cơ quan nhà nước kết nối, liên thông với nhau.',
					en: 'Government management information systems interoperate.'
				},
				{
					vi: 'Hệ sinh thái khởi nghiệp công nghệ sôi động.',
					en: 'A vibrant tech start-up scene.'
				}
			],
			yellow: [
				{
					vi: 'Truy cập Internet tốc độ cao còn hạn chế nhưng đang tăng và ngày càng rẻ; di động phổ biến, giá hợp lý.',
					en: 'High-speed access is limited but growing and becoming affordable; mobile use is high and affordable.'
				},
				{
					vi: 'Nhiều hệ thống thông tin chưa liên thông; đã có kế hoạch sử dụng dịch vụ dùng chung.',
					en: 'Many information systems do not interoperate; shared services are planned.'
				},
				{
					vi: 'Khoảng cách số giữa đô thị và nông thôn đang được thu hẹp.',
					en: 'The urban–rural divide is being addressed.'
				},
				{
					vi: 'Cộng đồng lập trình viên nhỏ nhưng thực chất.',
					en: 'A small but real developer community.'
				}
			],
			red: [
				{
					vi: 'Phần lớn người dân không có hoặc không đủ khả năng chi trả cho Internet.',
					en: 'Internet is unavailable or unaffordable for most people.'
				},
				{
					vi: 'Không có hạ tầng dùng chung, đầu tư công nghệ thông tin thấp.',
					en: 'No shared infrastructure and low ICT investment.'
				},
				{
					vi: 'Kỹ năng số của lãnh đạo, cán bộ, công chức yếu; không có cộng đồng lập trình viên.',
					en: 'Weak digital literacy among leaders and civil servants; no developer community.'
				}
			]
		},
		target: 'green',
		recommendation: {
			vi: 'Tận dụng hạ tầng và nền tảng dùng chung (trung tâm dữ liệu, điện toán đám mây, NDXP, Cổng dữ liệu quốc gia) cho dữ liệu mở; ưu tiên định dạng, kênh phù hợp với thiết bị di động; phối hợp với các chương trình phổ cập kỹ năng số để người dân ở nông thôn, miền núi cũng khai thác được dữ liệu.',
			en: 'Use shared infrastructure and platforms (data centres, cloud, the NDXP, the National Data Portal) for open data; favour formats and channels that work on mobile; work with digital-skills programmes so that people in rural and mountain areas can also use the data.'
		},
		collectEvidence: {
			vi: 'Tổng hợp số liệu chính thức gần nhất về phủ sóng, tỷ lệ sử dụng và giá cước Internet, số liệu ITU, danh sách nhà cung cấp Internet, di động, điện toán đám mây và báo cáo về kết nối các hệ thống qua NDXP; ghi rõ nguồn và năm.',
			en: 'Compile the latest official figures on internet coverage, use and prices, ITU data, the list of internet, mobile and cloud providers, and reports on system connections through the NDXP; note source and year.'
		},
		questions: [
			{
				code: 'OD-8.1',
				label: { vi: 'Hệ sinh thái và độ phủ', en: 'ICT ecosystem and reach' },
				text: {
					vi: 'Hệ sinh thái công nghệ thông tin, truyền thông của Việt Nam ra sao, các kênh công nghệ (web, điện thoại thông minh, tin nhắn SMS, mạng xã hội) đến được với bao nhiêu người dân, và khoảng cách số thể hiện ở đâu?',
					en: 'What does Vietnam’s ICT ecosystem look like, what share of people do the different channels (web, smartphone, SMS, social media) reach, and where is the digital divide?'
				},
				guidance: [
					{
						vi: 'Theo số liệu chính thức gần nhất (cơ quan thống kê, Bộ Khoa học và Công nghệ, ITU), tỷ lệ người dân sử dụng Internet, điện thoại thông minh, tài khoản định danh điện tử là bao nhiêu?',
						en: 'What share of people use the internet, smartphones and electronic identity accounts, according to the latest official figures (the statistics authority, the Ministry of Science and Technology, ITU)?'
					},
					{
						vi: 'Kênh nào tiếp cận hiệu quả nhất người dân nông thôn, miền núi, người cao tuổi, đồng bào dân tộc thiểu số?',
						en: 'Which channels best reach people in rural and mountain areas, older people and ethnic minorities?'
					},
					{
						vi: 'Khoảng cách số giữa đô thị và nông thôn, giữa các vùng, theo giới tính và độ tuổi thể hiện như thế nào?',
						en: 'How large is the digital divide between town and country, between regions, and by gender and age?'
					},
					{
						vi: 'Các chương trình thu hẹp khoảng cách số (ví dụ tổ công nghệ số cộng đồng) đã đạt được đến đâu?',
						en: 'How far have programmes to close the divide (for example community digital technology teams) got?'
					}
				],
				importance: 'high',
				descriptors: {
					red: {
						vi: 'Phần lớn người dân chưa sử dụng Internet hay điện thoại thông minh; các kênh số chỉ đến được với một nhóm nhỏ ở đô thị.',
						en: 'Most people do not use the internet or smartphones; digital channels reach only a small urban group.'
					},
					yellow: {
						vi: 'Điện thoại di động phổ biến nhưng Internet và điện thoại thông minh còn tập trung ở đô thị; khoảng cách số rõ rệt giữa các vùng và nhóm dân cư, dù đang được thu hẹp.',
						en: 'Mobile phones are common, but internet and smartphone use is concentrated in cities; the divide between regions and groups is clear, though narrowing.'
					},
					green: {
						vi: 'Phần lớn người dân ở cả đô thị và nông thôn sử dụng Internet và điện thoại thông minh; có số liệu chính thức theo dõi khoảng cách số và chương trình thu hẹp đang vận hành trên toàn quốc.',
						en: 'Most people in both town and country use the internet and smartphones; official data tracks the divide and nationwide programmes to narrow it are running.'
					}
				},
				scope: 'national',
				recommendation: {
					vi: 'Thiết kế việc công bố và truyền thông dữ liệu mở theo các kênh mà phần lớn người dân đang dùng (di động, mạng xã hội), kèm hình thức trình bày dễ hiểu cho nhóm yếu thế về kỹ năng số.',
					en: 'Design open data publication and outreach around the channels most people use (mobile, social media), with simple presentations for groups with weaker digital skills.'
				},
				collectEvidence: {
					vi: 'Tổng hợp số liệu chính thức gần nhất về sử dụng Internet, điện thoại thông minh và khoảng cách số (ghi nguồn, năm).',
					en: 'Compile the latest official figures on internet and smartphone use and the digital divide (with source and year).'
				}
			},
			{
				code: 'OD-8.2',
				label: { vi: 'Truy cập và chi phí Internet', en: 'Internet access and cost' },
				text: {
					vi: 'Mức độ phủ sóng, tỷ lệ sử dụng và chi phí truy cập Internet băng rộng cố định và di động ở Việt Nam so với thu nhập của người dân như thế nào?',
					en: 'How wide are fixed and mobile broadband coverage and take-up in Vietnam, and what does access cost relative to people’s incomes?'
				},
				guidance: [
					{
						vi: 'Vùng phủ sóng 4G, 5G và cáp quang đến hộ gia đình đạt mức nào? Còn thôn, bản nào chưa có sóng di động?',
						en: 'What is the coverage of 4G, 5G and fibre to the home? Are there villages with no mobile signal?'
					},
					{
						vi: 'Số thuê bao băng rộng cố định và di động trên 100 dân là bao nhiêu?',
						en: 'How many fixed and mobile broadband subscriptions are there per 100 people?'
					},
					{
						vi: 'Giá các gói cước phổ biến so với thu nhập bình quân ra sao (theo số liệu của ITU hoặc nguồn chính thức)?',
						en: 'What do common data plans cost relative to average income (ITU or official figures)?'
					},
					{
						vi: 'Kết quả gần nhất của Việt Nam trong Chỉ số phát triển công nghệ thông tin và truyền thông (ICT Development Index) của ITU như thế nào?',
						en: 'What is Vietnam’s latest result in the ITU ICT Development Index?'
					},
					{
						vi: 'Tốc độ và chất lượng truy cập thực tế ở nông thôn, miền núi ra sao?',
						en: 'What speed and quality do people actually get in rural and mountain areas?'
					}
				],
				importance: 'high',
				descriptors: {
					red: {
						vi: 'Phần lớn người dân không có Internet hoặc không đủ khả năng chi trả; băng rộng chỉ có ở một số đô thị.',
						en: 'Most people have no internet access or cannot afford it; broadband exists only in some cities.'
					},
					yellow: {
						vi: 'Di động phổ biến, giá hợp lý; băng rộng tốc độ cao còn hạn chế ngoài đô thị nhưng đang mở rộng và giảm giá.',
						en: 'Mobile is widespread and affordable; high-speed broadband is limited outside cities but spreading and getting cheaper.'
					},
					green: {
						vi: 'Internet tốc độ cao (cố định hoặc di động) phủ rộng cả đô thị và nông thôn, được khoảng một nửa dân số trở lên sử dụng, với giá cước phù hợp thu nhập của đa số người dân.',
						en: 'High-speed internet (fixed or mobile) covers town and country, is used by around half the population or more, and is priced within reach of most people.'
					}
				},
				scope: 'national',
				recommendation: {
					vi: 'Bảo đảm dữ liệu mở và dịch vụ dựa trên dữ liệu dùng tốt trên đường truyền di động (tệp gọn nhẹ, giao diện di động), đồng thời theo dõi và hỗ trợ các chính sách phổ cập băng rộng cho vùng khó khăn.',
					en: 'Make sure open data and data-based services work well over mobile connections (light files, mobile-friendly pages), and follow and support broadband policies for disadvantaged areas.'
				},
				collectEvidence: {
					vi: 'Thu thập số liệu gần nhất của ITU và cơ quan quản lý viễn thông về phủ sóng, thuê bao, giá cước, và danh sách nhà cung cấp Internet, di động.',
					en: 'Collect the latest ITU and telecom regulator figures on coverage, subscriptions and prices, and the list of internet and mobile providers.'
				}
			},
			{
				code: 'OD-8.3',
				label: { vi: 'Lưu trữ và điện toán đám mây', en: 'Hosting and cloud' },
				text: {
					vi: 'Dịch vụ lưu trữ, máy chủ ảo và điện toán đám mây (trong nước và quốc tế) ở Việt Nam đáp ứng nhu cầu của cơ quan nhà nước và người dùng dữ liệu đến mức nào?',
					en: 'How well do hosting, virtual server and cloud services (domestic and international) in Vietnam meet the needs of government and data users?'
				},
				guidance: [
					{
						vi: 'Những nhà cung cấp trung tâm dữ liệu, điện toán đám mây trong nước nào đang phục vụ cơ quan nhà nước?',
						en: 'Which domestic data-centre and cloud providers serve government?'
					},
					{
						vi: 'Trung tâm dữ liệu quốc gia và các nền tảng điện toán đám mây dùng chung cho cơ quan nhà nước đã sẵn sàng phục vụ chưa? Bộ, ngành, địa phương đã sử dụng đến đâu?',
						en: 'Are the National Data Centre and shared government cloud platforms ready for use? How far do ministries and provinces use them?'
					},
					{
						vi: 'Quy định về an toàn thông tin, bảo đảm an toàn hệ thống thông tin theo cấp độ và lưu trữ dữ liệu trong nước ảnh hưởng thế nào đến việc lựa chọn hạ tầng?',
						en: 'How do security rules, information-system security levels and in-country data storage requirements affect infrastructure choices?'
					},
					{
						vi: 'Chi phí và thủ tục thuê dịch vụ điện toán đám mây đối với cơ quan nhà nước ra sao?',
						en: 'What do cloud services cost government, and how hard is it to procure them?'
					},
					{
						vi: 'Hệ thống thông tin của các cơ quan đã kết nối, chia sẻ dữ liệu qua NDXP ở mức nào?',
						en: 'How far are agencies’ systems connected and sharing data through the NDXP?'
					}
				],
				importance: 'medium_high',
				descriptors: {
					red: {
						vi: 'Dịch vụ lưu trữ, điện toán đám mây trong nước rất hạn chế hoặc chi phí quá cao; cơ quan nhà nước tự vận hành máy chủ riêng lẻ, không có hạ tầng dùng chung.',
						en: 'Domestic hosting and cloud are scarce or too expensive; agencies run their own scattered servers with no shared infrastructure.'
					},
					yellow: {
						vi: 'Có nhiều nhà cung cấp trong nước và đã có hạ tầng dùng chung, nhưng nhiều cơ quan vẫn đầu tư riêng; việc thuê dịch vụ còn vướng thủ tục; kết nối qua NDXP chưa đầy đủ.',
						en: 'Several domestic providers exist and shared infrastructure is available, but many agencies still build their own; procurement is cumbersome; NDXP connections are incomplete.'
					},
					green: {
						vi: 'Dịch vụ lưu trữ, điện toán đám mây đáp ứng yêu cầu an toàn thông tin sẵn có với giá cạnh tranh; phần lớn bộ, ngành, địa phương dùng hạ tầng dùng chung và hệ thống thông tin được kết nối, chia sẻ qua NDXP.',
						en: 'Hosting and cloud meeting security requirements are available at competitive prices; most ministries and provinces use shared infrastructure and their systems connect and share data through the NDXP.'
					}
				},
				scope: 'national',
				recommendation: {
					vi: 'Đặt cổng dữ liệu mở và kho dữ liệu công bố trên hạ tầng dùng chung đạt yêu cầu an toàn thông tin; đơn giản hóa thủ tục thuê dịch vụ điện toán đám mây cho cơ quan nhà nước.',
					en: 'Host the open data portal and published data on shared infrastructure that meets security requirements; simplify how agencies procure cloud services.'
				},
				collectEvidence: {
					vi: 'Thu thập danh sách nhà cung cấp điện toán đám mây đang phục vụ cơ quan nhà nước, báo cáo gần nhất về sử dụng hạ tầng dùng chung và kết nối qua NDXP.',
					en: 'Collect the list of cloud providers serving government and the latest reports on use of shared infrastructure and NDXP connections.'
				}
			},
			{
				code: 'OD-8.4',
				label: { vi: 'Ngành CNTT và kỹ năng số', en: 'IT industry and skills' },
				text: {
					vi: 'Ngành công nghệ thông tin, cộng đồng lập trình viên và kỹ năng số của người dân Việt Nam mạnh đến đâu?',
					en: 'How strong are Vietnam’s IT industry, its developer community and the population’s digital skills?'
				},
				guidance: [
					{
						vi: 'Quy mô ngành công nghiệp công nghệ số, gia công phần mềm và số doanh nghiệp công nghệ số (theo số liệu chính thức) là bao nhiêu?',
						en: 'How large is the digital technology and software outsourcing industry, and how many digital technology firms are there (official figures)?'
					},
					{
						vi: 'Cộng đồng khởi nghiệp, hiệp hội ngành nghề, nhóm lập trình viên, cộng đồng mã nguồn mở hoạt động ra sao?',
						en: 'How active are the start-up scene, industry associations, developer groups and open-source communities?'
					},
					{
						vi: 'Kỹ năng Internet và kỹ năng dữ liệu của người dân, cán bộ, công chức (các chương trình phổ cập kỹ năng số, đào tạo trực tuyến) ở mức nào?',
						en: 'What internet and data skills do citizens and civil servants have (digital-skills and online training programmes)?'
					},
					{
						vi: 'Trình độ học vấn chung của người dân ra sao?',
						en: 'What is the general level of education?'
					},
					{
						vi: 'Doanh nghiệp và cơ quan nhà nước có tuyển được đủ nhân lực về dữ liệu không?',
						en: 'Can businesses and government recruit enough data specialists?'
					}
				],
				importance: 'high',
				descriptors: {
					red: {
						vi: 'Ngành công nghệ thông tin nhỏ, hầu như không có cộng đồng lập trình viên; kỹ năng số của người dân và cán bộ, công chức rất thấp.',
						en: 'The IT industry is small with almost no developer community; digital skills among citizens and civil servants are very low.'
					},
					yellow: {
						vi: 'Có ngành công nghệ thông tin và cộng đồng lập trình viên thực chất, chủ yếu ở các đô thị lớn; kỹ năng số của người dân không đồng đều; thiếu nhân lực về dữ liệu.',
						en: 'There is a real IT industry and developer community, mostly in the big cities; digital skills are uneven; data specialists are scarce.'
					},
					green: {
						vi: 'Ngành công nghệ thông tin lớn, có cả gia công và sản phẩm trong nước; cộng đồng lập trình viên, khởi nghiệp sôi động; kỹ năng số được phổ cập rộng rãi, kể cả ngoài đô thị.',
						en: 'A large IT industry with both outsourcing and home-grown products; a lively developer and start-up community; digital skills are widespread, including outside the cities.'
					}
				},
				scope: 'national',
				recommendation: {
					vi: 'Huy động doanh nghiệp công nghệ số, hiệp hội ngành nghề và cộng đồng lập trình viên tham gia khai thác dữ liệu mở; lồng ghép kỹ năng sử dụng dữ liệu vào các chương trình phổ cập kỹ năng số cho người dân và cán bộ, công chức.',
					en: 'Bring digital technology firms, industry associations and developers into using open data; build data skills into digital-skills programmes for citizens and civil servants.'
				},
				collectEvidence: {
					vi: 'Thu thập số liệu chính thức gần nhất về ngành công nghiệp công nghệ số và kỹ năng số; phỏng vấn hiệp hội phần mềm, dịch vụ công nghệ thông tin và đại diện cộng đồng lập trình viên.',
					en: 'Collect the latest official figures on the digital industry and digital skills; interview the software and IT services association and representatives of the developer community.'
				}
			}
		]
	}
];
