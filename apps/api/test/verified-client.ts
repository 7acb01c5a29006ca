import { TestContext, tokenOf, uniqueEmail, waitForEmail } from './harness';

const PASSWORD = 'correct horse battery';
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { user { id } } }`;

/** A logged-in client whose email is verified (through the real email link). */
export async function verifiedClient(ctx: TestContext, email = uniqueEmail('user')) {
  const c = ctx.client();
  await c.ok(REGISTER, { input: { email, password: PASSWORD, displayName: email.split('@')[0] } });
  const mail = await waitForEmail(email, 'Confirmez');
  await c.ok(`mutation($t: String!) { verifyEmail(input: { token: $t }) { user { id } } }`, { t: tokenOf(mail.link) });
  return c;
}
