//! Word documents (DOCX) to text: the paragraphs of the main document, read with the zip and quick-xml crates.

use std::io::{Cursor, Read as _};

use quick_xml::events::Event;

use crate::text::{InputError, MAX_PDF_BYTES};

/// The part of a DOCX archive that holds the document's body.
const MAIN_DOCUMENT: &str = "word/document.xml";

/// Whether the bytes are a DOCX: a zip archive with a Word main document.
pub fn is_docx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(Cursor::new(bytes))
            .is_ok_and(|archive| archive.index_for_name(MAIN_DOCUMENT).is_some())
}

/// The document's text: a line per paragraph, tabs and line breaks as they are; tables come out
/// a cell per line, as from a PDF.
pub fn extract_text(bytes: &[u8]) -> Result<String, InputError> {
    if bytes.len() as u64 > MAX_PDF_BYTES {
        return Err(InputError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_PDF_BYTES,
        });
    }
    let unreadable = |reason: String| InputError::DocxUnreadable(reason);
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|error| unreadable(error.to_string()))?;
    let mut xml = Vec::new();
    archive
        .by_name(MAIN_DOCUMENT)
        .map_err(|error| unreadable(error.to_string()))?
        // A zip bomb stops at the size a protocol's text may have, many times over.
        .take(8 * MAX_PDF_BYTES)
        .read_to_end(&mut xml)
        .map_err(|error| unreadable(error.to_string()))?;
    text_of(&xml).map_err(unreadable)
}

/// The text of a WordprocessingML body.
fn text_of(xml: &[u8]) -> Result<String, String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buffer = Vec::new();
    let mut text = String::new();
    let mut in_text = false;
    loop {
        match reader
            .read_event_into(&mut buffer)
            .map_err(|error| error.to_string())?
        {
            Event::Start(element) if element.local_name().as_ref() == "t" => in_text = true,
            Event::End(element) => match element.local_name().as_ref() {
                "t" => in_text = false,
                "p" => text.push('\n'),
                "tc" => text.push('\n'),
                _ => {}
            },
            Event::Empty(element) => match element.local_name().as_ref() {
                "tab" => text.push('\t'),
                "br" | "cr" => text.push('\n'),
                _ => {}
            },
            Event::Text(content) if in_text => {
                text.push_str(&content.xml10_content());
            }
            Event::GeneralRef(reference) if in_text => {
                match reference
                    .resolve_char_ref()
                    .map_err(|error| error.to_string())?
                {
                    Some(c) => text.push(c),
                    None => text.push_str(match reference.into_inner().as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    }),
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_runs_tabs_and_entities_become_lines_of_text() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>FÖRVALTNINGSGRUPP</w:t></w:r><w:r><w:t xml:space="preserve"> PROTOKOLL</w:t></w:r></w:p>
            <w:p><w:r><w:t>Kommunal &amp; Vision</w:t><w:tab/><w:t>§ 4</w:t></w:r></w:p>
            </w:body></w:document>"#
            .as_bytes();
        assert_eq!(
            text_of(xml).expect("read"),
            "FÖRVALTNINGSGRUPP PROTOKOLL\nKommunal & Vision\t§ 4\n"
        );
    }
}
