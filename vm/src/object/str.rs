//! `str`: immutable UTF-8 text with its length in characters and a cached hash.

use std::sync::atomic::{AtomicU64, Ordering};

/// A Python str. Indexing is by character; for ASCII text (the common case)
/// a character index is a byte index.
pub struct Str {
    /// The text (always valid UTF-8), stored inside the `Str` when it fits
    /// so a short str costs one allocation; may carry spare capacity when
    /// built by `append`.
    s: smallvec::SmallVec<[u8; INLINE]>,
    /// Length in characters (equals the byte length when ASCII).
    chars: usize,
    /// Cached hash; 0 means not computed yet.
    hash: AtomicU64,
}

/// Bytes of text kept inline.
const INLINE: usize = 24;

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl Str {
    pub fn new(s: &str) -> Str {
        Str {
            s: smallvec::SmallVec::from_slice(s.as_bytes()),
            chars: char_count(s),
            hash: AtomicU64::new(0),
        }
    }

    /// A str of ASCII text (`s` must be ASCII: its length is its
    /// character count, so the text is not scanned).
    #[inline]
    pub fn ascii(s: &str) -> Str {
        debug_assert!(s.is_ascii());
        Str {
            s: smallvec::SmallVec::from_slice(s.as_bytes()),
            chars: s.len(),
            hash: AtomicU64::new(0),
        }
    }

    pub fn from_string(s: String) -> Str {
        let chars = char_count(&s);
        Str {
            // Keeps the String's buffer unless the text fits inline.
            s: smallvec::SmallVec::from_vec(s.into_bytes()),
            chars,
            hash: AtomicU64::new(0),
        }
    }

    /// A str of `len` bytes and `chars` characters, whose bytes `fill`
    /// writes (inline when short: one allocation for the whole str).
    ///
    /// # Safety
    ///
    /// `fill` must leave the slice holding valid UTF-8 of `chars`
    /// characters.
    pub unsafe fn build(len: usize, chars: usize, fill: impl FnOnce(&mut [u8])) -> Str {
        let mut s: smallvec::SmallVec<[u8; INLINE]> = smallvec::SmallVec::with_capacity(len);
        // SAFETY: `len` bytes of capacity were reserved; they are zeroed
        // before the length covers them.
        unsafe {
            std::ptr::write_bytes(s.as_mut_ptr(), 0, len);
            s.set_len(len);
        }
        fill(&mut s);
        Str {
            s,
            chars,
            hash: AtomicU64::new(0),
        }
    }

    /// `a + b` without re-scanning either operand.
    pub fn concat(a: &Str, b: &Str) -> Str {
        let (x, y) = (a.s.as_slice(), b.s.as_slice());
        let n = x.len() + y.len();
        // Built directly: `SmallVec::extend_from_slice` goes through its
        // general insertion path, several times the cost of the copies.
        let s = if n <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..x.len()].copy_from_slice(x);
            buf[x.len()..n].copy_from_slice(y);
            smallvec::SmallVec::from_buf_and_len(buf, n)
        } else {
            let mut v = Vec::with_capacity(n);
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            smallvec::SmallVec::from_vec(v)
        };
        Str {
            s,
            chars: a.chars + b.chars,
            hash: AtomicU64::new(0),
        }
    }

    /// Appends in place; only for a str nobody else can see (the
    /// interpreter's `s += t` when `s` is uniquely held).
    pub fn append(&mut self, b: &Str) {
        let y = b.s.as_slice();
        if self.s.capacity() - self.s.len() < y.len() {
            self.s.reserve(self.s.len().max(y.len()));
        }
        let len = self.s.len();
        // SAFETY: capacity for `y` was reserved above; the bytes are
        // written before the length covers them.
        unsafe {
            std::ptr::copy_nonoverlapping(y.as_ptr(), self.s.as_mut_ptr().add(len), y.len());
            self.s.set_len(len + y.len());
        }
        self.chars += b.chars;
        *self.hash.get_mut() = 0;
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: `s` only ever receives whole UTF-8 strings (constructors
        // take `&str`/`String`, `concat`/`append` join two `Str`s), so it
        // is always valid UTF-8.
        unsafe { std::str::from_utf8_unchecked(&self.s) }
    }

    /// Length in characters.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The character at `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s[i] as char
        } else {
            self.as_str()
                .chars()
                .nth(i)
                .expect("index checked by caller")
        }
    }

    /// Byte offset of character index `i` (may equal the byte length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.as_str()
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// The string's hash, computed once.
    pub fn hash(&self) -> u64 {
        // Relaxed is enough: the hash is a pure function of the immutable
        // text, so racing threads compute and store the same value.
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        let h = crate::hash::hash_bytes(&self.s) | 1;
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}
