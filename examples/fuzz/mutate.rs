//! Mutations for the stable fuzzer, chosen for this domain: Vietnamese text in UTF-8, HTML,
//! feeds and robots.txt. Besides byte flips and splices, they insert multi-byte letters,
//! combining marks and NBSP (byte/char offset confusions), the markers the scanners key on
//! ("Ngày", "Tin liên quan", "<div>", "&#", digits and dots), and repeat chunks many times
//! (what turns a quadratic scan into a slow input).

/// SplitMix64: a small, fast, deterministic generator (the same `--seed` gives the same
/// inputs on every machine).
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// True with probability 1/`n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
}

/// Bytes that matter when written over a byte: NUL, UTF-8 lead and continuation bytes, the
/// markup and text delimiters.
const INTERESTING_BYTES: &[u8] = &[
    0x00, 0x7f, 0x80, 0xbf, 0xc3, 0xc4, 0xe1, 0xbb, 0xf0, 0xff, b'<', b'>', b'&', b';', b'#',
    b'\n', b' ', b'.', b',', b'/', b'(', b')', b'"', b'*', b'$', b':',
];

/// Position `at` moved forward to the start of a UTF-8 character (most insertions keep the
/// text valid, so that they reach past the decoder).
fn char_start(data: &[u8], mut at: usize) -> usize {
    while at < data.len() && (data[at] & 0xc0) == 0x80 {
        at += 1;
    }
    at
}

/// A position for an insertion: usually a character start, sometimes any byte.
fn insert_at(rng: &mut Rng, data: &[u8]) -> usize {
    let at = rng.below(data.len() + 1);
    if rng.one_in(4) {
        at
    } else {
        char_start(data, at)
    }
}

fn insert(data: &mut Vec<u8>, at: usize, piece: &[u8]) {
    data.splice(at..at, piece.iter().copied());
}

/// A number as news writes them: "1.500.000", "60,8", "2023", a huge run of digits.
fn number(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => (rng.below(100_000)).to_string(),
        1 => format!(
            "{}.{:03}.{:03}",
            1 + rng.below(999),
            rng.below(1000),
            rng.below(1000)
        ),
        2 => format!("{},{}", rng.below(1000), rng.below(100)),
        3 => format!(
            "{}/{}/{}",
            1 + rng.below(40),
            1 + rng.below(14),
            1990 + rng.below(50)
        ),
        _ => "9".repeat(1 + rng.below(40)),
    }
}

/// Applies one to four mutations to `data`, keeping it at most `max_len` bytes. `pool` gives
/// other inputs to splice from; `dict` the tokens to insert.
pub fn mutate(rng: &mut Rng, data: &mut Vec<u8>, pool: &[Vec<u8>], dict: &[&str], max_len: usize) {
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        mutate_once(rng, data, pool, dict);
        if data.len() > max_len {
            // Cut on a character start when there is one near, so that the cut itself is
            // not always an invalid-UTF-8 input.
            let mut cut = max_len;
            while cut > 0 && (data[cut] & 0xc0) == 0x80 {
                cut -= 1;
            }
            data.truncate(cut);
        }
    }
}

fn mutate_once(rng: &mut Rng, data: &mut Vec<u8>, pool: &[Vec<u8>], dict: &[&str]) {
    let len = data.len();
    match rng.below(13) {
        // A bit flip.
        0 if len > 0 => {
            let at = rng.below(len);
            data[at] ^= 1 << rng.below(8);
        }
        // An interesting byte written over one.
        1 if len > 0 => {
            let at = rng.below(len);
            data[at] = INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())];
        }
        // A range deleted.
        2 if len > 0 => {
            let at = rng.below(len);
            let most = if rng.one_in(4) { len } else { 64 };
            let n = 1 + rng.below((len - at).min(most));
            data.drain(at..at + n);
        }
        // A dictionary token inserted (twice as likely: it is what reaches the rules).
        3 | 4 if !dict.is_empty() => {
            let token = dict[rng.below(dict.len())];
            let at = insert_at(rng, data);
            insert(data, at, token.as_bytes());
        }
        // A splice: this input's head with another's tail.
        5 if !pool.is_empty() => {
            let other = &pool[rng.below(pool.len())];
            let cut = rng.below(len + 1);
            let from = rng.below(other.len() + 1);
            data.truncate(cut);
            data.extend_from_slice(&other[from..]);
        }
        // A chunk of another input inserted.
        6 if !pool.is_empty() => {
            let other = &pool[rng.below(pool.len())];
            if !other.is_empty() {
                let from = rng.below(other.len());
                let n = 1 + rng.below((other.len() - from).min(512));
                let at = insert_at(rng, data);
                let piece = other[from..from + n].to_vec();
                insert(data, at, &piece);
            }
        }
        // A chunk repeated k times: quadratic scans show up as slow inputs.
        7 if len > 0 => {
            let at = char_start(data, rng.below(len));
            let n = 1 + rng.below((len - at).clamp(1, 256));
            let end = (at + n).min(len);
            let chunk = data[at..end].to_vec();
            let k = if rng.one_in(4) {
                2 + rng.below(512)
            } else {
                2 + rng.below(32)
            };
            let mut piece = Vec::with_capacity(chunk.len() * k);
            for _ in 0..k {
                piece.extend_from_slice(&chunk);
            }
            insert(data, end, &piece);
        }
        // The whole input repeated: the same text at 2–8× the size.
        8 if len > 0 => {
            let k = 2 + rng.below(7);
            let copy = data.clone();
            for _ in 1..k {
                data.extend_from_slice(&copy);
            }
        }
        // Truncated (often in the middle of a character).
        9 if len > 0 => data.truncate(rng.below(len)),
        // A number as news writes them.
        10 => {
            let at = insert_at(rng, data);
            insert(data, at, number(rng).as_bytes());
        }
        // A chunk of this input copied elsewhere in it.
        11 if len > 1 => {
            let from = rng.below(len);
            let n = 1 + rng.below((len - from).min(128));
            let piece = data[from..from + n].to_vec();
            let at = insert_at(rng, data);
            insert(data, at, &piece);
        }
        // ASCII case flipped over a range ("LĐLĐ" vs "lđlđ", "<DIV>").
        12 if len > 0 => {
            let at = rng.below(len);
            let end = (at + 1 + rng.below(32)).min(len);
            for b in &mut data[at..end] {
                if b.is_ascii_alphabetic() {
                    *b ^= 0x20;
                }
            }
        }
        // An empty input gets something to start from.
        _ => {
            let at = insert_at(rng, data);
            insert(data, at, number(rng).as_bytes());
        }
    }
}
