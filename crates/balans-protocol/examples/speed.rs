//! Times the reader's stages on a seed protocol and on five copies of it in one text: `cargo run --release -p balans-protocol --example speed`.

use std::time::Instant;

fn main() {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/protocols");
    let seed = std::fs::read_to_string(dir.join("004_5bdb85c66693e9e6.txt"))
        .expect("the seed protocol is readable");
    let five = [seed.as_str(); 5].join("\n\n");
    // The first reading builds the regexes; it is not timed.
    let _ = balans_protocol::read_text(&seed);
    for (name, text) in [("seed", &seed), ("five copies", &five)] {
        let rounds = 30;
        let mut took = [0f64; 4];
        for _ in 0..rounds {
            let t = Instant::now();
            let normalized = balans_protocol::text::normalize(text);
            took[0] += t.elapsed().as_secs_f64();
            let t = Instant::now();
            let doc = balans_protocol::doc::Doc::parse(normalized);
            took[1] += t.elapsed().as_secs_f64();
            let t = Instant::now();
            let meeting = balans_protocol::meeting::read_meeting(&doc, &mut Vec::new());
            took[2] += t.elapsed().as_secs_f64();
            let t = Instant::now();
            let people = balans_protocol::meeting::People::from_meeting(&meeting);
            std::hint::black_box(balans_protocol::items::read_items(&doc, &meeting, &people));
            took[3] += t.elapsed().as_secs_f64();
        }
        let ms = |s: f64| s * 1e3 / rounds as f64;
        println!(
            "{name} ({} bytes): {:.2} ms per draft (normalize {:.2}, layout {:.2}, meeting {:.2}, items {:.2})",
            text.len(),
            ms(took.iter().sum()),
            ms(took[0]),
            ms(took[1]),
            ms(took[2]),
            ms(took[3])
        );
    }
}
