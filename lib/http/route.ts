import 'server-only';
import { getPrincipal } from '@/lib/auth/session';
import { routeWrapper } from './handler';

/** The route wrapper of lib/http/handler bound to this request's session. */
export const route = routeWrapper({ principal: getPrincipal });
