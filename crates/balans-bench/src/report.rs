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
    peer: String,
    ratio: String,
    note: String,
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
        let ratio = if peer > 0.0 { ours / peer } else { f64::NAN };
        let verdict = match better {
            _ if !ratio.is_finite() => "",
            Better::Lower if ratio <= 1.0 => "ours ahead",
            Better::Higher if ratio >= 1.0 => "ours ahead",
            _ => "peer ahead",
        };
        self.rows.push(Row {
            figure: figure.to_string(),
            ours: shown(ours, unit),
            peer: shown(peer, unit),
            ratio: if ratio.is_finite() {
                format!("{ratio:.3}")
            } else {
                "-".into()
            },
            note: verdict.to_string(),
        });
        self.pairs
            .push((format!("{key}_ours_{unit}"), number(ours)));
        self.pairs
            .push((format!("{key}_peer_{unit}"), number(peer)));
        self.pairs.push((format!("ratio_{key}"), number(ratio)));
    }

    /// A figure of one side only (or of the machine): `<key>_<unit>`.
    pub fn single(&mut self, figure: &str, key: &str, unit: &str, value: f64, note: &str) {
        self.rows.push(Row {
            figure: figure.to_string(),
            ours: shown(value, unit),
            peer: String::new(),
            ratio: String::new(),
            note: note.to_string(),
        });
        self.pairs.push((format!("{key}_{unit}"), number(value)));
    }

    /// A figure that could not be measured, and why.
    pub fn missing(&mut self, figure: &str, key: &str, why: &str) {
        self.rows.push(Row {
            figure: figure.to_string(),
            ours: "not measured".into(),
            peer: "not measured".into(),
            ratio: "-".into(),
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

    pub fn table(&self) -> String {
        let widths = self.rows.iter().fold([6, 4, 4, 9], |w, r| {
            [
                w[0].max(r.figure.chars().count()),
                w[1].max(r.ours.chars().count()),
                w[2].max(r.peer.chars().count()),
                w[3].max(r.ratio.chars().count()),
            ]
        });
        let mut out = String::new();
        let line = |out: &mut String, cells: [&str; 5]| {
            let _ = writeln!(
                out,
                "{:<w0$}  {:>w1$}  {:>w2$}  {:>w3$}  {}",
                cells[0],
                cells[1],
                cells[2],
                cells[3],
                cells[4],
                w0 = widths[0],
                w1 = widths[1],
                w2 = widths[2],
                w3 = widths[3],
            );
        };
        line(&mut out, ["figure", "ours", "peer", "ours/peer", ""]);
        for row in &self.rows {
            line(
                &mut out,
                [&row.figure, &row.ours, &row.peer, &row.ratio, &row.note],
            );
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
}
