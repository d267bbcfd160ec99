/**
 * Sign-ins of the demo database (fictional people). They exist only in a database seeded as a demo; a
 * production database has no account until `npm run user:create` makes the first administrator.
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
	{ email: 'laocai.lanhdao@sansang.example', name: 'Giàng A Páo', role: 'respondent', organisation: 'lao-cai', isLead: true }
];
