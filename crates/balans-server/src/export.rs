//! Files a person opens in a spreadsheet or a word processor: the cases as CSV or Excel (`GET /export/cases.csv`, `.xlsx`) and a forum's next agenda as Word (`GET /export/agenda/{forum}.docx`).
//!
//! Everything is read through the runtime, as the GraphQL queries read it: the cases with the
//! filters of the `cases` query and in its order, the agenda from the same read as `agenda`.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use balans_domain::{CaseKind, CaseStatus, ForumId, MeetingId, Party};
use balans_graphql::input::AsOf;
use balans_graphql::types::{SwedishLabel, View};
use balans_read::{CaseFilter, CaseOrder, OwedItem, ReadModel, RefError};
use balans_runtime::Runtime;
use jiff::civil::Date;
use serde::Deserialize;

use crate::AppState;

/// An export that cannot be made: the status, and what is wrong in English and in Swedish.
#[derive(Debug)]
pub struct ExportError {
    status: StatusCode,
    code: &'static str,
    english: String,
    swedish: String,
}

impl ExportError {
    fn bad(english: impl Into<String>, swedish: impl Into<String>) -> Self {
        ExportError {
            status: StatusCode::BAD_REQUEST,
            code: "BAD_INPUT",
            english: english.into(),
            swedish: swedish.into(),
        }
    }

    fn internal(what: &str, error: impl std::fmt::Display) -> Self {
        tracing::error!(%error, "an export failed: {what}");
        ExportError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "INTERNAL",
            english: format!("the {what} could not be made; it has been logged"),
            swedish: "filen kunde inte skapas; felet är loggat".to_string(),
        }
    }

    /// A name in a parameter that names nothing: the closest match is in both messages.
    fn reference(parameter: &str, error: RefError, status: StatusCode) -> Self {
        ExportError {
            status,
            code: if status == StatusCode::NOT_FOUND {
                "NOT_FOUND"
            } else {
                "BAD_INPUT"
            },
            english: format!("{parameter}: {error}"),
            swedish: format!("{parameter}: {}", error.swedish()),
        }
    }
}

/// As the GraphQL errors: `code`, `message`, and `messageSv` for the person.
impl IntoResponse for ExportError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "code": self.code,
            "message": self.english,
            "messageSv": self.swedish,
        });
        (self.status, Json(body)).into_response()
    }
}

/// The query parameters of the case exports: the fields of the `cases` query's filter, and
/// `asOf`. `party` is short for `owedBy`, and `q` for `text`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CaseParams {
    pub forum: Option<String>,
    pub status: Option<String>,
    pub kind: Option<String>,
    pub party: Option<String>,
    pub raised_by: Option<String>,
    pub addressed_to: Option<String>,
    pub owed_by: Option<String>,
    pub overdue: Option<String>,
    pub on_balance_list: Option<String>,
    pub meeting: Option<String>,
    pub q: Option<String>,
    pub as_of: Option<String>,
    /// The order, as the web UI's `sort` writes it (`title`, `-openedOn`); without it, the
    /// `cases` query's own order.
    pub sort: Option<String>,
}

/// The columns of a case export, in Swedish as the file's reader sees them.
pub const CASE_COLUMNS: [&str; 12] = [
    "Ärende",
    "Rubrik",
    "Forum",
    "Typ",
    "Status",
    "Ställd av",
    "Till",
    "Öppnad",
    "Skyldig",
    "Förfaller",
    "Försenad",
    "Balanslista",
];

/// One case as a row of the export.
#[derive(Debug, Clone)]
pub struct CaseRow {
    pub number: String,
    pub title: String,
    pub forum: String,
    pub kind: &'static str,
    pub status: &'static str,
    pub raised_by: String,
    pub addressed_to: String,
    pub opened: Date,
    /// The parties that owe something on the case now, in the order they came to owe it.
    pub owed_by: String,
    /// The earliest due date of what is owed.
    pub due: Option<Date>,
    pub overdue: bool,
    pub on_balance_list: bool,
}

fn yes_no(value: bool) -> &'static str {
    if value { "ja" } else { "nej" }
}

impl CaseRow {
    fn new(model: &ReadModel, case: &balans_read::CaseRow, as_of: Date) -> Self {
        let owed = model.case_obligations(case, as_of);
        let mut parties: Vec<&str> = Vec::new();
        for item in &owed {
            let name = item.obligation.party.name();
            if !parties.contains(&name) {
                parties.push(name);
            }
        }
        let party = |p: &Option<Party>| p.as_ref().map_or(String::new(), |p| p.to_string());
        CaseRow {
            number: case.number.to_string(),
            title: case.title.to_string(),
            forum: model
                .forums
                .get(&case.forum)
                .map_or(String::new(), |forum| forum.code.clone()),
            kind: case.kind.swedish(),
            status: balans_graphql::types::CaseStatus::from(case.status()).label_sv(),
            raised_by: party(&case.raised_by),
            addressed_to: party(&case.addressed_to),
            opened: case.opened.on,
            owed_by: parties.join(", "),
            due: owed.iter().filter_map(|item| item.due_date).min(),
            overdue: owed.iter().any(|item| item.overdue),
            on_balance_list: case.on_balance_list,
        }
    }

    /// The row as text, column by column.
    pub fn cells(&self) -> [String; 12] {
        [
            self.number.clone(),
            self.title.clone(),
            self.forum.clone(),
            self.kind.to_string(),
            self.status.to_string(),
            self.raised_by.clone(),
            self.addressed_to.clone(),
            self.opened.to_string(),
            self.owed_by.clone(),
            self.due.map_or(String::new(), |d| d.to_string()),
            yes_no(self.overdue).to_string(),
            yes_no(self.on_balance_list).to_string(),
        ]
    }
}

/// The exports are reads, under the rule GraphQL reads follow: anyone while `public_read` is
/// on, otherwise a signed-in principal; a signed-in principal's downloads count against its
/// request limit.
pub async fn readers_only(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let principal = match crate::auth::limited_principal(&state, request.headers(), &session).await
    {
        Ok(principal) => principal,
        Err(crate::auth::Refused(response)) => return *response,
    };
    if let Some((english, swedish)) = crate::auth::may_not_read(&state.auth, &principal) {
        return ExportError {
            status: StatusCode::UNAUTHORIZED,
            code: "UNAUTHENTICATED",
            english: english.into(),
            swedish: swedish.into(),
        }
        .into_response();
    }
    next.run(request).await
}

/// The cases a request's parameters select, as the `cases` query lists them, and the date
/// the rows were judged on.
pub async fn case_rows(
    runtime: &Arc<Runtime>,
    params: CaseParams,
) -> Result<(Vec<CaseRow>, Date), ExportError> {
    let as_of = params
        .as_of
        .as_deref()
        .map(|text| {
            AsOf::parse(text).map_err(|english| {
                ExportError::bad(
                    format!("asOf: {english}"),
                    format!(
                        "asOf: \"{text}\" är varken ett datum (2025-03-01) eller en tidpunkt med tidszon (2025-03-01T12:00:00+01:00)"
                    ),
                )
            })
        })
        .transpose()?;
    let order = params
        .sort
        .as_deref()
        .map(|text| {
            CaseOrder::parse(text).ok_or_else(|| {
                ExportError::bad(
                    format!("sort: {text:?} is not a column (number, title, kind, status, raisedBy, openedOn, with - before it for descending)"),
                    format!("sort: \"{text}\" är ingen kolumn (number, title, kind, status, raisedBy, openedOn, med - före för fallande ordning)"),
                )
            })
        })
        .transpose()?;
    let (filter, forum) = {
        let live = runtime.live();
        case_filter(&live, params)?
    };
    // What is named is found in the live model, whatever instant is asked about; the past of
    // one forum is folded from its own streams, as the `cases` query does.
    let (view, date) = match as_of {
        None => (View::Live(Arc::clone(runtime)), runtime.today()),
        Some(as_of) => {
            let model = match forum {
                Some(forum) => Arc::new(
                    runtime
                        .blocking(move |runtime| runtime.forums_as_of(vec![forum], as_of.instant))
                        .await
                        .map_err(|error| ExportError::internal("export", error))?,
                ),
                None => runtime
                    .as_of(as_of.instant)
                    .await
                    .map_err(|error| ExportError::internal("export", error))?,
            };
            (View::AsOf(model), as_of.date)
        }
    };
    let rows = tokio::task::spawn_blocking(move || {
        view.with(|model| {
            let mut cases = model.cases(&filter, date);
            if let Some(order) = order {
                balans_read::order::sort_cases(&mut cases, order);
            }
            cases
                .into_iter()
                .map(|case| CaseRow::new(model, &case.state, date))
                .collect::<Vec<_>>()
        })
    })
    .await
    .map_err(|error| ExportError::internal("export", error))?;
    Ok((rows, date))
}

/// Reads the parameters into the read model's filter, as the `cases` query reads its filter.
fn case_filter(
    live: &ReadModel,
    params: CaseParams,
) -> Result<(CaseFilter, Option<ForumId>), ExportError> {
    let forum = params
        .forum
        .as_deref()
        .map(|text| {
            live.resolve_forum(text)
                .map_err(|error| ExportError::reference("forum", error, StatusCode::BAD_REQUEST))
        })
        .transpose()?;
    let meeting: Option<MeetingId> = params
        .meeting
        .as_deref()
        .map(|text| {
            live.resolve_meeting(text)
                .map_err(|error| ExportError::reference("meeting", error, StatusCode::BAD_REQUEST))
        })
        .transpose()?;
    if params.party.is_some() && params.owed_by.is_some() {
        return Err(ExportError::bad(
            "give party or owedBy, not both (party is short for owedBy)",
            "ange party eller owedBy, inte båda (party betyder owedBy)",
        ));
    }
    let filter = CaseFilter {
        forum,
        kind: params
            .kind
            .as_deref()
            .map(enum_param::<balans_graphql::types::CaseKind>("kind"))
            .transpose()?
            .map(CaseKind::from),
        status: params
            .status
            .as_deref()
            .map(enum_param::<balans_graphql::types::CaseStatus>("status"))
            .transpose()?
            .map(CaseStatus::from),
        raised_by: party_param("raisedBy", params.raised_by)?,
        addressed_to: party_param("addressedTo", params.addressed_to)?,
        owed_by: party_param(
            if params.party.is_some() {
                "party"
            } else {
                "owedBy"
            },
            params.party.or(params.owed_by),
        )?,
        overdue: bool_param("overdue", params.overdue)?,
        on_balance_list: bool_param("onBalanceList", params.on_balance_list)?,
        meeting,
        text: params.q.filter(|q| !q.trim().is_empty()),
    };
    Ok((filter, forum))
}

/// An enum parameter: its GraphQL value (`OPEN`, in any letter case) or its Swedish label
/// (`öppet`).
fn enum_param<T: SwedishLabel>(name: &'static str) -> impl Fn(&str) -> Result<T, ExportError> {
    move |text| {
        let wanted = text.trim();
        let items = T::items();
        items
            .iter()
            .find(|item| {
                item.name.eq_ignore_ascii_case(wanted)
                    || item.value.label_sv().to_lowercase() == wanted.to_lowercase()
            })
            .map(|item| item.value)
            .ok_or_else(|| {
                let names: Vec<&str> = items.iter().map(|item| item.name).collect();
                let labels: Vec<&str> = items.iter().map(|item| item.value.label_sv()).collect();
                ExportError::bad(
                    format!("{name}: {wanted:?} is not one of {}", names.join(", ")),
                    format!(
                        "{name}: \"{wanted}\" är inget av {} ({})",
                        names.join(", "),
                        labels.join(", ")
                    ),
                )
            })
    }
}

fn party_param(name: &str, value: Option<String>) -> Result<Option<Party>, ExportError> {
    value
        .map(|text| {
            Party::parse(&text).map_err(|error| {
                ExportError::bad(
                    format!("{name}: {error}"),
                    format!(
                        "{name}: en part behöver ett namn (till exempel \"Arbetsgivaren\" eller \"Kommunal\")"
                    ),
                )
            })
        })
        .transpose()
}

fn bool_param(name: &str, value: Option<String>) -> Result<Option<bool>, ExportError> {
    value
        .map(|text| match text.trim().to_lowercase().as_str() {
            "true" | "ja" | "1" => Ok(true),
            "false" | "nej" | "0" => Ok(false),
            _ => Err(ExportError::bad(
                format!("{name}: {text:?} is neither true nor false"),
                format!("{name}: \"{text}\" är varken true eller false (ja eller nej)"),
            )),
        })
        .transpose()
}

/// Reads the query string, refusing a parameter the exports do not know.
fn params(
    query: Result<Query<CaseParams>, axum::extract::rejection::QueryRejection>,
) -> Result<CaseParams, ExportError> {
    query.map(|Query(params)| params).map_err(|rejection| {
        let detail = rejection.body_text();
        ExportError::bad(
            format!("the query string cannot be read: {detail}"),
            format!(
                "frågesträngen gick inte att läsa ({detail}); parametrarna är forum, status, kind, party, raisedBy, addressedTo, owedBy, overdue, onBalanceList, meeting, q och asOf"
            ),
        )
    })
}

fn attachment(content_type: &'static str, file_name: &str, body: Vec<u8>) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

/// `GET /export/cases.csv`: `;`-separated with a UTF-8 BOM, as Swedish Excel reads it.
pub async fn cases_csv(
    State(state): State<AppState>,
    query: Result<Query<CaseParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ExportError> {
    let (rows, date) = case_rows(&state.runtime, params(query)?).await?;
    let body = tokio::task::spawn_blocking(move || cases_to_csv(&rows))
        .await
        .map_err(|error| ExportError::internal("CSV file", error))?
        .map_err(|error| ExportError::internal("CSV file", error))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("arenden-{date}.csv"),
        body,
    ))
}

/// The rows as CSV: a BOM, the header, a line per case.
pub fn cases_to_csv(rows: &[CaseRow]) -> Result<Vec<u8>, csv::Error> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .from_writer(&mut out);
        writer.write_record(CASE_COLUMNS)?;
        for row in rows {
            writer.write_record(row.cells())?;
        }
        writer.flush()?;
    }
    Ok(out)
}

/// `GET /export/cases.xlsx`: one sheet, "Ärenden", with a header row, dates as dates.
pub async fn cases_xlsx(
    State(state): State<AppState>,
    query: Result<Query<CaseParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ExportError> {
    let (rows, date) = case_rows(&state.runtime, params(query)?).await?;
    let body = tokio::task::spawn_blocking(move || cases_to_xlsx(&rows))
        .await
        .map_err(|error| ExportError::internal("Excel file", error))?
        .map_err(|error| ExportError::internal("Excel file", error))?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("arenden-{date}.xlsx"),
        body,
    ))
}

/// The sheet's name.
pub const SHEET: &str = "Ärenden";

/// The rows as an Excel workbook.
pub fn cases_to_xlsx(rows: &[CaseRow]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let sheet = workbook.add_worksheet();
    sheet.set_name(SHEET)?;
    // Widths in characters, for what each column usually holds.
    let widths = [
        14.0, 50.0, 9.0, 13.0, 10.0, 22.0, 22.0, 11.0, 26.0, 11.0, 9.0, 11.0,
    ];
    for (col, (title, width)) in CASE_COLUMNS.iter().zip(widths).enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, *title, &bold)?;
        sheet.set_column_width(col, width)?;
    }
    for (index, row) in rows.iter().enumerate() {
        let r = u32::try_from(index + 1)
            .map_err(|_| rust_xlsxwriter::XlsxError::RowColumnLimitError)?;
        let cells = row.cells();
        for (col, cell) in cells.iter().enumerate() {
            let col = col as u16;
            match col {
                7 => {
                    sheet.write_date_with_format(r, col, row.opened, &day)?;
                }
                9 => {
                    if let Some(due) = &row.due {
                        sheet.write_date_with_format(r, col, due, &day)?;
                    }
                }
                _ if cell.is_empty() => {}
                _ => {
                    sheet.write_string(r, col, cell)?;
                }
            }
        }
    }
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    sheet.autofilter(0, 0, last_row, CASE_COLUMNS.len() as u16 - 1)?;
    sheet.set_freeze_panes(1, 0)?;
    workbook.save_to_buffer()
}

/// `GET /export/agenda/{forum}.docx`: the next meeting's agenda as a Word document to edit.
pub async fn agenda_docx(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, ExportError> {
    let Some(forum) = file.strip_suffix(".docx") else {
        return Err(ExportError {
            status: StatusCode::NOT_FOUND,
            code: "NOT_FOUND",
            english: format!("{file:?}: the agenda is at /export/agenda/<forum>.docx"),
            swedish: format!("\"{file}\": dagordningen hämtas som /export/agenda/<forum>.docx"),
        });
    };
    let runtime = Arc::clone(&state.runtime);
    let forum = forum.to_string();
    let (body, file_name) = tokio::task::spawn_blocking(move || {
        let model = runtime.live();
        let forum = model
            .resolve_forum(&forum)
            .map_err(|error| ExportError::reference("forum", error, StatusCode::NOT_FOUND))?;
        let today = runtime.today();
        let agenda = AgendaDoc::new(&model, forum, today);
        let name = format!(
            "dagordning-{}-{}.docx",
            ascii_name(&agenda.code),
            agenda.day()
        );
        agenda
            .to_docx()
            .map(|body| (body, name))
            .map_err(|error| ExportError::internal("Word document", error))
    })
    .await
    .map_err(|error| ExportError::internal("Word document", error))??;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        &file_name,
        body,
    ))
}

/// A forum's code as a file name: å, ä, ö as a, a, o, and anything else but letters and digits as `-`.
fn ascii_name(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'Å' | 'Ä' => 'A',
            'ö' => 'o',
            'Ö' => 'O',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect()
}

/// What is owed, as a line of the agenda's tables.
struct OwedLine {
    case: String,
    what: String,
    who: String,
    since: Date,
    due: String,
    overdue: bool,
}

impl OwedLine {
    fn new(item: &OwedItem) -> Self {
        let o = &item.obligation;
        let who = match &o.person {
            Some(person) => format!("{} ({person})", o.party),
            None => o.party.to_string(),
        };
        let due = match (item.due_date, &o.due.label) {
            _ if item.is_undated() => "utan datum".to_string(),
            (Some(date), _) => date.to_string(),
            (None, Some(label)) => label.clone(),
            (None, None) => "–".to_string(),
        };
        OwedLine {
            case: item.case_number.to_string(),
            what: o.what.clone(),
            who,
            since: o.since.on,
            due,
            overdue: item.overdue,
        }
    }
}

/// The agenda of a forum's next meeting, as the `agenda` query reads it, ready to write.
struct AgendaDoc {
    name: String,
    code: String,
    meeting: Option<(Date, Option<jiff::civil::Time>, Option<String>)>,
    today: Date,
    balance_list: Vec<(String, String, Vec<OwedLine>)>,
    open_questions: Vec<OwedLine>,
    commitments_due: Vec<OwedLine>,
    commitments_undated: Vec<OwedLine>,
    board_matters: Vec<(String, String)>,
}

impl AgendaDoc {
    fn new(model: &ReadModel, forum: ForumId, today: Date) -> Self {
        let agenda = model.agenda(forum, today);
        let (name, code) = model
            .forums
            .get(&forum)
            .map_or((String::new(), String::new()), |f| {
                (f.name.clone(), f.code.clone())
            });
        AgendaDoc {
            name,
            code,
            meeting: agenda
                .next_meeting
                .map(|m| (m.date, m.time, m.place.as_deref().map(str::to_string))),
            today,
            balance_list: agenda
                .balance_list
                .iter()
                .map(|case| {
                    let owed = model
                        .case_obligations(&case.state, today)
                        .iter()
                        .map(OwedLine::new)
                        .collect();
                    (
                        case.state.number.to_string(),
                        case.state.title.to_string(),
                        owed,
                    )
                })
                .collect(),
            open_questions: agenda.open_questions.iter().map(OwedLine::new).collect(),
            commitments_due: agenda.commitments_due.iter().map(OwedLine::new).collect(),
            commitments_undated: agenda
                .commitments_undated
                .iter()
                .map(OwedLine::new)
                .collect(),
            board_matters: agenda
                .board_matters_awaiting_outcome
                .iter()
                .map(|case| (case.state.number.to_string(), case.state.title.to_string()))
                .collect(),
        }
    }

    /// The meeting's date, or today's when none is scheduled.
    fn day(&self) -> Date {
        self.meeting
            .as_ref()
            .map_or(self.today, |(date, _, _)| *date)
    }

    fn to_docx(&self) -> Result<Vec<u8>, String> {
        use docx_rs::{Docx, Paragraph, Run, Style, StyleType};
        let heading = |text: &str| {
            Paragraph::new()
                .style("Heading2")
                .add_run(Run::new().add_text(text))
        };
        let plain = |text: &str| Paragraph::new().add_run(Run::new().add_text(text));
        let mut doc = Docx::new()
            .default_size(22)
            .add_style(
                Style::new("Heading1", StyleType::Paragraph)
                    .name("Heading 1")
                    .size(32)
                    .bold(),
            )
            .add_style(
                Style::new("Heading2", StyleType::Paragraph)
                    .name("Heading 2")
                    .size(26)
                    .bold(),
            )
            .add_paragraph(Paragraph::new().style("Heading1").add_run(
                Run::new().add_text(format!("Dagordning – {} ({})", self.name, self.code)),
            ));
        let when = match &self.meeting {
            Some((date, time, place)) => {
                let mut when = format!("Möte {date}");
                if let Some(time) = time {
                    when.push_str(&format!(" kl. {}", time.strftime("%H:%M")));
                }
                if let Some(place) = place {
                    when.push_str(&format!(", {place}"));
                }
                when
            }
            None => format!(
                "Inget kommande möte är inplanerat. Underlaget visar läget {}.",
                self.today
            ),
        };
        doc = doc.add_paragraph(plain(&when));
        let mut point = 0;
        let mut next = |title: &str| {
            point += 1;
            heading(&format!("{point}. {title}"))
        };
        for opening in [
            "Mötets öppnande",
            "Val av justerare",
            "Godkännande av dagordningen",
            "Föregående protokoll",
        ] {
            doc = doc.add_paragraph(next(opening));
        }
        doc = doc.add_paragraph(next("Balanslista"));
        if self.balance_list.is_empty() {
            doc = doc.add_paragraph(plain("Inga ärenden på balanslistan."));
        }
        for (number, title, owed) in &self.balance_list {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text(format!("{number} ")).bold())
                    .add_run(Run::new().add_text(title.as_str())),
            );
            if owed.is_empty() {
                doc = doc.add_paragraph(plain("Inget är skyldigt på ärendet."));
            } else {
                doc = doc.add_table(owed_table(owed));
            }
        }
        for (title, lines, none) in [
            (
                "Kvarvarande frågor",
                &self.open_questions,
                "Inga frågor väntar på svar.",
            ),
            (
                "Förfallna åtaganden",
                &self.commitments_due,
                "Inga åtaganden förfaller till mötet.",
            ),
            (
                "Åtaganden utan datum",
                &self.commitments_undated,
                "Inga åtaganden utan datum.",
            ),
        ] {
            doc = doc.add_paragraph(next(title));
            doc = if lines.is_empty() {
                doc.add_paragraph(plain(none))
            } else {
                doc.add_table(owed_table(lines))
            };
        }
        doc = doc.add_paragraph(next("Nämndärenden som väntar på beslut"));
        if self.board_matters.is_empty() {
            doc = doc.add_paragraph(plain("Inga."));
        }
        for (number, title) in &self.board_matters {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(Run::new().add_text(format!("{number} ")).bold())
                    .add_run(Run::new().add_text(title.as_str())),
            );
        }
        for closing in ["Övriga frågor", "Nästa möte", "Mötets avslutande"] {
            doc = doc.add_paragraph(next(closing));
        }
        let mut out = std::io::Cursor::new(Vec::new());
        doc.build()
            .pack(&mut out)
            .map_err(|error| error.to_string())?;
        Ok(out.into_inner())
    }
}

/// What is owed as a table: case, what, who owes it, since when, due, and overdue marked.
fn owed_table(lines: &[OwedLine]) -> docx_rs::Table {
    use docx_rs::{Paragraph, Run, Table, TableCell, TableRow};
    let cell = |text: &str, bold: bool| {
        let run = Run::new().add_text(text);
        TableCell::new().add_paragraph(Paragraph::new().add_run(if bold {
            run.bold()
        } else {
            run
        }))
    };
    let mut rows = vec![TableRow::new(
        ["Ärende", "Vad", "Skyldig", "Sedan", "Förfaller", "Försenad"]
            .iter()
            .map(|title| cell(title, true))
            .collect(),
    )];
    for line in lines {
        rows.push(TableRow::new(vec![
            cell(&line.case, false),
            cell(&line.what, false),
            cell(&line.who, false),
            cell(&line.since.to_string(), false),
            cell(&line.due, false),
            cell(if line.overdue { "FÖRSENAD" } else { "" }, line.overdue),
        ]));
    }
    Table::new(rows)
}
