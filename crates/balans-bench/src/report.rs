//! The benchmark's report: a table for people, and `key=value` pairs (the `bench:` line and the JSON file) for machines.

use std::fmt::Write as _;

/// Whether a larger or a smaller figure is better, which decides how to read the ratio.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Lower,
    Higher,
}

#[derive(Debug, Clone)]
struct Row {
    figure: String,
    ours: String,
    /// balans on PostgreSQL: empty when the run had no PostgreSQL or the figure has no such value.
    postgres: String,
    peer: String,
    ratio: String,
    /// PostgreSQL over ours on sled.
    postgres_ratio: String,
    note: String,
}

/// One figure's values: balans on sled (ours), balans on PostgreSQL if measured, and the peer.
#[derive(Debug, Clone, Copy)]
pub struct Sides {
    pub ours: f64,
    pub postgres: Option<f64>,
    pub peer: f64,
}

/// Figures in the order they were measured.
#[derive(Debug, Default, Clone)]
pub struct Report {
    rows: Vec<Row>,
    pairs: Vec<(String, serde_json::Value)>,
}

fn number(value: f64) -> serde_json::Value {
    let rounded = if value.abs() >= 100.0 {
        value.round()
    } else {
        (value * 1000.0).round() / 1000.0
    };
    serde_json::Number::from_f64(rounded).map_or(serde_json::Value::Null, serde_json::Value::Number)
}

fn shown(value: f64, unit: &str) -> String {
    if value.abs() >= 100.0 {
        format!("{value:.0} {unit}")
    } else {
        format!("{value:.2} {unit}")
    }
}

impl Report {
    /// A figure measured on both sides: `<key>_ours_<unit>`, `<key>_peer_<unit>` and `ratio_<key>` (ours/peer).
    pub fn pair(
        &mut self,
        figure: &str,
        key: &str,
        unit: &str,
        better: Better,
        ours: f64,
        peer: f64,
    ) {
        let sides = Sides {
            ours,
            postgres: None,
            peer,
        };
        self.sides(figure, key, unit, better, sides);
    }

    /// A figure measured on both sides and, if given, on PostgreSQL too: the keys of
    /// [`Report::pair`], and with PostgreSQL `<key>_postgres_<unit>` and `ratio_postgres_<key>`
    /// (PostgreSQL/ours on sled).
    pub fn sides(&mut self, figure: &str, key: &str, unit: &str, better: Better, sides: Sides) {
        let Sides {
            ours,
            postgres,
            peer,
        } = sides;
        let ratio = if peer > 0.0 { ours / peer } else { f64::NAN };
        let verdict = match better {
            _ if !ratio.is_finite() => "",
            Better::Lower if ratio <= 1.0 => "ours ahead",
            Better::Higher if ratio >= 1.0 => "ours ahead",
            _ => "peer ahead",
        };
        let postgres_ratio = postgres.map(|value| if ours > 0.0 { value / ours } else { f64::NAN });
        let shown_ratio = |ratio: f64| {
            if ratio.is_finite() {
                format!("{ratio:.3}")
            } else {
                "-".into()
            }
        };
        self.rows.push(Row {
            figure: figure.to_string(),
            ours: shown(ours, unit),
            postgres: postgres.map_or_else(String::new, |value| shown(value, unit)),
            peer: shown(peer, unit),
            ratio: shown_ratio(ratio),
            postgres_ratio: postgres_ratio.map_or_else(String::new, shown_ratio),
            note: verdict.to_string(),
        });
        self.pairs
            .push((format!("{key}_ours_{unit}"), number(ours)));
        if let Some(value) = postgres {
            self.pairs
                .push((format!("{key}_postgres_{unit}"), number(value)));
        }
        self.pairs
            .push((format!("{key}_peer_{unit}"), number(peer)));
        self.pairs.push((format!("ratio_{key}"), number(ratio)));
        if let Some(ratio) = postgres_ratio {
            self.pairs
                .push((format!("ratio_postgres_{key}"), number(ratio)));
        }
    }

    /// A figure of one side only (or of the machine): `<key>_<unit>`.
    pub fn single(&mut self, figure: &str, key: &str, unit: &str, value: f64, note: &str) {
        self.rows.push(Row {
            figure: figure.to_string(),
            ours: shown(value, unit),
            postgres: String::new(),
            peer: String::new(),
            ratio: String::new(),
            postgres_ratio: String::new(),
            note: note.to_string(),
        });
        self.pairs.push((format!("{key}_{unit}"), number(value)));
    }

    /// A figure of PostgreSQL only (balans on it, or the database itself), in its column:
    /// `<key>_<unit>`, where `key` names PostgreSQL.
    pub fn postgres_only(&mut self, figure: &str, key: &str, unit: &str, value: f64, note: &str) {
        self.rows.push(Row {
            figure: figure.to_string(),
            ours: String::new(),
            postgres: shown(value, unit),
            peer: String::new(),
            ratio: String::new(),
            postgres_ratio: String::new(),
            note: note.to_string(),
        });
        self.pairs.push((format!("{key}_{unit}"), number(value)));
    }

    /// A figure that could not be measured, and why.
    pub fn missing(&mut self, figure: &str, key: &str, why: &str) {
        self.rows.push(Row {
            figure: figure.to_string(),
            ours: "not measured".into(),
            postgres: String::new(),
            peer: "not measured".into(),
            ratio: "-".into(),
            postgres_ratio: String::new(),
            note: why.to_string(),
        });
        self.pairs.push((
            key.to_string(),
            serde_json::Value::String("not_measured".into()),
        ));
    }

    /// A fact about the run (`key=value`).
    pub fn fact(&mut self, key: &str, value: serde_json::Value) {
        self.pairs.push((key.to_string(), value));
    }

    /// The rows as a table; with a PostgreSQL column (and its ratio to ours) only when some
    /// figure has a PostgreSQL value, so that a run without PostgreSQL looks as it always did.
    pub fn table(&self) -> String {
        let with_postgres = self.rows.iter().any(|r| !r.postgres.is_empty());
        let header: Vec<&str> = if with_postgres {
            vec![
                "figure",
                "ours (sled)",
                "PostgreSQL",
                "SQLite peer",
                "ours/peer",
                "pg/sled",
                "",
            ]
        } else {
            vec!["figure", "ours", "peer", "ours/peer", ""]
        };
        let cells = |row: &Row| -> Vec<String> {
            if with_postgres {
                vec![
                    row.figure.clone(),
                    row.ours.clone(),
                    row.postgres.clone(),
                    row.peer.clone(),
                    row.ratio.clone(),
                    row.postgres_ratio.clone(),
                    row.note.clone(),
                ]
            } else {
                vec![
                    row.figure.clone(),
                    row.ours.clone(),
                    row.peer.clone(),
                    row.ratio.clone(),
                    row.note.clone(),
                ]
            }
        };
        let lines: Vec<Vec<String>> =
            std::iter::once(header.iter().map(|h| h.to_string()).collect())
                .chain(self.rows.iter().map(cells))
                .collect();
        let mut widths = vec![0; header.len()];
        for line in &lines {
            for (width, cell) in widths.iter_mut().zip(line) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let mut out = String::new();
        for line in &lines {
            let last = line.len() - 1;
            let mut text = String::new();
            for (i, (cell, width)) in line.iter().zip(&widths).enumerate() {
                if i == 0 {
                    let _ = write!(text, "{cell:<width$}");
                } else if i == last {
                    let _ = write!(text, "  {cell}");
                } else {
                    let _ = write!(text, "  {cell:>width$}");
                }
            }
            let _ = writeln!(out, "{text}");
        }
        out
    }

    /// `bench: key=value ...`, one line.
    pub fn bench_line(&self) -> String {
        let pairs: Vec<String> = self
            .pairs
            .iter()
            .map(|(key, value)| match value {
                serde_json::Value::String(text) => format!("{key}={text}"),
                other => format!("{key}={other}"),
            })
            .collect();
        format!("bench: {}", pairs.join(" "))
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::Value::Object(self.pairs.iter().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_name_both_sides_and_the_ratio() {
        let mut report = Report::default();
        report.pair("x", "single_p50", "us", Better::Lower, 200.0, 400.0);
        report.missing("http", "http_obligations", "no load tool");
        assert_eq!(
            report.bench_line(),
            "bench: single_p50_ours_us=200.0 single_p50_peer_us=400.0 ratio_single_p50=0.5 \
             http_obligations=not_measured"
        );
        assert!(report.table().contains("ours ahead"));
    }

    #[test]
    fn a_run_without_postgres_has_no_postgres_column() {
        let mut report = Report::default();
        report.pair(
            "1 durable single command p50 (µs)",
            "single_p50",
            "us",
            Better::Lower,
            200.0,
            400.0,
        );
        let table = report.table();
        assert!(table.starts_with("figure"));
        assert!(!table.contains("PostgreSQL"));
        assert_eq!(
            table
                .lines()
                .next()
                .unwrap()
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["figure", "ours", "peer", "ours/peer"]
        );
    }

    #[test]
    fn postgres_gets_its_own_column_keys_and_ratio_to_sled() {
        let mut report = Report::default();
        report.sides(
            "1 durable single command p50 (µs)",
            "single_p50",
            "us",
            Better::Lower,
            Sides {
                ours: 200.0,
                postgres: Some(1000.0),
                peer: 400.0,
            },
        );
        // A figure PostgreSQL has no value for keeps its place, its PostgreSQL cell empty.
        report.pair(
            "5 full replay (events/s)",
            "replay",
            "events_per_s",
            Better::Higher,
            9.0,
            3.0,
        );
        report.postgres_only(
            "1 PostgreSQL itself: INSERT + COMMIT p50 (µs)",
            "postgres_insert_commit_p50",
            "us",
            750.0,
            "sqlx, one row per transaction",
        );
        assert_eq!(
            report.bench_line(),
            "bench: single_p50_ours_us=200.0 single_p50_postgres_us=1000.0 single_p50_peer_us=400.0 \
             ratio_single_p50=0.5 ratio_postgres_single_p50=5.0 replay_ours_events_per_s=9.0 \
             replay_peer_events_per_s=3.0 ratio_replay=3.0 postgres_insert_commit_p50_us=750.0"
        );
        let table = report.table();
        let lines: Vec<&str> = table.lines().collect();
        let columns = |line: &str| -> Vec<String> {
            line.split("  ")
                .map(str::trim)
                .filter(|cell| !cell.is_empty())
                .map(str::to_string)
                .collect()
        };
        assert_eq!(
            columns(lines[0]),
            [
                "figure",
                "ours (sled)",
                "PostgreSQL",
                "SQLite peer",
                "ours/peer",
                "pg/sled"
            ]
        );
        assert_eq!(
            columns(lines[1]),
            [
                "1 durable single command p50 (µs)",
                "200 us",
                "1000 us",
                "400 us",
                "0.500",
                "5.000",
                "ours ahead"
            ]
        );
        // Each value sits under its own header: the PostgreSQL value ends where its header does.
        let end_of = |line: &str, text: &str| {
            line.find(text)
                .map(|at| line[..at + text.len()].chars().count())
        };
        assert_eq!(end_of(lines[1], "1000 us"), end_of(lines[0], "PostgreSQL"));
        assert_eq!(end_of(lines[1], "400 us"), end_of(lines[0], "SQLite peer"));
        assert_eq!(end_of(lines[3], "750 us"), end_of(lines[0], "PostgreSQL"));
        // The replay row has no PostgreSQL value: its peer value still sits under the peer.
        assert_eq!(
            end_of(lines[2], "3.00 events_per_s"),
            end_of(lines[0], "SQLite peer")
        );
    }
}
