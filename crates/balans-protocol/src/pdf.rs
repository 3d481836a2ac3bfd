//! PDF to text with poppler's `pdftotext`, run as a separate process with a time limit; detects PDFs without a text layer.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::text::{InputError, MAX_PDF_BYTES};

/// How long pdftotext may take before it is stopped.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// Whether the bytes are a PDF (`%PDF-` within the first kilobyte, as readers accept it).
pub fn is_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

/// Extracts a PDF's text in reading order (`pdftotext -enc UTF-8`, without `-layout`, so table
/// cells come out one per line as in the seed protocols). A PDF whose text is (almost) empty has
/// no text layer and is refused with [`InputError::PdfNoText`].
pub fn extract_text(bytes: &[u8]) -> Result<String, InputError> {
    if bytes.len() as u64 > MAX_PDF_BYTES {
        return Err(InputError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_PDF_BYTES,
        });
    }
    let dir = tempfile::tempdir().map_err(|source| InputError::Io {
        path: "a temporary directory".to_string(),
        source,
    })?;
    let input = dir.path().join("protocol.pdf");
    let output = dir.path().join("protocol.txt");
    std::fs::write(&input, bytes).map_err(|source| InputError::Io {
        path: input.display().to_string(),
        source,
    })?;
    run_pdftotext(&input, &output)?;
    let text = std::fs::read(&output).map_err(|source| InputError::Io {
        path: output.display().to_string(),
        source,
    })?;
    let text = String::from_utf8_lossy(&text).into_owned();
    if text.chars().filter(|c| c.is_alphanumeric()).count() < 20 {
        return Err(InputError::PdfNoText);
    }
    Ok(text)
}

fn run_pdftotext(input: &Path, output: &Path) -> Result<(), InputError> {
    let mut child = match Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg("-q")
        .arg(input)
        .arg(output)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(child) => child,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(InputError::PdfToolMissing);
        }
        Err(error) => return Err(InputError::PdfFailed(error.to_string())),
    };
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                return Err(InputError::PdfFailed(format!(
                    "pdftotext exited with {status} (a damaged or encrypted PDF?)"
                )));
            }
            Ok(None) if started.elapsed() > TIME_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(InputError::PdfFailed(format!(
                    "pdftotext did not finish within {} seconds",
                    TIME_LIMIT.as_secs()
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(error) => return Err(InputError::PdfFailed(error.to_string())),
        }
    }
}

/// Whether pdftotext can be run here.
pub fn pdftotext_available() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}
