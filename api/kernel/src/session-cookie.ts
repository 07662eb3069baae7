import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';

/**
 * A session cookie: its name and the attributes it is set with, which are also the ones it is
 * cleared with — a `__Host-` cookie (production) can only be written `Secure`, on path `/`.
 */
export class SessionCookie {
  private constructor(
    readonly name: string,
    private readonly attributes: CookieOptions,
  ) {}

  /** A member's session (SPEC A8): `Lax`, so that a link from an e-mail opens the portal logged in. */
  static member(production: boolean): SessionCookie {
    return new SessionCookie(production ? '__Host-portail_session' : 'portail_session', {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: production,
    });
  }

  /** A manager's session (SPEC H1): `Strict`, and never longer than the session itself. */
  static manager(production: boolean, maxHours: number): SessionCookie {
    return new SessionCookie(production ? '__Host-portail_gestion' : 'portail_gestion', {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      secure: production,
      maxAge: maxHours * 3600,
    });
  }

  read(c: Context): string | undefined {
    return getCookie(c, this.name);
  }

  write(c: Context, token: string): void {
    setCookie(c, this.name, token, this.attributes);
  }

  clear(c: Context): void {
    const { maxAge: _maxAge, expires: _expires, ...attributes } = this.attributes;
    deleteCookie(c, this.name, attributes);
  }
}
