//! The protocol's layout: lines (with page numbers and repeated page headers set aside), numbered sections in both styles (`§4 Titel`, `5. Titel`, also glued to the line before), paragraphs across page breaks, and sentences.
//!
//! Every position is a byte offset into the normalized text, so an item's source span can be
//! shown and checked against the protocol as it was read.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// A byte range `start..end` of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// One line of the text (without its line break).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    /// A page number or a page header repeated on every page: read as a blank line.
    pub noise: bool,
}

/// What a section is for, read from its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Opening,
    Agenda,
    Approvers,
    PreviousMinutes,
    Closing,
    NextMeeting,
    BalanceList,
    /// Questions left from an earlier meeting, follow-ups.
    CarriedOver,
    /// Questions registered before the meeting.
    PreRegistered,
    /// Övriga frågor.
    OtherBusiness,
    /// Nämndärenden, MBL.
    BoardMatters,
    /// Anything else: information, work environment, budget ...
    General,
}

impl SectionKind {
    /// Sections that run the meeting (opening, agenda, approvers, ...): they hold no matters.
    pub fn is_procedural(self) -> bool {
        matches!(
            self,
            SectionKind::Opening
                | SectionKind::Agenda
                | SectionKind::Approvers
                | SectionKind::PreviousMinutes
                | SectionKind::Closing
                | SectionKind::NextMeeting
        )
    }

    /// Sections whose paragraphs are questions and answers, one after the other.
    pub fn is_questions(self) -> bool {
        matches!(
            self,
            SectionKind::CarriedOver
                | SectionKind::PreRegistered
                | SectionKind::OtherBusiness
                | SectionKind::BalanceList
        )
    }

    /// Reads a section title.
    pub fn of_title(title: &str) -> SectionKind {
        // Å, ä and ö folded: a title OCR has stripped ("Ovriga fragor") reads the same.
        let t = crate::text::fold_letters(title);
        let has = |w: &str| t.contains(&crate::text::fold_letters(w));
        static WORD_FRAGOR: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"\bfragor\b|\bfragan\b|\bfragestund").expect("regex"));
        // An action list (åtgärdslista) is the balance list of a body that writes actions.
        if has("balanslist") || has("balanslista") || has("ärendelista") || has("åtgärdslist") {
            SectionKind::BalanceList
        } else if has("protokoll")
            && (has("föregående") || has("förra") || has("senaste") || has("uppföljning"))
        {
            SectionKind::PreviousMinutes
        } else if has("kvarvarande")
            || has("kvarstående")
            || has("utestående")
            || has("öppna punkter")
            || has("öppna frågor")
            || has("från föregående")
            || has("från förra")
            || has("bordlagd")
            || has("uppföljning av frågor")
            || has("återrapport")
            || has("återkoppling")
            || has("uppföljning från")
        {
            SectionKind::CarriedOver
        } else if has("övriga frågor") || has("övrigt") || t.trim() == "ovriga" {
            SectionKind::OtherBusiness
        } else if has("dagordning") {
            if has("justera") {
                SectionKind::Approvers
            } else {
                SectionKind::Agenda
            }
        } else if has("justera") || has("justering") {
            SectionKind::Approvers
        } else if has("öppnande") || has("öppnas") || has("mötets öppna") || t.starts_with("oppna")
        {
            SectionKind::Opening
        } else if has("avslut") || has("mötet avslutas") {
            SectionKind::Closing
        } else if has("nästa möte") || has("nästa sammanträde") || has("kommande möte") {
            SectionKind::NextMeeting
        } else if WORD_FRAGOR.is_match(&t) {
            SectionKind::PreRegistered
        } else if has("nämnd")
            || has("mbl")
            || has("förhandling")
            || has("ärenden till")
            || has("ärenden inför")
            // A company's or federation's board: "Styrelseärenden", "Direktionsärenden".
            || has("styrelseärende")
            || has("direktionsärende")
        {
            SectionKind::BoardMatters
        } else {
            SectionKind::General
        }
    }
}

/// A numbered section: heading, title, body lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The protocol's own number ("4"); `None` for text before or without numbered sections.
    pub number: Option<String>,
    pub title: String,
    pub kind: SectionKind,
    /// The heading line (and title continuation lines).
    pub heading: Span,
    /// Line indices of the body.
    pub body: std::ops::Range<usize>,
    /// Heading and body.
    pub span: Span,
}

/// A paragraph: lines between blank lines, joined across page breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Para {
    pub span: Span,
    pub lines: (usize, usize),
}

/// The protocol as lines and sections.
#[derive(Debug, Clone)]
pub struct Doc {
    pub text: String,
    pub lines: Vec<Line>,
    /// Every text line followed by an empty line (some PDF extractions): then a paragraph ends
    /// only at two or more blank lines.
    pub double_spaced: bool,
    /// Lines before the first section: the protocol's head (title, attendance, time, place).
    pub header: std::ops::Range<usize>,
    pub sections: Vec<Section>,
}

static GLUED: LazyLock<Regex> = LazyLock::new(|| {
    // "§" marks a heading even with no space before it ("… förvaltningschefen.§2 Dagordning").
    // A numbered heading glued with no space after a word's end ("Kvarstår.3. Olyckor").
    Regex::new(r"[.!?:]\s*(?P<h>§\s*\d{1,3}\s+\p{Lu})|[.!?:]\s+(?P<n>(?:Punkt\s+)?\d{1,3}\.\s+\p{Lu}\p{Ll})|\p{Ll}{3}[.!?](?P<g>\d{1,3}\.\s+\p{Lu}\p{Ll})")
        .expect("regex")
});
/// An unnumbered heading glued without a space to the sentence ending the line before it.
static GLUED_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Ll}{3}[.!?](?P<u>\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,4})\s*$").expect("regex")
});
/// A numbered heading with the first words of its text glued on without a space, as a PDF's
/// text layer joins them ("Punkt 5 ArbetsmiljöFråga från skyddsombuden: …"): the text begins
/// at the capital inside the word.
static GLUED_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:§\s*\d{1,3}|[Pp]unkt\s+\d{1,3}|\d{1,2}\.)[^\n]*?\p{Ll}{4}(?P<b>\p{Lu}\p{Ll}+\s+\p{Ll})")
        .expect("regex")
});
static HEAD_PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:§|(?i:punkt|paragraf)\s)\s*(?P<n>\d{1,3})(?P<y>\s*/\s*(?:19|20)?\d\d)?\s*[.:]?(?:\s+(?P<t>\S.*))?$")
        .expect("regex")
});
/// A label of a protocol's head inside a long line (a PDF page joined into one line): it
/// begins a line of its own.
static HEAD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?P<h>(?:Ärende|Parter|Tid och plats|Plats och tid|Tid|Plats|Lokal|Datum|Sammanträdesdatum|Närvarande|Deltagare|Anmält förhinder|Förhinder|Frånvarande|Ej närvarande|Justerare|Justering|Sekreterare|Ordförande)(?:\s+för\s+[^:\n]{1,40}?)?\s*:)")
        .expect("regex")
});
/// An attendance label without its colon inside a long line, known by the person after it
/// ("… KS sammanträdesrum Närvarande Ingemar Nyman, Bjurholm …"): it begins a line too.
static ATTENDANCE_LABEL_BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?P<h>(?:Närvarande|Deltagare|Frånvarande|Anmält förhinder))\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}")
        .expect("regex")
});
/// A signature box's line ("Justerandes signatur", "Utdragsbestyrkande"): furniture of every page.
/// A signature box's labels, one or several on a line with places to sign between them
/// ("Justerandes signatur ............   Utdragsbestyrkande").
static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:justerandes\s+sign\p{L}*|ordförandens?\s+sign\p{L}*|sekreterarens?\s+sign\p{L}*|utdragsbestyrkande|signatur(?:er)?)\s*[:.]?\s*(?:[._…]{3,}\s*)*)+$")
        .expect("regex")
});
/// A line that is only a long run of dots or underscores (a place to sign).
static SIGN_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[._…]{8,}\s*$").expect("regex"));
/// "1 § Förhandlingsfråga": the paragraph mark after the number.
static HEAD_PARAGRAPH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<n>\d{1,3})\s*§\s*[.:]?(?:\s+(?P<t>\p{Lu}.*))?$").expect("regex")
});
static HEAD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<n>\d{1,3})\s*[.)]\s+(?P<t>[\p{Lu}\d«“\x22].*)$").expect("regex")
});
static HEAD_BARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<n>\d{1,3})\s+(?P<t>\p{Lu}\p{Ll}.*)$").expect("regex"));
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?:sida|sid\.?|s\.)\s*\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3}))?|\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})|[-–]?\s*\d{1,3}\s*[-–]?)\s*$",
    )
    .expect("regex")
});

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Paragraph,
    /// `§ 12/2024`: a paragraph numbered through the year.
    YearParagraph,
    Number,
    Bare,
}

impl Doc {
    /// Reads the layout of a normalized text.
    pub fn parse(text: String) -> Doc {
        let lines = split_lines(&text);
        let mut doc = Doc {
            text,
            lines,
            double_spaced: false,
            header: 0..0,
            sections: Vec::new(),
        };
        doc.mark_noise();
        doc.double_spaced = doc.detect_double_spacing();
        doc.find_sections();
        doc
    }

    pub fn line_text(&self, index: usize) -> &str {
        self.lines
            .get(index)
            .map_or("", |l| &self.text[l.start..l.end])
    }

    pub fn is_blank(&self, index: usize) -> bool {
        self.lines
            .get(index)
            .is_none_or(|l| l.noise || self.text[l.start..l.end].trim().is_empty())
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The span of a line range's text, without leading and trailing whitespace.
    pub fn span_of_lines(&self, from: usize, to: usize) -> Span {
        let (Some(first), Some(last)) = (self.lines.get(from), self.lines.get(to)) else {
            return Span::new(0, 0);
        };
        trim_span(&self.text, Span::new(first.start, last.end))
    }

    fn mark_noise(&mut self) {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let keys: Vec<Option<String>> = self
            .lines
            .iter()
            .map(|l| {
                let t = crate::text::collapse(&self.text[l.start..l.end]).to_lowercase();
                (t.chars().filter(|c| c.is_alphabetic()).count() >= 8).then(|| {
                    t.chars()
                        .map(|c| if c.is_ascii_digit() { '#' } else { c })
                        .collect()
                })
            })
            .collect();
        for key in keys.iter().flatten() {
            *seen.entry(key.clone()).or_default() += 1;
        }
        // A line of the first few repeated further down is the title repeated as a page header.
        let head_keys: Vec<&String> = keys.iter().take(6).flatten().collect();
        let mut first_kept: HashMap<&str, bool> = HashMap::new();
        for (index, line) in self.lines.iter_mut().enumerate() {
            let text = &self.text[line.start..line.end];
            if PAGE_NUMBER.is_match(text) || SIGNATURE.is_match(text) || SIGN_LINE.is_match(text) {
                line.noise = true;
                continue;
            }
            if let Some(key) = &keys[index]
                && seen.get(key).copied().unwrap_or(0) >= 3
                && !looks_like_heading(text)
                && (key.contains("protokoll")
                    || key.contains("sida")
                    || key.contains('#')
                    || head_keys.contains(&key))
            {
                // A page header: keep its first appearance (the protocol's title).
                if first_kept.insert(key.as_str(), true).is_some() {
                    line.noise = true;
                }
            }
        }
    }

    fn detect_double_spacing(&self) -> bool {
        let mut text_lines = 0usize;
        let mut followed_by_empty = 0usize;
        for (index, line) in self.lines.iter().enumerate() {
            if self.text[line.start..line.end].trim().is_empty() {
                continue;
            }
            text_lines += 1;
            if let Some(next) = self.lines.get(index + 1)
                && next.start == next.end
            {
                followed_by_empty += 1;
            }
        }
        text_lines >= 6 && followed_by_empty * 10 >= text_lines * 6
    }

    /// How many blank lines end a paragraph.
    pub fn paragraph_break(&self) -> usize {
        if self.double_spaced { 2 } else { 1 }
    }

    fn find_sections(&mut self) {
        let mut last: Option<u32> = None;
        let mut style: Option<Style> = None;
        let mut starts: Vec<(usize, Option<u32>, String, usize)> = Vec::new(); // line, number, title, body start
        let mut index = 0;
        while index < self.lines.len() {
            if self.is_blank(index) {
                index += 1;
                continue;
            }
            let text = self.line_text(index).trim();
            if let Some((number, title, found_style)) = heading(text)
                && accept(number, found_style, last, style, &title)
            {
                let (title, body_start) = match paragraph_after_number(&title) {
                    // "§ 2 En skolutvecklingsgrupp har bildats … Parterna är ense om …": the
                    // heading line is the section's text; its first words name it.
                    Some(short) => (short, index),
                    None => self.title_continuation(index, title),
                };
                last = Some(number);
                style.get_or_insert(if found_style == Style::YearParagraph {
                    Style::Paragraph
                } else {
                    found_style
                });
                starts.push((index, Some(number), title, body_start));
                index = body_start;
                continue;
            }
            index += 1;
        }
        // "1) Vi frågade …" under "Våra frågor" in notes headed without numbers: one or two
        // numbered lines below several named headings are a list's points, not the sections.
        if !starts.is_empty() && starts.len() <= 2 {
            let named = self.unnumbered_headings();
            if named.len() >= 3 && named[1].0 < starts[0].0 {
                starts = named;
            }
        }
        if starts.is_empty() {
            starts = self.unnumbered_headings();
        } else if let Some(appendix) = self.appendix_list(starts[starts.len() - 1].3) {
            starts.push(appendix);
        }
        self.header = 0..starts.first().map_or(self.lines.len(), |s| s.0);
        let mut sections = Vec::new();
        for (k, (line, number, title, body_start)) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(self.lines.len(), |next| next.0);
            let heading = self.span_of_lines(*line, body_start.saturating_sub(1).max(*line));
            let mut last_text = *line;
            for i in *body_start..end {
                if !self.is_blank(i) {
                    last_text = i;
                }
            }
            let span = self.span_of_lines(*line, last_text.max(body_start.saturating_sub(1)));
            sections.push(Section {
                number: number.map(|n| n.to_string()),
                kind: SectionKind::of_title(title),
                title: title.clone(),
                heading,
                body: *body_start..end,
                span: heading.join(span),
            });
        }
        if sections.is_empty() {
            // A fragment without numbered sections: everything after the head is one section.
            let span = self.span_of_lines(0, self.lines.len().saturating_sub(1));
            sections.push(Section {
                number: None,
                title: String::new(),
                kind: SectionKind::General,
                heading: Span::new(span.start, span.start),
                body: 0..self.lines.len(),
                span,
            });
        }
        self.sections = sections;
    }

    /// A list of open points appended after the numbered sections, headed as an appendix
    /// ("Bilaga 2: Balanslista", "BILAGA – Ärendelista per den 3 mars"): its own section, or its
    /// points would be read as the text of the last one.
    fn appendix_list(&self, from: usize) -> Option<(usize, Option<u32>, String, usize)> {
        static APPENDIX: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^bilaga(?:\s+\d{1,2})?\s*[–:.-]?\s*(?P<t>\p{L}.{2,})$").expect("regex")
        });
        (from.max(1)..self.lines.len()).find_map(|index| {
            let c = APPENDIX.captures(self.line_text(index).trim())?;
            let title = c["t"].trim().to_string();
            (self.is_blank(index - 1)
                && matches!(
                    SectionKind::of_title(&title),
                    SectionKind::BalanceList | SectionKind::CarriedOver
                ))
            .then_some((index, None, title, index + 1))
        })
    }

    /// Headings without numbers, for a protocol that numbers none: a short line on its own
    /// (after a blank line, before text, no full stop at its end) whose words name a part of a
    /// meeting ("Val av justerare", "Övriga frågor", "Information från arbetsgivaren"). Two
    /// are needed, or a line that merely looks like one would cut the text.
    fn unnumbered_headings(&self) -> Vec<(usize, Option<u32>, String, usize)> {
        static GENERAL: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^(?:information|arbetsmiljö|ekonomi|budget|personal|rapport|verksamhet|organisation|kompetens|lokaler|månadens|tema|uppföljning|skyddsrond|tillbud|samverkan)")
                .expect("regex")
        });
        // A date or a time marks a line of the head; a year or quarter may name a heading. The
        // document's own title ("FÖRHANDLINGSPROTOKOLL enligt MBL § 11") heads no section.
        static NOT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^(?:närvarande|deltagare|frånvarande|förhinder|tid|plats|datum|justerare|sekreterare|ordförande|\w*protokoll)\b|^\d|\d\s*[.:/–-]\s*\d|\d\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)")
                .expect("regex")
        });
        let mut out = Vec::new();
        for index in 1..self.lines.len() {
            // A heading cut from the end of the line before it stands on a line of its own.
            let glued = self.lines[index].start > 0
                && self.text.as_bytes()[self.lines[index].start - 1] != b'\n';
            if self.is_blank(index) || !(self.is_blank(index - 1) || glued) {
                continue;
            }
            let line = self.line_text(index).trim();
            let title = line.trim_end_matches(':').trim();
            let words = title.split_whitespace().count();
            let Some(next) =
                (index + 1..self.lines.len().min(index + 3)).find(|&j| !self.is_blank(j))
            else {
                continue;
            };
            if words == 0
                || words > 7
                || line.ends_with(['.', ',', ';', '?', '!'])
                || !title.chars().next().is_some_and(char::is_uppercase)
                || NOT_HEADING.is_match(title)
                || heading(self.line_text(next).trim()).is_some()
            {
                continue;
            }
            if SectionKind::of_title(title) != SectionKind::General || GENERAL.is_match(title) {
                out.push((index, None, title.to_string(), index + 1));
            } else if !out.is_empty()
                && next == index + 1
                && words <= 6
                && !line.ends_with(':')
                // A row of a table has its columns apart.
                && !title.contains("  ")
            {
                // After a heading the reader knows, any short line standing alone over the text
                // it heads is a heading too ("Kemikalier", "Kontorsarbete och hybridarbete").
                out.push((index, None, title.to_string(), index + 1));
            }
        }
        if out.len() < 2 {
            out.clear();
        }
        out
    }

    /// A heading's title with the lines that continue it (a lowercase line after a title that
    /// does not end a sentence); returns the title and the first body line.
    fn title_continuation(&self, line: usize, mut title: String) -> (String, usize) {
        let mut next = line + 1;
        loop {
            let mut j = next;
            let mut blanks = 0;
            while j < self.lines.len() && self.is_blank(j) {
                j += 1;
                blanks += 1;
            }
            if j >= self.lines.len() || blanks > 3 {
                return (title, next);
            }
            let candidate = self.line_text(j).trim();
            let words = candidate.split_whitespace().count();
            // "a) Årsredovisning …" under a heading is the first point of a list, not its title.
            let lettered = candidate.split_once([')', '.']).is_some_and(|(mark, _)| {
                mark.chars().count() == 1 && mark.chars().all(char::is_lowercase)
            });
            let starts_lower =
                !lettered && candidate.chars().next().is_some_and(char::is_lowercase);
            let open = !title.trim_end().ends_with(['.', ':', '?', '!']);
            // A sentence that runs on over the line below ("Protokollsanteckning från X: X anser
            // att …\ntill …") is the text under a bare number, not its title.
            let runs_on = j + 1 < self.lines.len()
                && !self.is_blank(j + 1)
                && self
                    .line_text(j + 1)
                    .trim_start()
                    .starts_with(char::is_lowercase);
            if (title.trim().is_empty() && words <= 12 && heading(candidate).is_none() && !runs_on)
                || (open && starts_lower && words <= 8)
            {
                if !title.is_empty() {
                    title.push(' ');
                }
                title.push_str(candidate);
                next = j + 1;
            } else {
                return (title, next);
            }
        }
    }

    /// The paragraphs of a range of lines.
    pub fn paragraphs(&self, lines: std::ops::Range<usize>) -> Vec<Para> {
        let threshold = self.paragraph_break();
        let mut paras: Vec<Para> = Vec::new();
        let mut current: Option<(usize, usize)> = None;
        let mut blanks = 0usize;
        for index in lines {
            if self.is_blank(index) {
                blanks += 1;
                continue;
            }
            // In text without blank lines between paragraphs, a line that ends a sentence
            // followed by one that begins with a capital starts a new paragraph.
            let soft_break = !self.double_spaced
                && blanks == 0
                && current.is_some_and(|(_, last)| {
                    let before = self.line_text(last).trim_end();
                    let after = self.line_text(index).trim_start();
                    before.ends_with(['.', '?', '!'])
                        && after.chars().next().is_some_and(|c| c.is_uppercase())
                });
            match current {
                Some((first, _)) if blanks < threshold && !soft_break => {
                    current = Some((first, index))
                }
                Some((first, last)) => {
                    paras.push(self.para(first, last));
                    current = Some((index, index));
                }
                None => current = Some((index, index)),
            }
            blanks = 0;
        }
        if let Some((first, last)) = current {
            paras.push(self.para(first, last));
        }
        // Join a paragraph cut by a page break: no sentence end before, a lowercase word after.
        let mut joined: Vec<Para> = Vec::new();
        for para in paras {
            if let Some(prev) = joined.last_mut() {
                let before = self.slice(prev.span).trim_end();
                let after = self.slice(para.span);
                let open = !before.ends_with(['.', '?', '!', ':', '”', '"', '»', ')', '-', '–']);
                // A lettered point ("b) Nya öppettider") begins a matter of its own.
                let point = {
                    let mut chars = after.chars();
                    chars.next().is_some_and(char::is_lowercase)
                        && chars.next() == Some(')')
                        && chars.next().is_some_and(char::is_whitespace)
                };
                if open && !point && after.chars().next().is_some_and(char::is_lowercase) {
                    prev.span = prev.span.join(para.span);
                    prev.lines.1 = para.lines.1;
                    continue;
                }
            }
            joined.push(para);
        }
        joined
    }

    /// The runs of lines between blank lines, whatever the spacing: a blank line always ends a
    /// sentence, even in double-spaced text.
    pub fn blocks(&self, lines: std::ops::Range<usize>) -> Vec<Span> {
        let mut out = Vec::new();
        let mut run: Option<(usize, usize)> = None;
        for index in lines {
            if self.is_blank(index) {
                if let Some((a, b)) = run.take() {
                    out.push(self.span_of_lines(a, b));
                }
            } else {
                run = Some((run.map_or(index, |r| r.0), index));
            }
        }
        if let Some((a, b)) = run {
            out.push(self.span_of_lines(a, b));
        }
        out
    }

    fn para(&self, first: usize, last: usize) -> Para {
        Para {
            span: self.span_of_lines(first, last),
            lines: (first, last),
        }
    }
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (pos, c) in text.char_indices() {
        if c == '\n' {
            push_line(text, start, pos, &mut lines);
            start = pos + 1;
        }
    }
    push_line(text, start, text.len(), &mut lines);
    lines
}

/// Pushes a line, first cutting it where a section heading was glued to the text before it.
fn push_line(text: &str, start: usize, end: usize, lines: &mut Vec<Line>) {
    let mut from = start;
    let slice = &text[start..end];
    let mut cuts: Vec<usize> = GLUED
        .captures_iter(slice)
        // "monterad v. 6. Klar": a week's number after an abbreviation is no heading.
        .filter(|c| {
            c.name("n").is_none() || c.get(0).is_none_or(|m| !is_abbreviation(slice, m.start()))
        })
        .filter_map(|c| {
            c.name("h")
                .or(c.name("n"))
                .or(c.name("g"))
                .map(|h| start + h.start())
        })
        .collect();
    // "… lades till handlingarna.Åtgärdslistan": a heading without a number glued to the line's
    // end, when its words name a part of a meeting.
    if let Some(c) = GLUED_TITLE.captures(slice)
        && let Some(title) = c.name("u")
        && SectionKind::of_title(title.as_str()) != SectionKind::General
    {
        cuts.push(start + title.start());
    }
    if let Some(body) = GLUED_BODY.captures(slice).and_then(|c| c.name("b")) {
        cuts.push(start + body.start());
    }
    // Only a long line is a joined page: in a line of ordinary length "Plats:" is text.
    if slice.len() > 150 {
        cuts.extend(
            HEAD_LABEL
                .captures_iter(slice)
                .chain(ATTENDANCE_LABEL_BARE.captures_iter(slice))
                .filter_map(|c| c.name("h").map(|h| start + h.start())),
        );
        cuts.sort_unstable();
    }
    for cut in cuts {
        if cut > from {
            lines.push(Line {
                start: from,
                end: cut,
                noise: false,
            });
            from = cut;
        }
    }
    lines.push(Line {
        start: from,
        end,
        noise: false,
    });
}

/// A numbered line whose text is a paragraph, not a title (more than one sentence, or a
/// sentence longer than a title runs): its first words, to name the section.
fn paragraph_after_number(title: &str) -> Option<String> {
    static INNER_END: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\p{Ll}{2}[.!?]\s+\p{Lu}").expect("regex"));
    let words: Vec<&str> = title.split_whitespace().collect();
    let paragraph = words.len() > 20 || (words.len() > 8 && INNER_END.is_match(title));
    paragraph.then(|| words[..words.len().min(8)].join(" "))
}

fn looks_like_heading(text: &str) -> bool {
    heading(text.trim()).is_some()
}

/// A heading candidate: its number, title and style.
fn heading(text: &str) -> Option<(u32, String, Style)> {
    let (captures, style) = if let Some(c) = HEAD_PARAGRAPH.captures(text) {
        (c, Style::Paragraph)
    } else if let Some(c) = HEAD_PARAGRAPH_AFTER.captures(text) {
        (c, Style::Paragraph)
    } else if let Some(c) = HEAD_NUMBER.captures(text) {
        (c, Style::Number)
    } else if let Some(c) = HEAD_BARE.captures(text) {
        (c, Style::Bare)
    } else {
        return None;
    };
    let number: u32 = captures.name("n")?.as_str().parse().ok()?;
    let title = captures
        .name("t")
        .map_or("", |t| t.as_str())
        .trim()
        .to_string();
    // "§ 112/2024": numbered through the year, so any number may come first.
    let style = if captures.name("y").is_some() {
        Style::YearParagraph
    } else {
        style
    };
    Some((number, title, style))
}

fn accept(number: u32, found: Style, last: Option<u32>, style: Option<Style>, title: &str) -> bool {
    let found = if found == Style::YearParagraph {
        if last.is_none() {
            return true;
        }
        Style::Paragraph
    } else {
        found
    };
    let words = title.split_whitespace().count();
    // "1 Förhandlingsprotokoll": a page number before the document's title.
    if words == 1 && title.to_lowercase().ends_with("protokoll") {
        return false;
    }
    if found != Style::Paragraph {
        if words == 0 || words > 14 {
            return false;
        }
        // A whole sentence after the number is a list item, not a heading.
        if words > 8 && title.trim_end().ends_with('.') {
            return false;
        }
    }
    if let Some(style) = style
        && style != found
        && !(style == Style::Number && found == Style::Bare)
    {
        return false;
    }
    match last {
        None => match found {
            Style::Paragraph | Style::YearParagraph => (0..=60).contains(&number),
            Style::Number | Style::Bare => (0..=3).contains(&number),
        },
        Some(last) => number == last + 1 || number == last + 2,
    }
}

/// Trims whitespace off both ends of a span.
pub fn trim_span(text: &str, span: Span) -> Span {
    let Some(slice) = text.get(span.start..span.end) else {
        return span;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead == slice.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

const ABBREVIATIONS: &[&str] = &[
    "t.ex", "tex", "bl.a", "bla", "kl", "ca", "resp", "nr", "m.m", "mm", "d.v.s", "dvs", "jfr",
    "p.g.a", "pga", "t.o.m", "fr.o.m", "tel", "m.fl", "mfl", "ev", "f.d", "inkl", "exkl", "enl",
    "avd", "dnr", "ex", "s", "st", "sid", "o.s.v", "i.o.m", "iom", "fr", "vs",
];

/// The sentences of a span, each trimmed. A sentence ends at `.`, `?` or `!` (and any closing
/// quote) before a capital, digit or opening quote, except after an abbreviation or an initial;
/// and a line that begins with a bullet begins a sentence.
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let Some(slice) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut cuts: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '?' | '!') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '”' | '"' | '’' | '»' | ')') {
                j += 1;
            }
            let after_mark = j;
            let mut spaces = 0;
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
                spaces += 1;
            }
            if spaces > 0 && j < chars.len() {
                let next = chars[j].1;
                let starts = next.is_uppercase()
                    || next.is_ascii_digit()
                    || matches!(next, '“' | '”' | '"' | '«' | '(' | '-' | '–' | '•');
                let abbreviation = c == '.' && is_abbreviation(slice, pos);
                if starts && !abbreviation && !(c == '.' && opens_line_as_number(slice, pos)) {
                    cuts.push(chars.get(after_mark).map_or(slice.len(), |x| x.0));
                }
            }
            i = after_mark.max(i + 1);
            continue;
        }
        if c == '\n' {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, ' ' | '\t' | '\n') {
                j += 1;
            }
            if j + 1 < chars.len()
                && matches!(chars[j].1, '-' | '•' | '–' | '*')
                && chars[j + 1].1 == ' '
            {
                cuts.push(pos);
            }
        }
        i += 1;
    }
    let mut out = Vec::new();
    let mut from = 0;
    for cut in cuts.into_iter().chain(std::iter::once(slice.len())) {
        if cut <= from {
            continue;
        }
        let piece = trim_span(text, Span::new(span.start + from, span.start + cut));
        if piece.end > piece.start {
            out.push(piece);
        }
        from = cut;
    }
    out
}

/// A point's number opening its line ("1. Kommunal: …", "12. Ny rutin"): a list mark, no
/// sentence's end.
fn opens_line_as_number(slice: &str, dot: usize) -> bool {
    let line = slice[..dot].rsplit('\n').next().unwrap_or("").trim_start();
    (1..=2).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit())
}

fn is_abbreviation(slice: &str, dot: usize) -> bool {
    let before = &slice[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(')
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = before[word_start..].to_lowercase();
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true;
    }
    ABBREVIATIONS.contains(&word.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(doc: &Doc) -> Vec<(Option<String>, String)> {
        doc.sections
            .iter()
            .map(|s| (s.number.clone(), s.title.clone()))
            .collect()
    }

    #[test]
    fn sections_in_both_styles_and_glued() {
        let doc = Doc::parse(
            "Protokoll\n§1 Mötet öppnas\nText.\n §2 Dagordning \nGodkändes. §3 Övriga frågor\n- \n"
                .to_string(),
        );
        assert_eq!(
            titles(&doc),
            [
                (Some("1".into()), "Mötet öppnas".into()),
                (Some("2".into()), "Dagordning".into()),
                (Some("3".into()), "Övriga frågor".into()),
            ]
        );
        assert_eq!(doc.sections[2].kind, SectionKind::OtherBusiness);
    }

    #[test]
    fn the_paragraph_mark_after_the_number() {
        let doc = Doc::parse(
            "Protokoll\n1 § Mötets öppnande\nText.\n2 § Lönerevision\nEnligt 1 § ovan.\n3 § Avslutning\n-\n"
                .to_string(),
        );
        assert_eq!(
            titles(&doc),
            [
                (Some("1".into()), "Mötets öppnande".into()),
                (Some("2".into()), "Lönerevision".into()),
                (Some("3".into()), "Avslutning".into()),
            ]
        );
    }

    #[test]
    fn a_sentence_under_a_bare_number_is_no_title() {
        let doc = Doc::parse(
            "Protokoll\n§ 1\nMötets öppnande\n\n§ 2\nYttrande från Seko: Seko menar att städningen\nhar blivit sämre.\n\n§ 3\nAvslutning\n"
                .to_string(),
        );
        assert_eq!(
            titles(&doc),
            [
                (Some("1".into()), "Mötets öppnande".into()),
                (Some("2".into()), "".into()),
                (Some("3".into()), "Avslutning".into()),
            ]
        );
    }

    #[test]
    fn numbered_lists_inside_a_section_are_not_headings() {
        let doc = Doc::parse(
            "1. Mötet öppnas\n\n2. Information\nFöljande gäller:\n1. Först detta\n2. Sedan detta\n3. Övriga frågor\n-\n"
                .to_string(),
        );
        let numbers: Vec<_> = doc.sections.iter().map(|s| s.number.clone()).collect();
        assert_eq!(
            numbers,
            [Some("1".into()), Some("2".into()), Some("3".into())]
        );
    }

    #[test]
    fn a_paragraph_written_on_its_number_line_stays_text() {
        let doc = Doc::parse(
            "§ 1 Mötet öppnas\n§ 2 Arbetsgivaren har tagit fram en ny bemanningsplan för sommaren. Parterna är överens om att planen följs upp i september.\n§ 3 Övriga frågor\nInga.\n"
                .to_string(),
        );
        let second = &doc.sections[1];
        assert_eq!(second.number.as_deref(), Some("2"));
        assert_eq!(
            second.title,
            "Arbetsgivaren har tagit fram en ny bemanningsplan för"
        );
        let body = doc.span_of_lines(second.body.start, second.body.end - 1);
        assert!(
            doc.slice(body)
                .contains("Parterna är överens om att planen följs upp")
        );
        assert_eq!(doc.sections[2].title, "Övriga frågor");
    }

    #[test]
    fn paragraphs_numbered_through_the_year_and_points() {
        let doc = Doc::parse(
            "Protokoll\n§ 112/2024 Mötets öppnande\nText.\n§ 113/2024 Övriga frågor\nInga.\n"
                .to_string(),
        );
        assert_eq!(
            titles(&doc),
            [
                (Some("112".into()), "Mötets öppnande".into()),
                (Some("113".into()), "Övriga frågor".into()),
            ]
        );
        let doc = Doc::parse("Punkt 1 Öppnande\nx\nPunkt 2 Dagordning\ny\n".to_string());
        assert_eq!(doc.sections.len(), 2);
    }

    #[test]
    fn signature_boxes_and_a_title_repeated_on_every_page_are_furniture() {
        let page = "Barn- och elevhälsans samverkansgrupp\nJusterandes signatur\n..............................\n";
        let doc = Doc::parse(format!(
            "Barn- och elevhälsans samverkansgrupp\n§1 Öppnande\nText ett.\n{page}Text två.\n{page}Text tre.\n{page}"
        ));
        let kept: Vec<&str> = (0..doc.lines.len())
            .filter(|&i| !doc.is_blank(i))
            .map(|i| doc.line_text(i))
            .collect();
        assert_eq!(
            kept,
            [
                "Barn- och elevhälsans samverkansgrupp",
                "§1 Öppnande",
                "Text ett.",
                "Text två.",
                "Text tre."
            ]
        );
    }

    #[test]
    fn head_labels_begin_lines_only_in_a_joined_page() {
        let long = format!("{} Plats: Rum 1 Närvarande: Anna Ek", "ord ".repeat(40));
        let doc = Doc::parse(long);
        assert_eq!(doc.lines.len(), 3);
        let doc = Doc::parse("Vi bokade lokalen. Plats: Rum 1".to_string());
        assert_eq!(doc.lines.len(), 1);
    }

    #[test]
    fn headings_without_numbers_in_a_protocol_that_numbers_none() {
        let doc = Doc::parse(
            "Protokoll samverkansgrupp 2024-05-06\nNärvarande: Anna Ek\n\nMötets öppnande\nOrdföranden öppnade mötet.\n\nVal av justerare\nTill justerare valdes Per Moe.\n\nÖvriga frågor\nVision frågar om sommarschemat.\n\nInformation från arbetsgivaren\nBudgeten följs.\n".to_string(),
        );
        let got: Vec<(String, SectionKind)> = doc
            .sections
            .iter()
            .map(|s| (s.title.clone(), s.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("Mötets öppnande".to_string(), SectionKind::Opening),
                ("Val av justerare".to_string(), SectionKind::Approvers),
                ("Övriga frågor".to_string(), SectionKind::OtherBusiness),
                (
                    "Information från arbetsgivaren".to_string(),
                    SectionKind::General
                ),
            ]
        );
        assert_eq!(doc.header, 0..3);
        // One heading-like line is not enough to cut a text.
        let doc = Doc::parse("Rapport\n\nÖvriga frågor\nInga.\n".to_string());
        assert_eq!(doc.sections.len(), 1);
        // A year or a quarter names a heading; a date or a time makes a line of the head.
        let doc = Doc::parse(
            "Protokoll\nDatum: 3/2-2027\n\nMötets öppnande\nMötet öppnades.\n\nSjukfrånvaro Q4\nFrånvaron minskar.\n\nVerksamhetsplan 2027\nPlanen gicks igenom.\n\nMöte 5 mars\nInget att notera.\n".to_string(),
        );
        let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Mötets öppnande", "Sjukfrånvaro Q4", "Verksamhetsplan 2027"]
        );
        // A title naming the kind of protocol is the document's, not a section's.
        let doc = Doc::parse(
            "KOMMUNENS SAMMANTRÄDESPROTOKOLL enligt MBL § 19\nNärvarande\nEva Ek\n\nMötets öppnande\nMötet öppnades.\n\nLokalfrågor 2027\nInget nytt.\n".to_string(),
        );
        let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Mötets öppnande", "Lokalfrågor 2027"]);
    }

    #[test]
    fn title_continues_on_a_lowercase_line() {
        let doc = Doc::parse(
            "1. Mötet öppnas\n\n2. Val av justerare samt tid för när protokollet \n\nska vara justerat \n\nJusterare: Anna\n"
                .to_string(),
        );
        assert_eq!(
            doc.sections[1].title,
            "Val av justerare samt tid för när protokollet ska vara justerat"
        );
        assert_eq!(doc.sections[1].kind, SectionKind::Approvers);
    }

    #[test]
    fn numbered_points_under_named_headings_are_no_sections() {
        let doc = Doc::parse(
            "Seko klubbens anteckningar från samverkan\n\nDagordning\nInga tillägg.\n\nBalanslistan\nPunkten om skåpen ligger kvar.\n\nVåra frågor\n1) Vi frågade om nya skor till lagret och om vinterkängor till de som\nkör truck. AG svarade att de beställs.\n\nÖvriga frågor\nInga.\n"
                .to_string(),
        );
        let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles.first(), Some(&"Dagordning"));
        assert!(titles.contains(&"Balanslistan"), "{titles:?}");
        assert!(titles.contains(&"Övriga frågor"), "{titles:?}");
    }

    #[test]
    fn a_points_number_opening_its_line_ends_no_sentence() {
        let text = "1. Seko: Trasig dörr i förrådet. Kvarstår.\n12. Nya stolar beställdes i maj 2025. Klart.\nDet gäller plan 3. Resten väntar.";
        let said: Vec<&str> = sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            said,
            [
                "1. Seko: Trasig dörr i förrådet.",
                "Kvarstår.",
                "12. Nya stolar beställdes i maj 2025.",
                "Klart.",
                "Det gäller plan 3.",
                "Resten väntar."
            ]
        );
    }

    #[test]
    fn a_list_of_open_points_appended_after_the_signatures_is_its_own_section() {
        let protocol = |appendix: &str| {
            Doc::parse(format!(
                "Protokoll LSG\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\nInga.\n\nJusterare: Per Moe\n\n{appendix}\n1. Seko: Trasig dörr i förrådet. Kvarstår.\n2. ST: Nya stolar. Klart, avförs.\n"
            ))
        };
        let doc = protocol("Bilaga 1: Åtgärdslista per den 4 mars");
        assert_eq!(doc.sections.len(), 3);
        assert_eq!(doc.sections[2].kind, SectionKind::BalanceList);
        assert_eq!(doc.sections[2].title, "Åtgärdslista per den 4 mars");
        assert!(doc.slice(doc.sections[2].span).ends_with("avförs."));
        // An appendix of anything else stays the text of the last section.
        let doc = protocol("BILAGA – Närvarolista");
        assert_eq!(doc.sections.len(), 2);
    }

    #[test]
    fn double_spaced_text_breaks_paragraphs_at_two_blank_lines() {
        let text = "a rad ett \n\nrad två. \n\n \n\nNytt stycke \n\nfortsätter. \n\n \n\nTredje \n\nstycket \n\nslut.\n".to_string();
        let doc = Doc::parse(text);
        assert!(doc.double_spaced);
        let paras = doc.paragraphs(0..doc.lines.len());
        assert_eq!(paras.len(), 3);
        assert_eq!(
            crate::text::collapse(doc.slice(paras[0].span)),
            "a rad ett rad två."
        );
    }

    #[test]
    fn a_heading_without_a_number_glued_to_the_line_before_is_cut_off() {
        let doc = Doc::parse(
            "Anteckningar LSG\n\nFöregående protokoll\nGodkändes och lades till handlingarna.Balanslistan\nListan gicks igenom.\n\nÖvriga frågor\nInga.\n"
                .to_string(),
        );
        let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Föregående protokoll", "Balanslistan", "Övriga frågor"]
        );
        assert_eq!(doc.sections[1].kind, SectionKind::BalanceList);
    }

    #[test]
    fn the_first_words_glued_onto_a_numbered_heading_begin_its_text() {
        let doc = Doc::parse(
            "Protokoll FSG\n\nPunkt 4 LokalerVision undrar om hissen lagas i vår.\nSvar: ja.\n\n§ 5 Införande av PowerPoint\nMallen är klar.\n"
                .to_string(),
        );
        let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Lokaler", "Införande av PowerPoint"]);
        let body = doc.sections[0].body.clone();
        assert_eq!(
            doc.line_text(body.start).trim(),
            "Vision undrar om hissen lagas i vår."
        );
    }

    #[test]
    fn a_footer_of_two_signature_labels_is_furniture() {
        let doc = Doc::parse(
            "Stycket löper\nJusterandes signatur .........   Utdragsbestyrkande\nvidare här.\n"
                .to_string(),
        );
        assert!(doc.lines[1].noise);
        assert_eq!(doc.paragraphs(0..doc.lines.len()).len(), 1);
    }

    #[test]
    fn page_numbers_are_noise_and_cut_paragraphs_are_joined() {
        let doc =
            Doc::parse("Det här stycket fortsätter\n\nSida 2 (4)\n\npå nästa sida.\n".to_string());
        let paras = doc.paragraphs(0..doc.lines.len());
        assert_eq!(paras.len(), 1);
    }

    #[test]
    fn sentences_skip_abbreviations_and_initials() {
        let text = "Det finns t.ex. ett svar. (S. 60, 4 stycket) Det står att du kan. Vem? Ja kl. 13.00 i dag.";
        let spans = sentences(text, Span::new(0, text.len()));
        let got: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            got,
            [
                "Det finns t.ex. ett svar.",
                "(S. 60, 4 stycket) Det står att du kan.",
                "Vem?",
                "Ja kl. 13.00 i dag."
            ]
        );
    }
}
