//! Bytes to normalized protocol text: encoding detection (UTF-8, UTF-16, Windows-1252), NFC, and clean-up of PDF and Word artefacts.

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// The largest text file read: a protocol is tens of kilobytes, so anything this big is not one.
pub const MAX_TEXT_BYTES: u64 = 4 * 1024 * 1024;
/// The largest PDF read (PDFs carry fonts and images, so they may be larger than their text).
pub const MAX_PDF_BYTES: u64 = 32 * 1024 * 1024;

/// Why a file could not be read as a protocol. Each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("the file is empty: there is no protocol to read")]
    Empty,
    #[error("the file holds no text, only whitespace")]
    Blank,
    #[error(
        "the file is {size} bytes; a protocol is at most {limit} bytes, so this is not read (split it, or extract the protocol's text)"
    )]
    TooLarge { size: u64, limit: u64 },
    #[error(
        "the file is binary data, not text, PDF or a Word document: give the protocol as plain text (.txt), as a PDF with a text layer, or as DOCX"
    )]
    Binary,
    #[error(
        "reading a PDF needs poppler's pdftotext, which is not installed: install poppler-utils (apt-get install poppler-utils), or save the protocol as plain text"
    )]
    PdfToolMissing,
    #[error(
        "the PDF has no text layer (a scanned document?): nothing to read; run OCR on it first (for example ocrmypdf) or give the text"
    )]
    PdfNoText,
    #[error("pdftotext could not read the PDF: {0}")]
    PdfFailed(String),
    #[error("the Word document (DOCX) cannot be read: {0}")]
    DocxUnreadable(String),
    #[error("could not read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

impl InputError {
    /// The error in Swedish, for the person who gave the file.
    pub fn swedish(&self) -> String {
        match self {
            InputError::Empty => "filen är tom: det finns inget protokoll att läsa".to_string(),
            InputError::Blank => "filen innehåller ingen text, bara blanktecken".to_string(),
            InputError::TooLarge { size, limit } => format!(
                "filen är {size} byte; ett protokoll är högst {limit} byte, så den läses inte (dela upp den, eller ta ut protokollets text)"
            ),
            InputError::Binary => "filen är binärdata, inte text, PDF eller Word-dokument: ge protokollet som vanlig text (.txt), som PDF med textlager eller som DOCX".to_string(),
            InputError::PdfToolMissing => "för att läsa PDF behövs pdftotext från poppler, som inte är installerat: installera poppler-utils (apt-get install poppler-utils), eller spara protokollet som text".to_string(),
            InputError::PdfNoText => "PDF:en har inget textlager (ett inskannat dokument?): kör OCR på den först (till exempel ocrmypdf) eller ge texten".to_string(),
            InputError::PdfFailed(reason) => format!("pdftotext kunde inte läsa PDF:en: {reason}"),
            InputError::DocxUnreadable(reason) => {
                format!("Word-dokumentet (DOCX) går inte att läsa: {reason}")
            }
            InputError::Io { path, source } => format!("kunde inte läsa {path}: {source}"),
        }
    }
}

/// A protocol's text after decoding and normalization, with what was done to get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// "UTF-8", "UTF-16LE", "Windows-1252", ...
    pub encoding: &'static str,
    /// What was converted or repaired, for the draft's warnings.
    pub notes: Vec<String>,
}

/// Decodes a text file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252
/// when the bytes are not UTF-8. Refuses empty, oversized and binary input.
pub fn decode(bytes: &[u8]) -> Result<Decoded, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(InputError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_TEXT_BYTES,
        });
    }
    let mut notes = Vec::new();
    let (raw, encoding): (String, &'static str) =
        if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
            let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
            (text.into_owned(), enc.name())
        } else if bytes.contains(&0) {
            return Err(InputError::Binary);
        } else {
            match std::str::from_utf8(bytes) {
                Ok(text) => (text.to_owned(), "UTF-8"),
                Err(_) => {
                    let lossy = String::from_utf8_lossy(bytes);
                    let bad = lossy.chars().filter(|&c| c == '\u{FFFD}').count();
                    let multibyte = lossy
                        .chars()
                        .filter(|&c| c != '\u{FFFD}' && !c.is_ascii())
                        .count();
                    if multibyte >= 3 * bad.max(1) {
                        notes.push(format!(
                            "texten är UTF-8 med {bad} trasiga byteföljder, visade som �"
                        ));
                        (lossy.into_owned(), "UTF-8")
                    } else {
                        let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                        notes.push(
                        "texten var inte UTF-8 och lästes som Windows-1252 (omvandlad till UTF-8)"
                            .to_string(),
                    );
                        (text.into_owned(), "Windows-1252")
                    }
                }
            }
        };
    if looks_binary(&raw) {
        return Err(InputError::Binary);
    }
    let text = normalize(&raw);
    if text.trim().is_empty() {
        return Err(InputError::Blank);
    }
    Ok(Decoded {
        text,
        encoding,
        notes,
    })
}

/// Control characters other than line breaks and tabs, or replacement characters, in more than
/// 2% of the characters: this is not a text file.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut odd = 0usize;
    for c in text.chars() {
        total += 1;
        if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c')) || c == '\u{FFFD}' {
            odd += 1;
        }
    }
    total > 0 && odd * 50 > total
}

/// NFC; one kind of line break; no-break and odd spaces to spaces; soft hyphens, zero-width
/// characters and other control characters removed; ligatures of PDF fonts spelled out.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.nfc().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\x0c' | '\u{2028}' | '\u{2029}' | '\u{0085}' => out.push('\n'),
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    m_read_as_rn(&ocr_repairs(&join_wrapped_registry(&join_hyphenated(
        &join_hyphenated_over_page_break(&out),
    ))))
}

/// "… följande protokollsan-\n\nSIDHUVUD | Sida 2 av 3\nJusterandes signatur …\nteckning:":
/// a word hyphenated across a page break, its end and the rest of its paragraph brought up
/// before the page's furniture.
fn join_hyphenated_over_page_break(text: &str) -> String {
    static BROKEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?P<a>\p{L}{2})-\n(?P<f>(?:[ \t]*\n|[^\n]*(?:\b[Ss]ida\s+\d|\b[Ss]ign)[^\n]*\n){2,5})[ \t]*(?P<b>\p{Ll}[^\n]*\n)(?P<r>(?:[^\n]*\S[^\n]*\n)*)",
        )
        .expect("regex")
    });
    if !text.contains("-\n\n") {
        return text.to_string();
    }
    BROKEN.replace_all(text, "${a}${b}${r}${f}").into_owned()
}

/// "Dnr GMV\n      2026/0014", "Tallbacken      KFN\n2026/0201": a registry number whose
/// narrow column wrapped it after its series code, put back on one line ("Dnr GMV 2026/0014").
fn join_wrapped_registry(text: &str) -> String {
    static WRAPPED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?m)(?P<a>\b(?:[Dd]nr|[Dd]iarienr)\.?:?[ \t]+\p{Lu}[\p{Lu}\p{Ll}]{0,5}|[ \t]{3}\p{Lu}{2,5})[ \t]*\n[ \t]*(?P<b>(?:19|20)\d\d[/:-]\d{1,6})[ \t]*$",
        )
        .expect("regex")
    });
    // Only a text with a line holding a number alone ("2026/0014") is searched.
    let number_alone = text.lines().any(|line| {
        let line = line.trim();
        line.len() <= 12
            && (line.starts_with("19") || line.starts_with("20"))
            && line.contains(['/', ':', '-'])
    });
    if !number_alone {
        return text.to_string();
    }
    WRAPPED.replace_all(text, "${a} ${b}").into_owned()
}

/// "Kornmunal": an m that OCR read as "rn", put right where the word becomes a party's name
/// and was none before ("barn", "järn" stay).
fn m_read_as_rn(text: &str) -> String {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{L}*rn\p{L}*").expect("regex"));
    if !text.contains("rn") {
        return text.to_string();
    }
    WORD.replace_all(text, |c: &regex::Captures| {
        let word = &c[0];
        let repaired = word.replace("rn", "m");
        if crate::lexicon::party_of(&repaired).is_some() && crate::lexicon::party_of(word).is_none()
        {
            repaired
        } else {
            word.to_string()
        }
    })
    .into_owned()
}

/// What a scan's OCR gets wrong in the marks the reader keys on, put right: a paragraph mark
/// read as "$" or "S" at a line's start ("S 4 Övriga frågor"), l, I and O read for 1 and 0 in
/// numbers ("2O24-O3-O5", "kl. l3.00", "§ l2"), and a word broken by a hyphen and a space
/// inside a line ("åter- kommer"; "hälso- och sjukvård" is the writer's own).
fn ocr_repairs(text: &str) -> String {
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^(?P<i>[ \t]*)(?:\$[ \t]?|S[ \t])(?P<n>[0-9lI][0-9]{0,2})(?P<t>[.:]?[ \t]+\p{Lu})")
            .expect("regex")
    });
    // Without word boundaries, which keep the fast automaton off text with å, ä and ö: the
    // token's ends are checked below instead.
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:§[ \t]?)?[0-9OlI]*[0-9][0-9OlI]*(?:[-/.:][0-9OlI]+)*").expect("regex")
    });
    static BROKEN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?P<a>\p{L}{2,})- (?P<b>\p{Ll}+)").expect("regex"));
    let text = MARK.replace_all(text, "${i}§ ${n}${t}");
    let whole: &str = &text;
    let text = NUMBER.replace_all(whole, |c: &regex::Captures| {
        let found = c.get(0).expect("the match");
        let token = found.as_str();
        let alone = !whole[..found.start()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !whole[found.end()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !alone {
            return token.to_string();
        }
        let digits = token.chars().filter(char::is_ascii_digit).count();
        let misread = token
            .chars()
            .filter(|c| matches!(c, 'O' | 'l' | 'I'))
            .count();
        // A number with a letter in it, not a word with a digit ("I2", "lO" stay): two digits,
        // or one in a date's or a time's shape ("O9.OO"), or a paragraph's number.
        let shaped = digits >= 1 && token.len() >= 4 && token.contains(['.', ':', '-', '/']);
        if misread == 0 || !(digits >= 2 || shaped || token.starts_with('§')) {
            return token.to_string();
        }
        token
            .chars()
            .map(|c| match c {
                'O' => '0',
                'l' | 'I' => '1',
                c => c,
            })
            .collect()
    });
    if !text.contains("- ") {
        return l_read_as_capital_i(&text);
    }
    let text = BROKEN.replace_all(&text, |c: &regex::Captures| {
        if AFTER_COMPOUND_HYPHEN.contains(&&c["b"]) {
            c[0].to_string()
        } else {
            format!("{}{}", &c["a"], &c["b"])
        }
    });
    l_read_as_capital_i(&text)
}

/// "DetaIjerad", "KommunaI": a capital I after a small letter, and not before a capital, is an l
/// that OCR misread (no Swedish word has a capital inside or at the end of it; "eID" stays).
fn l_read_as_capital_i(text: &str) -> String {
    if !text.contains('I') {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(k, &c)| {
            let between = k > 0
                && chars[k - 1].is_lowercase()
                && chars.get(k + 1).is_none_or(|n| !n.is_uppercase());
            if c == 'I' && between { 'l' } else { c }
        })
        .collect()
}

/// Words that follow a hyphen at a line's end in a shortened compound ("hälso- och
/// sjukvård"): there the hyphen is the writer's, not the typesetter's.
const AFTER_COMPOUND_HYPHEN: &[&str] = &[
    "och",
    "eller",
    "samt",
    "respektive",
    "resp",
    "till",
    "som",
    "men",
    "utan",
];

/// Joins a word hyphenated across a line break ("åter-\nkommer" → "återkommer\n"): the
/// line break moves after the word, so lines and offsets stay those of one text. A hyphen
/// before a capital, a digit or "och" is kept.
fn join_hyphenated(text: &str) -> String {
    if !text.contains("-\n") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    // The line breaks (and indents) taken out of a word, put back after it.
    let mut moved = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("-\n") {
        out.push_str(&rest[..at]);
        if at > 0 && !moved.is_empty() {
            out.push_str(&moved);
            moved.clear();
        }
        let letters_before = out.chars().rev().take_while(|c| c.is_alphabetic()).count();
        let after = &rest[at + 2..];
        // The word goes on after spaces, or after one blank line in text extracted with a
        // blank line after every line.
        let mut indent = after.len() - after.trim_start_matches([' ', '\t']).len();
        if after[indent..].starts_with('\n') {
            let more = &after[indent + 1..];
            indent += 1 + more.len() - more.trim_start_matches([' ', '\t']).len();
        }
        let word_len: usize = after[indent..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        let word = &after[indent..indent + word_len];
        let joins = letters_before >= 2
            && moved.len() < 64
            && word.chars().next().is_some_and(char::is_lowercase)
            && !AFTER_COMPOUND_HYPHEN.contains(&word);
        if joins {
            out.push_str(word);
            moved.push('\n');
            moved.push_str(&after[..indent]);
            rest = &after[indent + word_len..];
            if !rest.starts_with("-\n") {
                out.push_str(&moved);
                moved.clear();
            }
        } else {
            out.push_str(&moved);
            moved.clear();
            out.push_str("-\n");
            rest = after;
        }
    }
    out.push_str(&moved);
    out.push_str(rest);
    out
}

/// The text with its first letter capitalized ("område Norr" → "Område Norr").
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Collapses every run of whitespace to one space and trims: how excerpts are compared.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A regex of the reader's cues, lenient to OCR's lost å, ä and ö (see [`lenient`]).
pub fn lenient_regex(pattern: &str) -> regex::Regex {
    regex::Regex::new(&lenient(pattern)).expect("regex")
}

/// A regex pattern that also matches its words with å, ä and ö read as a, a and o, as OCR and
/// keyboards without Swedish letters write them ("aterkommer", "fragar", "Vardforbundet").
pub fn lenient(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut in_class = false;
    let mut escaped = false;
    for c in pattern.chars() {
        if escaped {
            out.push(c);
            escaped = false;
            continue;
        }
        let plain = match c {
            'å' | 'ä' => Some('a'),
            'ö' => Some('o'),
            'Å' | 'Ä' => Some('A'),
            'Ö' => Some('O'),
            _ => None,
        };
        match (c, plain) {
            ('\\', _) => {
                escaped = true;
                out.push(c);
            }
            ('[', _) if !in_class => {
                in_class = true;
                out.push(c);
            }
            (']', _) if in_class => {
                in_class = false;
                out.push(c);
            }
            (_, Some(p)) if in_class => {
                out.push(c);
                out.push(p);
            }
            (_, Some(p)) => {
                out.push('[');
                out.push(c);
                out.push(p);
                out.push(']');
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether a text has any of the words a rule needs, lowercased and with å, ä and ö folded as
/// the lenient rules read them: a cheap test that spares the costly patterns most text.
pub fn has_any(text: &str, stems: &[&str]) -> bool {
    let lower = fold_letters(text);
    stems.iter().any(|stem| lower.contains(&fold_letters(stem)))
}

/// Lowercase, with å, ä and ö as a, a and o: for comparing words that OCR may have stripped.
pub fn fold_letters(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn capitalized_raises_the_first_letter_only() {
        assert_eq!(super::capitalized("område Norr"), "Område Norr");
        assert_eq!(super::capitalized("ärende"), "Ärende");
        assert_eq!(super::capitalized(""), "");
    }

    #[test]
    fn what_ocr_misreads_in_marks_and_numbers_is_put_right() {
        let scanned = "S 4 Övriga frågor\n$5 Nästa möte\nMötet hålls 2O24-O3-O5 kl. l3.00–O9.OO i lokal B.\nSe § l2. Arbetsgivaren åter- kommer om hälso- och sjukvården.\nSamtal med I och O. DetaIjerad pIan, KommunaI: eID.\n";
        assert_eq!(
            super::normalize(scanned),
            "§ 4 Övriga frågor\n§ 5 Nästa möte\nMötet hålls 2024-03-05 kl. 13.00–09.00 i lokal B.\nSe § 12. Arbetsgivaren återkommer om hälso- och sjukvården.\nSamtal med I och O. Detaljerad plan, Kommunal: eID.\n"
        );
        // A line that begins with a capital S and a number in running text stays.
        assert_eq!(super::normalize("S 4 har\n"), "S 4 har\n");
    }

    #[test]
    fn an_m_read_as_rn_is_put_right_in_a_partys_name_only() {
        assert_eq!(
            super::normalize("Kornmunal frågade om barnen och järnvägen.\n"),
            "Kommunal frågade om barnen och järnvägen.\n"
        );
    }

    #[test]
    fn lenient_patterns_read_words_without_their_swedish_letters() {
        assert_eq!(lenient("återkommer"), "[åa]terkommer");
        assert_eq!(lenient(r"[åä]r\b"), r"[åaäa]r\b");
        let regex = regex::Regex::new(&lenient(r"\b(?:återkommer|förhandling)\b")).unwrap();
        assert!(regex.is_match("Förvaltningen aterkommer i maj"));
        assert!(regex.is_match("MBL-forhandling"));
        assert_eq!(fold_letters("Övriga FRÅGOR"), "ovriga fragor");
    }

    use super::*;

    #[test]
    fn utf8_is_read_as_is_and_nfc_composed() {
        let decoded = decode("Fo\u{0308}rhinder\r\nrad".as_bytes()).unwrap();
        assert_eq!(decoded.text, "Förhinder\nrad");
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn windows_1252_is_detected_and_converted() {
        let bytes = b"Fr\xe5gor fr\xe5n f\xf6reg\xe5ende m\xf6te \x96 \x93citat\x94";
        let decoded = decode(bytes).unwrap();
        assert_eq!(decoded.text, "Frågor från föregående möte – “citat”");
        assert_eq!(decoded.encoding, "Windows-1252");
        assert!(!decoded.notes.is_empty());
    }

    #[test]
    fn a_registry_number_wrapped_in_its_column_is_joined() {
        assert_eq!(
            normalize("a) Budget 2027        Dnr KFN\n                     2026/0031\nb) Taxor\n"),
            "a) Budget 2027        Dnr KFN 2026/0031\nb) Taxor\n"
        );
        // Without "Dnr", a code in capitals far out at the line's end.
        assert_eq!(
            normalize("Ny taxa för badhuset              KFN\n2026/0077\nText.\n"),
            "Ny taxa för badhuset              KFN 2026/0077\nText.\n"
        );
        // A year on a line of its own after other words stays where it is.
        let kept = "Planen gäller till\n2027/2028\n";
        assert_eq!(normalize(kept), kept);
    }

    #[test]
    fn a_word_hyphenated_across_a_page_break_is_joined_before_the_furniture() {
        assert_eq!(
            normalize(
                "Vision lämnade en protokollsan-\n\nHAMNBOLAGET | Protokoll | Sida 2 av 4\nJusterandes signatur ......\nteckning:\n\"Vision vill ha en ny plan.\"\n\n5 § Övrigt\n"
            ),
            "Vision lämnade en protokollsanteckning:\n\"Vision vill ha en ny plan.\"\n\nHAMNBOLAGET | Protokoll | Sida 2 av 4\nJusterandes signatur ......\n\n5 § Övrigt\n"
        );
        // A capital after the page break begins something else: the hyphen stays.
        let kept = "Kommunal-\n\nSida 2 av 4\n\nNästa punkt\n";
        assert_eq!(normalize(kept), kept);
    }

    #[test]
    fn utf16_with_bom_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Närvarande".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().text, "Närvarande");
    }

    #[test]
    fn bad_input_is_refused_with_its_reason() {
        assert!(matches!(decode(b""), Err(InputError::Empty)));
        assert!(matches!(decode(b" \n\t \n"), Err(InputError::Blank)));
        assert!(matches!(
            decode(&[0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]),
            Err(InputError::Binary)
        ));
        let junk: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 32) as u8).collect();
        assert!(matches!(decode(&junk), Err(InputError::Binary)));
        let huge = vec![b'a'; MAX_TEXT_BYTES as usize + 1];
        assert!(matches!(decode(&huge), Err(InputError::TooLarge { .. })));
    }

    #[test]
    fn words_hyphenated_across_lines_are_joined_once() {
        let text = "Arbetsgivaren åter-\nkommer i maj om hälso- och\nsjuk-\n  vården, Barn-\noch ut-\nbild-\nning. Dubbla rad-\n \nbrytningar.";
        let once = normalize(text);
        assert_eq!(
            once,
            "Arbetsgivaren återkommer\n i maj om hälso- och\nsjukvården\n  , Barn-\noch utbildning\n\n. Dubbla radbrytningar\n \n."
        );
        assert_eq!(normalize(&once), once);
    }

    #[test]
    fn pdf_artefacts_are_cleaned() {
        assert_eq!(
            normalize("in\u{00AD}formation\u{00A0}och\u{FB01}\x0cny sida\u{200B}"),
            "information ochfi\nny sida"
        );
    }
}
