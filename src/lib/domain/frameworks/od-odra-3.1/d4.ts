import type { OdDimensionInput } from '../schema';

/**
 * OD-4 Government data management policies, procedures and data availability (ODRA 3.1, dimension 4),
 * paraphrased and adapted to Vietnam by Sẵn Sàng. Key datasets are recorded as dataset fact sheets
 * (evidence), not as questions.
 */
export const d4: OdDimensionInput = {
	code: 'OD-4',
	title: {
		vi: 'Chính sách, quy trình quản lý dữ liệu và mức độ sẵn có của dữ liệu nhà nước',
		en: 'Government data management policies, procedures and data availability'
	},
	shortTitle: { vi: 'Quản lý dữ liệu', en: 'Data management' },
	importance: 'high',
	context: {
		vi: 'Mở dữ liệu chỉ khả thi khi dữ liệu có giá trị đã ở dạng số, được quản lý theo quy trình rõ ràng và cơ quan biết mình đang nắm giữ những gì. Việt Nam đã đầu tư lớn vào các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành và việc kết nối, chia sẻ qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP); Luật Dữ liệu (2024) đặt ra yêu cầu về quản trị, phân loại và chất lượng dữ liệu. Khía cạnh này xem xét dữ liệu của cơ quan, địa phương được lưu giữ ra sao, đã được thống kê, chia sẻ và công bố đến đâu, và năng lực quản lý dữ liệu của các đơn vị.',
		en: 'Opening data is only feasible when valuable data is already digital, managed under clear procedures, and known to the organisation that holds it. Vietnam has invested heavily in national and sector databases and in data exchange through the National Data Integration and Sharing Platform (NDXP), and the Law on Data (2024) sets requirements for data governance, classification and quality. This dimension looks at how the organisation’s data is held, how far it has been catalogued, shared and published, and how capable its units are at managing data.'
	},
	evidence: [
		{
			code: 'OD-4.E1',
			polarity: '+',
			text: {
				vi: 'Có danh mục dữ liệu đầy đủ, cập nhật và chi tiết (tên dữ liệu, đơn vị chủ quản, định dạng, tần suất cập nhật).',
				en: 'There is a complete, current and detailed data inventory (name, owning unit, format, update frequency).'
			}
		},
		{
			code: 'OD-4.E2',
			polarity: '+',
			text: {
				vi: 'Chính sách quản lý thông tin, dữ liệu nhất quán và được thực thi trên thực tế.',
				en: 'Information and data management policies are coherent and enforced.'
			}
		},
		{
			code: 'OD-4.E3',
			polarity: '+',
			text: {
				vi: 'Việc số hóa dữ liệu, tài liệu tuân theo quy trình, tiêu chuẩn kỹ thuật tương đương chuẩn quốc tế.',
				en: 'Digitisation of data and records follows procedures and technical standards in line with international practice.'
			}
		},
		{
			code: 'OD-4.E4',
			polarity: '-',
			text: {
				vi: 'Phần lớn dữ liệu vẫn ở dạng giấy.',
				en: 'Most data is still on paper.'
			}
		},
		{
			code: 'OD-4.E5',
			polarity: '-',
			text: {
				vi: 'Các đơn vị không nắm được mình đang có những dữ liệu gì.',
				en: 'Units do not know what data they hold.'
			}
		},
		{
			code: 'OD-4.E6',
			polarity: '-',
			text: {
				vi: 'Không có cơ chế quản trị an toàn thông tin, an toàn dữ liệu.',
				en: 'There is no governance of information and data security.'
			}
		},
		{
			code: 'OD-4.E7',
			polarity: '-',
			text: {
				vi: 'Có quy định về lưu trữ nhưng không được áp dụng.',
				en: 'Archiving rules exist but are not applied.'
			}
		},
		{
			code: 'OD-4.E8',
			polarity: '-',
			text: {
				vi: 'Không có tiêu chuẩn dữ liệu hay khung kết nối, liên thông dùng chung cho toàn cơ quan, địa phương.',
				en: 'There are no common data standards or interoperability framework across the organisation.'
			}
		},
		{
			code: 'OD-4.E9',
			polarity: '-',
			text: {
				vi: 'Quy định về mua sắm, hợp đồng không bảo đảm quyền của cơ quan nhà nước đối với dữ liệu do nhà thầu nắm giữ.',
				en: 'Procurement rules and contracts do not secure the government’s ownership of data held by contractors.'
			}
		},
		{
			code: 'OD-4.E10',
			polarity: '-',
			text: {
				vi: 'Dữ liệu quan trọng phân tán ở đơn vị trực thuộc hoặc cấp dưới (cấp xã, cơ sở) đến mức chính cơ quan cấp trên cũng không tiếp cận được.',
				en: 'Key data is so dispersed among subordinate units or lower tiers (communes, local offices) that even the organisation’s own centre cannot reach it.'
			}
		}
	],
	coreIssues: [
		{
			code: 'OD-4.C1',
			text: {
				vi: 'Nhiều dữ liệu có giá trị cao đang được lưu giữ ở dạng số (dữ liệu được lưu giữ như thế nào, ở đâu).',
				en: 'Large amounts of high-value data are held in digital form (how and where data is held).'
			},
			questions: ['OD-4.3', 'OD-4.4', 'OD-4.5']
		},
		{
			code: 'OD-4.C2',
			text: {
				vi: 'Các đơn vị nắm rõ những dữ liệu mình đang nắm giữ.',
				en: 'Units have a clear view of the data they hold.'
			},
			questions: ['OD-4.1', 'OD-4.2']
		},
		{
			code: 'OD-4.C3',
			text: {
				vi: 'Có đơn vị chứng minh được năng lực quản lý dữ liệu.',
				en: 'Some units have demonstrable data-management capability.'
			},
			questions: ['OD-4.6', 'OD-4.7']
		}
	],
	green: {
		required: ['OD-4.C1'],
		minAdditionalMet: 1,
		text: {
			vi: 'XANH khi có bằng chứng cơ quan, địa phương đang nắm giữ nhiều dữ liệu có giá trị cao ở dạng số (vấn đề cốt lõi 1) và có bằng chứng rõ ràng về ít nhất một vấn đề cốt lõi khác: các đơn vị nắm rõ dữ liệu của mình, hoặc có đơn vị chứng minh được năng lực quản lý dữ liệu.',
			en: 'GREEN requires evidence that the organisation holds large amounts of high-value data in digital form (core issue 1) and clear evidence on at least one other core issue: units know their data holdings, or some units have demonstrable data-management capability.'
		}
	},
	redTriggers: [
		{
			code: 'OD-4.R1',
			text: {
				vi: 'Rất ít dữ liệu được công bố trực tuyến, và dữ liệu thường bị bán hoặc thu phí.',
				en: 'Very little data is published online, and data is commonly sold or charged for.'
			}
		},
		{
			code: 'OD-4.R2',
			text: {
				vi: 'Dữ liệu có giá trị chủ yếu ở dạng giấy và không có kế hoạch số hóa.',
				en: 'Valuable data is mostly on paper, with no plan to digitise it.'
			}
		},
		{
			code: 'OD-4.R3',
			text: {
				vi: 'Không có khả năng ẩn danh hóa dữ liệu một cách tin cậy.',
				en: 'There is no reliable capability to anonymise data.'
			}
		},
		{
			code: 'OD-4.R4',
			text: {
				vi: 'Dữ liệu quan trọng không thuộc quyền của cơ quan nhà nước (do nhà thầu nắm giữ theo hợp đồng độc quyền) hoặc được duy trì bằng nguồn thu từ bán dữ liệu.',
				en: 'Key data is not owned by government (held by contractors under exclusive contracts) or its production is financed by selling it.'
			}
		}
	],
	typical: {
		green: [
			{
				vi: 'Dữ liệu ở dạng máy đọc được, dễ trích xuất; một số đơn vị đã công bố dữ liệu.',
				en: 'Data is machine-readable and easy to extract; several units already publish data.'
			},
			{
				vi: 'Có đơn vị thống kê hoặc dữ liệu với năng lực mạnh và danh mục dữ liệu tốt.',
				en: 'There is a strong statistics or data unit and good data inventories.'
			},
			{
				vi: 'Dữ liệu được trao đổi thường xuyên giữa các đơn vị và với cơ quan khác qua nền tảng tích hợp, chia sẻ dữ liệu.',
				en: 'Data is exchanged routinely between units and with other agencies through data integration and sharing platforms.'
			},
			{
				vi: 'Không thu phí dữ liệu; dữ liệu được cung cấp khi có yêu cầu theo Luật Tiếp cận thông tin.',
				en: 'Data is not charged for, and is released in answer to access-to-information requests.'
			},
			{
				vi: 'Lãnh đạo cam kết rõ ràng về việc công bố dữ liệu.',
				en: 'The leadership is explicitly committed to releasing data.'
			}
		],
		yellow: [
			{
				vi: 'Nhiều đơn vị hiểu rõ dữ liệu của mình dù chưa có danh mục chính thức.',
				en: 'Several units understand their data assets even without formal inventories.'
			},
			{
				vi: 'Có hệ thống thông tin quản lý chứa dữ liệu có giá trị, máy đọc được nhưng còn tách biệt, chưa kết nối.',
				en: 'Some management information systems hold valuable machine-readable data, but in silos.'
			},
			{
				vi: 'Dữ liệu được cung cấp khi có yêu cầu hoặc sau khi đăng ký; có thu phí theo quy định nhưng nguồn thu không đáng kể.',
				en: 'Data is provided on request or after registration; some official charges exist but the income is immaterial.'
			},
			{
				vi: 'Ẩn danh hóa là khả thi; việc công bố cần sự đồng ý của nhiều đơn vị; một số hệ thống độc quyền của nhà cung cấp cần trích xuất riêng.',
				en: 'Anonymisation is feasible; release needs the consent of several units; some proprietary systems need a separate extract.'
			}
		],
		red: [
			{
				vi: 'Dữ liệu bị bán ngoài quy định; quan niệm dữ liệu không phải là tài sản công còn phổ biến.',
				en: 'Data is sold unofficially, and many do not see data as a public good.'
			},
			{
				vi: 'Không ẩn danh hóa được dữ liệu một cách tin cậy.',
				en: 'Data cannot be anonymised reliably.'
			},
			{
				vi: 'Dữ liệu chỉ có trên giấy và không có kế hoạch số hóa.',
				en: 'Data exists only on paper and there is no digitisation plan.'
			},
			{
				vi: 'Luật chuyên ngành buộc bảo mật dữ liệu; việc thu thập dữ liệu được bù đắp bằng tiền bán dữ liệu; có hợp đồng độc quyền hoặc dữ liệu không thuộc quyền của nhà nước.',
				en: 'A sector law imposes confidentiality; data collection is paid for by selling the data; exclusive contracts exist or the data is not government-owned.'
			}
		]
	},
	target: 'green',
	recommendation: {
		vi: 'Đơn vị chuyên trách chuyển đổi số chủ trì, phối hợp đơn vị thống kê lập danh mục dữ liệu, xác định các tập dữ liệu có giá trị cao đã ở dạng số, ban hành quy chế quản trị dữ liệu và chọn một số tập dữ liệu để công bố thử nghiệm.',
		en: 'The digital transformation unit, with the statistics unit, builds a data inventory, identifies high-value datasets that are already digital, issues data governance rules and selects a few datasets for a pilot release.'
	},
	collectEvidence: {
		vi: 'Thu thập danh mục dữ liệu, quy chế quản lý dữ liệu và phiếu thông tin cho các tập dữ liệu chủ chốt; phỏng vấn các đơn vị nắm giữ dữ liệu lớn.',
		en: 'Collect the data inventory, data management rules and fact sheets for the key datasets; interview the main data-holding units.'
	},
	questions: [
		{
			code: 'OD-4.1',
			label: { vi: 'Chính sách quản lý dữ liệu', en: 'Data management policies' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị quản lý thông tin, dữ liệu theo những chính sách, quy trình nào, và chúng được áp dụng trên thực tế ra sao?',
				en: 'Under what policies and procedures does your organisation manage its information and data, and how are they applied in practice?'
			},
			guidance: [
				{
					vi: 'Đã có quy chế quản lý, khai thác, chia sẻ dữ liệu và cơ chế quản trị an toàn dữ liệu chưa? Ai ban hành, ai kiểm tra việc thực hiện?',
					en: 'Are there rules on managing, using and sharing data, and governance of data security? Who issued them, and who checks they are followed?'
				},
				{
					vi: 'Có tiêu chuẩn, quy trình bảo đảm chất lượng dữ liệu (đầy đủ, chính xác, cập nhật) không?',
					en: 'Are there standards and procedures for data quality (completeness, accuracy, timeliness)?'
				},
				{
					vi: 'Có quy định về ngôn ngữ, bảng mã, danh mục dùng chung không?',
					en: 'Are there rules on language, character encoding and shared code lists?'
				},
				{
					vi: 'Những quy định nào đang tạo thuận lợi hoặc gây cản trở cho việc mở dữ liệu?',
					en: 'Which rules make opening data easier, and which stand in the way?'
				},
				{
					vi: 'Cơ quan, địa phương kỳ vọng lợi ích gì từ việc quản lý dữ liệu tốt hơn?',
					en: 'What benefits does the organisation expect from managing its data better?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Không có quy chế quản lý dữ liệu hay cơ chế quản trị an toàn dữ liệu; mỗi đơn vị làm theo cách riêng.',
					en: 'There are no data management rules or data security governance; each unit does things its own way.'
				},
				yellow: {
					vi: 'Đã ban hành quy chế quản lý, chia sẻ dữ liệu nhưng áp dụng chưa đồng đều; chất lượng dữ liệu chưa được kiểm soát có hệ thống.',
					en: 'Rules on managing and sharing data have been issued but are applied unevenly; data quality is not controlled systematically.'
				},
				green: {
					vi: 'Quy chế quản lý, chia sẻ dữ liệu và quy trình bảo đảm chất lượng được áp dụng thống nhất, có kiểm tra và có đơn vị chịu trách nhiệm.',
					en: 'Data management and sharing rules and quality procedures are applied consistently, checked, and owned by a named unit.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chuyên trách chuyển đổi số hoặc trung tâm dữ liệu xây dựng, trình ban hành quy chế quản trị dữ liệu (quản lý, chia sẻ, chất lượng, an toàn) phù hợp với Luật Dữ liệu và tổ chức kiểm tra việc áp dụng.',
				en: 'The digital transformation unit or the data centre drafts data governance rules (management, sharing, quality, security) in line with the Law on Data, has them issued, and checks that they are applied.'
			},
			collectEvidence: {
				vi: 'Thu thập quy chế quản lý, khai thác, chia sẻ dữ liệu và các quy định về chất lượng, an toàn dữ liệu; phỏng vấn đơn vị chuyên trách và một số đơn vị nắm giữ dữ liệu.',
				en: 'Collect the rules on managing, using and sharing data and on data quality and security; interview the responsible unit and some data-holding units.'
			}
		},
		{
			code: 'OD-4.2',
			label: { vi: 'Danh mục và siêu dữ liệu', en: 'Data inventory and metadata' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị có cái nhìn tổng thể, nhất quán về dữ liệu mình đang nắm giữ không (danh mục dữ liệu, siêu dữ liệu, dữ liệu tham chiếu dùng chung)?',
				en: 'Does your organisation have a coherent overall view of the data it holds (data inventory, metadata, shared reference data)?'
			},
			guidance: [
				{
					vi: 'Đã có danh mục cơ sở dữ liệu, danh mục dữ liệu dùng chung, danh mục dữ liệu mở chưa? Được cập nhật lần gần nhất khi nào?',
					en: 'Are there lists of databases, of shared data and of open data? When were they last updated?'
				},
				{
					vi: 'Có áp dụng tiêu chuẩn siêu dữ liệu không? Siêu dữ liệu được ghi nhận đầy đủ đến đâu?',
					en: 'Is a metadata standard used? How complete is the metadata recorded?'
				},
				{
					vi: 'Dữ liệu tham chiếu, danh mục dùng chung (đơn vị hành chính, mã ngành, danh mục cơ quan, tổ chức) được quản lý ở đâu, ai chịu trách nhiệm?',
					en: 'Where are reference data and shared code lists (administrative units, sector codes, lists of agencies and organisations) managed, and by whom?'
				},
				{
					vi: 'Danh mục có được cập nhật theo những thay đổi gần đây về tổ chức bộ máy và đơn vị hành chính không?',
					en: 'Have the lists been updated for the recent changes to government structure and administrative units?'
				}
			],
			importance: 'medium',
			descriptors: {
				red: {
					vi: 'Không có danh mục dữ liệu; các đơn vị không trả lời được mình đang nắm giữ những dữ liệu gì.',
					en: 'There is no data inventory; units cannot say what data they hold.'
				},
				yellow: {
					vi: 'Có danh mục cơ sở dữ liệu ở mức tổng quát, chưa đầy đủ hoặc chưa cập nhật; siêu dữ liệu ít và không theo chuẩn chung.',
					en: 'A high-level list of databases exists but is incomplete or out of date; metadata is thin and follows no common standard.'
				},
				green: {
					vi: 'Danh mục dữ liệu đầy đủ, cập nhật, có siêu dữ liệu theo chuẩn; dữ liệu tham chiếu dùng chung có đơn vị quản lý rõ ràng.',
					en: 'The data inventory is complete and current, with standard metadata; shared reference data has a clear owner.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chuyên trách chuyển đổi số hướng dẫn các đơn vị lập và cập nhật danh mục dữ liệu kèm siêu dữ liệu theo mẫu thống nhất, và giao đơn vị quản lý cho từng loại dữ liệu tham chiếu dùng chung.',
				en: 'The digital transformation unit has every unit compile and maintain its data inventory with metadata on a common template, and assigns an owner to each shared reference dataset.'
			},
			collectEvidence: {
				vi: 'Thu thập danh mục cơ sở dữ liệu, danh mục dữ liệu dùng chung, danh mục dữ liệu mở và mẫu siêu dữ liệu đang sử dụng; kiểm tra mức độ cập nhật.',
				en: 'Collect the lists of databases, shared data and open data and the metadata template in use; check how current they are.'
			}
		},
		{
			code: 'OD-4.3',
			label: { vi: 'Hình thức lưu giữ dữ liệu', en: 'How data is held' },
			text: {
				vi: 'Dữ liệu của cơ quan, địa phương anh/chị được lưu giữ ở đâu và dưới hình thức nào: dạng số hay giấy, định dạng gì, có kết nối, liên thông được không?',
				en: 'Where and in what form is your organisation’s data held: digital or paper, in which formats, and can it interoperate?'
			},
			guidance: [
				{
					vi: 'Bao nhiêu dữ liệu quan trọng đã được số hóa? Còn những dữ liệu cũ nào trên giấy? Có kế hoạch số hóa không?',
					en: 'How much of the important data has been digitised? What legacy data remains on paper? Is there a digitisation plan?'
				},
				{
					vi: 'Dữ liệu nằm trong những hệ thống, cơ sở dữ liệu nào, ở định dạng gì? Có trích xuất được ở dạng máy đọc được không?',
					en: 'Which systems and databases hold the data, and in what formats? Can it be extracted in machine-readable form?'
				},
				{
					vi: 'Các hệ thống có tuân theo kiến trúc Chính phủ số của bộ hoặc kiến trúc chính quyền số của tỉnh và các tiêu chuẩn kết nối, chia sẻ dữ liệu không?',
					en: 'Do the systems follow the ministry’s or province’s digital government architecture and the data connection and sharing standards?'
				},
				{
					vi: 'Với dữ liệu do nhà thầu vận hành, cơ quan có toàn quyền truy cập, trích xuất không?',
					en: 'For data run by contractors, does the organisation have full rights to access and extract it?'
				},
				{
					vi: 'Dữ liệu được sao lưu, lưu trữ dài hạn như thế nào?',
					en: 'How is data backed up and archived for the long term?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Phần lớn dữ liệu có giá trị còn trên giấy hoặc trong các tệp rời rạc, không có kế hoạch số hóa; một số hệ thống chỉ nhà thầu mới trích xuất được dữ liệu.',
					en: 'Most valuable data is on paper or in scattered files with no digitisation plan; in some systems only the contractor can extract the data.'
				},
				yellow: {
					vi: 'Nhiều dữ liệu có giá trị đã ở dạng số trong các hệ thống riêng lẻ; trích xuất được nhưng tốn công; khả năng liên thông giữa các hệ thống còn hạn chế.',
					en: 'Much valuable data is digital but in separate systems; it can be extracted with effort; systems interoperate poorly.'
				},
				green: {
					vi: 'Phần lớn dữ liệu có giá trị cao đã ở dạng số, máy đọc được, dễ trích xuất; các hệ thống tuân theo kiến trúc và tiêu chuẩn kết nối; cơ quan làm chủ dữ liệu kể cả khi thuê ngoài.',
					en: 'Most high-value data is digital, machine-readable and easy to extract; systems follow the architecture and connection standards; the organisation controls its data even when operations are outsourced.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chuyên trách chuyển đổi số lập kế hoạch số hóa các dữ liệu có giá trị còn ở dạng giấy, yêu cầu các hệ thống hỗ trợ trích xuất dữ liệu máy đọc được và bổ sung điều khoản bảo đảm quyền truy cập dữ liệu vào các hợp đồng thuê ngoài.',
				en: 'The digital transformation unit plans the digitisation of valuable paper data, requires systems to support machine-readable extracts, and adds clauses securing data access rights to outsourcing contracts.'
			},
			collectEvidence: {
				vi: 'Thu thập danh sách hệ thống thông tin, cơ sở dữ liệu kèm định dạng và tình trạng số hóa; lập phiếu thông tin cho các tập dữ liệu chủ chốt (đơn vị chủ quản, dạng số, định dạng, tần suất cập nhật).',
				en: 'Collect the list of information systems and databases with their formats and digitisation status; complete fact sheets for the key datasets (owner, digital form, formats, update frequency).'
			}
		},
		{
			code: 'OD-4.4',
			label: { vi: 'Nhu cầu dữ liệu trong khu vực công', en: 'Demand for data within government' },
			text: {
				vi: 'Nhu cầu chia sẻ dữ liệu trong nội bộ cơ quan, địa phương anh/chị và với các cơ quan nhà nước khác ra sao, và dữ liệu đang được chia sẻ bằng cách nào?',
				en: 'What demand is there for sharing data inside your organisation and with other state bodies, and how is data shared today?'
			},
			guidance: [
				{
					vi: 'Các đơn vị cần dữ liệu gì của nhau và của cơ quan khác? Hiện lấy dữ liệu bằng cách nào (kết nối qua NDXP, nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh, hay qua công văn, thư điện tử)?',
					en: 'What data do units need from each other and from other bodies? How do they get it now (through the NDXP or the ministry or provincial data integration and sharing platform, or by official letter and email)?'
				},
				{
					vi: 'Đã kết nối, khai thác những cơ sở dữ liệu quốc gia nào (dân cư, đăng ký doanh nghiệp, đất đai…)?',
					en: 'Which national databases (population, business registration, land…) are connected and used?'
				},
				{
					vi: 'Những dữ liệu tham chiếu, danh mục dùng chung nào cần thống nhất? Ai quản lý?',
					en: 'Which reference data and shared code lists need to be harmonised? Who manages them?'
				},
				{
					vi: 'Cơ quan, địa phương có mua dữ liệu của doanh nghiệp không?',
					en: 'Does the organisation buy data from private companies?'
				},
				{
					vi: 'Việc chia sẻ dữ liệu giữa các cấp (trung ương, tỉnh, xã) đang gặp vướng mắc gì?',
					en: 'What obstacles arise in sharing data between tiers (central, provincial, commune)?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Dữ liệu hầu như không được chia sẻ qua kết nối; các đơn vị phải xin dữ liệu bằng công văn và thường không nhận được.',
					en: 'Data is hardly ever shared through system connections; units must ask by official letter and often get nothing.'
				},
				yellow: {
					vi: 'Một số dữ liệu được chia sẻ qua nền tảng tích hợp, chia sẻ dữ liệu nhưng phần lớn vẫn trao đổi thủ công; danh mục dùng chung chưa thống nhất.',
					en: 'Some data flows through the data integration and sharing platform but most is still exchanged by hand; shared code lists are not harmonised.'
				},
				green: {
					vi: 'Dữ liệu được trao đổi thường xuyên qua NDXP và nền tảng tích hợp, chia sẻ dữ liệu của bộ, tỉnh, với danh mục dùng chung thống nhất và quy trình chia sẻ rõ ràng.',
					en: 'Data is exchanged routinely through the NDXP and the ministry or provincial platform, with harmonised code lists and clear sharing procedures.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chuyên trách chuyển đổi số rà soát nhu cầu dữ liệu giữa các đơn vị, ưu tiên kết nối qua nền tảng tích hợp, chia sẻ dữ liệu và NDXP, ban hành danh mục dữ liệu dùng chung; các dữ liệu được chia sẻ rộng rãi trong khu vực công là ứng viên tốt để công bố dưới dạng dữ liệu mở.',
				en: 'The digital transformation unit maps data needs between units, moves exchanges onto the data integration and sharing platform and the NDXP, and issues a list of shared data; data widely shared inside government is a good candidate for open release.'
			},
			collectEvidence: {
				vi: 'Thu thập số liệu giao dịch trên nền tảng tích hợp, chia sẻ dữ liệu, danh sách kết nối với cơ sở dữ liệu quốc gia và ví dụ về các yêu cầu dữ liệu giữa các đơn vị.',
				en: 'Collect transaction statistics from the data integration and sharing platform, the list of connections to national databases and examples of data requests between units.'
			}
		},
		{
			code: 'OD-4.5',
			label: { vi: 'Dữ liệu đã cung cấp ra bên ngoài', en: 'Data already available outside' },
			text: {
				vi: 'Những dữ liệu nào của cơ quan, địa phương anh/chị đã được cung cấp ra bên ngoài (miễn phí hoặc có thu phí), dưới hình thức và điều kiện nào?',
				en: 'Which of your organisation’s data is already available outside government (free or paid), in what form and on what terms?'
			},
			guidance: [
				{
					vi: 'Dữ liệu nào đã được đăng trên cổng thông tin điện tử, Cổng dữ liệu quốc gia hoặc cổng dữ liệu của bộ, tỉnh? Ở định dạng nào (PDF, bảng tính, CSV, API)?',
					en: 'Which data is posted on the web portal, the National Data Portal or a ministry or provincial data portal? In what formats (PDF, spreadsheet, CSV, API)?'
				},
				{
					vi: 'Dữ liệu nào được cung cấp theo yêu cầu? Có thu phí không, nguồn thu bao nhiêu?',
					en: 'Which data is provided on request? Is there a charge, and how much does it bring in?'
				},
				{
					vi: 'Dữ liệu được cung cấp kèm điều kiện sử dụng nào?',
					en: 'What terms of use come with it?'
				},
				{
					vi: 'Bên ngoài có đang tự thu thập dữ liệu của cơ quan bằng cách sao chép, trích xuất từ trang web không?',
					en: 'Are outsiders collecting the organisation’s data themselves by copying or scraping its websites?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Hầu như không có dữ liệu được công bố trực tuyến; dữ liệu chỉ được cung cấp khi trả phí hoặc qua quan hệ cá nhân.',
					en: 'Almost no data is published online; data is available only for a fee or through personal contacts.'
				},
				yellow: {
					vi: 'Một số dữ liệu được đăng dưới dạng báo cáo, PDF hoặc được cung cấp theo yêu cầu sau khi đăng ký; có thu phí nhưng không đáng kể.',
					en: 'Some data is posted as reports or PDFs, or provided on request after registration; charges exist but are small.'
				},
				green: {
					vi: 'Nhiều tập dữ liệu đã được công bố miễn phí ở định dạng máy đọc được (CSV, API) trên cổng dữ liệu, kèm điều kiện sử dụng mở.',
					en: 'Many datasets are published free of charge in machine-readable formats (CSV, API) on a data portal under open terms of use.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị chủ trì dữ liệu mở chuyển các dữ liệu đang công khai dưới dạng báo cáo sang định dạng máy đọc được và đăng trên cổng dữ liệu của bộ, tỉnh và Cổng dữ liệu quốc gia, kèm điều kiện sử dụng mở.',
				en: 'The open data lead unit converts data now disclosed as reports into machine-readable formats and posts it on the ministry or provincial data portal and the National Data Portal under open terms of use.'
			},
			collectEvidence: {
				vi: 'Kiểm tra cổng thông tin điện tử, cổng dữ liệu của bộ, tỉnh và Cổng dữ liệu quốc gia; thu thập danh sách dữ liệu cung cấp theo yêu cầu, mức phí và điều kiện sử dụng.',
				en: 'Check the web portal, the ministry or provincial data portal and the National Data Portal; collect the list of data provided on request, with charges and terms of use.'
			}
		},
		{
			code: 'OD-4.6',
			label: { vi: 'Kinh nghiệm ẩn danh hóa', en: 'Anonymisation practice' },
			text: {
				vi: 'Cơ quan, địa phương anh/chị đã có kinh nghiệm thực tế trong việc ẩn danh hóa dữ liệu cá nhân trước khi chia sẻ, công bố chưa?',
				en: 'What practical experience does your organisation have of anonymising personal data before sharing or publishing it?'
			},
			guidance: [
				{
					vi: 'Đơn vị nào đã từng ẩn danh hóa, tổng hợp dữ liệu (ví dụ số liệu thống kê, dữ liệu y tế, giáo dục, đất đai)?',
					en: 'Which units have anonymised or aggregated data (for example statistics, health, education or land data)?'
				},
				{
					vi: 'Áp dụng phương pháp, tiêu chuẩn nào? Ai kiểm tra kết quả?',
					en: 'Which methods or standards are used? Who checks the result?'
				},
				{
					vi: 'Đã từng có trường hợp dữ liệu công bố bị nhận diện lại cá nhân chưa?',
					en: 'Has released data ever been re-identified?'
				},
				{
					vi: 'Cán bộ có được đào tạo về ẩn danh hóa không?',
					en: 'Have staff been trained in anonymisation?'
				}
			],
			importance: 'high',
			descriptors: {
				red: {
					vi: 'Chưa đơn vị nào ẩn danh hóa dữ liệu; dữ liệu có thông tin cá nhân hoặc hoàn toàn không được chia sẻ, hoặc bị chia sẻ nguyên trạng.',
					en: 'No unit has anonymised data; data with personal information either cannot be shared at all or is shared as it is.'
				},
				yellow: {
					vi: 'Một số đơn vị (thường là thống kê) có tổng hợp, ẩn danh hóa dữ liệu nhưng làm thủ công, chưa có phương pháp chuẩn và chưa kiểm tra rủi ro nhận diện lại.',
					en: 'Some units (usually statistics) aggregate or anonymise data, but by hand, without a standard method or any re-identification risk check.'
				},
				green: {
					vi: 'Có phương pháp ẩn danh hóa được văn bản hóa, có kiểm tra rủi ro nhận diện lại, được nhiều đơn vị áp dụng và có cán bộ được đào tạo.',
					en: 'A documented anonymisation method with re-identification risk checks is used by several units, with trained staff.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Đơn vị thống kê hoặc trung tâm dữ liệu xây dựng hướng dẫn ẩn danh hóa (phương pháp, kiểm tra rủi ro nhận diện lại), đào tạo cán bộ các đơn vị nắm giữ dữ liệu cá nhân và thí điểm với một tập dữ liệu.',
				en: 'The statistics unit or the data centre writes anonymisation guidance (methods, re-identification risk checks), trains staff in units holding personal data and pilots it on one dataset.'
			},
			collectEvidence: {
				vi: 'Thu thập hướng dẫn, quy trình ẩn danh hóa và ví dụ dữ liệu đã được ẩn danh hóa; phỏng vấn đơn vị thống kê và các đơn vị nắm giữ dữ liệu cá nhân.',
				en: 'Collect anonymisation guidance and procedures and examples of anonymised data; interview the statistics unit and units holding personal data.'
			}
		},
		{
			code: 'OD-4.7',
			label: { vi: 'Đơn vị có năng lực dữ liệu', en: 'Units with data capability' },
			text: {
				vi: 'Những đơn vị nào của cơ quan, địa phương anh/chị có năng lực quản lý dữ liệu đủ để dẫn dắt hoặc làm mẫu cho một chương trình dữ liệu mở ở quy mô rộng hơn?',
				en: 'Which units in your organisation have the data-management capability to lead, or serve as a model for, a wider open data programme?'
			},
			guidance: [
				{
					vi: 'Đơn vị thống kê, trung tâm dữ liệu, đơn vị quản lý dữ liệu không gian (đo đạc, bản đồ) hay đơn vị nào khác có quy trình quản lý dữ liệu bài bản?',
					en: 'Does the statistics unit, the data centre, the spatial data unit (surveying and mapping) or another unit manage data in a disciplined way?'
				},
				{
					vi: 'Năng lực đó thể hiện qua đâu (danh mục dữ liệu, kiểm soát chất lượng, công bố định kỳ, nhân lực)?',
					en: 'What shows that capability (data inventory, quality control, regular publication, staff)?'
				},
				{
					vi: 'Các đơn vị đó có sẵn sàng hỗ trợ, hướng dẫn các đơn vị khác không?',
					en: 'Are those units willing to support and guide others?'
				}
			],
			importance: 'medium',
			descriptors: {
				red: {
					vi: 'Không đơn vị nào có quy trình quản lý dữ liệu bài bản để làm mẫu.',
					en: 'No unit manages its data in a way others could copy.'
				},
				yellow: {
					vi: 'Có một đơn vị có năng lực quản lý dữ liệu khá (thường là thống kê) nhưng chưa được giao hoặc chưa sẵn sàng hỗ trợ các đơn vị khác.',
					en: 'One unit (usually statistics) manages data fairly well but has not been asked, or is not ready, to support others.'
				},
				green: {
					vi: 'Có ít nhất một đơn vị có năng lực quản lý dữ liệu đã được chứng minh (danh mục, chất lượng, công bố định kỳ) và đang hỗ trợ, hướng dẫn các đơn vị khác.',
					en: 'At least one unit has proven data-management capability (inventory, quality, regular publication) and is already supporting and guiding others.'
				}
			},
			scope: 'organisation',
			target: 'green',
			recommendation: {
				vi: 'Lãnh đạo giao đơn vị có năng lực dữ liệu tốt nhất làm đơn vị hướng dẫn nghiệp vụ cho chương trình dữ liệu mở và bố trí nguồn lực để đơn vị này hỗ trợ các đơn vị khác.',
				en: 'The leadership makes the most data-capable unit the technical guide for the open data programme and gives it the resources to support other units.'
			},
			collectEvidence: {
				vi: 'Thu thập quy trình quản lý dữ liệu và các sản phẩm dữ liệu đã công bố của những đơn vị có năng lực; phỏng vấn lãnh đạo các đơn vị đó.',
				en: 'Collect the data management procedures and published data products of the capable units; interview their heads.'
			}
		}
	]
};
