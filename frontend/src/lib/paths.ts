// The screens' shareable URLs.

import { sectionAnchor } from './draft';

export const caseHref = (number: string) => `/arenden/${encodeURIComponent(number)}`;
export const meetingHref = (forumCode: string, date: string) => `/moten/${encodeURIComponent(`${forumCode} ${date}`)}`;
export const agendaHref = (forumCode: string) => `/dagordning/${encodeURIComponent(forumCode)}`;
/** A meeting's imported protocol, at the paragraph `section` ("4" for § 4) when given. */
export const protocolHref = (forumCode: string, date: string, section?: string | null) =>
  `${meetingHref(forumCode, date)}/protokoll${section ? `#${sectionAnchor(section)}` : ''}`;
