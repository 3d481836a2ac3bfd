// The screens' shareable URLs.

export const caseHref = (number: string) => `/arenden/${encodeURIComponent(number)}`;
export const meetingHref = (forumCode: string, date: string) => `/moten/${encodeURIComponent(`${forumCode} ${date}`)}`;
export const agendaHref = (forumCode: string) => `/dagordning/${encodeURIComponent(forumCode)}`;
