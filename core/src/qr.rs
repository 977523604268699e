//! A small QR Code encoder (ISO/IEC 18004): byte mode, versions 1–10, any
//! error-correction level, the mask with the lowest penalty. Enough for a
//! link of up to about 150 bytes, and no more, to keep the wasm small.
//!
//! The output is module for module the same as Nayuki's reference encoder
//! (`qrcodegen`) given one byte segment, versions 1–10 and no boosted level.
//!
//! ```
//! use peer_compass_core::qr::{Ecc, QrCode};
//!
//! let code = QrCode::encode(b"https://example.org/peer-compass/", Ecc::Medium).unwrap();
//! assert_eq!(code.size(), 29); // version 3
//! assert!(code.dark(0, 0)); // a finder pattern's corner
//! // Draw it with a 4-module quiet zone around it:
//! let svg = format!(
//!     r#"<svg viewBox="-4 -4 {0} {0}"><path d="{1}"/></svg>"#,
//!     code.size() + 8,
//!     code.svg_path()
//! );
//! assert!(svg.starts_with(r#"<svg viewBox="-4 -4 37 37"><path d="M0 0h7v1h-7z"#));
//! ```

/// The error-correction level: how much of the symbol may be damaged and
/// still be read (about 7, 15, 25 and 30 %).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ecc {
    /// About 7 % of codewords can be restored.
    Low,
    /// About 15 %: the usual choice for a printed or shown link.
    Medium,
    /// About 25 %.
    Quartile,
    /// About 30 %.
    High,
}

/// Codewords (data and error correction) in a symbol, for versions 1–10.
const TOTAL_CODEWORDS: [u16; 10] = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346];
/// Error-correction codewords in each block, by level (L, M, Q, H), then version.
const ECC_PER_BLOCK: [[u8; 10]; 4] = [
    [7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    [10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
    [13, 22, 18, 26, 18, 24, 18, 22, 20, 24],
    [17, 28, 22, 16, 22, 28, 26, 26, 24, 28],
];
/// Error-correction blocks, by level (L, M, Q, H), then version.
const BLOCKS: [[u8; 10]; 4] = [
    [1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    [1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
    [1, 1, 2, 2, 4, 4, 6, 6, 8, 8],
    [1, 1, 2, 4, 4, 4, 5, 6, 8, 8],
];

/// A QR Code symbol: a square of dark and light modules, without its quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    size: usize,
    modules: Vec<bool>,
}

impl QrCode {
    /// Encodes `data` (for example a UTF-8 link) in byte mode at level `ecc`,
    /// in the smallest version from 1 to 10 that holds it. `None` if even
    /// version 10 is too small (at level M, more than 213 bytes).
    pub fn encode(data: &[u8], ecc: Ecc) -> Option<QrCode> {
        let level = ecc as usize;
        // (version, its data codewords, its table entries): the first that holds
        // the 4-bit mode, the 8-bit (16-bit from version 10) count and the data.
        let (version, capacity, blocks, ecc_len) = (1..11).find_map(|version: usize| {
            let blocks = usize::from(*BLOCKS.get(level)?.get(version - 1)?);
            let ecc_len = usize::from(*ECC_PER_BLOCK.get(level)?.get(version - 1)?);
            let total = usize::from(*TOTAL_CODEWORDS.get(version - 1)?);
            let capacity = total.checked_sub(blocks * ecc_len)?;
            let header = if version < 10 { 2 } else { 3 };
            (data.len().checked_add(header)? <= capacity)
                .then_some((version, capacity, blocks, ecc_len))
        })?;

        // The bit stream: mode 0100, the count, the bytes, then the 4-bit
        // terminator. Everything after the mode is shifted by half a byte.
        let mut codewords = Vec::with_capacity(capacity + blocks * ecc_len);
        let count = [(data.len() >> 8) as u8, data.len() as u8];
        let count = count.get(usize::from(version < 10)..).unwrap_or(&[]);
        let mut carry = 0b0100;
        for &byte in count.iter().chain(data) {
            codewords.push(carry << 4 | byte >> 4);
            carry = byte & 0x0F;
        }
        codewords.push(carry << 4);
        let mut pad = 0xEC;
        while codewords.len() < capacity {
            codewords.push(pad);
            pad ^= 0xEC ^ 0x11;
        }

        // Split into blocks (the last `capacity % blocks` are one longer), add
        // each block's error correction, and interleave.
        let short = capacity.checked_div(blocks)?;
        let long_from = blocks - capacity % blocks;
        let start = |block: usize| block * short + block.saturating_sub(long_from);
        let divisor = rs_divisor(ecc_len);
        let mut ecc_words = vec![0; blocks * ecc_len];
        for (block, rem) in ecc_words.chunks_mut(ecc_len.max(1)).enumerate() {
            let data = codewords.get(start(block)..start(block + 1)).unwrap_or(&[]);
            rs_remainder(data, &divisor, rem);
        }
        let mut interleaved = Vec::with_capacity(capacity + ecc_words.len());
        for i in 0..short + 1 {
            for block in 0..blocks {
                if start(block) + i < start(block + 1) {
                    interleaved.extend(codewords.get(start(block) + i));
                }
            }
        }
        for i in 0..ecc_len {
            for block in 0..blocks {
                interleaved.extend(ecc_words.get(block * ecc_len + i));
            }
        }

        let mut grid = Grid::new(version);
        grid.draw_function_patterns(version);
        grid.draw_codewords(&interleaved);
        // Try each mask with its format bits; keep the first with the lowest penalty.
        let mut best = (u32::MAX, 0);
        for mask in 0..8 {
            grid.apply_mask(mask);
            grid.draw_format(ecc, mask);
            best = best.min((grid.penalty(), mask));
            grid.apply_mask(mask);
        }
        grid.apply_mask(best.1);
        grid.draw_format(ecc, best.1);
        Some(QrCode {
            size: grid.size as usize,
            modules: grid.dark,
        })
    }

    /// The width and height in modules: 21 for version 1, up to 57 for version 10.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module in column `x`, row `y` is dark; `false` outside the symbol.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules.get(y * self.size + x) == Some(&true)
    }

    /// An SVG path (`d` attribute) drawing the dark modules as unit squares,
    /// each horizontal run as one rectangle: `M{x} {y}h{len}v1h-{len}z`.
    /// Coordinates start at 0; leave a 4-module quiet zone with the viewBox
    /// (`-4 -4 {size + 8} {size + 8}`).
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                let run = (x..self.size).take_while(|&x| self.dark(x, y)).count();
                if run > 0 {
                    path.push('M');
                    push_number(&mut path, x);
                    path.push(' ');
                    push_number(&mut path, y);
                    path.push('h');
                    push_number(&mut path, run);
                    path.push_str("v1h-");
                    push_number(&mut path, run);
                    path.push('z');
                }
                x += run + 1;
            }
        }
        path
    }
}

/// Appends a number's decimal digits, without the formatting machinery.
fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// Multiplies in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1 (0x11D).
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u16 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u16::from((y >> i) & 1) * u16::from(x);
    }
    z as u8
}

/// The Reed–Solomon generator (x - 1)(x - 2)(x - 4)…(x - 2^(degree-1)), its
/// coefficients from the highest power down, the leading 1 left out.
fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut divisor = vec![0; degree];
    if let Some(last) = divisor.last_mut() {
        *last = 1;
    }
    let mut root = 1;
    for _ in 0..degree {
        for j in 0..degree {
            let next = divisor.get(j + 1).copied().unwrap_or(0);
            if let Some(c) = divisor.get_mut(j) {
                *c = gf_mul(*c, root) ^ next;
            }
        }
        root = gf_mul(root, 2);
    }
    divisor
}

/// Writes into `rem` the remainder of `data` (times x^degree) divided by the generator.
fn rs_remainder(data: &[u8], divisor: &[u8], rem: &mut [u8]) {
    for &byte in data {
        let factor = byte ^ rem.first().copied().unwrap_or(0);
        // Shift out the first coefficient while adding factor × divisor.
        for i in 0..rem.len() {
            let next = rem.get(i + 1).copied().unwrap_or(0);
            if let (Some(r), Some(&d)) = (rem.get_mut(i), divisor.get(i)) {
                *r = next ^ gf_mul(d, factor);
            }
        }
    }
}

/// The symbol being built: its modules and which of them are function patterns.
struct Grid {
    size: i32,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    fn new(version: usize) -> Grid {
        let size = version as i32 * 4 + 17;
        let n = (size * size) as usize;
        Grid {
            size,
            dark: vec![false; n],
            function: vec![false; n],
        }
    }

    /// The index of (x, y), if it is inside the symbol.
    fn at(&self, x: i32, y: i32) -> Option<usize> {
        let inside = (0..self.size).contains(&x) && (0..self.size).contains(&y);
        inside.then_some((y * self.size + x) as usize)
    }

    fn get(&self, x: i32, y: i32) -> bool {
        self.at(x, y).and_then(|i| self.dark.get(i)) == Some(&true)
    }

    /// Sets a function module (ignored outside the symbol).
    fn set(&mut self, x: i32, y: i32, dark: bool) {
        if let Some(i) = self.at(x, y) {
            if let (Some(d), Some(f)) = (self.dark.get_mut(i), self.function.get_mut(i)) {
                *d = dark;
                *f = true;
            }
        }
    }

    /// The module at (x, y) if it is inside and not part of a function pattern.
    fn data_module(&mut self, x: i32, y: i32) -> Option<&mut bool> {
        let i = self.at(x, y)?;
        match self.function.get(i) {
            Some(false) => self.dark.get_mut(i),
            _ => None,
        }
    }

    fn draw_function_patterns(&mut self, version: usize) {
        let size = self.size;
        for i in 0..size {
            self.set(6, i, i % 2 == 0);
            self.set(i, 6, i % 2 == 0);
        }
        // Finders with their separators; alignment patterns (versions 2–10
        // have them at 6, the middle from version 7, and size - 7) except
        // where they would overlap a finder.
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4..5 {
                for dx in -4..5 {
                    let ring = i32::max(i32::abs(dx), i32::abs(dy));
                    self.set(cx + dx, cy + dy, ring != 2 && ring != 4);
                }
            }
        }
        let last = size - 7;
        let positions = [6, (6 + last) / 2, last];
        let positions = match version {
            1 => &[][..],
            2..=6 => &[6, last][..],
            _ => &positions[..],
        };
        for &x in positions {
            for &y in positions {
                if [(6, 6), (6, last), (last, 6)].contains(&(x, y)) {
                    continue;
                }
                for dy in -2..3 {
                    for dx in -2..3 {
                        self.set(x + dx, y + dy, i32::max(i32::abs(dx), i32::abs(dy)) != 1);
                    }
                }
            }
        }
        self.draw_format(Ecc::Low, 0); // reserves the area; redrawn for each mask
        if version >= 7 {
            let version = version as u32;
            let mut rem = version;
            for _ in 0..12 {
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
            }
            let bits = version << 12 | rem;
            for i in 0..18 {
                let (a, b) = (size - 11 + i % 3, i / 3);
                let dark = (bits >> i) & 1 != 0;
                self.set(a, b, dark);
                self.set(b, a, dark);
            }
        }
    }

    /// The 15 format bits (level and mask, BCH-protected), twice, and the dark module.
    fn draw_format(&mut self, ecc: Ecc, mask: u8) {
        let level = match ecc {
            Ecc::Low => 1,
            Ecc::Medium => 0,
            Ecc::Quartile => 3,
            Ecc::High => 2,
        };
        let data = level << 3 | u32::from(mask);
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = (data << 10 | rem) ^ 0x5412;
        let size = self.size;
        for i in 0..15 {
            let dark = (bits >> i) & 1 != 0;
            // Around the top-left finder, skipping the timing patterns.
            let (x, y) = match i {
                0..=5 => (8, i),
                6..=7 => (8, i + 1),
                8 => (7, 8),
                _ => (14 - i, 8),
            };
            self.set(x, y, dark);
            // Split between the other two finders.
            let (x, y) = if i < 8 {
                (size - 1 - i, 8)
            } else {
                (8, size - 15 + i)
            };
            self.set(x, y, dark);
        }
        self.set(8, size - 8, true);
    }

    /// Places the codewords' bits in the zigzag of two-module columns,
    /// right to left, skipping function modules and the vertical timing.
    fn draw_codewords(&mut self, codewords: &[u8]) {
        let mut bits = codewords
            .iter()
            .flat_map(|&byte| (0..8).rev().map(move |i| (byte >> i) & 1 != 0));
        let mut right = self.size - 1;
        while right >= 1 {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for vert in 0..self.size {
                let y = if upward { self.size - 1 - vert } else { vert };
                for x in [right, right - 1] {
                    if let Some(module) = self.data_module(x, y) {
                        *module = bits.next().unwrap_or(false);
                    }
                }
            }
            right -= 2;
        }
    }

    /// Flips the data modules where the mask's condition holds (twice undoes it).
    fn apply_mask(&mut self, mask: u8) {
        for y in 0..self.size {
            for x in 0..self.size {
                let flip = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                if let Some(module) = self.data_module(x, y) {
                    *module ^= flip;
                }
            }
        }
    }

    /// The penalty of the current modules, counted as qrcodegen does: N1, 3 for
    /// each run of 5 alike in a row or column and 1 more per extra module; N3,
    /// 40 for each finder-like pattern; N2, 3 for each 2×2 block alike; N4, 10
    /// for each 5 % the dark share is off from 45–55 %.
    fn penalty(&self) -> u32 {
        let size = self.size;
        let mut penalty = 0;
        for transposed in [false, true] {
            for a in 0..size {
                let mut color = false;
                let mut run = 0;
                let mut history = [0; 7];
                for b in 0..size {
                    let (x, y) = if transposed { (a, b) } else { (b, a) };
                    let dark = self.get(x, y);
                    if dark == color {
                        run += 1;
                        penalty += match run {
                            5 => 3,
                            6.. => 1,
                            _ => 0,
                        };
                    } else {
                        push_run(&mut history, run, size);
                        if !color {
                            penalty += finder_like(&history) * 40;
                        }
                        color = dark;
                        run = 1;
                    }
                }
                // The light border ends the line.
                if color {
                    push_run(&mut history, run, size);
                    run = 0;
                }
                push_run(&mut history, run + size as u32, size);
                penalty += finder_like(&history) * 40;
            }
        }
        for y in 0..size - 1 {
            for x in 0..size - 1 {
                let c = self.get(x, y);
                if c == self.get(x + 1, y) && c == self.get(x, y + 1) && c == self.get(x + 1, y + 1)
                {
                    penalty += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&d| d).count() as u32;
        let total = (size * size) as u32;
        // The smallest k with (45 - 5k) % <= dark share <= (55 + 5k) %.
        let k = (dark * 20).abs_diff(total * 10).div_ceil(total.max(1));
        penalty + k.saturating_sub(1) * 10
    }
}

/// Adds a run length to the front of the history (the first run of a line
/// also counts the light border before it).
fn push_run(history: &mut [u32; 7], run: u32, size: i32) {
    let border = if history[0] == 0 { size as u32 } else { 0 };
    for i in (1..7).rev() {
        history[i] = history[i - 1];
    }
    history[0] = run + border;
}

/// Finder-like patterns (1:1:3:1:1 with 4 light on one side) ending at the
/// light run just added: 0, 1 or 2.
fn finder_like(h: &[u32; 7]) -> u32 {
    let n = h[1];
    let core = n > 0 && h[2] == n && h[3] == n * 3 && h[4] == n && h[5] == n;
    u32::from(core && h[0] >= n * 4 && h[6] >= n) + u32::from(core && h[6] >= n * 4 && h[0] >= n)
}

#[cfg(test)]
mod tests {
    use super::{Ecc, QrCode};
    use proptest::prelude::*;
    use qrcodegen::{QrCodeEcc, QrSegment, Version};

    const LEVELS: [Ecc; 4] = [Ecc::Low, Ecc::Medium, Ecc::Quartile, Ecc::High];
    /// The most bytes version 10 holds, by level.
    const MOST: [usize; 4] = [271, 213, 151, 119];

    /// The size and modules, row by row, as Nayuki's encoder draws them:
    /// one byte segment, versions 1–10, the level as given, its chosen mask.
    fn reference(data: &[u8], ecc: Ecc) -> Option<(usize, Vec<bool>)> {
        let ecl = match ecc {
            Ecc::Low => QrCodeEcc::Low,
            Ecc::Medium => QrCodeEcc::Medium,
            Ecc::Quartile => QrCodeEcc::Quartile,
            Ecc::High => QrCodeEcc::High,
        };
        let segments = [QrSegment::make_bytes(data)];
        let (min, max) = (Version::new(1), Version::new(10));
        let code =
            qrcodegen::QrCode::encode_segments_advanced(&segments, ecl, min, max, None, false)
                .ok()?;
        let (code, size) = (&code, code.size());
        let modules = (0..size).flat_map(|y| (0..size).map(move |x| code.get_module(x, y)));
        Some((size as usize, modules.collect()))
    }

    /// Draws the path back into modules, checking that it is made of
    /// `M{x} {y}h{n}v1h-{n}z` rectangles inside the symbol, none overlapping.
    fn drawn(path: &str, size: usize) -> Vec<bool> {
        let mut modules = vec![false; size * size];
        assert!(path.is_empty() || path.ends_with('z'));
        for rect in path.split_terminator('z') {
            let rest = rect.strip_prefix('M').expect("a move");
            let (x, rest) = rest.split_once(' ').expect("x");
            let (y, rest) = rest.split_once('h').expect("y");
            let (run, back) = rest.split_once("v1h-").expect("a run");
            assert_eq!(run, back);
            let (x, y, run): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
            assert!(run > 0 && x + run <= size && y < size);
            for module in &mut modules[y * size + x..][..run] {
                assert!(!*module, "drawn twice");
                *module = true;
            }
        }
        modules
    }

    /// Our symbol is the reference's, module for module, and its path draws
    /// exactly the dark modules, one rectangle for each horizontal run.
    fn check(data: &[u8], ecc: Ecc) -> Result<(), TestCaseError> {
        let code = QrCode::encode(data, ecc);
        let ours = code.as_ref().map(|code| {
            let size = code.size();
            let modules = (0..size).flat_map(|y| (0..size).map(move |x| code.dark(x, y)));
            (size, modules.collect::<Vec<_>>())
        });
        let (len, reference) = (data.len(), reference(data, ecc));
        prop_assert_eq!(&ours, &reference, "{} bytes at {:?}", len, ecc);
        if let (Some(code), Some((size, modules))) = (code, ours) {
            let path = code.svg_path();
            prop_assert_eq!(&drawn(&path, size), &modules);
            let runs = (0..modules.len())
                .filter(|&i| modules[i] && (i % size == 0 || !modules[i - 1]))
                .count();
            prop_assert_eq!(path.matches('z').count(), runs);
        }
        Ok(())
    }

    /// Every length from empty to just past version 10's capacity, at every level:
    /// every version and block layout, and each step to the next version.
    #[test]
    fn qr_matches_qrcodegen_for_every_length_and_level() {
        let mut state = 0x2545_F491_u32;
        for (ecc, most) in LEVELS.into_iter().zip(MOST) {
            for len in 0..most + 3 {
                let data: Vec<u8> = (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 17;
                        state ^= state << 5;
                        state as u8
                    })
                    .collect();
                check(&data, ecc).unwrap();
                if len % 8 == 0 {
                    check(&vec![0; len], ecc).unwrap();
                    check(&vec![0xFF; len], ecc).unwrap();
                }
            }
        }
    }

    #[test]
    fn qr_fits_up_to_version_10s_capacity() {
        for (ecc, most) in LEVELS.into_iter().zip(MOST) {
            let code = QrCode::encode(&vec![b'a'; most], ecc);
            assert_eq!(code.map(|code| code.size()), Some(57));
            assert_eq!(QrCode::encode(&vec![b'a'; most + 1], ecc), None);
        }
        let link = b"https://example.org/peer-compass/trainer.html#code=K7QF-2M9X-Q3Z";
        let code = QrCode::encode(link, Ecc::Medium);
        assert_eq!(code.map(|code| code.size()), Some(37)); // 66 bytes: version 5
    }

    #[test]
    fn qr_modules_outside_are_light() {
        let code = QrCode::encode(b"", Ecc::Medium).unwrap();
        assert_eq!(code.size(), 21);
        assert!(code.dark(0, 0) && code.dark(20, 0) && code.dark(0, 20));
        assert!(!code.dark(21, 0) && !code.dark(0, 21) && !code.dark(usize::MAX, usize::MAX));
        assert!(code.svg_path().starts_with("M0 0h7v1h-7z"));
    }

    fn level() -> impl Strategy<Value = Ecc> {
        prop::sample::select(&LEVELS[..])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn qr_matches_qrcodegen_on_any_bytes(data in prop::collection::vec(any::<u8>(), 0..=150), ecc in level()) {
            check(&data, ecc)?;
        }

        #[test]
        fn qr_matches_qrcodegen_on_links(
            link in "https://[a-z0-9.-]{1,30}(:[0-9]{2,5})?/[a-zA-Z0-9/._~-]{0,60}[.]html#code=[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3}(&[a-z]{1,8}=[^#]{0,20})?",
            ecc in level(),
        ) {
            check(link.as_bytes(), ecc)?;
        }

        #[test]
        fn qr_never_panics(data in prop::collection::vec(any::<u8>(), 0..=400), ecc in level()) {
            let code = QrCode::encode(&data, ecc);
            prop_assert_eq!(code.is_some(), data.len() <= MOST[ecc as usize]);
            if let Some(code) = code {
                let _ = code.svg_path();
                prop_assert!(!code.dark(code.size(), 0));
            }
        }
    }
}
