//! The exports over HTTP: the case files hold what the `cases` query answers for the same filter, the agenda document what `agenda` answers, and bad parameters are refused in Swedish.

use std::collections::HashMap;
use std::io::Read as _;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::TestServer;

const CASES: &str = r#"query($filter: CaseFilter, $asOf: AsOf, $orderBy: CaseOrder) {
    cases(filter: $filter, first: 100, asOf: $asOf, orderBy: $orderBy) {
    totalCount
    edges { node { number title forum { code } kind status raisedBy addressedTo openedOn
        onBalanceList obligations { party dueDate overdue } } } } }"#;

/// The Swedish label of each enum value, as the API gives them (`CaseStatus/OPEN` → "öppet").
async fn labels(server: &TestServer) -> HashMap<String, String> {
    let data = server
        .ok("{ labels { type value labelSv } }", json!({}))
        .await;
    data["labels"]
        .as_array()
        .expect("labels")
        .iter()
        .map(|l| {
            (
                format!(
                    "{}/{}",
                    l["type"].as_str().unwrap(),
                    l["value"].as_str().unwrap()
                ),
                l["labelSv"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}

fn yes_no(value: bool) -> String {
    if value { "ja" } else { "nej" }.to_string()
}

/// What the CSV's row of a case must be, made from the GraphQL answer.
fn expected_row(node: &Value, labels: &HashMap<String, String>) -> Vec<String> {
    let owed = node["obligations"].as_array().expect("obligations");
    let mut parties: Vec<String> = Vec::new();
    for o in owed {
        let party = text(&o["party"]);
        if !parties.contains(&party) {
            parties.push(party);
        }
    }
    let due = owed
        .iter()
        .filter_map(|o| o["dueDate"].as_str())
        .min()
        .unwrap_or_default()
        .to_string();
    vec![
        text(&node["number"]),
        text(&node["title"]),
        text(&node["forum"]["code"]),
        labels[&format!("CaseKind/{}", text(&node["kind"]))].clone(),
        labels[&format!("CaseStatus/{}", text(&node["status"]))].clone(),
        text(&node["raisedBy"]),
        text(&node["addressedTo"]),
        text(&node["openedOn"]),
        parties.join(", "),
        due,
        yes_no(owed.iter().any(|o| o["overdue"] == true)),
        yes_no(node["onBalanceList"] == true),
    ]
}

async fn download(
    server: &TestServer,
    path: &str,
) -> (StatusCode, HashMap<String, String>, Vec<u8>) {
    let response = server.get(path).await;
    let status = response.status();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_string(),
                value.to_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let body = response.bytes().await.expect("a body").to_vec();
    (status, headers, body)
}

fn csv_rows(body: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::str::from_utf8(body).expect("UTF-8");
    let text = text.strip_prefix('\u{feff}').expect("a UTF-8 BOM");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn unzip(body: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(body)).expect("a zip archive");
    let mut file = archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the archive"));
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8 XML");
    text
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_csv_export_holds_the_rows_of_the_cases_query_for_the_same_filter() {
    let server = TestServer::start().await;
    let labels = labels(&server).await;
    let all = server.ok(CASES, json!({})).await;
    // A word of a real title, so that free text finds something.
    let word = all["cases"]["edges"][0]["node"]["title"]
        .as_str()
        .expect("a title")
        .split_whitespace()
        .max_by_key(|w| w.chars().count())
        .expect("a word")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    let today = server.runtime().today();
    let filters = [
        ("", json!({}), None, None::<Value>),
        (
            "forum=FG-H%C3%84",
            json!({ "forumId": "FG-HÄ" }),
            None,
            None,
        ),
        ("status=OPEN", json!({ "status": "OPEN" }), None, None),
        (
            "status=closed&kind=QUESTION",
            json!({ "status": "CLOSED", "kind": "QUESTION" }),
            None,
            None,
        ),
        (
            "party=Arbetsgivaren",
            json!({ "owedBy": "Arbetsgivaren" }),
            None,
            None,
        ),
        (
            "forum=FG-H%C3%84&asOf=2025-02-01",
            json!({ "forumId": "FG-HÄ" }),
            Some("2025-02-01"),
            None,
        ),
        ("", json!({ "text": word }), None, None),
    ];
    let mut nonempty = 0;
    for (query, filter, as_of, order) in filters {
        let query = if filter.get("text").is_some() {
            format!("q={}", word.replace(' ', "+"))
        } else {
            query.to_string()
        };
        let (status, headers, body) =
            download(&server, &format!("/export/cases.csv?{query}")).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "{query}: {}",
            String::from_utf8_lossy(&body)
        );
        let date = as_of.map_or(today.to_string(), str::to_string);
        assert_eq!(
            headers["content-disposition"],
            format!("attachment; filename=\"arenden-{date}.csv\"")
        );
        assert!(headers["content-type"].starts_with("text/csv"));
        let (header, rows) = csv_rows(&body);
        assert_eq!(
            header,
            [
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
                "Balanslista"
            ]
        );
        let answer = server
            .ok(
                CASES,
                json!({ "filter": filter, "asOf": as_of, "orderBy": order }),
            )
            .await;
        let expected: Vec<Vec<String>> = answer["cases"]["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .map(|edge| expected_row(&edge["node"], &labels))
            .collect();
        // The demo data's cases fit on one page of the query.
        assert_eq!(
            expected.len() as u64,
            answer["cases"]["totalCount"].as_u64().unwrap()
        );
        assert_eq!(rows, expected, "{query}");
        assert_eq!(
            rows.len() as u64,
            answer["cases"]["totalCount"].as_u64().unwrap()
        );
        if !rows.is_empty() {
            nonempty += 1;
        }
    }
    assert!(nonempty >= 6, "the filters found cases");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_xlsx_export_is_a_workbook_with_a_row_per_case() {
    let server = TestServer::start().await;
    let (status, headers, body) = download(&server, "/export/cases.xlsx?status=OPEN").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers["content-disposition"],
        format!(
            "attachment; filename=\"arenden-{}.xlsx\"",
            server.runtime().today()
        )
    );
    let workbook = unzip(&body, "xl/workbook.xml");
    assert!(workbook.contains(r#"name="Ärenden""#), "{workbook}");
    let sheet = unzip(&body, "xl/worksheets/sheet1.xml");
    let answer = server
        .ok(CASES, json!({ "filter": { "status": "OPEN" } }))
        .await;
    let cases = answer["cases"]["totalCount"].as_u64().unwrap() as usize;
    assert!(cases > 0);
    assert_eq!(
        sheet.matches("<row ").count(),
        cases + 1,
        "a header and a row per case"
    );
    let strings = unzip(&body, "xl/sharedStrings.xml");
    let first = answer["cases"]["edges"][0]["node"]["number"]
        .as_str()
        .unwrap();
    assert!(strings.contains("Förfaller") && strings.contains(first));
    // The opening dates are numbers with a date format, not text.
    assert!(sheet.contains("<col "), "column widths are set");
    let styles = unzip(&body, "xl/styles.xml");
    assert!(styles.contains("yyyy-mm-dd"), "{styles}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_agenda_document_holds_what_the_agenda_query_lists() {
    let server = TestServer::start().await;
    let (status, headers, body) = download(&server, "/export/agenda/FG-H%C3%84.docx").await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    assert!(headers["content-disposition"].starts_with("attachment; filename=\"dagordning-FG-HA-"));
    let document = unzip(&body, "word/document.xml");
    let agenda = server
        .ok(
            r#"{ forum(id: "FG-HÄ") { name } agenda(forum: "FG-HÄ") {
                nextMeeting { date }
                balanceList { number } boardMattersAwaitingOutcome { number }
                openQuestions { caseNumber } commitmentsDue { caseNumber overdue }
                commitmentsUndated { caseNumber } } }"#,
            json!({}),
        )
        .await;
    let a = &agenda["agenda"];
    let mut numbers: Vec<&str> = Vec::new();
    for (list, field) in [
        ("balanceList", "number"),
        ("boardMattersAwaitingOutcome", "number"),
        ("openQuestions", "caseNumber"),
        ("commitmentsDue", "caseNumber"),
        ("commitmentsUndated", "caseNumber"),
    ] {
        numbers.extend(
            a[list]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|c| c[field].as_str()),
        );
    }
    assert!(
        !numbers.is_empty(),
        "the demo forum has an agenda: {agenda:#}"
    );
    for number in &numbers {
        assert!(document.contains(number), "{number} is on the agenda");
    }
    let name = agenda["forum"]["name"].as_str().unwrap();
    assert!(document.contains(name));
    for heading in [
        "Mötets öppnande",
        "Val av justerare",
        "Balanslista",
        "Kvarvarande frågor",
    ] {
        assert!(document.contains(heading), "{heading}");
    }
    if let Some(date) = a["nextMeeting"]["date"].as_str() {
        assert!(document.contains(date));
    }
    if !a["commitmentsUndated"].as_array().unwrap().is_empty() {
        assert!(document.contains("utan datum"));
    }
    if a["commitmentsDue"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["overdue"] == true)
    {
        assert!(document.contains("FÖRSENAD"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_parameters_get_400_and_an_unknown_forum_404_in_swedish() {
    let server = TestServer::start().await;
    for (path, said) in [
        (
            "/export/cases.csv?status=NOPE",
            "status: \"NOPE\" är inget av",
        ),
        (
            "/export/cases.xlsx?kind=fraga",
            "kind: \"fraga\" är inget av",
        ),
        ("/export/cases.csv?asOf=igår", "asOf: \"igår\" är varken"),
        (
            "/export/cases.csv?overdue=kanske",
            "overdue: \"kanske\" är varken",
        ),
        (
            "/export/cases.csv?sortera=title",
            "frågesträngen gick inte att läsa",
        ),
        (
            "/export/cases.csv?sort=rubrik",
            "sort: \"rubrik\" är ingen kolumn",
        ),
        ("/export/cases.csv?forum=FG-HX", "Menade du FG-HÄ"),
    ] {
        let (status, _, body) = download(&server, path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}");
        let json: Value = serde_json::from_slice(&body).expect("a JSON error");
        assert_eq!(json["code"], "BAD_INPUT", "{path}");
        let swedish = json["messageSv"].as_str().expect("messageSv");
        assert!(swedish.contains(said), "{path}: {swedish}");
    }
    let (status, _, body) = download(&server, "/export/agenda/FG-SOFF.docx").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let json: Value = serde_json::from_slice(&body).expect("a JSON error");
    assert_eq!(json["code"], "NOT_FOUND");
    assert!(
        json["messageSv"]
            .as_str()
            .unwrap()
            .contains("Menade du FG-SOF"),
        "{json:#}"
    );
}
