import type { OdDimensionInput } from '../schema';

/**
 * OD-2 Policy / legal framework (ODRA 3.1, dimension 2), paraphrased and adapted to Vietnam by Sẵn Sàng.
 * The laws exist at national level; the questions ask how the organisation applies them. Core issues follow
 * the method's order: (i) access to information, (ii) privacy, (iii) security and archiving,
 * (iv) anonymisation, (v) ownership and licensing, (vi) sale of data.
 */
export const d2: OdDimensionInput = {
	code: 'OD-2',
	title: { vi: 'Khung chính sách và pháp lý', en: 'Policy and legal framework' },
	shortTitle: { vi: 'Chính sách, pháp lý', en: 'Policy and law' },
	importance: 'high',
	context: {
		vi: 'Dữ liệu mở chỉ bền vững khi quyền tiếp cận thông tin, bảo vệ dữ liệu cá nhân, an toàn thông tin, quyền sở hữu và điều kiện sử dụng dữ liệu đều rõ ràng và được thực thi. Việt Nam đã có Luật Tiếp cận thông tin (2016), pháp luật về an toàn thông tin mạng và an ninh mạng, Luật Giao dịch điện tử (2023), Luật Dữ liệu (2024) và Luật Bảo vệ dữ liệu cá nhân (2025); điều cần đánh giá là cơ quan, địa phương vận dụng các quy định đó thế nào khi chia sẻ và công bố dữ liệu. Khía cạnh này cũng xem xét việc thu phí, bán dữ liệu và những quy định chuyên ngành có thể hạn chế việc mở dữ liệu.',
		en: 'Open data is sustainable only when access to information, personal data protection, information security, ownership and terms of use are all clear and enforced. Vietnam has the Law on Access to Information (2016), laws on network information security and cybersecurity, the Law on Electronic Transactions (2023), the Law on Data (2024) and the Law on Personal Data Protection (2025); what needs assessing is how the organisation applies them when it shares and publishes data. The dimension also looks at charging for and selling data, and at sector rules that may restrict release.'
	},
	evidence: [
		{
			code: 'OD-2.E1',
			polarity: '+',
			text: {
				vi: 'Cơ quan, địa phương thực hiện Luật Tiếp cận thông tin một cách thực chất: có quy chế cung cấp thông tin, đầu mối cung cấp thông tin ở các đơn vị và danh mục thông tin phải công khai.',
				en: 'The organisation applies the Law on Access to Information in substance: it has rules on providing information, information focal points across its units and a list of information to be disclosed.'
			}
		},
		{
			code: 'OD-2.E2',
			polarity: '+',
			text: {
				vi: 'Có thực tế cung cấp thông tin theo yêu cầu, kể cả những thông tin được dư luận, báo chí quan tâm.',
				en: 'There is a record of providing information on request, including information of public or press interest.'
			}
		},
		{
			code: 'OD-2.E3',
			polarity: '+',
			text: {
				vi: 'Dữ liệu cá nhân được bảo vệ bằng các biện pháp cụ thể đang được áp dụng (phân công trách nhiệm, quy trình xử lý, đánh giá tác động) theo pháp luật về bảo vệ dữ liệu cá nhân.',
				en: 'Personal data is protected by concrete safeguards in actual use (assigned responsibilities, processing procedures, impact assessments) under personal data protection law.'
			}
		},
		{
			code: 'OD-2.E4',
			polarity: '+',
			text: {
				vi: 'Các đơn vị nắm giữ dữ liệu chủ chốt, nhất là đơn vị làm công tác thống kê, có quy định về ẩn danh hóa hoặc tổng hợp dữ liệu trước khi công bố.',
				en: 'Key data-holding units, the statistics function in particular, have rules for anonymising or aggregating data before release.'
			}
		},
		{
			code: 'OD-2.E5',
			polarity: '-',
			text: {
				vi: 'Cổng, trang thông tin điện tử hoặc dữ liệu của cơ quan, địa phương kèm điều kiện sử dụng hạn chế (cấm sao chép, cấm sử dụng vào mục đích thương mại, phải xin phép).',
				en: 'The organisation’s portals, websites or data carry restrictive terms of use (no copying, no commercial use, permission required).'
			}
		},
		{
			code: 'OD-2.E6',
			polarity: '-',
			text: {
				vi: 'Một số đơn vị có thỏa thuận độc quyền cung cấp hoặc khai thác dữ liệu với doanh nghiệp.',
				en: 'Some units have exclusive arrangements with companies to supply or exploit their data.'
			}
		}
	],
	coreIssues: [
		{
			code: 'OD-2.C1',
			text: {
				vi: 'Luật Tiếp cận thông tin được thực hiện hiệu quả tại cơ quan, địa phương.',
				en: 'The Law on Access to Information works effectively in the organisation.'
			},
			questions: ['OD-2.2']
		},
		{
			code: 'OD-2.C2',
			text: {
				vi: 'Dữ liệu cá nhân được bảo vệ trên thực tế.',
				en: 'Personal privacy is protected in practice.'
			},
			questions: ['OD-2.1']
		},
		{
			code: 'OD-2.C3',
			text: {
				vi: 'An toàn hệ thống thông tin, lưu trữ và bảo quản dữ liệu số được bảo đảm cả về quy định và thực tế.',
				en: 'Information-system security, archiving and digital preservation are covered in rules and in practice.'
			},
			questions: ['OD-2.3', 'OD-2.6']
		},
		{
			code: 'OD-2.C4',
			text: {
				vi: 'Ẩn danh hóa, tổng hợp dữ liệu được áp dụng trước khi công bố.',
				en: 'Anonymisation or aggregation is applied before data is released.'
			},
			questions: ['OD-2.1']
		},
		{
			code: 'OD-2.C5',
			text: {
				vi: 'Quyền sở hữu và điều kiện sử dụng (cấp phép) đối với dữ liệu rõ ràng, cho phép tái sử dụng.',
				en: 'Ownership of the data and its terms of use (licensing) are clear and allow reuse.'
			},
			questions: ['OD-2.4', 'OD-2.6']
		},
		{
			code: 'OD-2.C6',
			text: {
				vi: 'Dữ liệu không bị bán hoặc thu phí vượt quá chi phí cung cấp.',
				en: 'Data is not sold, nor charged for above the cost of providing it.'
			},
			questions: ['OD-2.5']
		}
	],
	green: {
		required: ['OD-2.C1', 'OD-2.C2', 'OD-2.C4'],
		minAdditionalMet: 1,
		text: {
			vi: 'XANH khi Luật Tiếp cận thông tin được thực hiện hiệu quả (vấn đề cốt lõi 1), dữ liệu cá nhân được bảo vệ (2) và ẩn danh hóa được áp dụng (4), cộng thêm ít nhất một yếu tố thuận lợi khác như quyền sở hữu dữ liệu rõ ràng, điều kiện sử dụng thông thoáng hoặc chính sách cung cấp dữ liệu miễn phí.',
			en: 'GREEN requires an access-to-information law that works (core issue 1), protection of personal privacy (2) and anonymisation in use (4), plus at least one further positive factor such as clear data ownership, liberal terms of use or a policy of free data.'
		}
	},
	redTriggers: [
		{
			code: 'OD-2.R1',
			text: {
				vi: 'Cơ quan, địa phương chưa tổ chức thực hiện Luật Tiếp cận thông tin: không có quy chế, đầu mối hay danh mục thông tin phải công khai.',
				en: 'The organisation has not put the Law on Access to Information into effect: there are no rules, focal points or disclosure list.'
			}
		},
		{
			code: 'OD-2.R2',
			text: {
				vi: 'Dữ liệu cá nhân được xử lý, chia sẻ mà không có biện pháp bảo vệ theo quy định của pháp luật.',
				en: 'Personal data is processed and shared without the safeguards the law requires.'
			}
		},
		{
			code: 'OD-2.R3',
			text: {
				vi: 'Không có quy trình chuẩn về ẩn danh hóa hoặc tổng hợp dữ liệu trước khi chia sẻ, công bố.',
				en: 'There is no standard practice of anonymising or aggregating data before it is shared or published.'
			}
		},
		{
			code: 'OD-2.R4',
			text: {
				vi: 'Bán dữ liệu là phổ biến và không có quy định chung nào ngăn chặn.',
				en: 'Selling data is common and no organisation-wide rule prevents it.'
			}
		}
	],
	typical: {
		green: [
			{
				vi: 'Đầu mối cung cấp thông tin hoạt động; yêu cầu cung cấp thông tin được trả lời đúng hạn, kể cả yêu cầu về vấn đề nhạy cảm.',
				en: 'Information focal points are active; requests for information are answered on time, including requests on sensitive matters.'
			},
			{
				vi: 'An toàn hệ thống thông tin được bảo đảm theo cấp độ cả trên văn bản và trong thực tế; có quy định lưu trữ dữ liệu số.',
				en: 'Information-system security is ensured by security level both on paper and in practice; there are rules for archiving digital data.'
			},
			{
				vi: 'Dữ liệu công bố được phép tái sử dụng tự do, kể cả vì mục đích thương mại, chỉ yêu cầu ghi nguồn.',
				en: 'Published data may be reused freely, including commercially, with attribution as the only condition.'
			},
			{
				vi: 'Quy định về sở hữu trí tuệ đối với dữ liệu nhà nước không cản trở việc mở dữ liệu; quy định về bí mật nhà nước được áp dụng đúng phạm vi.',
				en: 'Intellectual-property rules on government data keep datasets open; state-secrets rules are applied within their proper scope.'
			},
			{
				vi: 'Dữ liệu được cung cấp miễn phí.',
				en: 'Data is provided free of charge.'
			}
		],
		yellow: [
			{
				vi: 'Các quy định về tiếp cận thông tin và bảo vệ dữ liệu cá nhân đã có trong văn bản nhưng việc thực hiện ở các đơn vị chưa đồng đều.',
				en: 'Access-to-information and privacy protections exist in written rules, but units apply them unevenly.'
			},
			{
				vi: 'Một số đơn vị thu phí cung cấp dữ liệu nhưng không vượt quá chi phí sao chép, truyền tải.',
				en: 'A few units charge for data, but no more than the cost of copying and delivery.'
			},
			{
				vi: 'Quyền sở hữu và điều kiện sử dụng dữ liệu chưa được quy định thống nhất; mỗi đơn vị áp dụng một cách.',
				en: 'Ownership and terms of use are not set consistently; each unit does it its own way.'
			}
		],
		red: [
			{
				vi: 'Không có quy định chung nào ngăn việc bán dữ liệu.',
				en: 'No organisation-wide rule stops units from selling data.'
			},
			{
				vi: 'Quy định về bí mật được viện dẫn rộng rãi để từ chối cung cấp dữ liệu.',
				en: 'Secrecy rules are invoked widely to refuse to provide data.'
			},
			{
				vi: 'Phần lớn các đơn vị áp dụng điều kiện sử dụng hạn chế.',
				en: 'Most units impose restrictive terms of use.'
			},
			{
				vi: 'Không có quy định xác định quyền sở hữu trí tuệ đối với dữ liệu do cơ quan nhà nước tạo ra.',
				en: 'There is no framework setting out intellectual-property rights in data created by government.'
			}
		]
	},
	target: 'green',
	recommendation: {
		vi: 'Đơn vị pháp chế chủ trì, phối hợp đơn vị chuyên trách chuyển đổi số rà soát việc thực hiện các quy định về tiếp cận thông tin, bảo vệ dữ liệu cá nhân, ẩn danh hóa, quyền sở hữu và điều kiện sử dụng dữ liệu; ban hành các quy chế nội bộ còn thiếu và đề nghị một rà soát pháp lý chính thức do chuyên gia pháp lý có trình độ thực hiện.',
		en: 'The legal affairs unit, with the digital transformation unit, reviews how the rules on access to information, personal data protection, anonymisation, ownership and terms of use are applied; issues the internal rules that are missing; and commissions a formal legal review by qualified counsel.'
	},
	collectEvidence: {
		vi: 'Thu thập các quy chế nội bộ về cung cấp thông tin, bảo vệ dữ liệu cá nhân, an toàn thông tin, điều kiện sử dụng dữ liệu và danh sách các khoản thu từ dữ liệu; phỏng vấn đơn vị pháp chế.',
		en: 'Collect the internal rules on providing information, personal data protection, information security and terms of use, and a list of charges made for data; interview the legal affairs unit.'
	},
	questions: [
		{
			code: 'OD-2.1',
			label: { vi: 'Bảo vệ dữ liệu cá nhân', en: 'Privacy protection' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị bảo vệ dữ liệu cá nhân như thế nào theo pháp luật về bảo vệ dữ liệu cá nhân, kể cả việc ẩn danh hóa dữ liệu trước khi công bố?',
				en: 'How does your organisation protect personal data under the personal data protection law, including anonymising data before it is released?'
			},
			guidance: [
				{
					vi: 'Đơn vị, cá nhân nào chịu trách nhiệm bảo vệ dữ liệu cá nhân? Đã ban hành quy chế, quy trình nội bộ theo Luật Bảo vệ dữ liệu cá nhân (2025) và các văn bản hướng dẫn chưa?',
					en: 'Which unit or person is responsible for personal data protection? Have internal rules and procedures been issued under the Law on Personal Data Protection (2025) and its implementing regulations?'
				},
				{
					vi: 'Các hệ thống lớn có hồ sơ đánh giá tác động xử lý dữ liệu cá nhân không?',
					en: 'Do the major systems have a personal data processing impact assessment?'
				},
				{
					vi: 'Có quy định hoặc hướng dẫn bắt buộc ẩn danh hóa, tổng hợp dữ liệu trước khi chia sẻ, công bố không?',
					en: 'Is there a rule or guideline requiring data to be anonymised or aggregated before it is shared or published?'
				},
				{
					vi: 'Đã từng xảy ra sự cố lộ, lọt dữ liệu cá nhân chưa? Đã xử lý thế nào?',
					en: 'Has personal data ever leaked? How was it handled?'
				},
				{
					vi: 'Cơ quan có thẩm quyền đã kiểm tra hoặc xử lý vi phạm về dữ liệu cá nhân tại đơn vị nào chưa?',
					en: 'Has the competent authority inspected any unit, or sanctioned a breach, concerning personal data?'
				}
			],
			importance: 'very_high',
			descriptors: {
				red: {
					vi: 'Chưa phân công trách nhiệm và chưa có quy trình bảo vệ dữ liệu cá nhân; dữ liệu chứa thông tin cá nhân đôi khi bị chia sẻ, đăng tải mà không được ẩn danh hóa.',
					en: 'No one is responsible and there is no procedure for protecting personal data; data containing personal information is sometimes shared or posted without being anonymised.'
				},
				yellow: {
					vi: 'Đã có quy chế và người phụ trách nhưng áp dụng chưa đồng đều; ẩn danh hóa được thực hiện theo từng trường hợp, chưa có hướng dẫn chung.',
					en: 'Rules and a responsible person exist but are applied unevenly; anonymisation is done case by case without common guidance.'
				},
				green: {
					vi: 'Có quy chế, người phụ trách, đánh giá tác động cho các hệ thống lớn và quy định bắt buộc ẩn danh hóa hoặc tổng hợp trước khi công bố, được áp dụng trên thực tế.',
					en: 'Rules, a responsible person, impact assessments for the major systems and a mandatory anonymisation or aggregation step before release are all in place and applied.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Lãnh đạo giao đơn vị pháp chế phối hợp đơn vị công nghệ thông tin ban hành quy chế bảo vệ dữ liệu cá nhân và hướng dẫn ẩn danh hóa trước khi công bố, đồng thời tập huấn cho cán bộ các đơn vị nắm giữ dữ liệu.',
				en: 'The leadership tasks the legal affairs unit and the IT unit with issuing personal data protection rules and an anonymisation-before-release guideline, and with training staff in the data-holding units.'
			},
			collectEvidence: {
				vi: 'Thu thập quy chế bảo vệ dữ liệu cá nhân, quyết định phân công, hồ sơ đánh giá tác động và các hướng dẫn ẩn danh hóa; phỏng vấn đơn vị pháp chế và đơn vị công nghệ thông tin.',
				en: 'Collect the personal data protection rules, the decision assigning responsibility, impact assessments and any anonymisation guidelines; interview the legal affairs and IT units.'
			}
		},
		{
			code: 'OD-2.2',
			label: { vi: 'Quyền tiếp cận thông tin', en: 'Access to information' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị bảo đảm quyền tiếp cận thông tin của công dân theo Luật Tiếp cận thông tin như thế nào, và trên thực tế bao nhiêu thông tin được công khai, cung cấp?',
				en: 'How does your organisation give effect to citizens’ right of access to information under the Law on Access to Information, and how much information is actually disclosed or provided?'
			},
			guidance: [
				{
					vi: 'Đã có quy chế cung cấp thông tin và đã xác định đơn vị, đầu mối cung cấp thông tin chưa?',
					en: 'Are there rules on providing information, and have the responsible unit and focal points been designated?'
				},
				{
					vi: 'Danh mục thông tin phải công khai có được lập, cập nhật và đăng trên cổng thông tin điện tử không?',
					en: 'Is the list of information to be disclosed drawn up, kept current and posted on the web portal?'
				},
				{
					vi: 'Mỗi năm nhận bao nhiêu yêu cầu cung cấp thông tin, đã trả lời bao nhiêu, từ chối bao nhiêu và vì lý do gì?',
					en: 'How many requests for information arrive each year, how many are answered, how many refused, and on what grounds?'
				},
				{
					vi: 'Người yêu cầu có được khiếu nại khi bị từ chối không? Cơ chế này đã từng được sử dụng chưa?',
					en: 'Can requesters complain when refused? Has that route ever been used?'
				},
				{
					vi: 'Thông tin công khai có ở dạng dữ liệu tải về được, hay chỉ là văn bản, thông báo?',
					en: 'Is disclosed information available as downloadable data, or only as documents and notices?'
				}
			],
			importance: 'very_high',
			descriptors: {
				red: {
					vi: 'Chưa có quy chế, đầu mối hay danh mục thông tin phải công khai; yêu cầu cung cấp thông tin không được ghi nhận hoặc hầu như không được trả lời.',
					en: 'There are no rules, focal points or disclosure list; requests for information are not logged or are hardly ever answered.'
				},
				yellow: {
					vi: 'Đã có quy chế, đầu mối và chuyên mục công khai thông tin nhưng nội dung ít được cập nhật; yêu cầu cung cấp thông tin được trả lời chậm hoặc không đầy đủ.',
					en: 'Rules, focal points and a disclosure section exist but are rarely updated; requests are answered late or incompletely.'
				},
				green: {
					vi: 'Quy chế, đầu mối và danh mục thông tin phải công khai đầy đủ, cập nhật; yêu cầu được theo dõi và trả lời đúng hạn, kể cả yêu cầu về vấn đề được dư luận quan tâm.',
					en: 'Rules, focal points and the disclosure list are complete and current; requests are logged and answered on time, including those on matters of public interest.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Văn phòng (đơn vị đầu mối cung cấp thông tin) rà soát, cập nhật quy chế và danh mục thông tin phải công khai, lập sổ theo dõi yêu cầu và báo cáo định kỳ số yêu cầu đã tiếp nhận, trả lời, từ chối.',
				en: 'The Office (as the information focal unit) reviews and updates the rules and the disclosure list, keeps a register of requests, and reports regularly on how many were received, answered and refused.'
			},
			collectEvidence: {
				vi: 'Thu thập quy chế cung cấp thông tin, quyết định cử đầu mối, danh mục thông tin phải công khai, sổ theo dõi hoặc báo cáo về yêu cầu cung cấp thông tin; kiểm tra chuyên mục công khai trên cổng thông tin điện tử.',
				en: 'Collect the information-provision rules, the decision naming focal points, the disclosure list and any register or report on requests; check the disclosure section of the web portal.'
			}
		},
		{
			code: 'OD-2.3',
			label: { vi: 'An toàn và lưu trữ dữ liệu', en: 'Security and archiving' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị bảo đảm an toàn hệ thống thông tin, lưu trữ và bảo quản lâu dài dữ liệu số như thế nào, cả về quy định và thực tế?',
				en: 'How does your organisation secure its information systems and archive and preserve digital data, in its rules and in practice?'
			},
			guidance: [
				{
					vi: 'Các hệ thống thông tin đã được phê duyệt cấp độ và triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ chưa?',
					en: 'Have the information systems had their security levels approved, with protection measures in place for each level?'
				},
				{
					vi: 'Đơn vị nào chịu trách nhiệm về an toàn thông tin và lưu trữ? Có quy trình sao lưu, phục hồi và lưu trữ dài hạn dữ liệu số không?',
					en: 'Which units are responsible for information security and archiving? Are there procedures for back-up, recovery and long-term retention of digital data?'
				},
				{
					vi: 'Tài liệu, dữ liệu số có được nộp lưu và bảo quản theo quy định của pháp luật về lưu trữ không?',
					en: 'Are digital records and data transferred to and kept in archives as archives law requires?'
				},
				{
					vi: 'Đã từng xảy ra sự cố mất dữ liệu hoặc tấn công mạng chưa? Đã xử lý và rút kinh nghiệm ra sao?',
					en: 'Has data ever been lost, or a system attacked? How was it handled and what was learned?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Phần lớn hệ thống chưa được xác định cấp độ an toàn; không có quy trình sao lưu hay lưu trữ dữ liệu số.',
					en: 'Most systems have no approved security level; there is no back-up or digital archiving procedure.'
				},
				yellow: {
					vi: 'Một số hệ thống quan trọng đã được phê duyệt cấp độ và có sao lưu, nhưng việc lưu trữ dài hạn dữ liệu số chưa được quy định hoặc chưa thực hiện.',
					en: 'Some critical systems have approved security levels and back-ups, but long-term digital archiving is not regulated or not done.'
				},
				green: {
					vi: 'Tất cả hệ thống đã được phê duyệt cấp độ và có phương án bảo vệ tương ứng; sao lưu, phục hồi được kiểm tra định kỳ; dữ liệu số được lưu trữ theo quy định.',
					en: 'Every system has an approved security level and matching protection; back-up and recovery are tested regularly; digital data is archived as the rules require.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chuyên trách công nghệ thông tin hoàn thành phê duyệt cấp độ cho tất cả hệ thống; phối hợp đơn vị lưu trữ ban hành quy trình sao lưu, lưu trữ dữ liệu số và kiểm tra định kỳ.',
				en: 'The IT unit completes security-level approval for every system and, with the archives unit, issues back-up and digital archiving procedures and tests them regularly.'
			},
			collectEvidence: {
				vi: 'Thu thập danh sách hệ thống thông tin và quyết định phê duyệt cấp độ, quy chế an toàn thông tin, quy trình sao lưu, lưu trữ; phỏng vấn đơn vị chuyên trách công nghệ thông tin và đơn vị lưu trữ.',
				en: 'Collect the list of information systems and their security-level approvals, the information security rules, and the back-up and archiving procedures; interview the IT and archives units.'
			}
		},
		{
			code: 'OD-2.4',
			label: { vi: 'Sở hữu và cấp phép dữ liệu', en: 'Data ownership and licensing' },
			text: {
				vi: 'Ai là chủ sở hữu và ai quyết định điều kiện sử dụng đối với dữ liệu do cơ quan, địa phương anh/chị tạo ra hoặc quản lý; dữ liệu đó có được phép tái sử dụng, kể cả vì mục đích thương mại không?',
				en: 'Who owns the data your organisation creates or manages, who sets its terms of use, and may it be reused, including for commercial purposes?'
			},
			guidance: [
				{
					vi: 'Quyền sở hữu, quyền tác giả đối với dữ liệu, cơ sở dữ liệu do cơ quan tạo ra được xác định thế nào? Đơn vị nào có quyền quyết định điều kiện sử dụng?',
					en: 'How are ownership and copyright in data and databases created by the organisation determined? Which unit decides the terms of use?'
				},
				{
					vi: 'Dữ liệu đang công bố kèm điều kiện sử dụng nào? Có cho phép tái sử dụng vì mục đích thương mại không?',
					en: 'What terms of use come with the data already published? Is commercial reuse allowed?'
				},
				{
					vi: 'Theo hợp đồng, dữ liệu do nhà thầu, đối tác thu thập hoặc vận hành thuộc quyền của ai?',
					en: 'Under the contracts, who holds the rights to data collected or operated by contractors and partners?'
				},
				{
					vi: 'Có áp dụng hoặc dự kiến áp dụng một giấy phép mở chuẩn (tương tự CC BY) cho dữ liệu mở không?',
					en: 'Is a standard open licence (similar to CC BY) used, or planned, for open data?'
				}
			],
			importance: 'very_high',
			descriptors: {
				red: {
					vi: 'Quyền sở hữu và điều kiện sử dụng dữ liệu không được xác định; dữ liệu đăng tải kèm điều khoản cấm sao chép, cấm sử dụng thương mại hoặc phải xin phép.',
					en: 'Ownership and terms of use are undefined; posted data carries clauses forbidding copying or commercial use, or requiring permission.'
				},
				yellow: {
					vi: 'Cơ quan được xác định là chủ sở hữu dữ liệu nhưng chưa có điều kiện sử dụng thống nhất; quyền đối với một số dữ liệu do nhà thầu nắm giữ chưa rõ.',
					en: 'The organisation is recognised as owner but has no common terms of use; rights over some contractor-held data are unclear.'
				},
				green: {
					vi: 'Quyền sở hữu được xác định rõ; áp dụng điều kiện sử dụng mở, thống nhất, cho phép tái sử dụng tự do kể cả thương mại với yêu cầu ghi nguồn; hợp đồng bảo đảm quyền của cơ quan đối với dữ liệu.',
					en: 'Ownership is clear; one open set of terms allows free reuse, commercial included, with attribution; contracts secure the organisation’s rights over the data.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị pháp chế phối hợp đơn vị chủ trì dữ liệu ban hành điều kiện sử dụng dữ liệu mở thống nhất (cho phép tái sử dụng, kể cả thương mại, có ghi nguồn) và rà soát các hợp đồng để bảo đảm quyền của cơ quan đối với dữ liệu.',
				en: 'The legal affairs unit and the lead data unit issue common open terms of use (reuse allowed, commercial included, with attribution) and review contracts to secure the organisation’s rights over its data.'
			},
			collectEvidence: {
				vi: 'Thu thập điều khoản sử dụng trên cổng, trang thông tin điện tử và kèm các tập dữ liệu đã công bố, các hợp đồng thuê ngoài có nội dung về dữ liệu; phỏng vấn đơn vị pháp chế.',
				en: 'Collect the terms of use on portals, websites and published datasets, and outsourcing contracts with clauses on data; interview the legal affairs unit.'
			}
		},
		{
			code: 'OD-2.5',
			label: { vi: 'Thu phí, bán dữ liệu', en: 'Charging for data' },
			text: {
				vi: 'Các đơn vị của cơ quan, địa phương anh/chị có bán hoặc thu phí cung cấp dữ liệu không, theo chính sách nào, và nguồn thu này quan trọng đến mức nào?',
				en: 'Do units in your organisation sell data or charge for providing it, under what policy, and how much does that income matter?'
			},
			guidance: [
				{
					vi: 'Đơn vị nào đang thu phí cung cấp dữ liệu? Mức thu được xác định theo căn cứ nào (pháp luật về phí và lệ phí, giá dịch vụ)?',
					en: 'Which units charge for data? On what basis is the charge set (fees and charges law, service pricing)?'
				},
				{
					vi: 'Nguồn thu từ dữ liệu chiếm bao nhiêu trong kinh phí hoạt động của các đơn vị đó? Nếu bỏ thu thì bù đắp bằng nguồn nào?',
					en: 'What share of those units’ operating budgets does data income make up? If charges were dropped, what would replace it?'
				},
				{
					vi: 'Có tình trạng cung cấp dữ liệu có thu tiền ngoài quy định không?',
					en: 'Is data ever provided for payment outside the official rules?'
				},
				{
					vi: 'Dữ liệu được bán có chứa thông tin cá nhân không?',
					en: 'Does any data that is sold contain personal information?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Nhiều đơn vị bán dữ liệu, kể cả ngoài quy định hoặc có chứa thông tin cá nhân; một số đơn vị phụ thuộc vào nguồn thu này.',
					en: 'Many units sell data, some outside the rules or including personal information; some units depend on that income.'
				},
				yellow: {
					vi: 'Một số đơn vị thu phí theo quy định nhưng mức thu không đáng kể, chủ yếu để bù chi phí cung cấp.',
					en: 'A few units charge under official rules, but the sums are small and mainly cover the cost of supply.'
				},
				green: {
					vi: 'Dữ liệu được cung cấp miễn phí, hoặc chỉ thu ở mức chi phí sao chép, truyền tải theo quy định công khai; không có khoản thu ngoài quy định.',
					en: 'Data is free, or charged only at the cost of copying and delivery under published rules; there are no unofficial charges.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị kế hoạch – tài chính (Vụ Kế hoạch – Tài chính của bộ; Sở Tài chính của tỉnh, thành phố) phối hợp các đơn vị nắm giữ dữ liệu rà soát các khoản thu từ dữ liệu, xây dựng phương án cung cấp miễn phí dữ liệu mở và bố trí kinh phí bù đắp nếu cần.',
				en: 'The planning and finance unit (a ministry’s Planning and Finance Department; a province’s Department of Finance), with the data-holding units, reviews income from data, prepares a plan to provide open data free of charge and budgets to replace lost income where needed.'
			},
			collectEvidence: {
				vi: 'Thu thập danh mục dịch vụ cung cấp dữ liệu có thu phí, căn cứ thu và báo cáo nguồn thu từ dữ liệu; phỏng vấn các đơn vị nắm giữ dữ liệu lớn và người sử dụng dữ liệu.',
				en: 'Collect the list of paid data services, the legal basis for the charges and reports on data income; interview the main data-holding units and data users.'
			}
		},
		{
			code: 'OD-2.6',
			label: { vi: 'Quy định liên quan khác', en: 'Other relevant rules' },
			text: {
				vi: 'Những quy định nào khác (bí mật nhà nước, thống kê, lưu trữ, bảo mật thông tin của bên thứ ba, thỏa thuận độc quyền) ảnh hưởng đến việc chia sẻ và công bố dữ liệu của cơ quan, địa phương anh/chị?',
				en: 'Which other rules (state secrets, statistics, archives, third-party confidentiality, exclusive arrangements) affect how your organisation shares and publishes data?'
			},
			guidance: [
				{
					vi: 'Danh mục bí mật nhà nước của ngành, lĩnh vực bao trùm những dữ liệu nào? Ai có thẩm quyền giải mật hoặc quyết định công bố?',
					en: 'Which data fall under the state-secrets list for the sector? Who has authority to declassify or to decide on release?'
				},
				{
					vi: 'Luật Thống kê và quy định về phổ biến thông tin thống kê ảnh hưởng thế nào đến việc công bố số liệu?',
					en: 'How do the Law on Statistics and the rules on disseminating statistics affect the release of figures?'
				},
				{
					vi: 'Có dữ liệu nào bị ràng buộc nghĩa vụ bảo mật với bên thứ ba (doanh nghiệp, nhà tài trợ) hoặc thỏa thuận độc quyền không?',
					en: 'Are any data bound by confidentiality duties to third parties (companies, donors) or by exclusive arrangements?'
				},
				{
					vi: 'Quy định về lưu trữ hoặc các luật chuyên ngành có hạn chế việc công bố dữ liệu không?',
					en: 'Do archives rules or sector laws restrict the release of data?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Quy định về bí mật, bảo mật được viện dẫn rộng rãi để từ chối chia sẻ, công bố dữ liệu; không rõ ai có thẩm quyền quyết định.',
					en: 'Secrecy and confidentiality rules are invoked widely to refuse sharing or release; it is unclear who has the authority to decide.'
				},
				yellow: {
					vi: 'Các quy định hạn chế đã được nhận diện nhưng phạm vi chưa rõ; việc dữ liệu nào được công bố phụ thuộc vào ý kiến của từng đơn vị.',
					en: 'The restricting rules are known but their scope is unclear; which data may be released depends on each unit’s view.'
				},
				green: {
					vi: 'Phạm vi dữ liệu mật và dữ liệu hạn chế được xác định rõ, hẹp, có thẩm quyền quyết định rõ ràng; không có thỏa thuận độc quyền cản trở việc công bố.',
					en: 'Secret and restricted data are defined clearly and narrowly, with a clear decision-maker; no exclusive arrangement blocks release.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị pháp chế rà soát các quy định về bí mật nhà nước, thống kê, lưu trữ và các thỏa thuận với bên thứ ba, xác định rõ dữ liệu không được công bố và thẩm quyền quyết định; đề nghị rà soát pháp lý chính thức nếu phát hiện vướng mắc.',
				en: 'The legal affairs unit reviews the state-secrets, statistics and archives rules and third-party agreements, defines which data may not be released and who decides, and asks for a formal legal review where obstacles appear.'
			},
			collectEvidence: {
				vi: 'Thu thập văn bản quy định danh mục bí mật nhà nước của ngành, lĩnh vực (phần được phép tham khảo), quy định phổ biến thông tin thống kê và các thỏa thuận cung cấp dữ liệu với bên thứ ba; phỏng vấn đơn vị pháp chế và đơn vị thống kê.',
				en: 'Collect the instrument setting the sector’s state-secrets list (as far as it may be consulted), the rules on disseminating statistics and data-supply agreements with third parties; interview the legal affairs and statistics units.'
			}
		}
	]
};
