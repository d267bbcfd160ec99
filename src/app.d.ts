import type { SessionInfo } from '$lib/server/auth/session';
import type { AuthedUser } from '$lib/server/auth/guards';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			user: AuthedUser | null;
			session: SessionInfo | null;
		}
		interface PageState {
			saved?: boolean;
		}
	}
}

export {};
