/**
 * Sign-ins of the demo database (fictional people). They exist only in a database seeded as a demo; a
 * production database has no account until `npm run user:create` makes the first administrator.
 *
 * `demoAccounts` are the sign-ins printed at `npm start` (tests rely on the first nine); the respondents of
 * the other organisations in the 2026 demo round follow in `demoRespondents`.
 */
export const DEMO_PASSWORD = 'sansang-demo-2026';

export interface DemoAccount {
	email: string;
	name: string;
	role: 'admin' | 'committee' | 'assessor' | 'respondent';
	organisation?: string;
	isLead?: boolean;
	locale?: 'vi' | 'en';
}

export const demoAccounts: DemoAccount[] = [
	{ email: 'quantri@sansang.example', name: 'Lê Minh Quản', role: 'admin' },
	{ email: 'uyban@sansang.example', name: 'Phạm Thu Hà', role: 'committee' },
	{ email: 'chuyengia@sansang.example', name: 'Nguyễn Đức Anh', role: 'assessor' },
	{ email: 'expert@sansang.example', name: 'Sarah Whitfield', role: 'assessor', locale: 'en' },
	{ email: 'taichinh.lanhdao@sansang.example', name: 'Trần Văn Bình', role: 'respondent', organisation: 'bo-tai-chinh', isLead: true },
	{ email: 'taichinh@sansang.example', name: 'Đỗ Thị Mai', role: 'respondent', organisation: 'bo-tai-chinh' },
	{ email: 'danang.lanhdao@sansang.example', name: 'Võ Quốc Hùng', role: 'respondent', organisation: 'da-nang', isLead: true },
	{ email: 'danang@sansang.example', name: 'Hoàng Thị Lan', role: 'respondent', organisation: 'da-nang' },
	{ email: 'laocai.lanhdao@sansang.example', name: 'Giàng A Páo', role: 'respondent', organisation: 'lao-cai', isLead: true },
	// The second assessor team of the 2026 round.
	{ email: 'chuyengia.tung@sansang.example', name: 'Lê Thanh Tùng', role: 'assessor' },
	{ email: 'chuyengia.ngocanh@sansang.example', name: 'Bùi Ngọc Ánh', role: 'assessor' },
	{ email: 'chuyengia.huy@sansang.example', name: 'Đặng Quang Huy', role: 'assessor' },
	{ email: 'expert.brennan@sansang.example', name: 'Michael Brennan', role: 'assessor', locale: 'en' }
];

/** A lead (`<slug>.lanhdao@…`) and optionally a member (`<slug>@…`) of one organisation. */
function team(slug: string, organisation: string, lead: string, member?: string): DemoAccount[] {
	const accounts: DemoAccount[] = [{ email: `${slug}.lanhdao@sansang.example`, name: lead, role: 'respondent', organisation, isLead: true }];
	if (member) accounts.push({ email: `${slug}@sansang.example`, name: member, role: 'respondent', organisation });
	return accounts;
}

/** Respondents of the other organisations whose 2026 assessments have started (fictional names). */
export const demoRespondents: DemoAccount[] = [
	...team('congan', 'bo-cong-an', 'Trịnh Văn Khải'),
	...team('ngoaigiao', 'bo-ngoai-giao', 'Phan Thị Ngọc Diệp'),
	...team('noivu', 'bo-noi-vu', 'Lương Văn Thành'),
	...team('tuphap', 'bo-tu-phap', 'Đinh Thị Thu Trang'),
	...team('congthuong', 'bo-cong-thuong', 'Vũ Mạnh Cường', 'Nguyễn Thị Hồng Nhung'),
	...team('xaydung', 'bo-xay-dung', 'Tạ Quang Vinh'),
	...team('vanhoa', 'bo-van-hoa-the-thao-va-du-lich', 'Hồ Thị Kim Oanh'),
	...team('khoahoc', 'bo-khoa-hoc-va-cong-nghe', 'Phùng Đức Tiến', 'Lê Thị Bảo Ngọc'),
	...team('giaoduc', 'bo-giao-duc-va-dao-tao', 'Kiều Văn Sơn', 'Trần Thị Thùy Dung'),
	...team('yte', 'bo-y-te', 'Đoàn Thị Minh Nguyệt', 'Nguyễn Hữu Phước'),
	...team('vpcp', 'van-phong-chinh-phu', 'Mai Xuân Trường'),
	...team('nganhang', 'ngan-hang-nha-nuoc-viet-nam', 'Lại Thị Phương Thảo'),
	...team('nongnghiep', 'bo-nong-nghiep-va-moi-truong', 'Dương Văn Hiếu', 'Chu Thị Lệ Quyên'),
	...team('dantoc', 'bo-dan-toc-va-ton-giao', 'Hà Văn Sáng'),
	...team('hanoi', 'ha-noi', 'Nguyễn Thị Thanh Xuân', 'Bạch Quốc Việt'),
	...team('hue', 'hue', 'Tôn Nữ Thảo Vy', 'Hồ Đắc Lộc'),
	...team('laichau', 'lai-chau', 'Lò Văn Thắng'),
	...team('dienbien', 'dien-bien', 'Quàng Thị Hoa', 'Lò Văn Minh'),
	...team('sonla', 'son-la', 'Cầm Văn Định'),
	...team('langson', 'lang-son', 'Vi Văn Thuận'),
	...team('quangninh', 'quang-ninh', 'Phạm Hồng Quân', 'Đỗ Thị Hải Yến'),
	...team('thanhhoa', 'thanh-hoa', 'Lê Đình Nghĩa'),
	...team('nghean', 'nghe-an', 'Hồ Sỹ Tài'),
	...team('hatinh', 'ha-tinh', 'Nguyễn Thị Hồng Lam'),
	...team('tuyenquang', 'tuyen-quang', 'Ma Văn Khiêm'),
	...team('thainguyen', 'thai-nguyen', 'Dương Thị Mỹ Linh'),
	...team('phutho', 'phu-tho', 'Đinh Công Tráng'),
	...team('bacninh', 'bac-ninh', 'Nguyễn Văn Đạt', 'Ngô Thị Thanh Tâm'),
	...team('hungyen', 'hung-yen', 'Vũ Thị Hằng'),
	...team('haiphong', 'hai-phong', 'Phạm Văn Hiển'),
	...team('ninhbinh', 'ninh-binh', 'Đinh Văn Thịnh'),
	...team('quangtri', 'quang-tri', 'Lê Thị Diệu Linh'),
	...team('quangngai', 'quang-ngai', 'Trương Công Bảo'),
	...team('gialai', 'gia-lai', 'Rơ Mah Thuận'),
	...team('khanhhoa', 'khanh-hoa', 'Nguyễn Thị Kim Chi'),
	...team('lamdong', 'lam-dong', 'Trần Thị Bích Ngà'),
	...team('daklak', 'dak-lak', 'Y Thắng Niê'),
	...team('tphcm', 'ho-chi-minh', 'Huỳnh Thị Ngọc Hân', 'Lâm Gia Bảo'),
	...team('dongnai', 'dong-nai', 'Trần Văn Lộc'),
	...team('tayninh', 'tay-ninh', 'Võ Thị Ánh Tuyết'),
	...team('cantho', 'can-tho', 'Lý Hoàng Nam', 'Thạch Thị Sa Ly'),
	...team('vinhlong', 'vinh-long', 'Nguyễn Văn Út'),
	...team('dongthap', 'dong-thap', 'Lê Thị Thu Vân'),
	...team('angiang', 'an-giang', 'Đặng Thị Kim Loan')
];

/** Every account of the demo database. */
export const allDemoAccounts: DemoAccount[] = [...demoAccounts, ...demoRespondents];
