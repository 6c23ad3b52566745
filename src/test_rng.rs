//! A fixed pseudo-random sequence for the property tests that generate texts: the same
//! numbers on every run and machine, so a failing text can be made again.

/// A 64-bit linear congruential generator (Knuth's MMIX constants) from a fixed seed.
pub(crate) struct FixedLcg {
    state: u64,
}

impl FixedLcg {
    /// The generator at the seed every test uses.
    pub(crate) fn new() -> Self {
        Self {
            state: 0x2545_f491_4f6c_dd1d,
        }
    }

    /// The next number below `n` (`n` > 0), from the state's high bits.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.state = self
            .state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.state >> 33).unwrap_or(0) % n
    }

    /// A text of up to `parts` - 1 pieces, each a random `filler` string or a random one of
    /// `phrases` cut after a random number of its characters (all of them included); with
    /// `whole_half`, half of the phrases are put whole instead of cut.
    pub(crate) fn phrase_text(
        &mut self,
        phrases: &[&str],
        filler: &[&str],
        parts: usize,
        whole_half: bool,
    ) -> String {
        let mut text = String::new();
        for _ in 0..self.below(parts) {
            if self.below(2) == 0 {
                text.push_str(filler[self.below(filler.len())]);
            } else {
                let p = phrases[self.below(phrases.len())];
                let cut = (0..=p.len())
                    .filter(|&i| p.is_char_boundary(i))
                    .nth(self.below(p.chars().count() + 1))
                    .unwrap_or(p.len());
                let whole = whole_half && self.below(2) == 0;
                text.push_str(if whole { p } else { &p[..cut] });
            }
        }
        text
    }
}
