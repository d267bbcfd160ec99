/** The part of autocannon's API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
	namespace autocannon {
		interface Request {
			method?: string;
			path?: string;
			headers?: Record<string, string>;
			body?: string;
			setupRequest?: (req: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>;
			onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
		}
		interface Options {
			url: string;
			connections?: number;
			duration?: number;
			headers?: Record<string, string>;
			requests?: Request[];
		}
		interface Result {
			duration: number;
			non2xx: number;
			errors: number;
			statusCodeStats?: Record<string, { count: number | string }>;
		}
	}
	function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
	export default autocannon;
}
