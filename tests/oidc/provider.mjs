// A real OpenID provider for balans' sign-in tests: oidc-provider on a loopback port, with one
// client for balans (authorization code with PKCE) and its development sign-in and consent forms.
// ISSUER (http://127.0.0.1:PORT) and REDIRECT_URI come from the test; it prints "ready" when it listens.
import Provider from 'oidc-provider';

const issuer = process.env.ISSUER;
const redirect = process.env.REDIRECT_URI;
const port = Number(new URL(issuer).port);

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'balans',
      client_secret: 'balans-test-secret',
      redirect_uris: [redirect],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
  },
  // The account is whoever signs in on the development form; the test names them.
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return {
          sub: id,
          email: `${id}@kommun.example`,
          email_verified: true,
          preferred_username: `${id}@kommun.example`,
          name: `${id[0].toUpperCase()}${id.slice(1)} Testsson`,
        };
      },
    };
  },
  features: { devInteractions: { enabled: true } },
});

provider.listen(port, '127.0.0.1', () => {
  console.log('ready');
});
