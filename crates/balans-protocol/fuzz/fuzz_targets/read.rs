//! Reading a protocol never panics, whatever the bytes: decoding, layout, meeting facts, items,
//! the text and JSON forms of the draft. PDFs are left out (they run pdftotext, a process).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if balans_protocol::pdf::is_pdf(data) {
        return;
    }
    if let Ok(draft) = balans_protocol::read_bytes(data) {
        let _ = draft.to_text();
        let _ = serde_json::to_string(&draft);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let draft = balans_protocol::read_text(text);
        let normalized = balans_protocol::text::normalize(text);
        for item in &draft.items {
            assert_eq!(
                normalized.get(item.source_span.start..item.source_span.end),
                Some(item.source_text.as_str())
            );
        }
    }
});
