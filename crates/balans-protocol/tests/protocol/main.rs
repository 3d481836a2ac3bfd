//! Tests of the protocol reader: the seed protocols and other layouts scored against their labels, bad input, encodings, PDF, and source spans. (Recording drafts, and the property test that reading and recording never fail badly, are the runtime's tests.)

mod variants;

use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

#[test]
fn seeds_score_above_the_thresholds() {
    score_dir("protocols");
}

/// Two protocols written by hand in other layouts than the seeds (a skyddskommitté with
/// "Party: names" attendance and "Fråga från …: / Svar:", an LSG with an MBL §11 list whose
/// titles come before their registry numbers): the rules are not the seeds' sentences.
#[test]
fn protocols_in_other_layouts_score_above_the_thresholds() {
    score_dir("protocols-extra");
}

/// Real protocols and reports of other bodies than the seeds (`tests/fixtures/protocols-dev`):
/// joined PDF pages, attendance as a sentence or a flattened table, confederations and
/// employers' organizations, agendas and union reports. Held to the bar for a corpus
/// the reader was developed on.
#[test]
fn the_development_corpus_scores_above_its_thresholds() {
    let totals = score_with("protocols-dev", 5);
    assert!(totals.recall() >= DEV_BAR, "{}", totals.line());
    assert!(totals.precision() >= DEV_BAR, "{}", totals.line());
    assert!(totals.fields() >= DEV_BAR, "{}", totals.line());
    assert!(totals.meeting() >= DEV_BAR, "{}", totals.line());
}

const DEV_BAR: f64 = 0.85;

/// Samverkan protocols written and labelled by someone who never read the reader
/// (`tests/fixtures/protocols-blind`). Below the bar still: each floor is the score
/// reached so far, so a change that loses ground here fails, and a floor is raised as the
/// reader gains.
#[test]
fn protocols_written_blind_score_no_lower_than_reached() {
    score_no_lower("protocols-blind", BLIND_FLOOR);
}

/// A second set written blind (`tests/fixtures/protocols-blind-2`), kept unseen until the
/// first set's rules were in; held the same way.
#[test]
fn a_second_set_written_blind_scores_no_lower_than_reached() {
    score_no_lower("protocols-blind-2", BLIND_2_FLOOR);
}

/// A third set written blind (`tests/fixtures/protocols-blind-3`), with heads varied on purpose.
#[test]
fn a_third_set_written_blind_scores_no_lower_than_reached() {
    score_no_lower("protocols-blind-3", BLIND_3_FLOOR);
}

/// A fourth set written blind (`tests/fixtures/protocols-blind-4`), short, its heads varied.
#[test]
fn a_fourth_set_written_blind_scores_no_lower_than_reached() {
    score_no_lower("protocols-blind-4", BLIND_4_FLOOR);
}

/// A fifth set written blind (`tests/fixtures/protocols-blind-5`), kept unseen until every rule
/// of the other four was in: the estimate on protocols the reader never saw.
#[test]
fn a_fifth_set_written_blind_scores_no_lower_than_reached() {
    score_no_lower("protocols-blind-5", BLIND_5_FLOOR);
}

/// Recall, precision, fields and meeting facts reached on the fifth blind set.
const BLIND_5_FLOOR: (f64, f64, f64, f64) = (0.97, 0.96, 0.98, 0.99);

/// A ninth set written blind (`tests/fixtures/protocols-blind-9`), kept unseen until every rule
/// of the other eight was in: the estimate on protocols the reader never saw.
#[test]
fn a_ninth_set_written_blind_scores_no_lower_than_reached() {
    score_no_lower("protocols-blind-9", BLIND_9_FLOOR);
}

/// Recall, precision, fields and meeting facts reached on the ninth blind set.
const BLIND_9_FLOOR: (f64, f64, f64, f64) = (0.87, 0.90, 0.97, 0.98);

/// Sixth to eighth sets written blind, by other writers, for the next rounds of rules.
#[test]
fn later_sets_written_blind_score_no_lower_than_reached() {
    score_no_lower("protocols-blind-6", BLIND_6_FLOOR);
    score_no_lower("protocols-blind-7", BLIND_7_FLOOR);
    score_no_lower("protocols-blind-8", BLIND_8_FLOOR);
}

/// Recall, precision, fields and meeting facts reached on the sixth blind set.
const BLIND_6_FLOOR: (f64, f64, f64, f64) = (0.96, 0.97, 0.99, 0.98);

/// Recall, precision, fields and meeting facts reached on the seventh blind set.
const BLIND_7_FLOOR: (f64, f64, f64, f64) = (0.98, 1.00, 0.97, 0.99);

/// Recall, precision, fields and meeting facts reached on the eighth blind set.
const BLIND_8_FLOOR: (f64, f64, f64, f64) = (0.96, 0.96, 0.97, 0.99);

/// Tenth to twelfth sets written blind, by other writers, for this round of rules.
#[test]
fn sets_ten_to_twelve_written_blind_score_no_lower_than_reached() {
    score_no_lower("protocols-blind-10", BLIND_10_FLOOR);
    score_no_lower("protocols-blind-11", BLIND_11_FLOOR);
    score_no_lower("protocols-blind-12", BLIND_12_FLOOR);
}

/// A thirteenth set written blind (`tests/fixtures/protocols-blind-13`), kept from the round of
/// rules of sets 9–12: how that round carried to text it never saw.
#[test]
fn a_thirteenth_set_written_blind_scores_no_lower_than_reached() {
    score_no_lower("protocols-blind-13", BLIND_13_FLOOR);
}

/// Recall, precision, fields and meeting facts reached on the thirteenth blind set.
const BLIND_13_FLOOR: (f64, f64, f64, f64) = (0.92, 0.95, 0.97, 0.97);

/// Fourteenth and fifteenth sets written blind, kept from everyone who changed the reader until
/// every rule of sets 9–13 was in: together, the estimate on protocols the reader never saw.
#[test]
fn sets_fourteen_and_fifteen_written_blind_score_no_lower_than_reached() {
    score_no_lower("protocols-blind-14", BLIND_14_FLOOR);
    score_no_lower("protocols-blind-15", BLIND_15_FLOOR);
}

/// Recall, precision, fields and meeting facts reached on the fourteenth blind set.
const BLIND_14_FLOOR: (f64, f64, f64, f64) = (0.92, 0.95, 0.94, 0.97);

/// Recall, precision, fields and meeting facts reached on the fifteenth blind set.
const BLIND_15_FLOOR: (f64, f64, f64, f64) = (0.91, 0.96, 0.95, 0.95);

/// Sixteenth and seventeenth sets written blind, scored first with every rule up to set 15
/// (their READMEs hold those held-out figures), then used to develop rules.
#[test]
fn sets_sixteen_and_seventeen_written_blind_score_no_lower_than_reached() {
    score_no_lower("protocols-blind-16", BLIND_16_FLOOR);
    score_no_lower("protocols-blind-17", BLIND_17_FLOOR);
}

/// Recall, precision, fields and meeting facts reached on the sixteenth blind set.
const BLIND_16_FLOOR: (f64, f64, f64, f64) = (0.90, 0.90, 0.92, 0.93);

/// Recall, precision, fields and meeting facts reached on the seventeenth blind set.
const BLIND_17_FLOOR: (f64, f64, f64, f64) = (0.92, 0.92, 0.93, 0.90);

/// Eighteenth and nineteenth sets written blind, kept from everyone who changed the reader until
/// every rule of sets 13–17 was in: together, the estimate on protocols the reader never saw.
#[test]
fn sets_eighteen_and_nineteen_written_blind_score_no_lower_than_reached() {
    score_no_lower("protocols-blind-18", BLIND_18_FLOOR);
    score_no_lower("protocols-blind-19", BLIND_19_FLOOR);
}

/// Recall, precision, fields and meeting facts reached on the eighteenth blind set.
const BLIND_18_FLOOR: (f64, f64, f64, f64) = (0.86, 0.94, 0.90, 0.90);

/// Recall, precision, fields and meeting facts reached on the nineteenth blind set.
const BLIND_19_FLOOR: (f64, f64, f64, f64) = (0.88, 0.96, 0.90, 0.87);

/// Recall, precision, fields and meeting facts reached on the tenth blind set.
const BLIND_10_FLOOR: (f64, f64, f64, f64) = (0.90, 0.92, 0.95, 0.96);

/// Recall, precision, fields and meeting facts reached on the eleventh blind set.
const BLIND_11_FLOOR: (f64, f64, f64, f64) = (0.87, 0.93, 0.96, 0.98);

/// Recall, precision, fields and meeting facts reached on the twelfth blind set.
const BLIND_12_FLOOR: (f64, f64, f64, f64) = (0.90, 0.94, 0.97, 0.97);

/// Recall, precision, fields and meeting facts reached on the fourth blind set.
const BLIND_4_FLOOR: (f64, f64, f64, f64) = (0.95, 0.94, 0.96, 0.98);

/// Recall, precision, fields and meeting facts reached on the third blind set.
const BLIND_3_FLOOR: (f64, f64, f64, f64) = (0.90, 0.90, 0.95, 0.99);

/// Recall, precision, fields and meeting facts reached on the second blind set.
const BLIND_2_FLOOR: (f64, f64, f64, f64) = (0.92, 0.94, 0.94, 0.99);

fn score_no_lower(name: &str, floor: (f64, f64, f64, f64)) {
    let totals = score_with(name, 10);
    let floors = [
        ("recall", totals.recall(), floor.0),
        ("precision", totals.precision(), floor.1),
        ("fields", totals.fields(), floor.2),
        ("meeting", totals.meeting(), floor.3),
    ];
    for (measure, score, floor) in floors {
        assert!(
            score >= floor,
            "{measure} {score:.3} < {floor}: {}",
            totals.line()
        );
    }
}

/// Recall, precision, fields and meeting facts reached on the blind set.
const BLIND_FLOOR: (f64, f64, f64, f64) = (1.00, 1.00, 1.00, 0.99);

fn score_with(name: &str, min_files: usize) -> balans_protocol::eval::Totals {
    let dir = fixtures().join(name);
    let (scores, totals) = balans_protocol::eval::evaluate_dir(&dir, |path| {
        balans_protocol::read_path(path).map_err(|e| e.to_string())
    })
    .expect("the fixture directory is readable");
    for score in &scores {
        println!("{}", score.line());
        for note in &score.notes {
            println!("    {note}");
        }
    }
    println!("{}", totals.line());
    assert!(totals.files >= min_files);
    totals
}

fn score_dir(name: &str) {
    let totals = score_with(name, 2);
    assert!(totals.recall() >= 0.95, "{}", totals.line());
    assert!(totals.precision() >= 0.90, "{}", totals.line());
    assert!(totals.fields() >= 0.90, "{}", totals.line());
    assert!(totals.meeting() >= 0.90, "{}", totals.line());
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("protocols").join(name)).expect("seed protocol")
}

const SEED_2023: &str = "003_9ba086790e9c5e66.txt";
const SEED_2025: &str = "004_5bdb85c66693e9e6.txt";

#[test]
fn bad_input_gets_a_clear_refusal() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "empty"),
        ("blank", b"   \n\n \t\n".to_vec(), "no text"),
        (
            "binary",
            (0..4096u32).map(|i| (i * 31 % 256) as u8).collect(),
            "binary",
        ),
        (
            "not a protocol",
            "Recept på kanelbullar: mjöl, smör, socker och kanel. Grädda i 225 grader."
                .as_bytes()
                .to_vec(),
            "no protocol found",
        ),
    ];
    for (name, bytes, message) in cases {
        let error = balans_protocol::read_bytes(&bytes).expect_err(name);
        assert!(
            error.to_string().contains(message),
            "{name}: {error} should say {message:?}"
        );
    }
}

#[test]
fn a_50_mb_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stor.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let error = balans_protocol::read_path(&path).unwrap_err();
    assert!(error.to_string().contains("52428800 bytes"), "{error}");
}

#[test]
fn a_windows_1252_protocol_reads_like_its_utf8_original() {
    let text = seed(SEED_2025);
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err());
    let from_1252 = balans_protocol::read_bytes(&bytes).unwrap();
    let from_utf8 = balans_protocol::read_bytes(text.as_bytes()).unwrap();
    assert_eq!(from_1252.source_encoding, "Windows-1252");
    assert_eq!(from_1252.items, from_utf8.items);
    assert_eq!(from_1252.meeting, from_utf8.meeting);
    assert!(from_1252.warnings[0].contains("Windows-1252"));
}

#[test]
fn a_pdf_without_a_text_layer_is_refused() {
    // A one-page PDF with no text objects: what a scan without OCR looks like to pdftotext.
    let pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    let error = balans_protocol::read_bytes(pdf).unwrap_err().to_string();
    if balans_protocol::pdf::pdftotext_available() {
        assert!(error.contains("no text layer"), "{error}");
    } else {
        assert!(error.contains("poppler-utils"), "{error}");
    }
}

#[test]
fn every_source_span_is_the_protocols_own_text() {
    for name in [SEED_2023, SEED_2025] {
        let text = balans_protocol::text::normalize(&seed(name));
        let draft = balans_protocol::read_text(&text);
        for item in &draft.items {
            assert_eq!(
                &text[item.source_span.start..item.source_span.end],
                item.source_text,
                "{name} {}",
                item.id
            );
            if let Some(answer) = &item.answer {
                assert_eq!(
                    balans_protocol::text::collapse(&text[answer.span.start..answer.span.end]),
                    answer.text
                );
            }
        }
        // The draft round-trips through JSON, as a GraphQL client would send it back.
        let json = serde_json::to_string(&draft).unwrap();
        let back: balans_protocol::Draft = serde_json::from_str(&json).unwrap();
        assert_eq!(back, draft);
    }
}

/// A Word document (DOCX), made here from a seed protocol's text a paragraph per line, reads as
/// the text does; a damaged one is refused by name.
#[test]
fn a_word_document_reads_as_its_text_does() {
    use std::io::Write as _;
    let text = seed("004_5bdb85c66693e9e6.txt");
    let escape = |line: &str| {
        line.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let body: String = text
        .lines()
        .map(|line| {
            format!(
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                escape(line)
            )
        })
        .collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut docx = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut docx);
        let options = zip::write::SimpleFileOptions::default();
        for (name, content) in [
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".to_string(),
            ),
            ("word/document.xml", document),
        ] {
            zip.start_file(name, options).expect("a part");
            zip.write_all(content.as_bytes()).expect("written");
        }
        zip.finish().expect("finished");
    }
    let bytes = docx.into_inner();
    let from_docx = balans_protocol::read_bytes(&bytes).expect("read");
    let from_text = balans_protocol::read_text(&text);
    assert_eq!(from_docx.source_encoding, "DOCX");
    assert_eq!(from_docx.meeting.date, from_text.meeting.date);
    assert_eq!(from_docx.items.len(), from_text.items.len());

    let mut damaged = bytes.clone();
    let middle = damaged.len() / 2;
    damaged.truncate(middle);
    let refused = balans_protocol::read_bytes(&damaged).expect_err("a cut archive");
    assert!(
        refused.to_string().contains("not text or PDF") || refused.to_string().contains("DOCX"),
        "{refused}"
    );
}

/// A PDF with a text layer, made here from a seed protocol (a line of text per line of the PDF,
/// sixty lines a page, in WinAnsi so that å, ä and ö are single bytes), reads through pdftotext as
/// the text does. CI installs poppler and sets `BALANS_REQUIRE_PDFTOTEXT`, so there the reading
/// is required; elsewhere, without pdftotext, the refusal that names poppler-utils is checked.
#[test]
fn a_pdf_with_a_text_layer_reads_as_its_text_does() {
    let text = seed("004_5bdb85c66693e9e6.txt");
    let pdf = pdf_of(&text);
    if !balans_protocol::pdf::pdftotext_available() {
        assert!(
            std::env::var_os("BALANS_REQUIRE_PDFTOTEXT").is_none(),
            "pdftotext (poppler-utils) is required here"
        );
        let error = balans_protocol::read_bytes(&pdf).unwrap_err().to_string();
        assert!(error.contains("poppler-utils"), "{error}");
        return;
    }
    let from_pdf = balans_protocol::read_bytes(&pdf).expect("read");
    let from_text = balans_protocol::read_text(&text);
    assert_eq!(from_pdf.source_encoding, "PDF (pdftotext)");
    assert_eq!(from_pdf.meeting.date, from_text.meeting.date);
    assert_eq!(from_pdf.meeting.forum, from_text.meeting.forum);
    assert!(
        from_pdf.items.len() * 10 >= from_text.items.len() * 9,
        "{} items from the PDF, {} from the text",
        from_pdf.items.len(),
        from_text.items.len()
    );
}

/// A PDF whose pages show `text` a line at a time in Helvetica, with a cross-reference table.
fn pdf_of(text: &str) -> Vec<u8> {
    let winansi = |line: &str| -> Vec<u8> {
        let mut out = Vec::new();
        for c in line.chars() {
            match c {
                '(' | ')' | '\\' => out.extend_from_slice(format!("\\{c}").as_bytes()),
                c if c.is_ascii() && !c.is_ascii_control() => out.push(c as u8),
                'å' => out.extend_from_slice(b"\\345"),
                'ä' => out.extend_from_slice(b"\\344"),
                'ö' => out.extend_from_slice(b"\\366"),
                'Å' => out.extend_from_slice(b"\\305"),
                'Ä' => out.extend_from_slice(b"\\304"),
                'Ö' => out.extend_from_slice(b"\\326"),
                'é' => out.extend_from_slice(b"\\351"),
                '–' => out.extend_from_slice(b"\\226"),
                '”' | '“' => out.push(b'"'),
                '’' => out.push(b'\''),
                _ => out.push(b' '),
            }
        }
        out
    };
    let lines: Vec<&str> = text.lines().collect();
    let pages: Vec<&[&str]> = lines.chunks(60).collect();
    // Objects: 1 catalog, 2 pages, 3 font, then a page and its contents for each page.
    let mut objects: Vec<Vec<u8>> = Vec::new();
    objects.push(b"<</Type/Catalog/Pages 2 0 R>>".to_vec());
    let kids: Vec<String> = (0..pages.len())
        .map(|n| format!("{} 0 R", 4 + 2 * n))
        .collect();
    objects.push(
        format!(
            "<</Type/Pages/Kids[{}]/Count {}>>",
            kids.join(" "),
            pages.len()
        )
        .into_bytes(),
    );
    objects
        .push(b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>".to_vec());
    for (n, page) in pages.iter().enumerate() {
        let mut content = b"BT /F1 10 Tf 12 TL 40 800 Td\n".to_vec();
        for line in *page {
            content.push(b'(');
            content.extend(winansi(line));
            content.extend_from_slice(b") Tj T*\n");
        }
        content.extend_from_slice(b"ET\n");
        objects.push(
            format!(
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 3 0 R>>>>/Contents {} 0 R>>",
                5 + 2 * n
            )
            .into_bytes(),
        );
        let mut stream = format!("<</Length {}>>\nstream\n", content.len()).into_bytes();
        stream.extend(content);
        stream.extend_from_slice(b"endstream");
        objects.push(stream);
    }
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (index, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n", index + 1).into_bytes());
        pdf.extend(object);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).into_bytes());
    for offset in offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").into_bytes());
    }
    pdf.extend(
        format!(
            "trailer<</Size {}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .into_bytes(),
    );
    pdf
}
