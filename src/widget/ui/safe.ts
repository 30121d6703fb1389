/**
 * Whether a URL field may become an href. The validator already refuses any scheme but
 * http(s); this second check keeps a `javascript:` URL out even if a host skipped it.
 * (Its own module: the plain-DOM first layer uses it without Lit.)
 */
export const safe = (url: string | undefined): url is string =>
  // Browsers drop tabs and newlines inside a URL and spaces around it ("java\tscript:").
  !!url && !/^(?!https?:)[a-z][\w+.-]*:/i.test(url.replace(/[\0- \x7f]/g, ''));
