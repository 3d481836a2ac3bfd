//! Queries: forums and meetings, cases, who owes what, the balance list, the agenda, statistics and the raw log.

use std::sync::Arc;

use async_graphql::connection::PageInfo;
use async_graphql::{Context, ID, Object, Result, SimpleObject};
use balans_domain::{CaseId, ForumId, MeetingId};
use balans_read::ObligationFilter;
use jiff::civil::Date;

use crate::error::{app_error, bad_input, not_found, ref_error};
use crate::input::{AsOf, Day, parse_optional_party};
use crate::plain::PlainList;
use crate::reports::{self, Agenda, BalanceList, BeforeOrAfter, CaseFilter, CaseOrder, Stats};
use crate::types::{Case, Forum, LogEvent, Meeting, Obligation, View};
use balans_runtime::Runtime;

/// The most items one page of a connection returns.
pub const MAX_PAGE: usize = 500;

pub struct QueryRoot;

/// The runtime and the view (live, or as of an instant) a query reads.
pub(crate) async fn view_of(ctx: &Context<'_>, as_of: Option<AsOf>) -> Result<(View, AsOf)> {
    let runtime = ctx.data::<Arc<Runtime>>()?;
    match as_of {
        None => Ok((
            View::Live(Arc::clone(runtime)),
            AsOf::end_of(runtime.today()),
        )),
        Some(as_of) => {
            let model = runtime.as_of(as_of.instant).await.map_err(app_error)?;
            Ok((View::AsOf(model), as_of))
        }
    }
}

/// As [`view_of`], for a question about one forum (when `forum` is given): the past is folded
/// from that forum's own streams, milliseconds where the whole log takes seconds.
pub(crate) async fn view_of_forum(
    ctx: &Context<'_>,
    as_of: Option<AsOf>,
    forum: Option<&ID>,
) -> Result<(View, AsOf)> {
    match (as_of, forum) {
        (Some(as_of), Some(forum)) => {
            let forum = forum_arg(ctx, forum)?;
            let runtime = ctx.data::<Arc<Runtime>>()?;
            let instant = as_of.instant;
            let model = runtime
                .blocking(move |runtime| runtime.forums_as_of(vec![forum], instant))
                .await
                .map_err(app_error)?;
            Ok((View::AsOf(Arc::new(model)), as_of))
        }
        (as_of, _) => view_of(ctx, as_of).await,
    }
}

/// A forum argument: its id, code ("FG-HÄ") or name, found in the live model.
pub(crate) fn forum_arg(ctx: &Context<'_>, id: &ID) -> Result<ForumId> {
    live_ref(ctx, |m| m.resolve_forum(id.as_str()))
}

/// A meeting argument: its id, or its forum and date ("FG-HÄ 2025-01-14").
pub(crate) fn meeting_arg(ctx: &Context<'_>, id: &ID) -> Result<MeetingId> {
    live_ref(ctx, |m| m.resolve_meeting(id.as_str()))
}

/// Finds what an argument names in the live model: whatever instant a query looks at, the
/// cases, meetings and forums people name are those that exist now.
pub(crate) fn live_ref<T>(
    ctx: &Context<'_>,
    find: impl FnOnce(&balans_read::ReadModel) -> std::result::Result<T, balans_read::RefError>,
) -> Result<T> {
    let runtime = ctx.data::<Arc<Runtime>>()?;
    find(&runtime.live()).map_err(ref_error)
}

/// What can be asked: forums, meetings, cases, who owes what, the balance list, the agenda, statistics and the raw log.
///
/// Every argument that names a case, meeting or forum takes its id or what people write: a case
/// number ("FG-HÄ 2025:5", also "fg-ha 2025:5"), a forum code ("FG-HÄ"), a meeting by forum and
/// date ("FG-HÄ 2025-01-14"). What names nothing is NOT_FOUND with the closest match.
#[Object]
impl QueryRoot {
    /// The Swedish label of every enum value the API uses (CaseStatus OPEN → "öppet"), for a
    /// UI that shows the codes in Swedish.
    async fn labels(&self) -> Vec<crate::types::EnumLabel> {
        crate::types::all_labels()
    }

    /// Every forum (förvaltningsgrupp, LSG, skyddskommitté).
    async fn forums(&self, ctx: &Context<'_>) -> Result<Vec<Forum>> {
        let (view, _) = view_of(ctx, None).await?;
        let ids: Vec<ForumId> = view.with(|m| m.forums.keys().copied().collect());
        Ok(ids
            .into_iter()
            .map(|id| Forum {
                id,
                view: view.clone(),
            })
            .collect())
    }

    /// One forum by id.
    async fn forum(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The forum's id or code (\"FG-HÄ\").")] id: ID,
    ) -> Result<Forum> {
        let (view, _) = view_of(ctx, None).await?;
        let id = forum_arg(ctx, &id)?;
        Ok(Forum { id, view })
    }

    /// One meeting (sammanträde) by id, with attendance, approvers and the cases discussed.
    async fn meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting's id, or its forum and date (\"FG-HÄ 2025-01-14\").")] id: ID,
    ) -> Result<Meeting> {
        let (view, _) = view_of(ctx, None).await?;
        let meeting = meeting_arg(ctx, &id)?;
        let found = view.with(|m| {
            m.meetings
                .get(&meeting)
                .map(|state| Meeting::new(state, view.clone()))
        });
        found.ok_or_else(|| {
            not_found(
                format!("there is no meeting {meeting}"),
                format!("det finns inget möte {meeting}"),
            )
        })
    }

    /// One case (ärende) by id or by number ("FG 2025:7"), with its timeline: how the matter moved
    /// between meetings. With `asOf`, as the case stood then.
    #[graphql(
        complexity = "child_complexity + (if as_of.is_some() { crate::PAST_COST } else { 0 })"
    )]
    async fn case(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "The case's id, or its number (\"FG-HÄ 2025:5\"; case and å, ä, ö need not match)."
        )]
        id: ID,
        #[graphql(
            desc = "The data as it stood then: a date (the end of that day, Europe/Stockholm) or a date-time."
        )]
        as_of: Option<AsOf>,
    ) -> Result<Case> {
        // Cases are never deleted: one the live model does not know never was. A case's past
        // lies within its forum's streams.
        let (case, forum) = live_ref(ctx, |m| {
            m.resolve_case_view(id.as_str())
                .map(|c| (c.state.id, ID(c.state.forum.to_string())))
        })?;
        let (view, as_of) = view_of_forum(ctx, as_of, Some(&forum)).await?;
        let found = view.with(|m| {
            m.cases
                .get(&case)
                .map(|c| Case::new(c, view.clone(), Some(as_of.date)))
        });
        found.ok_or_else(|| {
            not_found(
                format!("case {} had not been opened by then", id.as_str()),
                format!("ärende {} var inte öppnat då", id.as_str()),
            )
        })
    }

    /// Who owes what (vem är skyldig vad): owed answers and unfulfilled commitments, oldest first.
    /// `owedBy` and `owedTo` take a party as protocols write it ("Arbetsgivaren", "Kommunal", "SACO");
    /// "Fackliga organisationerna" and each union of the forum match each other. Every item
    /// unless `first` is given; `obligationCount` with the same filters says how many there are.
    #[graphql(
        complexity = "crate::page_cost(first, 100) * child_complexity + (if as_of.is_some() { crate::PAST_COST } else { 0 })"
    )]
    #[allow(clippy::too_many_arguments)]
    async fn obligations(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only what this party owes, as protocols write it (\"Arbetsgivaren\", \"Kommunal\", \"SACO\")."
        )]
        owed_by: Option<String>,
        #[graphql(
            desc = "Only what is owed to this party (\"Kommunal\"); what is owed to \"Fackliga organisationerna\" is owed to each union of the forum."
        )]
        owed_to: Option<String>,
        #[graphql(desc = "Only this forum.")] forum: Option<ID>,
        #[graphql(desc = "Only overdue (true) or only not overdue (false) items.")] overdue: Option<
            bool,
        >,
        #[graphql(
            desc = "The data as it stood then: a date (the end of that day, Europe/Stockholm) or a date-time."
        )]
        as_of: Option<AsOf>,
        #[graphql(desc = "How many items to return (1 to 500); every item when left out.")]
        first: Option<i32>,
        #[graphql(desc = "How many items of the list to pass over first (default 0).")]
        offset: Option<i32>,
    ) -> Result<PlainList<Obligation>> {
        let (view, as_of) = view_of_forum(ctx, as_of, forum.as_ref()).await?;
        let filter = obligation_filter(ctx, owed_by, owed_to, forum, overdue)?;
        let first = first.map(|n| page_size(Some(n))).transpose()?;
        let skip = match offset {
            None => 0,
            Some(n) => usize::try_from(n).map_err(|_| {
                bad_input(
                    format!("offset must be 0 or more, not {n}"),
                    format!("offset måste vara 0 eller mer, inte {n}"),
                )
            })?,
        };
        let (_, items) = view.with(|m| m.obligations_page(&filter, as_of.date, skip, first));
        Ok(items
            .into_iter()
            .map(|item| Obligation::new(item, view.clone(), as_of.date))
            .collect::<Vec<_>>()
            .into())
    }

    /// How many items `obligations` lists with the same filters: what a dashboard shows beside
    /// the first page.
    #[graphql(complexity = "1 + (if as_of.is_some() { crate::PAST_COST } else { 0 })")]
    async fn obligation_count(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "Only what this party owes, as protocols write it (\"Arbetsgivaren\", \"Kommunal\", \"SACO\")."
        )]
        owed_by: Option<String>,
        #[graphql(
            desc = "Only what is owed to this party (\"Kommunal\"); what is owed to \"Fackliga organisationerna\" is owed to each union of the forum."
        )]
        owed_to: Option<String>,
        #[graphql(desc = "Only this forum.")] forum: Option<ID>,
        #[graphql(desc = "Only overdue (true) or only not overdue (false) items.")] overdue: Option<
            bool,
        >,
        #[graphql(
            desc = "The data as it stood then: a date (the end of that day, Europe/Stockholm) or a date-time."
        )]
        as_of: Option<AsOf>,
    ) -> Result<usize> {
        let (view, as_of) = view_of_forum(ctx, as_of, forum.as_ref()).await?;
        let filter = obligation_filter(ctx, owed_by, owed_to, forum, overdue)?;
        let (total, _) = view.with(|m| m.obligations_page(&filter, as_of.date, 0, Some(0)));
        Ok(total)
    }

    /// Cases (ärenden), filtered, by forum and number, as a Relay connection with `totalCount`.
    /// With `asOf`, as the data stood then.
    #[graphql(
        complexity = "crate::page_cost(first, 50) * child_complexity + (if as_of.is_some() { crate::PAST_COST } else { 0 })"
    )]
    async fn cases(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Which cases; every given field must hold.")] filter: Option<CaseFilter>,
        #[graphql(desc = "How many cases to return (1 to 500, default 50).")] first: Option<i32>,
        #[graphql(desc = "The cursor of the last case of the previous page.")] after: Option<
            String,
        >,
        #[graphql(
            desc = "The data as it stood then: a date (the end of that day, Europe/Stockholm) or a date-time."
        )]
        as_of: Option<AsOf>,
        #[graphql(
            desc = "The order (sortering): by one column, ties by case number; without it, the list's own order (by forum and number)."
        )]
        order_by: Option<CaseOrder>,
    ) -> Result<CaseConnection> {
        let filter = filter.unwrap_or_default();
        let (view, as_of) = view_of_forum(ctx, as_of, filter.forum_id.as_ref()).await?;
        let forum = filter
            .forum_id
            .as_ref()
            .map(|id| forum_arg(ctx, id))
            .transpose()?;
        let read_filter = balans_read::CaseFilter {
            forum,
            kind: filter.kind.map(Into::into),
            status: filter.status.map(Into::into),
            raised_by: parse_optional_party(filter.raised_by.as_deref())?,
            addressed_to: parse_optional_party(filter.addressed_to.as_deref())?,
            owed_by: parse_optional_party(filter.owed_by.as_deref())?,
            overdue: filter.overdue,
            on_balance_list: filter.on_balance_list,
            meeting: filter
                .meeting_id
                .as_ref()
                .map(|id| meeting_arg(ctx, id))
                .transpose()?,
            text: filter.text,
        };
        let offset: usize = match after {
            None => 0,
            Some(cursor) => cursor
                .parse::<usize>()
                .map(|index| index + 1)
                .map_err(|_| {
                    bad_input(
                        format!("{cursor:?} is not a cursor of this connection"),
                        format!("{cursor:?} är ingen markör i den här listan"),
                    )
                })?,
        };
        let first = page_size(first)?;
        view.with(|m| {
            let (total, page) = match order_by {
                Some(order) => {
                    m.cases_page_sorted(&read_filter, as_of.date, order.into(), offset, first)
                }
                None => m.cases_page(&read_filter, as_of.date, offset, first),
            };
            let end = offset + page.len();
            let edges: Vec<CaseEdge> = page
                .iter()
                .enumerate()
                .map(|(index, c)| CaseEdge {
                    cursor: (offset + index).to_string(),
                    node: Case::new(c, view.clone(), Some(as_of.date)),
                })
                .collect();
            Ok(CaseConnection {
                total_count: total,
                page_info: page_info(
                    offset > 0,
                    end < total,
                    edges.first().map(|e| e.cursor.clone()),
                    edges.last().map(|e| e.cursor.clone()),
                ),
                edges,
            })
        })
    }

    /// The forum's balance list (balanslista): now, at an instant (`asOf`), or before or after a
    /// meeting (`atMeeting`, with `when`: AFTER unless BEFORE is given), where it also shows what changed against the previous meeting.
    #[graphql(
        complexity = "child_complexity + (if as_of.is_some() { crate::PAST_COST } else { 0 })"
    )]
    async fn balance_list(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The forum whose balance list to show.")] forum: ID,
        #[graphql(
            desc = "Show the list before or after this meeting, with what changed against the previous meeting."
        )]
        at_meeting: Option<ID>,
        #[graphql(
            desc = "With atMeeting: before (inför) or after (efter) the meeting; AFTER when not given."
        )]
        when: Option<BeforeOrAfter>,
        #[graphql(
            desc = "The data as it stood then: a date (the end of that day, Europe/Stockholm) or a date-time."
        )]
        as_of: Option<AsOf>,
    ) -> Result<BalanceList> {
        let runtime = Arc::clone(ctx.data::<Arc<Runtime>>()?);
        let Some(meeting) = at_meeting else {
            let (view, as_of) = view_of_forum(ctx, as_of, Some(&forum)).await?;
            let forum = forum_arg(ctx, &forum)?;
            return Ok(view.with(|m| {
                let ids: Vec<CaseId> = m.balance_list(forum).iter().map(|c| c.state.id).collect();
                BalanceList {
                    meeting: None,
                    previous_meeting: None,
                    cases: reports::cases_by_id(m, &view, &ids, as_of.date),
                    added: Vec::new(),
                    removed: Vec::new(),
                    carried_over: Vec::new(),
                }
            }));
        };
        if as_of.is_some() {
            return Err(bad_input(
                "give either atMeeting or asOf, not both",
                "ange antingen atMeeting eller asOf, inte båda",
            ));
        }
        let when = when.unwrap_or_default();
        let forum = forum_arg(ctx, &forum)?;
        let meeting = meeting_arg(ctx, &meeting)?;
        // Which cases were on the list then follows from the live model's timelines; only the
        // cases' own state as it stood then needs a model folded up to that day.
        let at =
            balans_read::balance_list_at_meeting_in(&runtime.live(), forum, meeting, when.into())
                .map_err(query_error)?;
        let day = match when {
            BeforeOrAfter::Before => at.meeting.date.yesterday().unwrap_or(at.meeting.date),
            BeforeOrAfter::After => at.meeting.date,
        };
        let model = Arc::new(
            runtime
                .blocking(move |runtime| {
                    runtime.forums_as_of(vec![forum], balans_read::end_of_day(day))
                })
                .await
                .map_err(app_error)?,
        );
        let view = View::AsOf(Arc::clone(&model));
        let ids: Vec<CaseId> = at.cases.iter().map(|entry| entry.case).collect();
        Ok(BalanceList {
            meeting: Some(Meeting::new(&at.meeting, View::Live(Arc::clone(&runtime)))),
            previous_meeting: at
                .previous_meeting
                .as_ref()
                .map(|previous| Meeting::new(previous, View::Live(Arc::clone(&runtime)))),
            cases: reports::cases_by_id(&model, &view, &ids, day),
            added: reports::cases_by_id(&model, &view, &at.added, day),
            removed: reports::cases_by_id(&model, &view, &at.removed, day),
            carried_over: reports::cases_by_id(&model, &view, &at.carried_over, day),
        })
    }

    /// What the forum's next meeting must carry (dagordning): questions left open, commitments
    /// due by then or overdue, the balance list, and board matters awaiting an outcome.
    async fn agenda(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The forum whose next meeting to prepare.")] forum: ID,
    ) -> Result<Agenda> {
        let (view, as_of) = view_of(ctx, None).await?;
        let forum = forum_arg(ctx, &forum)?;
        Ok(view.with(|m| {
            let agenda = m.agenda(forum, as_of.date);
            let case_ids = |views: &[&balans_read::CaseView]| {
                views.iter().map(|c| c.state.id).collect::<Vec<_>>()
            };
            let owed = |items: Vec<balans_read::OwedItem>| {
                items
                    .into_iter()
                    .map(|item| Obligation::new(item, view.clone(), as_of.date))
                    .collect::<Vec<_>>()
                    .into()
            };
            Agenda {
                next_meeting: agenda
                    .next_meeting
                    .map(|meeting| Meeting::new(meeting, view.clone())),
                balance_list: reports::cases_by_id(
                    m,
                    &view,
                    &case_ids(&agenda.balance_list),
                    as_of.date,
                ),
                board_matters_awaiting_outcome: reports::cases_by_id(
                    m,
                    &view,
                    &case_ids(&agenda.board_matters_awaiting_outcome),
                    as_of.date,
                ),
                open_questions: owed(agenda.open_questions),
                commitments_due: owed(agenda.commitments_due),
                commitments_undated: owed(agenda.commitments_undated),
            }
        }))
    }

    /// Counts of open, answered and overdue matters by party, how long answers and fulfilments
    /// take (median and 90th percentile, in days), and broken promises, for cases opened between
    /// `from` and `to` (statistik).
    #[graphql(
        complexity = "child_complexity + (if as_of.is_some() { crate::PAST_COST } else { 0 })"
    )]
    async fn stats(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only this forum; all forums when not given.")] forum: Option<ID>,
        #[graphql(desc = "Only cases opened on or after this date.")] from: Option<Day>,
        #[graphql(desc = "Only cases opened on or before this date.")] to: Option<Day>,
        #[graphql(
            desc = "The data as it stood then: a date (the end of that day, Europe/Stockholm) or a date-time."
        )]
        as_of: Option<AsOf>,
    ) -> Result<Stats> {
        let (from, to) = (from.map(Date::from), to.map(Date::from));
        // A dashboard of answer and fulfilment times is answered without counting every
        // matter (`ReadModel::days_by_party`): only the durations are worked out when only they
        // are asked for.
        let look = ctx.look_ahead();
        let durations_only = !look.field("waiting").exists()
            && !look.field("forums").exists()
            && !look.field("askers").exists()
            && look
                .field("parties")
                .selection_fields()
                .iter()
                .all(|parties| {
                    parties.selection_set().all(|field| {
                        matches!(
                            field.name(),
                            "party" | "daysToAnswer" | "daysToFulfil" | "__typename"
                        )
                    })
                });
        let (view, as_of) = view_of_forum(ctx, as_of, forum.as_ref()).await?;
        let forum = forum.map(|id| forum_arg(ctx, &id)).transpose()?;
        Ok(view.with(|m| {
            if durations_only {
                return reports::durations(&m.days_by_party(forum, from, to));
            }
            let stats = m.stats(forum, from, to, as_of.date);
            reports::stats(m, &view, &stats, as_of.date)
        }))
    }

    /// Everyone who may sign in (personer), with their roles. Admins only.
    async fn people(&self, ctx: &Context<'_>) -> Result<Vec<crate::admin::Person>> {
        crate::admin::people(ctx)
    }

    /// Every API token (API-nycklar), newest first, revoked ones too; never a secret. Admins only.
    async fn api_tokens(&self, ctx: &Context<'_>) -> Result<Vec<crate::admin::ApiToken>> {
        crate::admin::api_tokens(ctx)
    }

    /// The raw event log for integrations: events after a global position, in order, without gaps.
    #[graphql(complexity = "crate::page_cost(first, 50) * child_complexity")]
    async fn events(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "The global position to read after (the endCursor of the previous page); from the start when not given."
        )]
        after: Option<String>,
        #[graphql(desc = "How many events to return (1 to 500, default 50).")] first: Option<i32>,
    ) -> Result<LogEventConnection> {
        let runtime = ctx.data::<Arc<Runtime>>()?;
        let after: u64 = match after {
            None => 0,
            Some(cursor) => cursor.parse().map_err(|_| {
                bad_input(
                    format!("{cursor:?} is not a position (a whole number)"),
                    format!("{cursor:?} är ingen position (ett heltal)"),
                )
            })?,
        };
        let first = page_size(first)?;
        let mut page = runtime
            .store()
            .read_all(after + 1, first + 1)
            .map_err(|e| app_error(e.into()))?;
        let has_next = page.len() > first;
        page.truncate(first);
        let edges: Vec<LogEventEdge> = page
            .iter()
            .map(|event| LogEventEdge {
                cursor: event.position.to_string(),
                node: LogEvent::new(event),
            })
            .collect();
        Ok(LogEventConnection {
            page_info: page_info(
                after > 0,
                has_next,
                edges.first().map(|e| e.cursor.clone()),
                edges.last().map(|e| e.cursor.clone()),
            ),
            edges,
        })
    }
}

/// A page of cases (Relay connection).
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct CaseConnection {
    /// How many cases match, over all pages.
    pub total_count: usize,
    /// Where this page lies.
    pub page_info: PageInfo,
    /// The cases of this page with their cursors.
    pub edges: Vec<CaseEdge>,
}

/// A case with its cursor.
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct CaseEdge {
    /// Pass as `after` to continue after this case.
    pub cursor: String,
    /// The case.
    pub node: Case,
}

/// A page of the raw log (Relay connection over global positions).
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct LogEventConnection {
    /// Where this page lies.
    pub page_info: PageInfo,
    /// The events of this page with their cursors (their global positions).
    pub edges: Vec<LogEventEdge>,
}

/// A stored event with its cursor.
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct LogEventEdge {
    /// The event's global position; pass as `after` to continue after it.
    pub cursor: String,
    /// The event.
    pub node: LogEvent,
}

fn page_info(
    has_previous_page: bool,
    has_next_page: bool,
    start_cursor: Option<String>,
    end_cursor: Option<String>,
) -> PageInfo {
    PageInfo {
        has_previous_page,
        has_next_page,
        start_cursor,
        end_cursor,
    }
}

fn query_error(error: balans_read::QueryError) -> async_graphql::Error {
    match error {
        balans_read::QueryError::Load(error) => crate::error::read_error(error),
        not_found_error => {
            let swedish = not_found_error.swedish();
            not_found(not_found_error.to_string(), swedish)
        }
    }
}

/// Reads a `first` argument: 1 to [`MAX_PAGE`], 50 when not given.
fn obligation_filter(
    ctx: &Context<'_>,
    owed_by: Option<String>,
    owed_to: Option<String>,
    forum: Option<ID>,
    overdue: Option<bool>,
) -> Result<ObligationFilter> {
    Ok(ObligationFilter {
        owed_by: parse_optional_party(owed_by.as_deref())?,
        owed_to: parse_optional_party(owed_to.as_deref())?,
        forum: forum.map(|id| forum_arg(ctx, &id)).transpose()?,
        overdue,
    })
}

pub(crate) fn page_size(first: Option<i32>) -> Result<usize> {
    match first {
        None => Ok(50),
        Some(n) if n >= 1 && n as usize <= MAX_PAGE => Ok(n as usize),
        Some(n) => Err(bad_input(
            format!("first must be between 1 and {MAX_PAGE}, not {n}"),
            format!("first måste vara mellan 1 och {MAX_PAGE}, inte {n}"),
        )),
    }
}
