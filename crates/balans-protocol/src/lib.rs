//! The protocol reader: a written protocol (plain text, a file in any common encoding, or a PDF) becomes a [`Draft`] of the meeting and its items, which a person reviews before it is recorded.
//!
//! - [`read_bytes`] / [`read_path`] / [`read_text`]: bytes → text ([`text`], [`pdf`]) → layout
//!   ([`doc`]) → meeting facts ([`meeting`]) and items ([`items`]) → [`Draft`]. Reading never
//!   panics and never stores anything; this crate knows no store and no read model.
//! - [`eval`]: scores drafts against hand-labelled `.expected.json` files.
//!
//! Linking a draft to earlier cases and recording it is the import use case of `balans-runtime`.

pub mod doc;
pub mod docx;
pub mod draft;
pub mod eval;
pub mod items;
pub mod lexicon;
pub mod meeting;
pub mod pdf;
pub mod text;

use std::path::Path;

pub use draft::{
    AnswerDraft, Draft, DueDraft, ItemDraft, ItemKind, Link, LinkAction, MeetingDraft, Outcome,
};
pub use text::InputError;

/// Why a file gave no draft.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(
        "no protocol found: the text has no meeting date, no attendance and no questions, answers, promises or board matters (is this a samverkan protocol?)"
    )]
    NothingFound,
}

impl ReadError {
    /// The error in Swedish, for the person who gave the protocol.
    pub fn swedish(&self) -> String {
        match self {
            ReadError::Input(input) => input.swedish(),
            ReadError::NothingFound => "inget protokoll hittades: texten har inget mötesdatum, ingen närvaro och inga frågor, svar, åtaganden eller nämndärenden (är det ett samverkansprotokoll?)".to_string(),
        }
    }
}

/// A draft with nothing in it.
pub fn empty_draft() -> Draft {
    Draft {
        meeting: MeetingDraft::default(),
        items: Vec::new(),
        warnings: Vec::new(),
        source_encoding: String::new(),
        text: String::new(),
    }
}

/// Reads a protocol's text (already decoded) into a draft. Never fails: what it cannot read is missing.
pub fn read_text(text: &str) -> Draft {
    let normalized = text::normalize(text);
    let document = doc::Doc::parse(normalized);
    let mut warnings = Vec::new();
    let meeting = meeting::read_meeting(&document, &mut warnings);
    let people = meeting::People::from_meeting(&meeting);
    let mut items = items::read_items(&document, &meeting, &people);
    if items::agenda_only(&document) {
        // An agenda announces what a meeting will take up; nothing happened in it yet.
        items.clear();
        warnings.push(
            "texten är en kallelse eller dagordning utan protokoll: inga punkter lästes"
                .to_string(),
        );
    }
    if document.sections.len() == 1 && document.sections[0].number.is_none() {
        warnings.push(
            "inga paragrafer (§ 1, 1. eller rubriker) hittades; texten lästes som en enda paragraf"
                .to_string(),
        );
    }
    if meeting.forum.is_none() {
        warnings.push(
            "protokollet nämner ingen samverkansgrupp (förvaltningsgrupp, LSG, skyddskommitté …)"
                .to_string(),
        );
    }
    Draft {
        meeting,
        items,
        warnings,
        source_encoding: "UTF-8".to_string(),
        text: document.text,
    }
}

/// Reads a protocol from a file's bytes: a PDF (through pdftotext) or text in UTF-8, UTF-16 or
/// Windows-1252. Refuses what is not a protocol with a reason.
pub fn read_bytes(bytes: &[u8]) -> Result<Draft, ReadError> {
    let (decoded, encoding, notes) = if pdf::is_pdf(bytes) {
        let text = pdf::extract_text(bytes)?;
        (text, "PDF (pdftotext)".to_string(), Vec::new())
    } else if docx::is_docx(bytes) {
        (docx::extract_text(bytes)?, "DOCX".to_string(), Vec::new())
    } else {
        let decoded = text::decode(bytes)?;
        (decoded.text, decoded.encoding.to_string(), decoded.notes)
    };
    let mut draft = read_text(&decoded);
    draft.source_encoding = encoding;
    draft.warnings.splice(0..0, notes);
    if !draft.found_anything() {
        return Err(ReadError::NothingFound);
    }
    Ok(draft)
}

/// Reads a protocol file, refusing files too large to be a protocol before reading them.
pub fn read_path(path: &Path) -> Result<Draft, ReadError> {
    let io = |source| InputError::Io {
        path: path.display().to_string(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > text::MAX_PDF_BYTES {
        return Err(InputError::TooLarge {
            size,
            limit: text::MAX_PDF_BYTES,
        }
        .into());
    }
    let bytes = std::fs::read(path).map_err(io)?;
    read_bytes(&bytes)
}
