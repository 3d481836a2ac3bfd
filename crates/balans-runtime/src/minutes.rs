//! The text of an imported meeting's protocol (protokoll), read back from the meeting's stream when asked for: the live model does not keep it.

use balans_domain::{Event, MeetingId, MinutesSection};
use balans_events::decode_recorded;
use balans_read::ReadError;
use balans_store::{EventStore, StreamId};

use crate::Runtime;

/// A meeting's protocol as its import recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Minutes {
    /// The text as the reader normalized it: the import's source spans point into it.
    pub text: String,
    /// How the file was read: "UTF-8", "PDF (pdftotext)" ...
    pub source_encoding: String,
    /// The cases the minutes speak of, each with its section.
    pub sections: Vec<MinutesSection>,
}

/// A numbered section (paragraf) of the text, as the protocol reader finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The protocol's own number ("4" for "§ 4").
    pub number: String,
    /// Its heading.
    pub title: String,
    /// Byte offsets into [`Minutes::text`], end exclusive: heading and body.
    pub start: usize,
    pub end: usize,
}

impl Minutes {
    /// The text's numbered sections, in order: found again by the same reader that read it
    /// at import, so they are not stored.
    pub fn paragraphs(&self) -> Vec<Paragraph> {
        balans_protocol::doc::Doc::parse(self.text.clone())
            .sections
            .into_iter()
            .filter_map(|section| {
                Some(Paragraph {
                    number: section.number?,
                    title: section.title,
                    start: section.span.start,
                    end: section.span.end,
                })
            })
            .collect()
    }

    /// The section the minutes speak of `case` in, if they do.
    pub fn section_of(&self, case: balans_domain::CaseId) -> Option<&str> {
        self.sections
            .iter()
            .find(|s| s.case == case)
            .map(|s| s.section.as_str())
    }
}

impl Runtime {
    /// The protocol text last recorded for `meeting` at or before log position `up_to` (a read
    /// model's horizon), read from the meeting's stream; `None` for a meeting not imported.
    pub fn minutes(&self, meeting: MeetingId, up_to: u64) -> Result<Option<Minutes>, ReadError> {
        let mut minutes = None;
        let stream = StreamId::new(meeting.stream_name());
        for recorded in self.store().read_stream(&stream, 1)? {
            if recorded.position > up_to || recorded.event_type != "MinutesTextRecorded" {
                continue;
            }
            if let Event::MinutesTextRecorded {
                text,
                source_encoding,
                sections,
                ..
            } = decode_recorded(&recorded)?
            {
                minutes = Some(Minutes {
                    text,
                    source_encoding,
                    sections,
                });
            }
        }
        Ok(minutes)
    }
}
