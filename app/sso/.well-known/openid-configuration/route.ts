import { ssoIssuer } from '@/lib/sso/config';
import { json, withSso } from '@/lib/sso/http';

export const dynamic = 'force-dynamic';

export const GET = withSso(async () => {
  const iss = ssoIssuer();
  return json({
    issuer: iss,
    authorization_endpoint: `${iss}/authorize`,
    token_endpoint: `${iss}/token`,
    userinfo_endpoint: `${iss}/userinfo`,
    jwks_uri: `${iss}/jwks`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: ['openid', 'profile', 'phone'],
    claims_supported: [
      'sub',
      'iss',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'nonce',
      'name',
      'phone_number',
      'jx_kind',
      'uscc',
      'id_card',
      'jx_region',
      'jx_bureau',
      'jx_admin',
    ],
    authorization_response_iss_parameter_supported: true,
    ui_locales_supported: ['zh-CN'],
  });
});
