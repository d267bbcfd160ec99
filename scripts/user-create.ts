/**
 * Creates a user from the command line — the way to make the first administrator of a production
 * database, which has no account and no default password.
 *
 *   npm run user:create -- --role admin --email it@example.gov.vn --name "Nguyễn Văn A" [--organisation bo-tai-chinh] [--lead] [--locale en]
 *
 * The password is read from SANSANG_PASSWORD or typed at a hidden prompt, never from the command line.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { getDb, migrateDatabase } from '../src/lib/server/db';
import { prepareDatabase } from '../src/lib/server/services/startup';
import { createUser } from '../src/lib/server/services/users';
import { organisationIdByCode } from '../src/lib/server/seed/organisations';
import { createUserSchema } from '../src/lib/domain/validation/users';
import { DomainError } from '../src/lib/server/services/errors';

const { values } = parseArgs({
	options: {
		role: { type: 'string' },
		email: { type: 'string' },
		name: { type: 'string' },
		organisation: { type: 'string' },
		lead: { type: 'boolean', default: false },
		locale: { type: 'string', default: 'vi' }
	}
});

async function askPassword(): Promise<string> {
	if (process.env.SANSANG_PASSWORD) return process.env.SANSANG_PASSWORD;
	let muted = false;
	const output = new Writable({
		write(chunk, _enc, done) {
			if (!muted) process.stdout.write(chunk);
			done();
		}
	});
	const rl = createInterface({ input: process.stdin, output, terminal: true });
	const question = (q: string) =>
		new Promise<string>((resolve) => {
			rl.question(q, (answer) => resolve(answer));
			muted = true;
		});
	const first = await question('Password (at least 8 characters): ');
	muted = false;
	process.stdout.write('\n');
	const second = await question('Repeat the password: ');
	muted = false;
	process.stdout.write('\n');
	rl.close();
	if (first !== second) throw new Error('the two passwords differ');
	return first;
}

const db = getDb();
migrateDatabase(db);
await prepareDatabase(db, { demo: false });
const organisationId = values.organisation ? organisationIdByCode(db, values.organisation) : null;
const parsed = createUserSchema.safeParse({
	role: values.role,
	email: values.email,
	name: values.name,
	organisationId: organisationId === null ? '' : String(organisationId),
	isLead: values.lead ? 'on' : '',
	locale: values.locale,
	password: await askPassword()
});
if (!parsed.success) {
	for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message.replace(/^error_/, '').replace(/_/g, ' ')}`);
	process.exit(1);
}
try {
	const id = await createUser(db, null, parsed.data);
	console.log(`Created ${parsed.data.role} ${parsed.data.email} (id ${id}).`);
} catch (e) {
	if (e instanceof DomainError) {
		console.error(`${e.field}: ${e.key.replace(/^error_/, '').replace(/_/g, ' ')}`);
		process.exit(1);
	}
	throw e;
}
